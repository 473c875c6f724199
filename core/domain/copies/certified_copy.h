#pragma once
// A certified copy from the original (chứng thực bản sao từ bản chính, model 4; Nghị định
// 23/2015 amended by Nghị định 07/2025, Thông tư 01/2020/TT-BTP): one entry of the register with
// its number — sequence in the book, year and type symbol, e.g. "15/2026/SCT/BS" in book "01" —
// the certifier, the statement (lời chứng), the original document and the sealed scan.

#include "domain/import/record_table.h"

namespace xaso::domain {

struct CertifiedCopy
{
    RecordMeta meta;
    int sequence = 0;   // allocated: restarts at 1 each year, never repeats within a (year, book)
    QString bookNumber; // quyển số
    int year = 0;
    QString typeSymbol = QStringLiteral("SCT/BS");
    QString numberText; // derived: "15/2026/SCT/BS"
    QDate certifiedOn;
    QString certifierName;
    QString certifierTitle; // Chủ tịch, Phó Chủ tịch
    QString agency;         // UBND xã …
    QString statement;      // lời chứng
    QString originalDocType;
    int pageCount = 0;
    QString requesterName;
    QString hamletCode;
    QString fileId;   // sealed_files.id
    QString fileHash; // BLAKE2b-256 hex of the plaintext scan
};

namespace copies {

inline const QString kTable = QStringLiteral("certified_copies");
inline const QString kDefaultTypeSymbol = QStringLiteral("SCT/BS");

const QStringList& columns();
// The register columns an edit cannot change once a number is given.
const QStringList& fixedColumns();

QString numberText(int sequence, int year, const QString& typeSymbol); // "15/2026/SCT/BS"
QString registerKey(int year, const QString& book, int sequence);      // "2026|01|00000015", sorts by number

struct ParsedNumber
{
    int sequence = 0;
    int year = 0; // 0 when the text gives only the sequence
    QString typeSymbol;
};
// "15/2026/SCT/BS", "Số: 15/2026/SCT/BS", "15" → its parts; nullopt when there is no sequence.
std::optional<ParsedNumber> parseNumber(const QString& text);

FieldMap toFields(const CertifiedCopy& c);
CertifiedCopy fromRow(const StoredRow& row);
void normalise(CertifiedCopy& c); // also builds numberText
// `complete`: a new certification must name the certifier's title and agency; an entry imported
// from an old register may lack them.
Validation validate(const CertifiedCopy& c, const QDate& today, bool complete);

} // namespace copies
} // namespace xaso::domain
