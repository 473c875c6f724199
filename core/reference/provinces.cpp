#include "reference/provinces.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace xaso {
namespace {

QString tr(const char* source)
{
    return QCoreApplication::translate("ProvinceTable", source);
}

bool isThreeAsciiDigits(QStringView s)
{
    return s.size() == 3 && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

QString ProvinceTable::resourcePath()
{
    return u":/xaso/data/provinces.csv"_s;
}

Result<ProvinceTable> ProvinceTable::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    return parse(file.readAll(), path);
}

Result<ProvinceTable> ProvinceTable::parse(const QByteArray& csv, const QString& sourceName)
{
    auto fail = [&](int line, const QString& what) {
        return makeError(ErrorCode::InvalidArgument,
                         tr("%1, line %2: %3").arg(sourceName).arg(line).arg(what));
    };
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(QLatin1Char('\n'));

    ProvinceTable table;
    bool sawHeader = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i) + 1;
        const QString line = lines.at(i).trimmed(); // also drops a CR
        if (line.isEmpty())
            continue;
        if (!sawHeader) {
            if (line != u"code,name"_s)
                return fail(lineNo, tr("the header must be “code,name”"));
            sawHeader = true;
            continue;
        }
        // Names hold no commas, but split at the first one so one would survive.
        const qsizetype comma = line.indexOf(QLatin1Char(','));
        if (comma < 0)
            return fail(lineNo, tr("expected “code,name”"));
        const QString code = line.left(comma).trimmed();
        const QString name = line.mid(comma + 1).trimmed().normalized(QString::NormalizationForm_C);
        if (!isThreeAsciiDigits(code) || code.toInt() < 1 || code.toInt() > 96)
            return fail(lineNo, tr("the code “%1” is not a province code 001–096").arg(code));
        if (name.isEmpty())
            return fail(lineNo, tr("the province %1 has no name").arg(code));
        if (table.m_names.contains(code))
            return fail(lineNo, tr("the code %1 appears twice").arg(code));
        table.m_names.insert(code, name);
    }
    if (!sawHeader)
        return makeError(ErrorCode::InvalidArgument, tr("%1 is empty").arg(sourceName));
    return table;
}

const ProvinceTable& ProvinceTable::builtin()
{
    static const ProvinceTable table = [] {
        Result<ProvinceTable> loaded = load(resourcePath());
        if (!loaded) {
            qCCritical(lcReference) << "province table not loaded:" << loaded.message();
            return ProvinceTable();
        }
        return std::move(loaded).value();
    }();
    return table;
}

bool ProvinceTable::isCountryCode(QStringView code)
{
    if (!isThreeAsciiDigits(code))
        return false;
    const int n = code.toInt();
    return n >= 101 && n <= 295;
}

} // namespace xaso
