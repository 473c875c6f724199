// Crash consistency of an import (issue 10): the real xaso-cli importing 3,000 residents is killed
// with SIGKILL at 50 random moments. After each kill the vault opens, passes SQLite's integrity
// check and the audit chain, and holds either none of the file's residents (with an empty outbox)
// or all of them (with their outbox rows): an import is one transaction, never half-written.

#include "storage/audit_log.h"
#include "vault_fixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace xaso;

namespace {

constexpr int kResidents = 3000;
constexpr int kKills = 50;

QString residentsCsv()
{
    const QStringList family{u"Nguyễn"_s, u"Trần"_s, u"Lê"_s, u"Phạm"_s, u"Hoàng"_s, u"Đặng"_s};
    const QStringList middle{u"Văn"_s, u"Thị"_s, u"Đức"_s, u"Minh"_s};
    const QStringList given{u"An"_s, u"Bình"_s, u"Dũng"_s, u"Hoa"_s, u"Lan"_s, u"Tuấn"_s, u"Hùng"_s};
    QString csv = u"Họ và tên,Số định danh cá nhân,Ngày sinh,Giới tính,Thôn\n"_s;
    for (int i = 0; i < kResidents; ++i) {
        const int year = 1950 + i % 50;
        csv += u"%1 %2 %3,0400%4%5,%6/%7/%8,Nam,Xóm %9\n"_s.arg(family[i % family.size()], middle[i % middle.size()],
                                                              given[i % given.size()])
                   .arg(year % 100, 2, 10, QLatin1Char('0'))
                   .arg(i, 6, 10, QLatin1Char('0'))
                   .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                   .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                   .arg(year)
                   .arg(1 + i % 20);
    }
    return csv;
}

void copyFile(const QString& from, const QString& to)
{
    QFile::remove(to);
    QVERIFY(QFile::copy(from, to));
}

} // namespace

class TestImportKill final : public QObject
{
    Q_OBJECT
private slots:
    void killedImportIsAllOrNothing()
    {
        test::TempVault tv({u"cong_an"_s});
        tv.vault->lock();
        const QString header = storage::KeyHeader::pathFor(tv.path);
        const QString pristine = tv.dir.filePath(u"pristine.xaso"_s);
        copyFile(tv.path, pristine);
        copyFile(header, pristine + u".header"_s);
        const QString csvPath = tv.dir.filePath(u"residents.csv"_s);
        {
            QFile f(csvPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(residentsCsv().toUtf8());
        }

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XASO_PASSWORD"_s, test::kPassword);
        env.insert(u"XASO_STATE_DIR"_s, tv.dir.filePath(u"state"_s));
        auto start = [&](QProcess& p) {
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(XASO_CLI_PATH), {u"import"_s, u"residents"_s, csvPath, u"--vault"_s, tv.path});
            QVERIFY(p.waitForStarted());
        };
        auto restorePristine = [&] {
            for (const char* suffix : {"-wal", "-shm", "-journal"})
                QFile::remove(tv.path + QLatin1StringView(suffix));
            copyFile(pristine, tv.path);
            copyFile(pristine + u".header"_s, header);
        };

        // How long a whole import takes here, so the kills spread over all of it.
        QElapsedTimer timer;
        timer.start();
        {
            QProcess p;
            start(p);
            QVERIFY(p.waitForFinished(300000));
            QCOMPARE(p.exitCode(), 0);
        }
        const qint64 fullMs = timer.elapsed();

        QRandomGenerator rng(20261127);
        int none = 0;
        int all = 0;
        for (int i = 0; i < kKills; ++i) {
            restorePristine();
            QProcess p;
            start(p);
            QTest::qWait(int(rng.bounded(quint32(fullMs * 11 / 10 + 1))));
            // Never kill(0, …): that is this whole process group. A finished import is just counted.
            if (p.state() == QProcess::Running && p.processId() > 0)
                ::kill(pid_t(p.processId()), SIGKILL);
            p.waitForFinished(60000);

            auto vault = storage::Vault::open(tv.path, test::kPassword, tv.clock);
            QVERIFY2(vault.ok(), qPrintable(u"kill %1: %2"_s.arg(i).arg(vault.message())));
            QVERIFY2((*vault)->checkIntegrity().ok(), qPrintable(u"kill %1"_s.arg(i)));
            auto audit = storage::AuditLog::verify((*vault)->db(), (*vault)->profile().signingPublicKey);
            QVERIFY(audit.ok());
            QVERIFY2(audit->intact, qPrintable(audit->problem));
            auto count = [&](const QString& sql) {
                auto v = (*vault)->db().scalar(sql);
                return v ? v->toLongLong() : qint64(-1);
            };
            const qint64 residents = count(u"SELECT count(*) FROM residents"_s);
            const qint64 outbox = count(u"SELECT count(*) FROM change_log WHERE tbl = 'residents'"_s);
            const qint64 tokens = count(u"SELECT count(DISTINCT resident_id) FROM resident_name_index"_s);
            if (residents == 0) {
                QCOMPARE(outbox, 0);
                QCOMPARE(tokens, 0);
                ++none;
            } else {
                QCOMPARE(residents, qint64(kResidents));
                QCOMPARE(tokens, qint64(kResidents));
                QVERIFY(outbox >= kResidents);
                ++all;
            }
        }
        qInfo("%d kills: %d before the commit, %d after it (a whole import takes %lld ms here)", kKills, none, all,
              fullMs);
        QCOMPARE(none + all, kKills);
    }
};

QTEST_GUILESS_MAIN(TestImportKill)
#include "tst_import_kill.moc"
