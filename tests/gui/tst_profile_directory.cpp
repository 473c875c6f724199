// The profile folders: safe names from what the officer typed, listing in Vietnamese order, and
// refusing a name already taken.

#include "common/profile_directory.h"
#include "storage/vault.h"
#include "util/clock.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace xaso;
using namespace xaso::desktop;

class TestProfileDirectory : public QObject
{
    Q_OBJECT
private slots:
    void folderNames_data();
    void folderNames();
    void listsVaultsInVietnameseOrder();
    void refusesTakenAndEmptyNames();
};

void TestProfileDirectory::folderNames_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("folder");
    QTest::newRow("plain") << u"Nguyễn Văn An"_s << u"Nguyễn Văn An"_s;
    // "Nguyễn" typed in decomposed form (as Mac and some Excel files carry it) → composed
    QTest::newRow("nfd to nfc") << u"Nguye\u0302\u0303n"_s << u"Nguyễn"_s;
    QTest::newRow("spaces") << u"  Lê   Thị  "_s << u"Lê Thị"_s;
    QTest::newRow("separators") << u"Tổ 06/Xóm 3"_s << u"Tổ 06-Xóm 3"_s;
    QTest::newRow("leading dot") << u"..ẩn"_s << u"ẩn"_s;
    QTest::newRow("nothing usable") << u" / "_s << QString();
}

void TestProfileDirectory::folderNames()
{
    QFETCH(QString, typed);
    QFETCH(QString, folder);
    QCOMPARE(ProfileDirectory::folderNameFor(typed), folder);
}

void TestProfileDirectory::listsVaultsInVietnameseOrder()
{
    QTemporaryDir dir;
    ProfileDirectory profiles(dir.path());
    ManualClock clock(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
    for (const QString& name : {u"Đào"_s, u"Dương"_s, u"An"_s, u"Ân"_s}) {
        storage::CreateOptions options{name, {u"quan_tri"_s}, crypto::KdfLimits::interactive()};
        QVERIFY(storage::Vault::create(profiles.newVaultPath(name).value(), u"Mật khẩu đủ mạnh 2026!"_s, options,
                                       clock));
    }
    QDir(dir.path()).mkpath(u"Không có kho"_s); // a folder without a vault is not a profile
    QStringList names;
    for (const ProfileEntry& e : profiles.list())
        names << e.name;
    QCOMPARE(names, (QStringList{u"An"_s, u"Ân"_s, u"Dương"_s, u"Đào"_s}));
    QCOMPARE(ProfileDirectory::labelFor(profiles.list().first().vaultPath), u"An"_s);
    QCOMPARE(ProfileDirectory::labelFor(u"/media/usb/xa.xaso"_s), u"xa.xaso"_s);
}

void TestProfileDirectory::refusesTakenAndEmptyNames()
{
    QTemporaryDir dir;
    ProfileDirectory profiles(dir.path());
    QDir(dir.path()).mkpath(u"Hoàng Yến"_s);
    QCOMPARE(profiles.newVaultPath(u"hoàng yến"_s).code(), ErrorCode::Conflict);
    QCOMPARE(profiles.newVaultPath(u"   "_s).code(), ErrorCode::InvalidArgument);
    QCOMPARE(profiles.newVaultPath(u"Hoàng Anh"_s).value(), dir.filePath(u"Hoàng Anh/vault.xaso"_s));
}

QTEST_MAIN(TestProfileDirectory)
#include "tst_profile_directory.moc"
