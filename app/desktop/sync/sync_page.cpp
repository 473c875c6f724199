#include "sync/sync_page.h"

#include "common/desktop_services.h"
#include "common/formatting.h"
#include "common/page_header.h"
#include "common/theme.h"
#include "common/vault_session.h"
#include "sync/conflict_details.h"
#include "sync/conflict_dialog.h"
#include "sync/enrol_dialog.h"
#include "sync/sync_runner.h"
#include "sync/sync_texts.h"

#include "client/conflict_service.h"
#include "client/sync_state.h"

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

namespace {
enum ServerRow { Address, Device, EnrolledOn, Fingerprint };
enum ConflictColumn { KindColumn, RecordColumn, FieldColumn, WhenColumn };

QString groupedDeviceId(const QString& id)
{
    return groupedFingerprint(id).replace(u'\n', u' ');
}
} // namespace

SyncPage::SyncPage(const SectionContext& context, const SectionInfo& section, QWidget* parent)
    : QWidget(parent), m_context(context), m_section(section)
{
    setObjectName(u"syncPage"_s);
    m_header = new PageHeader(section.iconPath);
    if (storage::Vault* vault = context.session.vault()) {
        m_runner = new SyncRunner(*vault, context.services.roleCatalog, this);
        connect(m_runner, &SyncRunner::progress, this, [this](int percent, const QString& line) {
            m_progress->setValue(percent);
            m_progressLine->setText(line);
        });
        connect(m_runner, &SyncRunner::finished, this, &SyncPage::onSyncFinished);
    }

    // Server
    m_serverBox = new QGroupBox;
    auto* serverGrid = new QGridLayout;
    serverGrid->setColumnStretch(1, 1);
    serverGrid->setHorizontalSpacing(16);
    const char* valueNames[] = {"serverAddress", "deviceId", "enrolledOn", "serverFingerprint"};
    for (int r = 0; r < 4; ++r) {
        m_serverLabels[r] = new QLabel;
        m_serverValues[r] = new QLabel;
        m_serverValues[r]->setObjectName(QString::fromLatin1(valueNames[r]));
        m_serverValues[r]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_serverValues[r]->setWordWrap(r == Address);
        serverGrid->addWidget(m_serverLabels[r], r, 0, Qt::AlignTop);
        serverGrid->addWidget(m_serverValues[r], r, 1);
    }
    m_serverValues[Fingerprint]->setFont(monospaceFont(12));
    m_serverValues[Device]->setFont(monospaceFont(10));
    m_notEnrolled = new QLabel;
    m_notEnrolled->setObjectName(u"notEnrolled"_s);
    m_notEnrolled->setWordWrap(true);
    setRole(m_notEnrolled, "hint");
    m_enrol = new QPushButton;
    m_enrol->setObjectName(u"enrolButton"_s);
    auto* enrolRow = new QHBoxLayout;
    enrolRow->addWidget(m_enrol);
    enrolRow->addStretch();
    auto* serverLayout = new QVBoxLayout(m_serverBox);
    serverLayout->addLayout(serverGrid);
    serverLayout->addWidget(m_notEnrolled);
    serverLayout->addLayout(enrolRow);

    // Sync
    m_syncBox = new QGroupBox;
    m_lastSyncLabel = new QLabel;
    m_lastSync = new QLabel;
    m_lastSync->setObjectName(u"lastSync"_s);
    m_pendingLabel = new QLabel;
    m_pending = new QLabel;
    m_pending->setObjectName(u"pendingCount"_s);
    m_pending->setStyleSheet(u"font-weight: 600;"_s);
    auto* counts = new QGridLayout;
    counts->setHorizontalSpacing(16);
    counts->setColumnStretch(1, 1);
    counts->addWidget(m_lastSyncLabel, 0, 0);
    counts->addWidget(m_lastSync, 0, 1);
    counts->addWidget(m_pendingLabel, 1, 0);
    counts->addWidget(m_pending, 1, 1);
    m_syncNow = new QPushButton;
    m_syncNow->setObjectName(u"syncNowButton"_s);
    m_syncNow->setIcon(QIcon(section.iconPath));
    setRole(m_syncNow, "primary");
    m_cancel = new QPushButton;
    m_cancel->setObjectName(u"cancelSyncButton"_s);
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"syncProgress"_s);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->hide();
    m_progressLine = new QLabel;
    m_progressLine->setObjectName(u"syncProgressLine"_s);
    setRole(m_progressLine, "hint");
    m_progressLine->setWordWrap(true);
    m_progressLine->hide();
    m_result = new QLabel;
    m_result->setObjectName(u"syncResult"_s);
    m_result->setWordWrap(true);
    m_result->hide();
    auto* syncButtons = new QHBoxLayout;
    syncButtons->addWidget(m_syncNow);
    syncButtons->addWidget(m_cancel);
    syncButtons->addStretch();
    auto* syncLayout = new QVBoxLayout(m_syncBox);
    syncLayout->addLayout(counts);
    syncLayout->addSpacing(4);
    syncLayout->addLayout(syncButtons);
    syncLayout->addWidget(m_progress);
    syncLayout->addWidget(m_progressLine);
    syncLayout->addWidget(m_result);

    // Conflicts
    m_conflictBox = new QGroupBox;
    m_conflictHint = new QLabel;
    m_conflictHint->setObjectName(u"conflictHint"_s);
    m_conflictHint->setWordWrap(true);
    setRole(m_conflictHint, "hint");
    m_conflicts = new QTreeWidget;
    m_conflicts->setObjectName(u"conflictList"_s);
    m_conflicts->setRootIsDecorated(false);
    m_conflicts->setUniformRowHeights(true);
    m_conflicts->setColumnCount(4);
    m_conflicts->setMinimumHeight(150);
    m_conflicts->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_conflicts->header()->setStretchLastSection(true);
    m_resolve = new QPushButton;
    m_resolve->setObjectName(u"resolveConflictButton"_s);
    m_resolve->setEnabled(false);
    auto* resolveRow = new QHBoxLayout;
    resolveRow->addWidget(m_resolve);
    resolveRow->addStretch();
    auto* conflictLayout = new QVBoxLayout(m_conflictBox);
    conflictLayout->addWidget(m_conflictHint);
    conflictLayout->addWidget(m_conflicts, 1);
    conflictLayout->addLayout(resolveRow);

    auto* body = new QWidget;
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_serverBox);
    bodyLayout->addWidget(m_syncBox);
    bodyLayout->addWidget(m_conflictBox, 1);
    body->setMaximumWidth(900);
    auto* scroll = new QScrollArea;
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setStyleSheet(u"QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"_s);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 22);
    layout->addWidget(m_header);
    layout->addWidget(scroll, 1);

    connect(m_enrol, &QPushButton::clicked, this, &SyncPage::openEnrolDialog);
    connect(m_syncNow, &QPushButton::clicked, this, &SyncPage::startSync);
    connect(m_cancel, &QPushButton::clicked, this, &SyncPage::cancelSync);
    connect(m_resolve, &QPushButton::clicked, this, &SyncPage::openSelectedConflict);
    connect(m_conflicts, &QTreeWidget::itemActivated, this, &SyncPage::openSelectedConflict);
    connect(m_conflicts, &QTreeWidget::currentItemChanged, this,
            [this] { m_resolve->setEnabled(m_conflicts->currentItem() && !isSyncing()); });
    setTabOrder(m_enrol, m_syncNow);
    setTabOrder(m_syncNow, m_cancel);
    setTabOrder(m_cancel, m_conflicts);
    setTabOrder(m_conflicts, m_resolve);
    retranslate();
}

SyncPage::~SyncPage() = default; // m_runner (a child) cancels and waits for its worker

bool SyncPage::isSyncing() const
{
    return m_runner && m_runner->isRunning();
}

void SyncPage::refresh()
{
    storage::Vault* vault = m_context.session.vault();
    if (isSyncing() || !vault || !m_context.session.isUnlocked())
        return;
    auto state = sync::loadSyncState(vault->db());
    m_enrolled = state && state->has_value();
    for (int r = 0; r < 4; ++r) {
        m_serverLabels[r]->setVisible(m_enrolled);
        m_serverValues[r]->setVisible(m_enrolled);
    }
    m_notEnrolled->setVisible(!m_enrolled);
    m_enrol->setVisible(!m_enrolled);
    m_syncNow->setEnabled(m_enrolled);
    if (m_enrolled) {
        const sync::SyncState& s = **state;
        m_serverValues[Address]->setText(s.serverName.isEmpty() ? s.url
                                                                : u"%1 — %2"_s.arg(s.url, s.serverName));
        m_serverValues[Device]->setText(groupedDeviceId(vault->profile().deviceId));
        m_serverValues[EnrolledOn]->setText(
            formatDateTime(QDateTime::fromMSecsSinceEpoch(s.enrolledAtMs, Qt::UTC)));
        m_serverValues[Fingerprint]->setText(groupedFingerprint(s.certSha256));
        m_serverValues[Fingerprint]->setAccessibleName(
            tr("Server certificate fingerprint: %1").arg(groupedFingerprint(s.certSha256)));
        m_lastSync->setText(
            s.lastSyncMs ? formatDateTime(QDateTime::fromMSecsSinceEpoch(*s.lastSyncMs, Qt::UTC))
                         : tr("never"));
    } else {
        m_lastSync->setText(tr("never"));
    }
    const Result<qint64> pending = m_context.session.pendingChangeCount();
    m_pending->setText(pending ? formatCount(*pending) : tr("unknown"));

    const qint64 selected =
        m_conflicts->currentItem() ? m_conflicts->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
    m_conflicts->clear();
    sync::ConflictService service(*vault);
    auto open = service.list();
    if (open) {
        for (const sync::ConflictInfo& c : *open) {
            auto* item = new QTreeWidgetItem(m_conflicts);
            item->setText(KindColumn, recordKindLabel(c.table));
            item->setText(RecordColumn, conflictRecordText(vault->db(), c));
            item->setText(FieldColumn, fieldLabel(c.field));
            item->setText(WhenColumn,
                          formatDateTime(QDateTime::fromMSecsSinceEpoch(c.openedAtMs, Qt::UTC)));
            item->setData(0, Qt::UserRole, c.id);
            if (c.id == selected)
                m_conflicts->setCurrentItem(item);
        }
    }
    const int count = open ? int(open->size()) : 0;
    if (!m_conflicts->currentItem() && count > 0)
        m_conflicts->setCurrentItem(m_conflicts->topLevelItem(0));
    m_conflicts->setEnabled(count > 0);
    m_resolve->setEnabled(count > 0 && !isSyncing());
    m_conflictHint->setText(count == 0 ? tr("No conflicts: every record agrees with the other devices.")
                                       : tr("%n record field(s) were changed on two devices. Open each one, "
                                            "compare the values and keep the right one.",
                                            "", count));
    emit conflictsChanged(count);
}

void SyncPage::openEnrolDialog()
{
    storage::Vault* vault = m_context.session.vault();
    if (!vault || isSyncing())
        return;
    auto* dialog = new EnrolDialog(*vault, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        showResult(tr("This device is enrolled. You can synchronise now."), false);
        refresh();
    });
    dialog->open(); // window-modal without a nested event loop, so an auto-lock can close it
}

void SyncPage::startSync()
{
    if (!m_runner || isSyncing() || !m_enrolled)
        return;
    m_result->hide();
    m_progress->setValue(0);
    setSyncing(true);
    m_runner->start();
}

void SyncPage::cancelSync()
{
    if (!isSyncing())
        return;
    m_cancel->setEnabled(false);
    m_progressLine->setText(tr("Stopping after the current step…"));
    m_runner->cancel();
}

void SyncPage::setSyncing(bool syncing)
{
    m_syncNow->setEnabled(!syncing && m_enrolled);
    m_cancel->setEnabled(syncing);
    m_progress->setVisible(syncing);
    m_progressLine->setVisible(syncing);
    m_resolve->setEnabled(!syncing && m_conflicts->currentItem());
    m_conflicts->setEnabled(!syncing && m_conflicts->topLevelItemCount() > 0);
    if (syncing)
        m_cancel->setFocus();
    emit busyChanged(syncing);
}

void SyncPage::showResult(const QString& text, bool error)
{
    m_result->setText(text);
    m_result->setAccessibleName(text);
    setRole(m_result, error ? "error" : "success");
    m_result->show();
}

void SyncPage::onSyncFinished(const SyncOutcome& outcome)
{
    setSyncing(false);
    refresh();
    if (outcome.ok) {
        const sync::SyncReport& r = outcome.report;
        QString text = tr("Synchronised: %n change(s) sent", "", int(r.pushed)) + u", "_s +
                       tr("%n received", "", int(r.pulled)) + u'.';
        if (r.applied.conflictsOpened > 0)
            text += u' ' + tr("%n new conflict(s) to review below.", "", int(r.applied.conflictsOpened));
        if (!r.divergent.isEmpty())
            text += u' ' + tr("Some records still differ from the server; synchronise again, and tell the "
                              "administrator if this stays.");
        showResult(text, false);
        m_result->setToolTip(QString());
    } else {
        showResult(outcome.message, !outcome.cancelled);
        m_result->setToolTip(outcome.detail);
    }
    emit syncFinished(outcome.ok);
}

void SyncPage::openSelectedConflict()
{
    storage::Vault* vault = m_context.session.vault();
    QTreeWidgetItem* item = m_conflicts->currentItem();
    if (!vault || !item || isSyncing())
        return;
    sync::ConflictService service(*vault);
    auto conflict = service.get(item->data(0, Qt::UserRole).toLongLong());
    if (!conflict) {
        refresh();
        return;
    }
    auto* dialog = new ConflictDialog(*vault, *conflict, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        showResult(tr("Your choice is saved and will be sent with the next synchronisation."), false);
        refresh();
    });
    dialog->open();
}

void SyncPage::retranslate()
{
    m_header->setTexts(m_section.title(), m_section.description());
    m_serverBox->setTitle(tr("Commune server"));
    const char* labels[] = {QT_TR_NOOP("Server:"), QT_TR_NOOP("This device:"), QT_TR_NOOP("Enrolled on:"),
                            QT_TR_NOOP("Certificate fingerprint:")};
    for (int r = 0; r < 4; ++r)
        m_serverLabels[r]->setText(tr(labels[r]));
    m_serverValues[Fingerprint]->setToolTip(
        tr("Read these groups aloud with the administrator: they must match the server's exactly."));
    m_notEnrolled->setText(
        tr("This device is not enrolled with the commune server yet. Ask the administrator for "
           "the server address, a one-time code and the certificate fingerprint."));
    m_enrol->setText(tr("&Enrol…"));
    m_enrol->setAccessibleName(tr("Enrol this device with the commune server"));
    m_syncBox->setTitle(tr("Synchronisation"));
    m_lastSyncLabel->setText(tr("Last successful sync:"));
    m_pendingLabel->setText(tr("Changes not yet sent:"));
    m_syncNow->setText(tr("&Sync now"));
    m_syncNow->setAccessibleName(tr("Synchronise now with the commune server"));
    m_cancel->setText(tr("&Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the synchronisation"));
    m_progress->setAccessibleName(tr("Synchronisation progress"));
    m_conflictBox->setTitle(tr("Conflicts"));
    m_conflicts->setHeaderLabels({tr("Record kind"), tr("Record"), tr("Field"), tr("Found on")});
    m_conflicts->setAccessibleName(tr("Open conflicts"));
    m_resolve->setText(tr("&Review and resolve…"));
    m_resolve->setAccessibleName(tr("Review the selected conflict"));
    refresh();
}

void SyncPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QWidget* syncPage(const SectionContext& context, const SectionInfo& section)
{
    return new SyncPage(context, section);
}

} // namespace xaso::desktop
