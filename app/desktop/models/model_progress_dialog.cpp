#include "models/model_progress_dialog.h"

#include "common/formatting.h"
#include "common/theme.h"
#include "domain/copies/sealed_file_store.h"
#include "models/model_status_style.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

namespace {

// A number as an officer types it: Vietnamese grouping and decimal comma ("1.234,5", "96,5"), or
// a decimal point ("96.5").
std::optional<double> parseNumber(const QString& raw)
{
    const QString text = QString(raw).remove(u' ');
    bool ok = false;
    double value = QLocale(QLocale::Vietnamese, QLocale::Vietnam).toDouble(text, &ok);
    if (!ok)
        value = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// A form label that wraps: the KPI names of the plan are whole sentences.
QLabel* formLabel(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setMaximumWidth(260);
    label->setBuddy(buddy);
    return label;
}

// A row of several widgets as one field of the form.
QWidget* rowOf(std::initializer_list<QWidget*> widgets, QWidget* stretched)
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* w : widgets)
        layout->addWidget(w, w == stretched ? 1 : 0);
    return row;
}

} // namespace

ModelProgressDialog::ModelProgressDialog(plan::PlanRepository& repository, const PlanModel& model,
                                         std::optional<plan::ReportedStatus> current,
                                         const QList<plan::KpiValue>& kpis, QDate today, QWidget* parent)
    : QDialog(parent), m_repository(repository), m_model(model), m_current(current)
{
    setObjectName(u"modelProgressDialog"_s);
    setWindowTitle(tr("Progress of model %1").arg(model.number));

    auto* heading = new QLabel(tr("Model %1: %2").arg(model.number).arg(model.title));
    heading->setWordWrap(true);
    setRole(heading, "subtitle");

    m_form = new QFormLayout;
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_status = new QComboBox;
    m_status->setObjectName(u"progressStatus"_s);
    m_status->setAccessibleName(tr("Status"));
    for (plan::ReportedStatus s : {plan::ReportedStatus::NotStarted, plan::ReportedStatus::InProgress,
                                   plan::ReportedStatus::Done, plan::ReportedStatus::Blocked})
        m_status->addItem(reportedStatusLabel(s), plan::reportedStatusKey(s));
    setStatus(current.value_or(plan::ReportedStatus::InProgress));
    m_form->addRow(tr("&Status:"), m_status);

    m_date = new QDateEdit;
    m_date->setObjectName(u"progressDate"_s);
    m_date->setAccessibleName(tr("Report date"));
    m_date->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_date->setCalendarPopup(true);
    if (today.isValid()) {
        m_date->setMaximumDate(today);
        m_date->setDate(today);
    }
    m_form->addRow(tr("&Date:"), m_date);
    addMessage(u"date"_s);

    for (const plan::KpiValue& v : kpis) {
        const KpiDefinition& def = *v.definition;
        const bool percent = def.unit == KpiDefinition::Unit::Percent;
        const QString unit = percent ? u"%"_s : QString();
        QString target =
            def.target ? tr("target %1%2").arg(plan::formatKpiNumber(*def.target), unit) : QString();
        if (def.source == KpiDefinition::Source::Computed) {
            // Counted from the records: shown so the officer sees it next to the entered ones.
            auto* shown = new QLabel(tr("%1 (computed from the records)").arg(plan::formatKpiValue(v)));
            shown->setObjectName(u"kpiComputed_"_s + def.id);
            setRole(shown, "hint");
            m_form->addRow(formLabel(def.label + u":"_s, nullptr), shown);
            continue;
        }
        auto* edit = new QLineEdit;
        edit->setObjectName(u"kpi_"_s + def.id);
        edit->setAccessibleName(def.label);
        QString hint =
            v.value ? tr("last: %1%2").arg(plan::formatKpiNumber(*v.value), unit) : tr("not entered yet");
        if (!target.isEmpty())
            hint += u", "_s + target;
        edit->setPlaceholderText(hint);
        QWidget* field = percent ? rowOf({edit, new QLabel(u"%"_s)}, edit) : edit;
        m_form->addRow(formLabel(def.label + u":"_s, edit), field);
        m_kpiEditors.insert(def.id, edit);
        addMessage(u"kpi:"_s + def.id);
    }

    m_narrative = new QPlainTextEdit;
    m_narrative->setObjectName(u"progressNarrative"_s);
    m_narrative->setAccessibleName(tr("What was done"));
    m_narrative->setPlaceholderText(tr("What was done since the last update"));
    m_narrative->setTabChangesFocus(true);
    m_narrative->setFixedHeight(90);
    m_form->addRow(tr("&What was done:"), m_narrative);
    addMessage(u"narrative"_s);

    m_problems = new QPlainTextEdit;
    m_problems->setObjectName(u"progressProblems"_s);
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setPlaceholderText(tr("Difficulties and obstacles, if any"));
    m_problems->setTabChangesFocus(true);
    m_problems->setFixedHeight(60);
    m_form->addRow(tr("&Problems:"), m_problems);

    m_evidence = new QLineEdit;
    m_evidence->setObjectName(u"evidencePath"_s);
    m_evidence->setAccessibleName(tr("Evidence file"));
    m_evidence->setReadOnly(true);
    m_evidence->setPlaceholderText(tr("No file (a photo, a scanned minute, a list…)"));
    m_chooseEvidence = new QPushButton(tr("C&hoose…"));
    m_chooseEvidence->setObjectName(u"chooseEvidence"_s);
    m_clearEvidence = new QPushButton(tr("&Remove"));
    m_clearEvidence->setObjectName(u"clearEvidence"_s);
    m_clearEvidence->setEnabled(false);
    m_form->addRow(formLabel(tr("Evidence:"), m_chooseEvidence),
                   rowOf({m_evidence, m_chooseEvidence, m_clearEvidence}, m_evidence));
    addMessage(u"evidence"_s);
    auto* sealNote =
        new QLabel(tr("The file is sealed inside the encrypted vault and sent with the update."));
    sealNote->setWordWrap(true);
    setRole(sealNote, "hint");
    m_form->addRow(QString(), sealNote);

    auto* general = new QLabel;
    general->setObjectName(u"error_general"_s);
    general->setWordWrap(true);
    setRole(general, "error");
    general->hide();
    m_messages.insert(u"general"_s, general);

    auto* buttons = new QDialogButtonBox;
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"saveButton"_s);
    setRole(m_save, "primary");
    m_save->setDefault(true);
    m_cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(u"cancelButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &ModelProgressDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ModelProgressDialog::reject);
    connect(m_chooseEvidence, &QPushButton::clicked, this, &ModelProgressDialog::chooseEvidence);
    connect(m_clearEvidence, &QPushButton::clicked, this, [this] { setEvidencePath({}); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(m_form);
    layout->addWidget(general);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
}

QLabel* ModelProgressDialog::addMessage(const QString& field)
{
    auto* label = new QLabel;
    label->setObjectName(u"error_"_s + field);
    label->setWordWrap(true);
    setRole(label, "error");
    label->hide();
    m_form->addRow(QString(), label);
    m_messages.insert(field, label);
    return label;
}

void ModelProgressDialog::setError(const QString& field, const QString& message)
{
    QLabel* label = m_messages.value(field, m_messages.value(u"general"_s));
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QString ModelProgressDialog::errorText(const QString& field) const
{
    const QLabel* label = m_messages.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void ModelProgressDialog::setStatus(plan::ReportedStatus status)
{
    m_status->setCurrentIndex(m_status->findData(plan::reportedStatusKey(status)));
}

void ModelProgressDialog::setReportDate(QDate date)
{
    m_date->setDate(date);
}

void ModelProgressDialog::setKpiText(const QString& kpiId, const QString& text)
{
    if (QLineEdit* edit = m_kpiEditors.value(kpiId))
        edit->setText(text);
}

void ModelProgressDialog::setNarrative(const QString& text)
{
    m_narrative->setPlainText(text);
}

void ModelProgressDialog::setProblems(const QString& text)
{
    m_problems->setPlainText(text);
}

void ModelProgressDialog::setEvidencePath(const QString& path)
{
    m_evidence->setText(QDir::toNativeSeparators(path));
    m_evidence->setToolTip(m_evidence->text());
    m_clearEvidence->setEnabled(!path.isEmpty());
    setError(u"evidence"_s, {});
}

void ModelProgressDialog::chooseEvidence()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose an evidence file"), QString(),
        tr("Documents and pictures (*.pdf *.jpg *.jpeg *.png *.docx *.xlsx *.odt *.ods);;All files (*)"));
    if (!path.isEmpty())
        setEvidencePath(path);
}

std::optional<plan::ProgressUpdate> ModelProgressDialog::collect(QHash<QString, QString>& errors) const
{
    plan::ProgressUpdate update;
    update.modelNumber = m_model.number;
    update.reportedOn = m_date->date();
    auto status = plan::parseReportedStatus(m_status->currentData().toString());
    if (status)
        update.status = *status;
    if (!m_date->date().isValid() || m_date->date() > m_date->maximumDate())
        errors.insert(u"date"_s, tr("Date: the report date may not be in the future."));
    for (auto it = m_kpiEditors.cbegin(); it != m_kpiEditors.cend(); ++it) {
        const QString text = it.value()->text().trimmed();
        if (text.isEmpty())
            continue; // not reported this time: the earlier value stands
        const KpiDefinition* def = m_model.kpi(it.key());
        const QString field = u"kpi:"_s + it.key();
        const std::optional<double> value = parseNumber(text);
        if (!value)
            errors.insert(field, tr("%1: '%2' is not a number.").arg(def->label, text));
        else if (*value < 0)
            errors.insert(field, tr("%1: the value may not be negative.").arg(def->label));
        else if (def->unit == KpiDefinition::Unit::Percent && *value > 100)
            errors.insert(field, tr("%1: a percentage is at most 100.").arg(def->label));
        else
            update.kpiValues.insert(it.key(), *value);
    }
    update.narrative = m_narrative->toPlainText().trimmed();
    update.problems = m_problems->toPlainText().trimmed();

    const QString path = QDir::fromNativeSeparators(m_evidence->text());
    if (!path.isEmpty()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            errors.insert(u"evidence"_s, tr("Evidence: cannot read %1 (%2).").arg(path, file.errorString()));
        else if (file.size() > domain::SealedFileStore::kMaxBytes)
            errors.insert(u"evidence"_s, tr("Evidence: %1 is larger than %2 MB; attach a smaller scan.")
                                             .arg(QFileInfo(path).fileName())
                                             .arg(domain::SealedFileStore::kMaxBytes >> 20));
        else {
            update.evidenceName = QFileInfo(path).fileName();
            update.evidenceBytes = file.readAll();
        }
    }
    const bool statusChanged = update.status != m_current;
    if (!statusChanged && update.kpiValues.isEmpty() && update.narrative.isEmpty() &&
        update.problems.isEmpty() && path.isEmpty() && !errors.contains(u"narrative"_s))
        errors.insert(u"narrative"_s, tr("What was done: describe the progress, or change the status, enter "
                                         "a KPI value or attach evidence."));
    if (!errors.isEmpty())
        return std::nullopt;
    return update;
}

bool ModelProgressDialog::validateAll()
{
    QHash<QString, QString> errors;
    collect(errors);
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it)
        setError(it.key(), errors.value(it.key()));
    return errors.isEmpty();
}

void ModelProgressDialog::accept()
{
    QHash<QString, QString> errors;
    const std::optional<plan::ProgressUpdate> update = collect(errors);
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it)
        setError(it.key(), errors.value(it.key()));
    if (!update) {
        // Put the cursor where the first problem is.
        for (auto it = m_kpiEditors.cbegin(); it != m_kpiEditors.cend(); ++it) {
            if (errors.contains(u"kpi:"_s + it.key())) {
                it.value()->setFocus();
                break;
            }
        }
        return;
    }
    auto entry = m_repository.addProgress(*update);
    if (!entry) {
        setError(u"general"_s, entry.message());
        return;
    }
    m_saved = *entry;
    QDialog::accept();
}

} // namespace xaso::desktop
