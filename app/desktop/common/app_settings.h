#pragma once
// Per-machine preferences kept in QSettings (never anything secret): language, auto-lock delay,
// last opened vault. Tests hand in a QSettings over a temporary INI file.

#include <QObject>
#include <QSettings>

#include <memory>

namespace xaso::desktop {

class AppSettings : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultAutoLockMinutes = 15; // Nghị định 85/2016 level 3
    static constexpr int kMinAutoLockMinutes = 1;
    static constexpr int kMaxAutoLockMinutes = 120;

    explicit AppSettings(std::unique_ptr<QSettings> store, QObject* parent = nullptr);
    ~AppSettings() override;
    // The user's settings file (INI, so it reads the same on Windows and Linux).
    static std::unique_ptr<QSettings> userStore();

    QString language() const; // "vi" (default) or "en"
    void setLanguage(const QString& language);
    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);
    QString lastVaultPath() const;
    void setLastVaultPath(const QString& path);

    QString fileName() const { return m_store->fileName(); }
    void sync() { m_store->sync(); }

signals:
    void languageChanged(const QString& language);
    void autoLockMinutesChanged(int minutes);

private:
    std::unique_ptr<QSettings> m_store;
};

} // namespace xaso::desktop
