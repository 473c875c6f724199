#pragma once
// Đồng bộ: the commune server this device is enrolled with (address, device, the certificate
// fingerprint in groups to compare aloud), enrolment, the last successful sync, the changes not yet
// sent, "Sync now" with progress and Cancel (SyncRunner, a worker thread), and the open conflicts,
// each reviewed side by side in ConflictDialog. All sync logic is in sync/client.

#include "main/section_registry.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace xaso::desktop {

class PageHeader;
class SyncRunner;
struct SyncOutcome;

class SyncPage : public QWidget
{
    Q_OBJECT
public:
    SyncPage(const SectionContext& context, const SectionInfo& section, QWidget* parent = nullptr);
    ~SyncPage() override;

    SyncRunner* runner() const { return m_runner; }
    bool isSyncing() const;

public slots:
    // Reads the server state, counts and conflicts from the vault again (not during a sync).
    void refresh();
    void openEnrolDialog();
    void startSync();
    void cancelSync();
    void openSelectedConflict();

signals:
    void syncFinished(bool ok);
    void conflictsChanged(int open);
    // True while the worker owns the vault's connection: the workspace keeps the officer here
    // (no other page reads the vault meanwhile) and the status bar waits (main/workspace.h).
    void busyChanged(bool busy);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void onSyncFinished(const SyncOutcome& outcome);
    void setSyncing(bool syncing);
    void showResult(const QString& text, bool error);

    SectionContext m_context;
    SectionInfo m_section;
    PageHeader* m_header;
    SyncRunner* m_runner = nullptr;

    QGroupBox* m_serverBox;
    QLabel* m_serverLabels[4];
    QLabel* m_serverValues[4]; // address, this device, enrolled on, fingerprint
    QLabel* m_notEnrolled;
    QPushButton* m_enrol;

    QGroupBox* m_syncBox;
    QLabel* m_lastSyncLabel;
    QLabel* m_lastSync;
    QLabel* m_pendingLabel;
    QLabel* m_pending;
    QPushButton* m_syncNow;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_progressLine;
    QLabel* m_result;

    QGroupBox* m_conflictBox;
    QLabel* m_conflictHint;
    QTreeWidget* m_conflicts;
    QPushButton* m_resolve;

    bool m_enrolled = false;
    QString m_resultText;
    bool m_resultIsError = false;
};

QWidget* syncPage(const SectionContext& context, const SectionInfo& section);

} // namespace xaso::desktop
