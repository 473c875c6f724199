#include "settings/report_settings_card.h"

#include "common/desktop_services.h"
#include "common/theme.h"
#include "common/vault_session.h"
#include "domain/plan/report_settings.h"
#include "reference/roles.h"

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

// The one-line settings in the order a report reads top to bottom; recipients come last.
constexpr const char* kLineKeys[] = {"commune_name",     "issuing_body",  "superior_body", "number_prefix",
                                     "signer_authority", "signer_deputy", "signer_title",  "signer_name"};

const char* labelFor(const QString& key)
{
    if (key == u"commune_name")
        return QT_TRANSLATE_NOOP("xaso::desktop::ReportSettingsCard", "Commune name:");
    if (key == u"issuing_body")
        return QT_TRANSLATE_NOOP("xaso::desktop::ReportSettingsCard", "Issuing body:");
    if (key == u"superior_body")
        return QT_TRANSLATE_NOOP("xaso::desktop::ReportSettingsCard", "Superior body:");
    if (key == u"number_prefix")
        return QT_TRANSLATE_NOOP("xaso::desktop::ReportSettingsCard", "Number symbol:");
    if (key == u"signer_authority")
        return QT_TRANSLATE_NOOP("xaso::desktop::ReportSettingsCard", "Signing for:");
    if (key == u"signer_deputy")
        return QT_TRANSLATE_NOOP("xaso::desktop::ReportSettingsCard", "Deputy line:");
    if (key == u"signer_title")
        return QT_TRANSLATE_NOOP("xaso::desktop::ReportSettingsCard", "Signer's title:");
    return QT_TRANSLATE_NOOP("xaso::desktop::ReportSettingsCard", "Signer's name:");
}

} // namespace

ReportSettingsCard::ReportSettingsCard(const SectionContext& context, QWidget* parent)
    : QGroupBox(parent), m_context(context)
{
    setObjectName(u"reportSettingsCard"_s);
    if (const storage::Vault* vault = context.session.vault())
        m_editable = context.services.roleCatalog.access(vault->profile().roles, RecordKind::Settings) >=
                     Access::Write;

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const char* k : kLineKeys) {
        const QString key = QString::fromLatin1(k);
        auto* edit = new QLineEdit;
        edit->setObjectName(u"report_"_s + key);
        edit->setReadOnly(!m_editable);
        auto* label = new QLabel;
        label->setBuddy(edit);
        form->addRow(label, edit);
        m_fields.insert(key, edit);
        m_labels.insert(key, label);
    }
    m_recipients = new QPlainTextEdit;
    m_recipients->setObjectName(u"report_recipients"_s);
    m_recipients->setReadOnly(!m_editable);
    m_recipients->setTabChangesFocus(true);
    m_recipients->setFixedHeight(m_recipients->fontMetrics().lineSpacing() * 5 + 16);
    m_recipientsLabel = new QLabel;
    m_recipientsLabel->setBuddy(m_recipients);
    form->addRow(m_recipientsLabel, m_recipients);

    m_readOnlyHint = new QLabel;
    setRole(m_readOnlyHint, "hint");
    m_readOnlyHint->setWordWrap(true);
    m_readOnlyHint->setVisible(!m_editable);
    m_status = new QLabel;
    m_status->setObjectName(u"reportSettingsStatus"_s);
    m_status->setWordWrap(true);
    m_status->setVisible(false);
    m_save = new QPushButton;
    m_save->setObjectName(u"saveReportSettings"_s);
    setRole(m_save, "primary");
    m_save->setEnabled(m_editable);
    m_save->setVisible(m_editable);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_readOnlyHint);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    reload();
    retranslate();
}

QString ReportSettingsCard::statusText() const
{
    return m_status->isVisible() ? m_status->text() : QString();
}

void ReportSettingsCard::showStatus(const QString& text, bool error)
{
    setRole(m_status, error ? "error" : "success");
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void ReportSettingsCard::reload()
{
    storage::Vault* vault = m_context.session.vault();
    if (!vault || !vault->isUnlocked())
        return;
    plan::ReportSettings settings(*vault, m_context.services.roleCatalog);
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        auto value = settings.get(it.key());
        it.value()->setText(value ? *value : QString());
    }
    auto recipients = settings.get(u"recipients"_s);
    m_recipients->setPlainText(recipients ? *recipients : QString());
}

bool ReportSettingsCard::save()
{
    storage::Vault* vault = m_context.session.vault();
    if (!m_editable || !vault || !vault->isUnlocked())
        return false;
    plan::ReportSettings settings(*vault, m_context.services.roleCatalog);
    QList<std::pair<QString, QString>> values;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        values.append({it.key(), it.value()->text()});
    values.append({u"recipients"_s, m_recipients->toPlainText()});
    int changed = 0;
    for (const auto& [key, text] : values) {
        auto stored = settings.get(key);
        if (stored && *stored == text.trimmed())
            continue;
        const Status st = settings.set(key, text);
        if (!st) {
            showStatus(tr("Not saved: %1").arg(st.message()), true);
            return false;
        }
        ++changed;
    }
    reload(); // shows the stored form (trimmed, recipients one per line)
    showStatus(changed == 0 ? tr("Nothing had changed.") : tr("Saved. The next report uses these lines."),
               false);
    return true;
}

void ReportSettingsCard::retranslate()
{
    setTitle(tr("Commune and report"));
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString text = tr(labelFor(it.key()));
        m_labels.value(it.key())->setText(text);
        it.value()->setAccessibleName(text.chopped(1));
        it.value()->setToolTip(plan::ReportSettings::description(it.key()));
    }
    m_recipientsLabel->setText(tr("Recipients (one per line):"));
    m_recipients->setAccessibleName(tr("Recipients of the report, one per line"));
    m_readOnlyHint->setText(tr("Your roles may read these lines but not change them; ask the commune's "
                               "administrator."));
    m_save->setText(tr("&Save report settings"));
    m_save->setAccessibleName(tr("Save the commune and report settings"));
}

void ReportSettingsCard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

} // namespace xaso::desktop
