#pragma once
// What every GUI suite needs: the desktop services over temporary folders (profiles, settings,
// unlock-attempt state), profiles made through the real vault API, and helpers that find and
// drive the visible widgets.

#include "common/app_settings.h"
#include "common/desktop_services.h"
#include "common/language_manager.h"
#include "common/profile_directory.h"
#include "common/vault_session.h"
#include "main/app_window.h"
#include "reference/roles.h"
#include "storage/attempt_guard.h"
#include "storage/vault.h"
#include "util/clock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

namespace xaso::test {

inline const QString kGuiPassword = QStringLiteral("Hưng-Đông#2026 an toàn");

inline RoleCatalog loadRoles()
{
    auto roles = RoleCatalog::load();
    if (!roles)
        qFatal("cannot load roles: %s", qPrintable(roles.message()));
    return std::move(roles).value();
}

struct GuiEnv
{
    enum class ClockKind { System, Manual };

    QTemporaryDir dir;
    SystemClock systemClock;
    ManualClock manualClock{QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC)};
    const Clock& clock;
    RoleCatalog roles = loadRoles();
    storage::AttemptGuard guard{clock, dir.filePath(QStringLiteral("state"))};
    desktop::ProfileDirectory profiles{dir.filePath(QStringLiteral("profiles"))};
    desktop::AppSettings settings{std::make_unique<QSettings>(settingsFile(), QSettings::IniFormat)};
    desktop::LanguageManager language;
    desktop::DesktopServices services{clock, roles, guard, profiles, settings, language,
                                      crypto::KdfLimits::interactive()};

    explicit GuiEnv(ClockKind kind = ClockKind::System)
        : clock(kind == ClockKind::Manual ? static_cast<const Clock&>(manualClock) : systemClock)
    {
        language.apply(settings.language());
    }

    QString settingsFile() const { return dir.filePath(QStringLiteral("settings.ini")); }

    // A profile made directly through the vault API, where the chooser looks for it.
    QString makeProfile(const QString& name, const QStringList& roleIds, QString* recoveryKey = nullptr)
    {
        const QString path = profiles.newVaultPath(name).value();
        storage::CreateOptions options{name, roleIds, crypto::KdfLimits::interactive()};
        auto created = storage::Vault::create(path, kGuiPassword, options, clock);
        if (!created)
            qFatal("cannot create profile: %s", qPrintable(created.message()));
        if (recoveryKey)
            *recoveryKey = created->recoveryKey;
        return path;
    }
};

// Digest of every file in a folder, to prove an operation left it byte-identical.
inline QByteArray folderDigest(const QString& folder)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QDir dir(folder);
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        hash.addData(name.toUtf8());
        hash.addData(f.readAll());
    }
    return hash.result();
}

// The visible widget of that type and name (several pages reuse names such as "backButton").
template <typename T>
T* visibleChild(QWidget* root, const QString& name)
{
    for (T* w : root->findChildren<T*>(name)) {
        if (w->isVisible())
            return w;
    }
    return nullptr;
}

// Types text the way a keyboard with a Vietnamese input method does: one key event per character
// carrying its text. QTest::keyClicks only knows Latin-1 keys and aborts on "ư" or "Đ".
inline void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

// Types the password into the unlock page and presses Enter, as an officer would.
inline void typePasswordAndEnter(desktop::AppWindow& window, const QString& password)
{
    auto* field = visibleChild<QLineEdit>(&window, QStringLiteral("password"));
    QVERIFY(field);
    field->setFocus();
    typeText(field, password);
    QTest::keyClick(field, Qt::Key_Return);
}

} // namespace xaso::test
