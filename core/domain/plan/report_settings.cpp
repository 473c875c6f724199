#include "domain/plan/report_settings.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace xaso::plan {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ReportSettings", text);
}

struct SettingDef
{
    const char* key;
    const char16_t* defaultValue;
    const char* description;
};

constexpr SettingDef kSettings[] = {
    {"commune_name", u"Hưng Đông",
     QT_TRANSLATE_NOOP("ReportSettings", "the commune's name, for the date line")},
    {"issuing_body", u"UBND xã Hưng Đông",
     QT_TRANSLATE_NOOP("ReportSettings", "the issuing body, top left (printed in capitals)")},
    {"superior_body", u"",
     QT_TRANSLATE_NOOP("ReportSettings", "the body above it, if any (printed above it)")},
    {"signer_authority", u"TM. ỦY BAN NHÂN DÂN",
     QT_TRANSLATE_NOOP("ReportSettings", "first line of the signature")},
    {"signer_deputy", u"KT. CHỦ TỊCH",
     QT_TRANSLATE_NOOP("ReportSettings", "second line when a deputy signs; empty when the Chairman signs")},
    {"signer_title", u"PHÓ CHỦ TỊCH", QT_TRANSLATE_NOOP("ReportSettings", "the signer's title")},
    {"signer_name", u"", QT_TRANSLATE_NOOP("ReportSettings", "the signer's full name")},
    {"number_prefix", u"BC-UBND",
     QT_TRANSLATE_NOOP("ReportSettings", "the symbol after the number: Số: 15/BC-UBND")},
    {"recipients", u"UBND Thành phố (để b/c)\nCông an Thành phố (để b/c)\nĐảng ủy, TT HĐND xã\nLưu: VT, CA",
     QT_TRANSLATE_NOOP("ReportSettings", "the Nơi nhận lines, separated by ';'")},
};

const SettingDef* find(const QString& key)
{
    for (const SettingDef& d : kSettings) {
        if (key == QLatin1StringView(d.key))
            return &d;
    }
    return nullptr;
}

QString storageKey(const QString& key)
{
    return u"report."_s + key;
}

} // namespace

QStringList ReportSettings::keys()
{
    QStringList out;
    for (const SettingDef& d : kSettings)
        out << QString::fromLatin1(d.key);
    return out;
}

QString ReportSettings::defaultValue(const QString& key)
{
    const SettingDef* d = find(key);
    return d ? QString::fromUtf16(d->defaultValue) : QString();
}

QString ReportSettings::description(const QString& key)
{
    const SettingDef* d = find(key);
    return d ? tr(d->description) : QString();
}

Status ReportSettings::checkKey(const QString& key) const
{
    if (find(key))
        return {};
    return makeError(ErrorCode::InvalidArgument,
                     tr("Unknown report setting '%1'; the settings are: %2.").arg(key, keys().join(u", "_s)));
}

Result<bool> ReportSettings::isSet(const QString& key)
{
    XASO_TRY(checkKey(key));
    auto st = m_vault.db().cached("SELECT count(*) FROM settings WHERE key = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, storageKey(key));
    auto row = (*st)->step();
    if (!row)
        return row.error();
    const bool set = *row && (*st)->int64(0) > 0;
    (*st)->reset();
    return set;
}

Result<QString> ReportSettings::get(const QString& key)
{
    XASO_TRY(checkKey(key));
    auto st = m_vault.db().cached("SELECT value FROM settings WHERE key = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, storageKey(key));
    auto row = (*st)->step();
    if (!row)
        return row.error();
    const QString value = *row ? (*st)->text(0) : defaultValue(key);
    (*st)->reset();
    return value;
}

Status ReportSettings::set(const QString& key, const QString& value)
{
    XASO_TRY(checkKey(key));
    if (m_roles.access(m_vault.profile().roles, RecordKind::Settings) < Access::Write)
        return makeError(
            ErrorCode::PermissionDenied,
            tr("Your roles (%1) may not change the settings.").arg(m_vault.profile().roles.join(u", "_s)));
    QString stored = value.trimmed();
    if (key == u"recipients") {
        QStringList lines;
        for (const QString& part : stored.split(QRegularExpression(u"[;\\n]"_s), Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty())
                lines << part.trimmed();
        }
        stored = lines.join(u'\n');
    }
    return m_vault.writeAudited(
        {u"settings"_s, storageKey(key), u"update"_s, {}}, [&](storage::Database& db) {
            auto st = db.prepare(u"INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"_s);
            if (!st)
                return Status(st.error());
            return st->bind(1, storageKey(key)).bind(2, stored.isNull() ? u""_s : stored).exec();
        });
}

Result<ReportSettingsValues> ReportSettings::load()
{
    ReportSettingsValues v;
    const std::pair<const char*, QString*> fields[] = {
        {"commune_name", &v.communeName},   {"issuing_body", &v.issuingBody},
        {"superior_body", &v.superiorBody}, {"signer_authority", &v.signerAuthority},
        {"signer_deputy", &v.signerDeputy}, {"signer_title", &v.signerTitle},
        {"signer_name", &v.signerName},     {"number_prefix", &v.numberPrefix},
    };
    for (const auto& [key, target] : fields) {
        auto value = get(QString::fromLatin1(key));
        if (!value)
            return value.error();
        *target = *value;
    }
    auto recipients = get(u"recipients"_s);
    if (!recipients)
        return recipients.error();
    v.recipients = recipients->split(u'\n', Qt::SkipEmptyParts);
    return v;
}

} // namespace xaso::plan
