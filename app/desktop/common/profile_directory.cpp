#include "common/profile_directory.h"

#include "storage/key_header.h"
#include "storage/vault.h"
#include "text/folding.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

ProfileDirectory::ProfileDirectory(QString root) : m_root(std::move(root)) {}

QString ProfileDirectory::defaultRoot()
{
    // defaultVaultPath() = <app data>/xaso/profiles/default/vault.xaso
    return QFileInfo(storage::Vault::defaultVaultPath()).dir().absolutePath().section(u'/', 0, -2);
}

QList<ProfileEntry> ProfileDirectory::list() const
{
    QList<ProfileEntry> entries;
    const QDir dir(m_root);
    for (const QString& name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString vault = dir.filePath(name + u'/' + kVaultFileName);
        if (QFileInfo::exists(vault) && QFileInfo::exists(storage::KeyHeader::pathFor(vault)))
            entries.append({name, vault});
    }
    QCollator collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    std::sort(entries.begin(), entries.end(),
              [&collator](const ProfileEntry& a, const ProfileEntry& b) { return collator.compare(a.name, b.name) < 0; });
    return entries;
}

QString ProfileDirectory::folderNameFor(const QString& displayName)
{
    QString name = text::normalizeInput(displayName);
    static const QString refused = u"/\\:*?\"<>|"_s;
    for (QChar& c : name) {
        if (refused.contains(c) || c.category() == QChar::Other_Control)
            c = u'-';
    }
    // No leading dots (hidden folders) and no trailing dots or spaces (refused on Windows).
    while (name.startsWith(u'.') || name.startsWith(u'-'))
        name.remove(0, 1);
    while (name.endsWith(u'.') || name.endsWith(u' '))
        name.chop(1);
    return name.left(80);
}

Result<QString> ProfileDirectory::newVaultPath(const QString& displayName) const
{
    const QString folder = folderNameFor(displayName);
    if (folder.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("ProfileDirectory", "Enter a name for the profile."));
    const QDir dir(m_root);
    for (const QString& existing : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        // Folder names differing only in case clash on Windows; refuse them everywhere.
        if (existing.compare(folder, Qt::CaseInsensitive) == 0)
            return makeError(ErrorCode::Conflict,
                             QCoreApplication::translate("ProfileDirectory",
                                                         "A profile named \"%1\" already exists on this computer.")
                                 .arg(existing));
    }
    return dir.filePath(folder + u'/' + kVaultFileName);
}

QString ProfileDirectory::labelFor(const QString& vaultPath)
{
    const QFileInfo info(vaultPath);
    if (info.fileName() == kVaultFileName)
        return info.dir().dirName();
    return info.fileName();
}

} // namespace xaso::desktop
