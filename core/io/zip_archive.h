#pragma once
// Small RAII layer over the libzip C API for reading XLSX parts, and an XML token stream that
// feeds QXmlStreamReader from a zip entry chunk by chunk, so a 100 MB sheet is never held whole.

#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QXmlStreamReader>

struct zip;
struct zip_file;

namespace xaso::io {

class ZipArchive
{
public:
    ZipArchive() = default;
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    // `displayName` is the file name used in messages.
    Status open(const QString& path, const QString& displayName);
    void close();

    bool contains(const QString& entry) const;
    // Uncompressed size, or -1 when the entry is missing.
    qint64 entrySize(const QString& entry) const;

    zip* handle() const { return m_zip; }
    const QString& displayName() const { return m_displayName; }

private:
    zip* m_zip = nullptr;
    QString m_displayName;
};

// Reads one XML part of the archive token by token.
class ZipXmlStream
{
public:
    ZipXmlStream() = default;
    ~ZipXmlStream();
    ZipXmlStream(const ZipXmlStream&) = delete;
    ZipXmlStream& operator=(const ZipXmlStream&) = delete;

    Status open(const ZipArchive& archive, const QString& entry);
    void close();

    // Next token; Invalid with an error in `status` when the part is broken or unreadable.
    QXmlStreamReader::TokenType readNext(Status& status);
    QXmlStreamReader& xml() { return m_xml; }

    qint64 bytesRead() const { return m_bytesRead; }
    qint64 totalBytes() const { return m_totalBytes; }

private:
    Status feed();

    zip_file* m_file = nullptr;
    QXmlStreamReader m_xml;
    QString m_entry;
    QString m_displayName;
    QByteArray m_chunk;
    qint64 m_bytesRead = 0;
    qint64 m_totalBytes = 0;
    int m_depth = 0;
    bool m_sawRoot = false;
    bool m_eof = false;
};

} // namespace xaso::io
