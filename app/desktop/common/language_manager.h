#pragma once
// Installs the translation for the chosen language (Vietnamese by default) and the matching
// locale for dates (dd/MM/yyyy) and numbers. Switching is live: Qt sends every widget a
// LanguageChange event and each one re-reads its texts in retranslate().

#include <QLocale>
#include <QObject>
#include <QTranslator>

#include <memory>

namespace xaso::desktop {

class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    static QStringList languages() { return {QStringLiteral("vi"), QStringLiteral("en")}; }
    // Each language named in itself ("Tiếng Việt", "English"), as language menus usually are.
    static QString nativeName(const QString& language);
    static QLocale localeFor(const QString& language);

    // Loads :/xaso/i18n/xaso_<language>.qm; false if it is missing (the English source then shows).
    bool apply(const QString& language);
    QString current() const { return m_current; }

signals:
    void changed(const QString& language);

private:
    std::unique_ptr<QTranslator> m_translator;
    QString m_current;
};

} // namespace xaso::desktop
