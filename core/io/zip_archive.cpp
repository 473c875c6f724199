#include "io/zip_archive.h"

#include <QCoreApplication>
#include <QFile>

#include <zip.h>

namespace xaso::io {

namespace {

constexpr qint64 kChunkSize = 64 * 1024;

} // namespace

ZipArchive::~ZipArchive()
{
    close();
}

Status ZipArchive::open(const QString& path, const QString& displayName)
{
    close();
    m_displayName = displayName;
#ifdef Q_OS_WIN
    const QByteArray name = path.toUtf8(); // libzip takes UTF-8 names on Windows
#else
    const QByteArray name = QFile::encodeName(path);
#endif
    int code = 0;
    m_zip = zip_open(name.constData(), ZIP_RDONLY, &code);
    if (m_zip)
        return {};
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString detail = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    if (code == ZIP_ER_OPEN || code == ZIP_ER_NOENT || code == ZIP_ER_READ) {
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("XlsxReader", "Cannot open “%1”: %2").arg(displayName, detail));
    }
    return makeError(
        ErrorCode::InvalidArgument,
        QCoreApplication::translate("XlsxReader",
                                    "“%1” is not a valid Excel workbook: the file is damaged or not an .xlsx "
                                    "file (%2).")
            .arg(displayName, detail));
}

void ZipArchive::close()
{
    if (m_zip) {
        zip_discard(m_zip); // read-only: nothing to write back
        m_zip = nullptr;
    }
}

bool ZipArchive::contains(const QString& entry) const
{
    return entrySize(entry) >= 0;
}

qint64 ZipArchive::entrySize(const QString& entry) const
{
    if (!m_zip)
        return -1;
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(m_zip, entry.toUtf8().constData(), ZIP_FL_NOCASE, &st) != 0)
        return -1;
    return (st.valid & ZIP_STAT_SIZE) ? qint64(st.size) : 0;
}

ZipXmlStream::~ZipXmlStream()
{
    close();
}

Status ZipXmlStream::open(const ZipArchive& archive, const QString& entry)
{
    close();
    m_entry = entry;
    m_displayName = archive.displayName();
    m_totalBytes = archive.entrySize(entry);
    if (m_totalBytes < 0) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate(
                             "XlsxReader", "“%1” is not a complete Excel workbook: the part “%2” is missing.")
                             .arg(m_displayName, entry));
    }
    // ZIP_FL_NOCASE: some generators differ from the case the relationships give.
    m_file = zip_fopen(archive.handle(), entry.toUtf8().constData(), ZIP_FL_NOCASE);
    if (!m_file) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("XlsxReader", "Cannot read the part “%2” of “%1”: %3")
                             .arg(m_displayName, entry,
                                  QString::fromUtf8(zip_error_strerror(zip_get_error(archive.handle())))));
    }
    return {};
}

void ZipXmlStream::close()
{
    if (m_file) {
        zip_fclose(m_file);
        m_file = nullptr;
    }
    m_xml.clear();
    m_bytesRead = 0;
    m_totalBytes = 0;
    m_depth = 0;
    m_sawRoot = false;
    m_eof = false;
}

Status ZipXmlStream::feed()
{
    m_chunk.resize(kChunkSize);
    const zip_int64_t n = zip_fread(m_file, m_chunk.data(), zip_uint64_t(m_chunk.size()));
    if (n < 0) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate(
                             "XlsxReader", "“%1” is damaged: the part “%2” cannot be decompressed (%3).")
                             .arg(m_displayName, m_entry, QString::fromUtf8(zip_file_strerror(m_file))));
    }
    if (n == 0) {
        m_eof = true;
        return {};
    }
    m_chunk.truncate(n);
    m_bytesRead += n;
    m_xml.addData(m_chunk);
    return {};
}

QXmlStreamReader::TokenType ZipXmlStream::readNext(Status& status)
{
    status = {};
    if (!m_file) {
        status = makeError(
            ErrorCode::Internal,
            QCoreApplication::translate("XlsxReader", "An XLSX part was read before it was opened."));
        return QXmlStreamReader::Invalid;
    }
    for (;;) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++m_depth;
            m_sawRoot = true;
        } else if (token == QXmlStreamReader::EndElement) {
            --m_depth;
        }
        if (token != QXmlStreamReader::Invalid)
            return token;
        if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && !m_eof) {
            if (Status st = feed(); !st) {
                status = st;
                return QXmlStreamReader::Invalid;
            }
            continue;
        }
        if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && m_sawRoot && m_depth == 0)
            return QXmlStreamReader::EndDocument; // fed incrementally, the reader cannot know it ended
        if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
            status = makeError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("XlsxReader", "“%1” is damaged: the part “%2” ends too early.")
                    .arg(m_displayName, m_entry));
        } else {
            status = makeError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate(
                    "XlsxReader", "“%1” is damaged: the part “%2” is not well-formed XML at line %3 (%4).")
                    .arg(m_displayName, m_entry)
                    .arg(m_xml.lineNumber())
                    .arg(m_xml.errorString()));
        }
        return QXmlStreamReader::Invalid;
    }
}

} // namespace xaso::io
