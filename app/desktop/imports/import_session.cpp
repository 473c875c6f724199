#include "imports/import_session.h"

#include "io/data_row_reader.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace xaso::desktop {

ImportSession::ImportSession(ImportTarget& target, QObject* parent) : QObject(parent), m_target(target) {}

void ImportSession::setState(State s)
{
    m_state = s;
    emit stateChanged(s);
}

Status ImportSession::preview(const QString& path)
{
    m_path = path;
    m_rows.clear();
    auto reader = io::TableReader::forFile(path);
    XASO_TRY(reader->open(path));
    QList<io::TableRow> buffered;
    auto match = io::HeaderLocator(m_target.fieldSpecs()).locate(*reader, buffered);
    if (!match)
        return match.error();
    m_header = *match;
    m_mapping = match->mapping;
    io::DataRowReader rows(*reader, buffered);
    io::TableRow row;
    while (m_rows.size() < kPreviewRows) {
        auto more = rows.next(row);
        if (!more)
            return more.error();
        if (!*more)
            break;
        m_rows.append(row);
    }
    setState(State::Previewed);
    return {};
}

QStringList ImportSession::missingRequired() const
{
    QStringList names;
    const QList<io::FieldSpec> specs = m_target.fieldSpecs();
    const QStringList missing = m_mapping.missingRequired(specs);
    for (const io::FieldSpec& spec : specs) {
        if (missing.contains(spec.fieldId))
            names << spec.displayName();
    }
    return names;
}

bool ImportSession::onProgress(qint64 done, qint64 total)
{
    emit progress(total > 0 ? int(done * 100 / total) : 0);
    // Let the window repaint and the Cancel button be pressed, between rows.
    QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return !m_cancelRequested;
}

Result<ImportOutcome> ImportSession::dryRun()
{
    m_cancelRequested = false;
    auto result =
        m_target.run(m_path, m_mapping, true, false, [this](qint64 d, qint64 t) { return onProgress(d, t); });
    if (!result) {
        m_error = result.message();
        setState(result.code() == ErrorCode::Cancelled ? State::Cancelled : State::Failed);
        return result.error();
    }
    m_dry = *result;
    setState(State::DryRunDone);
    return result;
}

Result<ImportOutcome> ImportSession::commit(bool skipInvalid)
{
    m_cancelRequested = false;
    setState(State::Running);
    auto result = m_target.run(m_path, m_mapping, false, skipInvalid,
                               [this](qint64 d, qint64 t) { return onProgress(d, t); });
    if (!result) {
        m_error = result.message();
        setState(result.code() == ErrorCode::Cancelled ? State::Cancelled : State::Failed);
        return result.error();
    }
    m_done = *result;
    if (!m_done.committed) {
        m_error = QCoreApplication::translate("ImportSession", "Nothing was written: %n row(s) have errors.",
                                              nullptr, int(m_done.refused));
        setState(State::Failed);
        return result;
    }
    emit progress(100);
    setState(State::Committed);
    return result;
}

Status ImportSession::saveErrorReport(const QString& path) const
{
    return writeIssueReport(path, m_state == State::Committed || m_state == State::Failed ? m_done : m_dry);
}

} // namespace xaso::desktop
