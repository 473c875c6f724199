#pragma once
// Place codes of the personal ID (the PPP digits): the 63 provinces as they were before the 2025
// mergers, "0" + the old two-digit code (Thông tư 07/2016/TT-BCA Điều 7). Issued IDs never change,
// so the table stays as it is after the mergers. Data: resources/data/provinces.csv (code,name).

#include "util/result.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace xaso {

class ProvinceTable
{
public:
    // Where the table is compiled in (resources/data/provinces.csv).
    static QString resourcePath();

    // Reads a UTF-8 CSV with the header "code,name"; codes are three digits from 001 to 096.
    // Errors name the line at fault.
    static Result<ProvinceTable> load(const QString& path);
    static Result<ProvinceTable> parse(const QByteArray& csv, const QString& sourceName);

    // The compiled-in table, loaded on first use. Should the resource be missing (a broken
    // build) this is empty and the failure is logged under xaso.reference.
    static const ProvinceTable& builtin();

    // 101–295: a birth registered abroad, the code names the country (same Thông tư). The range
    // is fixed by the ID format, so it is a rule here rather than data.
    static bool isCountryCode(QStringView code);

    bool contains(QStringView code) const { return m_names.contains(code.toString()); }
    // The province name for a three-digit code ("040" → "Nghệ An"); empty if unknown.
    QString name(QStringView code) const { return m_names.value(code.toString()); }
    QStringList codes() const { return m_names.keys(); } // ascending
    qsizetype size() const { return m_names.size(); }

private:
    QMap<QString, QString> m_names;
};

} // namespace xaso
