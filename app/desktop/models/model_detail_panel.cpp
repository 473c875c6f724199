#include "models/model_detail_panel.h"

#include "common/formatting.h"
#include "common/theme.h"
#include "models/model_status_style.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

namespace {

QLabel* valueLabel(const QString& name)
{
    auto* l = new QLabel;
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QTableWidget* table(const QString& name, int columns)
{
    auto* t = new QTableWidget(0, columns);
    t->setObjectName(name);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(true);
    t->setTabKeyNavigation(false);
    t->setAlternatingRowColors(true);
    return t;
}

// The table as tall as its rows (up to maxRows), so the panel scrolls as a whole instead of each
// table scrolling on its own.
void fitHeight(QTableWidget* t, int maxRows)
{
    t->resizeRowsToContents();
    int height = t->horizontalHeader()->sizeHint().height() + 2 * t->frameWidth() + 2;
    for (int row = 0; row < t->rowCount() && row < maxRows; ++row)
        height += t->rowHeight(row);
    if (t->rowCount() == 0)
        height += t->verticalHeader()->defaultSectionSize();
    t->setFixedHeight(height);
}

// The columns that hold sentences share the width; the others fit their contents.
void setColumnModes(QTableWidget* t, const QList<int>& stretched)
{
    QHeaderView* h = t->horizontalHeader();
    h->setStretchLastSection(false);
    for (int c = 0; c < t->columnCount(); ++c)
        h->setSectionResizeMode(c,
                                stretched.contains(c) ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    t->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

QString sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return QCoreApplication::translate("ModelDetailPanel", "%1 bytes").arg(formatCount(bytes));
    return QCoreApplication::translate("ModelDetailPanel", "%1 KB").arg(formatCount((bytes + 1023) / 1024));
}

QString roleOrName(const RoleCatalog& roles, const QString& who)
{
    return roles.role(who) ? roleNames(roles, {who}) : who; // a name that is not a role id stays as typed
}

} // namespace

ModelDetailPanel::ModelDetailPanel(const ModelCatalog& catalog, const RoleCatalog& roles, QWidget* parent)
    : QWidget(parent), m_catalog(catalog), m_roles(roles)
{
    setObjectName(u"modelDetail"_s);
    m_placeholder = new QLabel;
    m_placeholder->setObjectName(u"detailPlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    setRole(m_placeholder, "hint");

    m_title = valueLabel(u"detailTitle"_s);
    setRole(m_title, "subtitle");
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_status = valueLabel(u"detailStatus"_s);

    m_aboutBox = new QGroupBox;
    m_form = new QFormLayout(m_aboutBox);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_group = valueLabel(u"detailGroup"_s);
    m_objective = valueLabel(u"detailObjective"_s);
    m_lead = valueLabel(u"detailLead"_s);
    m_cooperating = valueLabel(u"detailCooperating"_s);
    m_supporting = valueLabel(u"detailSupporting"_s);
    m_deadline = valueLabel(u"detailDeadline"_s);
    m_tools = valueLabel(u"detailTools"_s);
    m_assigned = valueLabel(u"detailAssigned"_s);
    QLabel* values[] = {m_group,      m_objective, m_lead,  m_cooperating,
                        m_supporting, m_deadline,  m_tools, m_assigned};
    for (int i = 0; i < 8; ++i) {
        m_formLabels[i] = new QLabel;
        m_formLabels[i]->setBuddy(values[i]);
        m_form->addRow(m_formLabels[i], values[i]);
    }

    m_kpiBox = new QGroupBox;
    m_kpis = table(u"kpiTable"_s, 4);
    setColumnModes(m_kpis, {0});
    m_kpiMessage = valueLabel(u"kpiMessage"_s);
    setRole(m_kpiMessage, "hint");
    auto* kpiLayout = new QVBoxLayout(m_kpiBox);
    kpiLayout->addWidget(m_kpiMessage);
    kpiLayout->addWidget(m_kpis);

    m_historyBox = new QGroupBox;
    m_history = table(u"historyTable"_s, 6);
    setColumnModes(m_history, {3, 4});
    auto* historyLayout = new QVBoxLayout(m_historyBox);
    historyLayout->addWidget(m_history);

    m_evidenceBox = new QGroupBox;
    m_evidence = new QListWidget;
    m_evidence->setObjectName(u"evidenceList"_s);
    m_evidence->setMaximumHeight(110);
    m_openEvidence = new QPushButton;
    m_openEvidence->setObjectName(u"openEvidence"_s);
    m_saveEvidence = new QPushButton;
    m_saveEvidence->setObjectName(u"saveEvidence"_s);
    auto* evidenceButtons = new QHBoxLayout;
    evidenceButtons->addWidget(m_openEvidence);
    evidenceButtons->addWidget(m_saveEvidence);
    evidenceButtons->addStretch();
    auto* evidenceLayout = new QVBoxLayout(m_evidenceBox);
    evidenceLayout->addWidget(m_evidence);
    evidenceLayout->addLayout(evidenceButtons);

    m_body = new QWidget;
    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_title);
    body->addWidget(m_status);
    body->addWidget(m_aboutBox);
    body->addWidget(m_kpiBox);
    body->addWidget(m_historyBox);
    body->addWidget(m_evidenceBox);
    body->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_body);

    connect(m_evidence, &QListWidget::currentRowChanged, this, &ModelDetailPanel::updateEvidenceButtons);
    connect(m_evidence, &QListWidget::itemActivated, this, [this] {
        if (!selectedEvidenceId().isEmpty() && m_openEvidence->isEnabled())
            emit openEvidenceRequested(selectedEvidenceId());
    });
    connect(m_openEvidence, &QPushButton::clicked, this,
            [this] { emit openEvidenceRequested(selectedEvidenceId()); });
    connect(m_saveEvidence, &QPushButton::clicked, this,
            [this] { emit saveEvidenceRequested(selectedEvidenceId()); });
    retranslate();
    clear();
}

void ModelDetailPanel::clear()
{
    m_modelNumber = 0;
    m_body->hide();
    m_placeholder->show();
}

QString ModelDetailPanel::selectedEvidenceId() const
{
    const QListWidgetItem* item = m_evidence->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ModelDetailPanel::updateEvidenceButtons()
{
    const QListWidgetItem* item = m_evidence->currentItem();
    const bool available = item && item->data(Qt::UserRole + 1).toBool();
    m_openEvidence->setEnabled(available);
    m_saveEvidence->setEnabled(available);
}

void ModelDetailPanel::showModel(const plan::ModelOverview& o, const QList<plan::KpiValue>& kpis,
                                 const QList<EvidenceEntry>& evidence, QDate today, const QString& kpiError)
{
    const PlanModel& m = *o.model;
    m_modelNumber = m.number;
    m_title->setText(tr("Model %1: %2").arg(m.number).arg(m.title));
    const QColor color = modelStatusColor(o.status);
    QString status = modelStatusLabel(o.status);
    if (o.status == plan::ModelStatus::Overdue && today.isValid())
        status = u"⚠ "_s + tr("Overdue by %n day(s)", nullptr, int(m.deadline.date.daysTo(today)));
    if (o.latest)
        status +=
            u" · "_s + tr("last update %1 by %2").arg(formatDate(o.latest->reportedOn), o.latest->reportedBy);
    m_status->setText(status);
    m_status->setStyleSheet(u"QLabel { color: %1; font-weight: 600; }"_s.arg(color.name()));

    m_group->setText(tr("%1. %2").arg(m.group).arg(m_catalog.groups().value(m.group - 1).title));
    m_objective->setText(m.objective);
    QStringList planLeads;
    for (const QString& id : m.leadRoles)
        planLeads << roleOrName(m_roles, id);
    QString lead = plan::leadLabel(o, m_roles);
    if (o.assignment)
        lead +=
            u"\n"_s + tr("In the plan: %1").arg(m.leadText.isEmpty() ? planLeads.join(u", "_s) : m.leadText);
    else if (!m.leadText.isEmpty())
        lead += u"\n"_s + tr("In the plan: %1").arg(m.leadText);
    m_lead->setText(lead);
    if (o.assignment && !o.assignment->cooperating.isEmpty()) {
        QStringList names;
        for (const QString& who : o.assignment->cooperating)
            names << roleOrName(m_roles, who);
        m_cooperating->setText(
            names.join(u", "_s) + u"\n"_s +
            tr("In the plan: %1").arg(m.cooperating.isEmpty() ? u"—"_s : m.cooperating.join(u"; "_s)));
    } else {
        m_cooperating->setText(m.cooperating.isEmpty() ? u"—"_s : m.cooperating.join(u"; "_s));
    }
    m_supporting->setText(m.supporting.isEmpty() ? u"—"_s : m.supporting.join(u"; "_s));
    QString deadline = plan::deadlineText(m.deadline);
    if (m.deadline.kind == ModelDeadline::Date && m.deadline.text != deadline && !m.deadline.text.isEmpty())
        deadline += u" ("_s + m.deadline.text + u")"_s;
    m_deadline->setText(deadline);
    m_deadline->setStyleSheet(o.status == plan::ModelStatus::Overdue
                                  ? u"QLabel { color: %1; font-weight: 600; }"_s.arg(color.name())
                                  : QString());
    m_tools->setText(m.tools.isEmpty() ? u"—"_s : m.tools);
    m_assigned->setText(o.assignment ? formatDate(o.assignment->assignedOn) : tr("Not assigned yet"));

    fillKpis(kpis, kpiError);
    fillHistory(o);
    fillEvidence(evidence);
    m_placeholder->hide();
    m_body->show();
}

void ModelDetailPanel::fillKpis(const QList<plan::KpiValue>& kpis, const QString& error)
{
    m_kpis->setRowCount(0);
    m_kpis->setVisible(error.isEmpty() && !kpis.isEmpty());
    m_kpiMessage->setVisible(!error.isEmpty() || kpis.isEmpty());
    m_kpiMessage->setText(!error.isEmpty() ? error
                                           : tr("The plan names no measurable target for this model."));
    setRole(m_kpiMessage, error.isEmpty() ? "hint" : "error");
    for (const plan::KpiValue& v : kpis) {
        const KpiDefinition& def = *v.definition;
        const bool percent = def.unit == KpiDefinition::Unit::Percent;
        const int row = m_kpis->rowCount();
        m_kpis->insertRow(row);
        m_kpis->setItem(row, 0, cell(def.label));
        m_kpis->item(row, 0)->setData(Qt::UserRole, def.id);
        m_kpis->setItem(
            row, 1,
            cell(def.target ? plan::formatKpiNumber(*def.target) + (percent ? u"%"_s : QString()) : u"—"_s));
        m_kpis->setItem(
            row, 2,
            cell(v.value ? plan::formatKpiNumber(*v.value) + (percent ? u"%"_s : QString()) : u"—"_s));
        QString source;
        if (def.source == KpiDefinition::Source::Computed) {
            source = tr("computed from the records");
            if (v.denominator > 0)
                source += u" (%1/%2)"_s.arg(formatCount(v.numerator), formatCount(v.denominator));
        } else {
            source =
                v.enteredOn.isValid() ? tr("entered %1").arg(formatDate(v.enteredOn)) : tr("not entered yet");
        }
        m_kpis->setItem(row, 3, cell(source));
    }
    fitHeight(m_kpis, 8);
}

QString ModelDetailPanel::kpiValuesText(const PlanModel& model, const plan::KpiValues& values) const
{
    QStringList parts;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const KpiDefinition* def = model.kpi(it.key());
        const bool percent = def && def->unit == KpiDefinition::Unit::Percent;
        parts << u"%1: %2%3"_s.arg(def ? def->label : it.key(), plan::formatKpiNumber(it.value()),
                                   percent ? u"%"_s : QString());
    }
    return parts.join(u"; "_s);
}

void ModelDetailPanel::fillHistory(const plan::ModelOverview& o)
{
    m_history->setRowCount(0);
    for (qsizetype i = o.history.size() - 1; i >= 0; --i) { // newest first
        const plan::ProgressEntry& e = o.history.at(i);
        const int row = m_history->rowCount();
        m_history->insertRow(row);
        m_history->setItem(row, 0, cell(formatDate(e.reportedOn)));
        m_history->item(row, 0)->setData(Qt::UserRole, e.id);
        m_history->setItem(row, 1, cell(e.reportedBy));
        m_history->setItem(row, 2, cell(reportedStatusLabel(e.status)));
        m_history->setItem(row, 3, cell(kpiValuesText(*o.model, e.kpiValues)));
        QString narrative = e.narrative;
        if (!e.problems.isEmpty())
            narrative += (narrative.isEmpty() ? QString() : u"\n"_s) + tr("Problems: %1").arg(e.problems);
        m_history->setItem(row, 4, cell(narrative));
        m_history->setItem(row, 5, cell(e.evidenceFileId.isEmpty() ? QString() : tr("attached")));
    }
    fitHeight(m_history, 12);
    m_historyBox->setTitle(tr("Update history (%n)", nullptr, int(o.history.size())));
}

void ModelDetailPanel::fillEvidence(const QList<EvidenceEntry>& evidence)
{
    m_evidence->clear();
    for (const EvidenceEntry& e : evidence) {
        const QString text =
            e.available
                ? tr("%1 — %2, reported %3").arg(e.name, sizeText(e.size), formatDate(e.reportedOn))
                : tr("A file reported %1 that has not reached this device yet").arg(formatDate(e.reportedOn));
        auto* item = new QListWidgetItem(text, m_evidence);
        item->setData(Qt::UserRole, e.fileId);
        item->setData(Qt::UserRole + 1, e.available);
    }
    if (evidence.isEmpty()) {
        auto* item = new QListWidgetItem(tr("No evidence files yet."), m_evidence);
        item->setFlags(Qt::NoItemFlags);
    } else {
        m_evidence->setCurrentRow(0);
    }
    updateEvidenceButtons();
}

void ModelDetailPanel::retranslate()
{
    m_placeholder->setText(tr("Select a model in the list to see its objective, lead, KPIs and history."));
    const char* labels[] = {QT_TR_NOOP("Group:"),       QT_TR_NOOP("Objective:"),  QT_TR_NOOP("Lead:"),
                            QT_TR_NOOP("Cooperating:"), QT_TR_NOOP("Supporting:"), QT_TR_NOOP("Deadline:"),
                            QT_TR_NOOP("Tools:"),       QT_TR_NOOP("Assigned on:")};
    for (int i = 0; i < 8; ++i)
        m_formLabels[i]->setText(tr(labels[i]));
    m_aboutBox->setTitle(tr("About the model"));
    m_kpiBox->setTitle(tr("KPIs"));
    m_kpis->setHorizontalHeaderLabels({tr("KPI"), tr("Target"), tr("Current"), tr("Source")});
    m_kpis->setAccessibleName(tr("KPIs"));
    m_history->setHorizontalHeaderLabels(
        {tr("Date"), tr("Officer"), tr("Status"), tr("KPI values"), tr("Narrative"), tr("Evidence")});
    m_history->setAccessibleName(tr("Update history"));
    if (m_modelNumber == 0)
        m_historyBox->setTitle(tr("Update history"));
    m_evidenceBox->setTitle(tr("Evidence files"));
    m_evidence->setAccessibleName(tr("Evidence files"));
    m_openEvidence->setText(tr("&Open"));
    m_openEvidence->setToolTip(tr("Open the file with the program your computer uses for it. A temporary "
                                  "copy is made and removed when the profile is locked."));
    m_saveEvidence->setText(tr("Save a &copy…"));
    m_saveEvidence->setToolTip(tr("Save a copy of the file outside the encrypted vault"));
}

void ModelDetailPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace xaso::desktop
