#pragma once
// A real vault in a temporary folder, created with the quick (interactive) Argon2id limits so
// suites stay fast; production profiles use the moderate limits (tested in tst_vault).

#include "storage/vault.h"
#include "util/clock.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace xaso::test {

inline const QString kPassword = QStringLiteral("Hưng-Đông#2026 an toàn");

inline QByteArray fileDigest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("<missing>");
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

struct TempVault
{
    QTemporaryDir dir;
    ManualClock clock{QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC)};
    QString path = dir.filePath(QStringLiteral("test.xaso"));
    std::unique_ptr<storage::Vault> vault;
    QString recoveryKey;

    explicit TempVault(QStringList roles = {QStringLiteral("quan_tri")})
    {
        storage::CreateOptions options{QStringLiteral("Cán bộ thử nghiệm"), roles, crypto::KdfLimits::interactive()};
        auto created = storage::Vault::create(path, kPassword, options, clock);
        if (!created)
            qFatal("cannot create test vault: %s", qPrintable(created.message()));
        vault = std::move(created->vault);
        recoveryKey = created->recoveryKey;
    }
};

} // namespace xaso::test
