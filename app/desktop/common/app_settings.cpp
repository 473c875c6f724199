#include "common/app_settings.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

namespace {
const QString kLanguageKey = u"ui/language"_s;
const QString kAutoLockKey = u"security/autoLockMinutes"_s;
const QString kLastVaultKey = u"profiles/lastVault"_s;
} // namespace

AppSettings::AppSettings(std::unique_ptr<QSettings> store, QObject* parent) : QObject(parent), m_store(std::move(store))
{
}

AppSettings::~AppSettings()
{
    m_store->sync();
}

std::unique_ptr<QSettings> AppSettings::userStore()
{
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, u"xaso"_s, u"xaso"_s);
}

QString AppSettings::language() const
{
    const QString stored = m_store->value(kLanguageKey).toString();
    return stored == u"en"_s ? stored : u"vi"_s;
}

void AppSettings::setLanguage(const QString& language)
{
    const QString lang = language == u"en"_s ? language : u"vi"_s;
    if (lang == this->language() && m_store->contains(kLanguageKey))
        return;
    m_store->setValue(kLanguageKey, lang);
    m_store->sync();
    emit languageChanged(lang);
}

int AppSettings::autoLockMinutes() const
{
    bool ok = false;
    const int minutes = m_store->value(kAutoLockKey, kDefaultAutoLockMinutes).toInt(&ok);
    return ok ? std::clamp(minutes, kMinAutoLockMinutes, kMaxAutoLockMinutes) : kDefaultAutoLockMinutes;
}

void AppSettings::setAutoLockMinutes(int minutes)
{
    minutes = std::clamp(minutes, kMinAutoLockMinutes, kMaxAutoLockMinutes);
    if (minutes == autoLockMinutes() && m_store->contains(kAutoLockKey))
        return;
    m_store->setValue(kAutoLockKey, minutes);
    m_store->sync();
    emit autoLockMinutesChanged(minutes);
}

QString AppSettings::lastVaultPath() const
{
    return m_store->value(kLastVaultKey).toString();
}

void AppSettings::setLastVaultPath(const QString& path)
{
    m_store->setValue(kLastVaultKey, path);
    m_store->sync();
}

} // namespace xaso::desktop
