#include "common/language_manager.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

LanguageManager::LanguageManager(QObject* parent) : QObject(parent) {}

LanguageManager::~LanguageManager()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

QString LanguageManager::nativeName(const QString& language)
{
    return language == u"en"_s ? u"English"_s : u"Tiếng Việt"_s;
}

QLocale LanguageManager::localeFor(const QString& language)
{
    // en_GB writes dates day first (dd/MM/yyyy), like Vietnamese documents.
    return language == u"en"_s ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                               : QLocale(QLocale::Vietnamese, QLocale::Vietnam);
}

bool LanguageManager::apply(const QString& language)
{
    const QString lang = language == u"en"_s ? language : u"vi"_s;
    auto next = std::make_unique<QTranslator>();
    const bool loaded = next->load(u":/xaso/i18n/xaso_%1.qm"_s.arg(lang));
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator.reset();
    if (loaded) {
        m_translator = std::move(next);
        QCoreApplication::installTranslator(m_translator.get());
    }
    QLocale::setDefault(localeFor(lang));
    const bool changedLanguage = lang != m_current;
    m_current = lang;
    if (changedLanguage)
        emit changed(lang);
    return loaded;
}

} // namespace xaso::desktop
