#pragma once
// The steps of an import without a window: read the file's first rows and locate its header
// (preview), hold the column mapping the officer may edit, run the dry run, then the commit with
// progress and cancel, and save the error report. The runs happen on the calling thread; the
// progress callback lets the event loop breathe so the Cancel button stays live.

#include "imports/import_target.h"
#include "io/header_locator.h"

#include <QObject>

namespace xaso::desktop {

class ImportSession : public QObject
{
    Q_OBJECT
public:
    enum class State { Empty, Previewed, DryRunDone, Running, Committed, Cancelled, Failed };
    Q_ENUM(State)
    static constexpr int kPreviewRows = 30;

    explicit ImportSession(ImportTarget& target, QObject* parent = nullptr);

    ImportTarget& target() const { return m_target; }
    State state() const { return m_state; }
    QString errorMessage() const { return m_error; }

    // Opens the file, finds the header and reads the first rows after it.
    Status preview(const QString& path);
    QString path() const { return m_path; }
    const io::HeaderMatch& header() const { return m_header; }
    const QList<io::TableRow>& previewRows() const { return m_rows; }

    io::ColumnMapping& mapping() { return m_mapping; }
    const io::ColumnMapping& mapping() const { return m_mapping; }
    QStringList missingRequired() const; // display names of required fields without a column

    Result<ImportOutcome> dryRun();
    const ImportOutcome& dryRunOutcome() const { return m_dry; }
    // Writes (all or nothing unless skipInvalid). Cancel → ErrorCode::Cancelled, vault unchanged.
    Result<ImportOutcome> commit(bool skipInvalid);
    const ImportOutcome& commitOutcome() const { return m_done; }
    Status saveErrorReport(const QString& path) const;

public slots:
    void cancel() { m_cancelRequested = true; }

signals:
    void progress(int percent);
    void stateChanged(xaso::desktop::ImportSession::State state);

private:
    bool onProgress(qint64 done, qint64 total);
    void setState(State s);

    ImportTarget& m_target;
    State m_state = State::Empty;
    QString m_path;
    QString m_error;
    io::HeaderMatch m_header;
    QList<io::TableRow> m_rows;
    io::ColumnMapping m_mapping;
    ImportOutcome m_dry;
    ImportOutcome m_done;
    bool m_cancelRequested = false;
};

} // namespace xaso::desktop
