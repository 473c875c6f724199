#include "domain/copies/certified_copy.h"

#include "text/folding.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace xaso::domain::copies {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CertifiedCopy", text);
}

QString s(const FieldMap& f, const char* name)
{
    return f.value(QString::fromLatin1(name)).toString();
}

} // namespace

const QStringList& columns()
{
    static const QStringList c{
        QStringLiteral("sequence"),     QStringLiteral("book_number"),    QStringLiteral("year"),
        QStringLiteral("type_symbol"),  QStringLiteral("number_text"),    QStringLiteral("register_key"),
        QStringLiteral("certified_on"), QStringLiteral("certifier_name"), QStringLiteral("certifier_title"),
        QStringLiteral("agency"),       QStringLiteral("statement"),      QStringLiteral("original_doc_type"),
        QStringLiteral("page_count"),   QStringLiteral("requester_name"), QStringLiteral("name_key"),
        QStringLiteral("hamlet_code"),  QStringLiteral("file_id"),        QStringLiteral("file_hash"),
    };
    return c;
}

const QStringList& fixedColumns()
{
    static const QStringList c{QStringLiteral("sequence"),     QStringLiteral("book_number"),
                               QStringLiteral("year"),         QStringLiteral("type_symbol"),
                               QStringLiteral("number_text"),  QStringLiteral("register_key"),
                               QStringLiteral("certified_on"), QStringLiteral("name_key"),
                               QStringLiteral("file_id"),      QStringLiteral("file_hash")};
    return c;
}

QString numberText(int sequence, int year, const QString& typeSymbol)
{
    return QStringLiteral("%1/%2/%3").arg(sequence).arg(year).arg(typeSymbol);
}

QString registerKey(int year, const QString& book, int sequence)
{
    return QStringLiteral("%1|%2|%3")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(book)
        .arg(sequence, 8, 10, QLatin1Char('0'));
}

std::optional<ParsedNumber> parseNumber(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\D*?(\d+)\s*(?:/\s*(\d{4})\s*)?(?:/\s*(\S.*?))?\s*$)"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    ParsedNumber p;
    p.sequence = m.captured(1).toInt();
    p.year = m.captured(2).toInt();
    p.typeSymbol = m.captured(3).remove(QLatin1Char(' ')).toUpper();
    if (p.sequence <= 0)
        return std::nullopt;
    return p;
}

FieldMap toFields(const CertifiedCopy& c)
{
    FieldMap f;
    f.insert(QStringLiteral("sequence"), qint64(c.sequence));
    f.insert(QStringLiteral("book_number"), c.bookNumber);
    f.insert(QStringLiteral("year"), qint64(c.year));
    f.insert(QStringLiteral("type_symbol"), c.typeSymbol);
    f.insert(QStringLiteral("number_text"), c.numberText);
    f.insert(QStringLiteral("register_key"), registerKey(c.year, c.bookNumber, c.sequence));
    f.insert(QStringLiteral("certified_on"), dateOrNull(c.certifiedOn));
    f.insert(QStringLiteral("certifier_name"), c.certifierName);
    f.insert(QStringLiteral("certifier_title"),
             c.certifierTitle.isNull() ? QStringLiteral("") : c.certifierTitle);
    f.insert(QStringLiteral("agency"), c.agency.isNull() ? QStringLiteral("") : c.agency);
    f.insert(QStringLiteral("statement"), textOrNull(c.statement));
    f.insert(QStringLiteral("original_doc_type"), c.originalDocType);
    f.insert(QStringLiteral("page_count"), qint64(c.pageCount));
    f.insert(QStringLiteral("requester_name"), textOrNull(c.requesterName));
    f.insert(QStringLiteral("name_key"), text::foldForSearch(c.requesterName));
    f.insert(QStringLiteral("hamlet_code"), c.hamletCode.isNull() ? QStringLiteral("") : c.hamletCode);
    f.insert(QStringLiteral("file_id"), textOrNull(c.fileId));
    f.insert(QStringLiteral("file_hash"), textOrNull(c.fileHash));
    return f;
}

CertifiedCopy fromRow(const StoredRow& row)
{
    const FieldMap& f = row.fields;
    CertifiedCopy c;
    c.meta = row.meta;
    c.sequence = f.value(QStringLiteral("sequence")).toInt();
    c.bookNumber = s(f, "book_number");
    c.year = f.value(QStringLiteral("year")).toInt();
    c.typeSymbol = s(f, "type_symbol");
    c.numberText = s(f, "number_text");
    c.certifiedOn = fromIsoDate(s(f, "certified_on"));
    c.certifierName = s(f, "certifier_name");
    c.certifierTitle = s(f, "certifier_title");
    c.agency = s(f, "agency");
    c.statement = s(f, "statement");
    c.originalDocType = s(f, "original_doc_type");
    c.pageCount = f.value(QStringLiteral("page_count")).toInt();
    c.requesterName = s(f, "requester_name");
    c.hamletCode = s(f, "hamlet_code");
    c.fileId = s(f, "file_id");
    c.fileHash = s(f, "file_hash");
    return c;
}

void normalise(CertifiedCopy& c)
{
    c.bookNumber = c.bookNumber.trimmed();
    c.typeSymbol = c.typeSymbol.trimmed().toUpper().remove(QLatin1Char(' '));
    if (c.typeSymbol.isEmpty())
        c.typeSymbol = kDefaultTypeSymbol;
    for (QString* t : {&c.certifierName, &c.certifierTitle, &c.agency, &c.originalDocType, &c.requesterName})
        *t = text::normalizeInput(*t);
    c.statement = c.statement.trimmed();
    c.hamletCode = c.hamletCode.trimmed();
    c.fileHash = c.fileHash.trimmed().toLower();
    c.numberText = numberText(c.sequence, c.year, c.typeSymbol);
}

Validation validate(const CertifiedCopy& c, const QDate& today, bool complete)
{
    Validation v;
    if (c.sequence <= 0)
        v.addError(QStringLiteral("sequence"), tr("The sequence number in the register must be 1 or more."));
    if (c.bookNumber.isEmpty())
        v.addError(QStringLiteral("book_number"), tr("The book number (quyển số) is missing."));
    if (!c.certifiedOn.isValid())
        v.addError(QStringLiteral("certified_on"), tr("The date of certification is missing."));
    else if (c.certifiedOn > today)
        v.addError(QStringLiteral("certified_on"), tr("The date of certification lies in the future."));
    else if (c.year != c.certifiedOn.year())
        v.addError(QStringLiteral("year"),
                   tr("The number gives the year %1 but the copy was certified in %2.")
                       .arg(c.year)
                       .arg(c.certifiedOn.year()));
    if (c.certifierName.isEmpty())
        v.addError(QStringLiteral("certifier_name"), tr("The name of the certifier is missing."));
    if (complete && c.certifierTitle.isEmpty())
        v.addError(QStringLiteral("certifier_title"),
                   tr("The certifier's title (Chairman or Vice Chairman) is missing."));
    if (complete && c.agency.isEmpty())
        v.addError(QStringLiteral("agency"), tr("The certifying agency is missing."));
    if (c.originalDocType.isEmpty())
        v.addError(QStringLiteral("original_doc_type"), tr("The kind of the original document is missing."));
    if (c.pageCount <= 0)
        v.addError(QStringLiteral("page_count"), tr("The number of pages must be 1 or more."));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!c.fileHash.isEmpty() && !hex.match(c.fileHash).hasMatch())
        v.addError(QStringLiteral("file_hash"), tr("The file hash must be 64 hexadecimal characters."));
    return v;
}

} // namespace xaso::domain::copies
