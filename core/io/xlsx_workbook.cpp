#include "io/xlsx_workbook.h"

#include "io/table_row.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>

namespace xaso::io::xlsx {

namespace {

constexpr qsizetype kMaxStringLength = 1 << 20;

struct Relationship
{
    QString type;
    QString target; // resolved to a path inside the zip
};

QString partDir(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : part.left(slash + 1);
}

QString resolveTarget(const QString& baseDir, const QString& target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    return QDir::cleanPath(baseDir + target);
}

QString relsPathFor(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return partDir(part) + QLatin1StringView("_rels/") + part.mid(slash + 1) + QLatin1StringView(".rels");
}

bool isTrue(QStringView v)
{
    return v == QLatin1StringView("1") || v == QLatin1StringView("true");
}

// Relationships of a part by id; an absent .rels part is an empty map (optional parts).
Result<QHash<QString, Relationship>> readRelationships(const ZipArchive& zip, const QString& relsPath,
                                                       const QString& baseDir)
{
    QHash<QString, Relationship> rels;
    if (!zip.contains(relsPath))
        return rels;
    ZipXmlStream s;
    XASO_TRY(s.open(zip, relsPath));
    Status st;
    for (;;) {
        const auto token = s.readNext(st);
        if (token == QXmlStreamReader::Invalid)
            return st.error();
        if (token == QXmlStreamReader::EndDocument)
            break;
        if (token == QXmlStreamReader::StartElement && s.xml().name() == QLatin1StringView("Relationship")) {
            const auto attrs = s.xml().attributes();
            if (attrs.value(QLatin1StringView("TargetMode")) == QLatin1StringView("External"))
                continue;
            rels.insert(attrs.value(QLatin1StringView("Id")).toString(),
                        {attrs.value(QLatin1StringView("Type")).toString(),
                         resolveTarget(baseDir, attrs.value(QLatin1StringView("Target")).toString())});
        }
    }
    return rels;
}

QString findByType(const QHash<QString, Relationship>& rels, QLatin1StringView suffix,
                   const QString& fallback)
{
    for (const Relationship& rel : rels) {
        if (rel.type.endsWith(suffix))
            return rel.target;
    }
    return fallback;
}

Status readWorkbookPart(const ZipArchive& zip, const QString& path, const QHash<QString, Relationship>& rels,
                        Workbook& workbook)
{
    ZipXmlStream s;
    XASO_TRY(s.open(zip, path));
    Status st;
    for (;;) {
        const auto token = s.readNext(st);
        if (token == QXmlStreamReader::Invalid)
            return st;
        if (token == QXmlStreamReader::EndDocument)
            break;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto name = s.xml().name();
        const auto attrs = s.xml().attributes();
        if (name == QLatin1StringView("workbookPr")) {
            workbook.date1904 = isTrue(attrs.value(QLatin1StringView("date1904")));
        } else if (name == QLatin1StringView("sheet")) {
            // r:id, in the transitional or the strict relationships namespace
            QString relId;
            for (const QXmlStreamAttribute& a : attrs) {
                if (a.name() == QLatin1StringView("id") && !a.namespaceUri().isEmpty())
                    relId = a.value().toString();
            }
            const auto rel = rels.constFind(relId);
            if (rel == rels.cend() || !rel->type.endsWith(QLatin1StringView("/worksheet")))
                continue; // chart sheets and dialog sheets have no rows
            const QStringView state = attrs.value(QLatin1StringView("state"));
            workbook.sheets.append({attrs.value(QLatin1StringView("name")).toString(), rel->target,
                                    state.isEmpty() || state == QLatin1StringView("visible")});
        }
    }
    return {};
}

// <si> holds one <t>, or rich-text runs <r><t>…</t></r> to concatenate; <rPh> holds phonetic
// guides (East Asian) whose text is not part of the value.
Status readSharedStrings(const ZipArchive& zip, const QString& path, QStringList& out)
{
    ZipXmlStream s;
    XASO_TRY(s.open(zip, path));
    Status st;
    QString current;
    bool inItem = false;
    bool inText = false;
    int phoneticDepth = 0;
    for (;;) {
        const auto token = s.readNext(st);
        if (token == QXmlStreamReader::Invalid)
            return st;
        if (token == QXmlStreamReader::EndDocument)
            break;
        const auto name = s.xml().name();
        if (token == QXmlStreamReader::StartElement) {
            if (name == QLatin1StringView("si")) {
                inItem = true;
                current.clear();
            } else if (name == QLatin1StringView("rPh")) {
                ++phoneticDepth;
            } else if (name == QLatin1StringView("t") && inItem && phoneticDepth == 0) {
                inText = true;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (name == QLatin1StringView("si")) {
                out.append(normalizeCell(current));
                inItem = false;
            } else if (name == QLatin1StringView("rPh")) {
                --phoneticDepth;
            } else if (name == QLatin1StringView("t")) {
                inText = false;
            } else if (name == QLatin1StringView("sst")) {
                break;
            }
        } else if (token == QXmlStreamReader::Characters && inText) {
            current.append(s.xml().text());
            if (current.size() > kMaxStringLength) { // Excel's own limit is 32,767 characters
                return makeError(ErrorCode::InvalidArgument,
                                 QCoreApplication::translate("XlsxReader",
                                                             "“%1” is damaged: shared string %2 is "
                                                             "longer than %3 characters.")
                                     .arg(zip.displayName())
                                     .arg(out.size())
                                     .arg(kMaxStringLength));
            }
        }
    }
    return {};
}

Status readStyles(const ZipArchive& zip, const QString& path, QList<NumberFormatKind>& out)
{
    ZipXmlStream s;
    XASO_TRY(s.open(zip, path));
    Status st;
    QHash<int, NumberFormatKind> custom;
    bool inCellXfs = false;
    for (;;) {
        const auto token = s.readNext(st);
        if (token == QXmlStreamReader::Invalid)
            return st;
        if (token == QXmlStreamReader::EndDocument)
            break;
        const auto name = s.xml().name();
        if (token == QXmlStreamReader::EndElement && name == QLatin1StringView("cellXfs"))
            inCellXfs = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto attrs = s.xml().attributes();
        if (name == QLatin1StringView("numFmt")) {
            custom.insert(attrs.value(QLatin1StringView("numFmtId")).toInt(),
                          classifyFormatCode(attrs.value(QLatin1StringView("formatCode"))));
        } else if (name == QLatin1StringView("cellXfs")) {
            inCellXfs = true;
        } else if (name == QLatin1StringView("xf") && inCellXfs) {
            const int id = attrs.value(QLatin1StringView("numFmtId")).toInt();
            out.append(custom.contains(id) ? custom.value(id) : classifyBuiltinFormat(id));
        }
    }
    return {};
}

} // namespace

Status loadWorkbook(const ZipArchive& zip, Workbook& workbook)
{
    auto rootRels = readRelationships(zip, QStringLiteral("_rels/.rels"), QString());
    if (!rootRels)
        return rootRels.error();
    const QString workbookPath =
        findByType(*rootRels, QLatin1StringView("/officeDocument"), QStringLiteral("xl/workbook.xml"));
    if (!zip.contains(workbookPath)) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("XlsxReader", "“%1” is not an Excel workbook: it has no "
                                                                   "workbook part (%2).")
                             .arg(zip.displayName(), workbookPath));
    }
    const QString baseDir = partDir(workbookPath);
    auto rels = readRelationships(zip, relsPathFor(workbookPath), baseDir);
    if (!rels)
        return rels.error();
    XASO_TRY(readWorkbookPart(zip, workbookPath, *rels, workbook));
    if (workbook.sheets.isEmpty()) {
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("XlsxReader", "“%1” has no worksheet.").arg(zip.displayName()));
    }

    const QString sharedStrings = findByType(*rels, QLatin1StringView("/sharedStrings"),
                                             baseDir + QLatin1StringView("sharedStrings.xml"));
    if (zip.contains(sharedStrings))
        XASO_TRY(readSharedStrings(zip, sharedStrings, workbook.sharedStrings));
    const QString styles =
        findByType(*rels, QLatin1StringView("/styles"), baseDir + QLatin1StringView("styles.xml"));
    if (zip.contains(styles))
        XASO_TRY(readStyles(zip, styles, workbook.styleFormats));
    return {};
}

} // namespace xaso::io::xlsx
