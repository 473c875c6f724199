#pragma once
// The officer profiles on this machine: one folder per profile under the profiles root (next to
// Vault::defaultVaultPath(): <app data>/xaso/profiles/<name>/vault.xaso). The folder carries the
// name the officer chose, so the chooser can list profiles without unlocking anything.

#include "util/result.h"

#include <QList>
#include <QString>

namespace xaso::desktop {

struct ProfileEntry
{
    QString name;      // the folder name, shown in the chooser
    QString vaultPath; // <root>/<name>/vault.xaso
};

class ProfileDirectory
{
public:
    static constexpr QLatin1StringView kVaultFileName{"vault.xaso"};

    explicit ProfileDirectory(QString root = defaultRoot());
    static QString defaultRoot();
    QString root() const { return m_root; }

    // Profiles whose folder holds a vault and its key header, sorted the Vietnamese way.
    QList<ProfileEntry> list() const;

    // A safe folder name for a display name: NFC, trimmed, characters a file system refuses
    // replaced by '-'. Empty when nothing usable is left.
    static QString folderNameFor(const QString& displayName);
    // Where a new profile of that name goes; refuses an empty name or one already taken.
    Result<QString> newVaultPath(const QString& displayName) const;
    // The name to show for any vault file: its profile folder, else the file name.
    static QString labelFor(const QString& vaultPath);

private:
    QString m_root;
};

} // namespace xaso::desktop
