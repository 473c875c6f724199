#include "reports/report_settings_panel.h"

#include "common/formatting.h"
#include "common/theme.h"
#include "domain/plan/report_settings.h"
#include "reference/roles.h"
#include "storage/vault.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

namespace {

// The settings in the panel, in the order shown, with their labels and accessible names.
struct Field
{
    const char* key;
    const char* label;
    const char* accessible;
};

constexpr Field kFields[] = {
    {"number_prefix", QT_TRANSLATE_NOOP("ReportSettingsPanel", "Number &symbol:"),
     QT_TRANSLATE_NOOP("ReportSettingsPanel", "Symbol after the number, e.g. BC-UBND")},
    {"signer_name", QT_TRANSLATE_NOOP("ReportSettingsPanel", "Signer's &name:"),
     QT_TRANSLATE_NOOP("ReportSettingsPanel", "Full name of the person who signs")},
    {"signer_title", QT_TRANSLATE_NOOP("ReportSettingsPanel", "Signer's &title:"),
     QT_TRANSLATE_NOOP("ReportSettingsPanel", "Title of the signer, e.g. PHÓ CHỦ TỊCH")},
    {"signer_deputy", QT_TRANSLATE_NOOP("ReportSettingsPanel", "Signing &for:"),
     QT_TRANSLATE_NOOP("ReportSettingsPanel", "KT. line when a deputy signs; empty when the Chairman signs")},
    {"issuing_body", QT_TRANSLATE_NOOP("ReportSettingsPanel", "&Issuing body:"),
     QT_TRANSLATE_NOOP("ReportSettingsPanel", "Issuing body, printed top left in capitals")},
    {"commune_name", QT_TRANSLATE_NOOP("ReportSettingsPanel", "&Commune:"),
     QT_TRANSLATE_NOOP("ReportSettingsPanel", "Commune name for the place and date line")},
};

// "signer_name" → "signerName", the object name tests and the tour look for.
QString camelCase(const QString& key)
{
    QString out;
    bool upper = false;
    for (const QChar c : key) {
        if (c == u'_') {
            upper = true;
            continue;
        }
        out += upper ? c.toUpper() : c;
        upper = false;
    }
    return out;
}

} // namespace

ReportSettingsPanel::ReportSettingsPanel(storage::Vault& vault, const RoleCatalog& roles, QWidget* parent)
    : QGroupBox(parent), m_vault(vault), m_roles(roles)
{
    setObjectName(u"reportSettingsPanel"_s);
    m_editable = roles.access(vault.profile().roles, RecordKind::Settings) >= Access::Write;

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_form->setVerticalSpacing(4);

    m_number = new QLineEdit;
    m_number->setObjectName(u"reportNumber"_s);
    m_number->setMaxLength(12);
    m_numberSuffix = new QLabel;
    m_numberSuffix->setObjectName(u"reportNumberSuffix"_s);
    auto* numberRow = new QHBoxLayout;
    numberRow->addWidget(m_number, 1);
    numberRow->addWidget(m_numberSuffix, 2);
    m_form->addRow(new QLabel, numberRow);

    for (const Field& f : kFields) {
        auto* edit = new QLineEdit;
        const QString key = QString::fromLatin1(f.key);
        edit->setObjectName(camelCase(key));
        edit->setReadOnly(!m_editable);
        m_lines.insert(key, edit);
        auto* label = new QLabel;
        label->setBuddy(edit);
        m_form->addRow(label, edit);
        connect(edit, &QLineEdit::textChanged, this, &ReportSettingsPanel::updateApplyButton);
        connect(edit, &QLineEdit::returnPressed, this, [this] { apply(); });
    }
    m_recipients = new QPlainTextEdit;
    m_recipients->setObjectName(u"recipients"_s);
    m_recipients->setReadOnly(!m_editable);
    m_recipients->setTabChangesFocus(true);
    m_recipients->setFixedHeight(m_recipients->fontMetrics().lineSpacing() * 5 + 12);
    auto* recipientsLabel = new QLabel;
    recipientsLabel->setBuddy(m_recipients);
    m_form->addRow(recipientsLabel, m_recipients);
    connect(m_recipients, &QPlainTextEdit::textChanged, this, &ReportSettingsPanel::updateApplyButton);

    m_readOnlyNote = new QLabel;
    m_readOnlyNote->setObjectName(u"settingsReadOnlyNote"_s);
    m_readOnlyNote->setWordWrap(true);
    setRole(m_readOnlyNote, "hint");
    m_readOnlyNote->setVisible(!m_editable);
    m_error = new QLabel;
    m_error->setObjectName(u"settingsError"_s);
    m_error->setWordWrap(true);
    setRole(m_error, "error");
    m_error->hide();
    m_apply = new QPushButton;
    m_apply->setObjectName(u"applySettings"_s);
    setRole(m_apply, "primary");
    m_apply->setVisible(m_editable);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addLayout(m_form);
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(m_error);
    layout->addWidget(m_apply, 0, Qt::AlignRight);
    layout->addStretch();

    connect(m_number, &QLineEdit::editingFinished, this, &ReportSettingsPanel::documentNumberEdited);
    connect(m_apply, &QPushButton::clicked, this, [this] { apply(); });
    retranslate();
    reload();
}

QString ReportSettingsPanel::documentNumber() const
{
    return m_number->text().trimmed();
}

void ReportSettingsPanel::setDocumentNumber(const QString& number)
{
    m_number->setText(number);
}

QString ReportSettingsPanel::fieldValue(const QString& key) const
{
    if (key == u"recipients")
        return m_recipients->toPlainText().trimmed();
    const QLineEdit* edit = m_lines.value(key);
    return edit ? edit->text().trimmed() : QString();
}

bool ReportSettingsPanel::reload()
{
    plan::ReportSettings settings(m_vault, m_roles);
    m_stored.clear();
    QStringList keys = m_lines.keys();
    keys << u"recipients"_s;
    for (const QString& key : keys) {
        auto value = settings.get(key);
        if (!value) {
            m_error->setText(value.message());
            m_error->show();
            return false;
        }
        m_stored.insert(key, *value);
        if (key == u"recipients")
            m_recipients->setPlainText(*value);
        else
            m_lines.value(key)->setText(*value);
    }
    m_numberSuffix->setText(u"/"_s + m_stored.value(u"number_prefix"_s));
    m_error->hide();
    updateApplyButton();
    return true;
}

bool ReportSettingsPanel::hasUnsavedChanges() const
{
    for (auto it = m_stored.cbegin(); it != m_stored.cend(); ++it) {
        if (fieldValue(it.key()) != it.value().trimmed())
            return true;
    }
    return false;
}

bool ReportSettingsPanel::apply()
{
    if (!m_editable)
        return false;
    plan::ReportSettings settings(m_vault, m_roles);
    bool changed = false;
    for (auto it = m_stored.cbegin(); it != m_stored.cend(); ++it) {
        const QString value = fieldValue(it.key());
        if (value == it.value().trimmed())
            continue;
        const Status stored = settings.set(it.key(), value);
        if (!stored) {
            m_error->setText(stored.message());
            m_error->show();
            return false;
        }
        changed = true;
    }
    if (!reload())
        return false;
    if (changed)
        emit settingsApplied();
    return true;
}

void ReportSettingsPanel::updateApplyButton()
{
    m_apply->setEnabled(m_editable && hasUnsavedChanges());
}

void ReportSettingsPanel::retranslate()
{
    setTitle(tr("This report"));
    auto labelFor = [this](QWidget* field) { return qobject_cast<QLabel*>(m_form->labelForField(field)); };
    if (QLayoutItem* item = m_form->itemAt(0, QFormLayout::LabelRole)) {
        if (auto* label = qobject_cast<QLabel*>(item->widget())) {
            label->setText(tr("N&umber (Số):"));
            label->setBuddy(m_number);
        }
    }
    m_number->setPlaceholderText(tr("blank for the clerk"));
    m_number->setAccessibleName(tr("Document number of this report"));
    for (const Field& f : kFields) {
        QLineEdit* edit = m_lines.value(QString::fromLatin1(f.key));
        if (QLabel* label = labelFor(edit))
            label->setText(tr(f.label));
        edit->setAccessibleName(tr(f.accessible));
    }
    if (QLabel* label = labelFor(m_recipients))
        label->setText(tr("&Recipients (Nơi nhận), one per line:"));
    m_recipients->setAccessibleName(tr("Recipients, one per line"));
    m_readOnlyNote->setText(
        tr("Only a profile that may change the settings can edit the signer, recipients and "
           "names (your roles: %1).")
            .arg(roleNames(m_roles, m_vault.profile().roles)));
    m_apply->setText(tr("&Apply settings"));
    m_apply->setAccessibleName(tr("Store the report settings and update the preview"));
}

void ReportSettingsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

} // namespace xaso::desktop
