// Đồng bộ against a real xaso-server (SyncServer on 127.0.0.1, real TLS, its own vault) and real
// officer vaults: enrolment through the dialog (a wrong fingerprint refused, the right one
// accepted), "Sync now" in its worker emptying the outbox, a conflict between two devices resolved
// through the dialog and seen by the other device, and Cancel leaving the outbox intact.

#include "../sync/sync_fixture.h"
#include "gui_fixture.h"

#include "common/formatting.h"
#include "main/workspace.h"
#include "sync/conflict_dialog.h"
#include "sync/enrol_dialog.h"
#include "sync/sync_page.h"
#include "sync/sync_runner.h"
#include "sync/sync_texts.h"

#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace xaso::test {

namespace {

constexpr int kWait = 60'000; // generous: TLS and Argon2id on a loaded 2-core machine
const QString kResident = u"040190001234"_s;
const QString kBasePhone = u"0900000000"_s;

// A profile with one resident (written as an officer would, so it is in the outbox), unlocked in a
// real window whose Đồng bộ section uses the real page.
struct SyncEnv
{
    GuiEnv env{GuiEnv::ClockKind::Manual};
    std::unique_ptr<desktop::AppWindow> window;
    desktop::SyncPage* page = nullptr;

    void open()
    {
        const QString path = env.makeProfile(u"Cán bộ Công an xã"_s, {u"cong_an"_s});
        {
            auto vault = storage::Vault::open(path, kGuiPassword, env.manualClock);
            QVERIFY2(vault.ok(), qPrintable(vault.message()));
            auto tx = storage::Transaction::begin((*vault)->db());
            QVERIFY(tx.ok());
            domain::RecordWriter w(**vault);
            const Status s = w.insert(u"residents"_s, kResident,
                                      {{u"full_name"_s, u"Nguyễn Thị Lan"_s, 0},
                                       {u"name_folded"_s, u"nguyen thi lan"_s, 0},
                                       {u"given_name_folded"_s, u"lan"_s, 0},
                                       {u"phone"_s, kBasePhone, 0},
                                       {u"created_at_ms"_s, env.manualClock.nowMs(), 0}});
            QVERIFY2(s.ok(), qPrintable(s.message()));
            QVERIFY(tx->commit().ok());
        }
        desktop::SectionRegistry registry = desktop::SectionRegistry::standard();
        QVERIFY(registry.setFactory(u"sync"_s, desktop::syncPage));
        window = std::make_unique<desktop::AppWindow>(env.services, registry);
        window->resize(1280, 860);
        window->openVault(path);
        window->show();
        typePasswordAndEnter(*window, kGuiPassword);
        QTRY_VERIFY_WITH_TIMEOUT(window->workspace() != nullptr, 20'000);
        QVERIFY(window->workspace()->showSection(u"sync"_s));
        page = qobject_cast<desktop::SyncPage*>(window->workspace()->currentPage());
        QVERIFY(page);
    }

    storage::Vault& vault() { return *window->session().vault(); }
    qint64 unsent()
    {
        return vault().db().scalar(u"SELECT count(*) FROM change_log WHERE acked = 0"_s).value().toLongLong();
    }
    QString text(const QString& name) { return page->findChild<QLabel*>(name)->text(); }
    QPushButton* button(const QString& name) { return page->findChild<QPushButton*>(name); }

    // Opens the dialog, types the three values and presses Enrol; returns the dialog (null once closed).
    QPointer<desktop::EnrolDialog> enrol(const QString& url, const QString& code, const QString& fingerprint)
    {
        QPointer<desktop::EnrolDialog> dialog = page->findChild<desktop::EnrolDialog*>();
        if (!dialog) {
            button(u"enrolButton"_s)->click();
            dialog = page->findChild<desktop::EnrolDialog*>();
        }
        if (!dialog)
            return dialog;
        dialog->findChild<QLineEdit*>(u"serverUrl"_s)->setText(url);
        dialog->findChild<QLineEdit*>(u"enrolCode"_s)->setText(code);
        dialog->findChild<QLineEdit*>(u"enrolFingerprint"_s)->setText(fingerprint);
        dialog->findChild<QPushButton*>(u"enrolSubmit"_s)->click();
        return dialog;
    }

    void enrolOk(TestServer& server)
    {
        QPointer<desktop::EnrolDialog> dialog =
            enrol(server.url(), server.code({u"cong_an"_s}), server.fingerprint());
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull() || !dialog->isVisible(), kWait);
        QVERIFY(sync::loadSyncState(vault().db()).value().has_value());
    }

    // Presses "Sync now" and waits for the worker; returns whether the sync succeeded.
    bool syncNow()
    {
        QSignalSpy finished(page, &desktop::SyncPage::syncFinished);
        button(u"syncNowButton"_s)->click();
        if (!QTest::qWaitFor([&] { return finished.count() > 0; }, kWait))
            return false;
        return finished.at(0).at(0).toBool();
    }

    void save(QWidget* widget, const QString& name)
    {
        const QString dir = QStringLiteral(XASO_BINARY_DIR) + u"/screenshots"_s;
        QDir().mkpath(dir);
        QVERIFY(widget->grab().save(dir + u'/' + name));
    }
};

} // namespace

class TestSyncPage : public QObject
{
    Q_OBJECT

private slots:
    void enrolRefusesAWrongFingerprintThenAcceptsTheRightOne()
    {
        TestServer server;
        SyncEnv a;
        a.open();
        if (QTest::currentTestFailed())
            return;
        QVERIFY(a.button(u"enrolButton"_s)->isVisible());
        QVERIFY(!a.button(u"syncNowButton"_s)->isEnabled());

        QString wrong = server.fingerprint();
        wrong[0] = wrong[0] == u'0' ? u'1' : u'0';
        const QString code = server.code({u"cong_an"_s});
        QPointer<desktop::EnrolDialog> dialog = a.enrol(server.url(), code, wrong);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), kWait);
        QCOMPARE(dialog->errorText(),
                 desktop::syncErrorText(makeError(ErrorCode::Tampered, {}), 0, desktop::SyncStep::Enrol));
        QVERIFY(dialog->isVisible());
        QVERIFY(!sync::loadSyncState(a.vault().db()).value().has_value()); // nothing pinned

        // The same code still works: the handshake failed before it was sent.
        a.enrol(server.url(), code, server.fingerprint().toUpper());
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull() || !dialog->isVisible(), kWait);
        QVERIFY(sync::loadSyncState(a.vault().db()).value().has_value());
        QCOMPARE(a.text(u"serverFingerprint"_s), desktop::groupedFingerprint(server.fingerprint()));
        QCOMPARE(a.text(u"serverFingerprint"_s).count(u'\n'), 1); // two lines of eight groups
        QVERIFY(a.button(u"syncNowButton"_s)->isEnabled());
        QVERIFY(!a.button(u"enrolButton"_s)->isVisible());
    }

    void syncNowSendsTheOutbox()
    {
        TestServer server;
        SyncEnv a;
        a.open();
        if (QTest::currentTestFailed())
            return;
        a.enrolOk(server);
        QVERIFY(a.unsent() > 0);
        QCOMPARE(a.text(u"pendingCount"_s), desktop::formatCount(a.unsent()));
        QCOMPARE(a.text(u"lastSync"_s), desktop::SyncPage::tr("never"));

        QVERIFY(a.syncNow());
        QCOMPARE(a.unsent(), qint64(0));
        QCOMPARE(a.text(u"pendingCount"_s), u"0"_s);
        QVERIFY(QRegularExpression(u"^\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d$"_s)
                    .match(a.text(u"lastSync"_s))
                    .hasMatch());
        QCOMPARE(a.page->findChild<QProgressBar*>(u"syncProgress"_s)->isVisible(), false);

        // The change really reached the server: another officer's device receives the resident.
        Device b;
        QVERIFY(b.enrol(server).ok());
        auto pulled = b.sync();
        QVERIFY2(pulled.ok(), qPrintable(pulled.message()));
        QCOMPARE(b.field(kResident, u"full_name"_s, u"residents"_s).toString(), u"Nguyễn Thị Lan"_s);
    }

    void aConflictIsResolvedThroughTheDialogAgainstARealLocalServer()
    {
        TestServer server;
        SyncEnv a;
        a.open();
        if (QTest::currentTestFailed())
            return;
        a.enrolOk(server);
        QVERIFY(a.syncNow());
        Device b;
        QVERIFY(b.enrol(server).ok());
        QVERIFY(b.sync().ok());

        // Both officers change the same phone number offline; A's later clock wins provisionally.
        const QString mine = u"0912000111"_s;
        const QString theirs = u"0987000222"_s;
        QVERIFY(b.write([&](domain::RecordWriter& w) {
                     return w.update(u"residents"_s, kResident, {{u"phone"_s, theirs, 0}});
                 }).ok());
        a.env.manualClock.advanceMs(3600'000);
        {
            auto tx = storage::Transaction::begin(a.vault().db());
            QVERIFY(tx.ok());
            domain::RecordWriter w(a.vault());
            QVERIFY(w.update(u"residents"_s, kResident, {{u"phone"_s, mine, 0}}).ok());
            QVERIFY(tx->commit().ok());
        }
        QVERIFY(a.syncNow());
        QVERIFY(b.sync().ok());
        QCOMPARE(b.conflicts().size(), qsizetype(1));
        QCOMPARE(b.field(kResident, u"phone"_s, u"residents"_s).toString(), mine); // provisional winner
        QVERIFY(a.syncNow());

        auto* list = a.page->findChild<QTreeWidget*>(u"conflictList"_s);
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), desktop::recordKindLabel(u"residents"_s));
        QVERIFY(list->topLevelItem(0)->text(1).contains(u"Nguyễn Thị Lan"_s));
        QCOMPARE(list->topLevelItem(0)->text(2), desktop::fieldLabel(u"phone"_s));
        a.save(a.window.get(), u"sync_page.png"_s);

        list->setCurrentItem(list->topLevelItem(0));
        a.button(u"resolveConflictButton"_s)->click();
        QPointer<desktop::ConflictDialog> dialog = a.page->findChild<desktop::ConflictDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QLabel*>(u"baseValue"_s)->text(), kBasePhone);
        QCOMPARE(dialog->findChild<QLabel*>(u"mineValue"_s)->text(), mine);
        QCOMPARE(dialog->findChild<QLabel*>(u"theirsValue"_s)->text(), theirs);
        a.save(dialog, u"sync_conflict_dialog.png"_s);
        dialog->findChild<QPushButton*>(u"keepTheirs"_s)->click();
        QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
        QCOMPARE(list->topLevelItemCount(), 0);
        QCOMPARE(a.text(u"pendingCount"_s), u"1"_s); // the choice is a new change in the outbox

        QVERIFY(a.syncNow());
        QVERIFY(b.sync().ok());
        QCOMPARE(b.field(kResident, u"phone"_s, u"residents"_s).toString(), theirs);
        QCOMPARE(b.conflicts().size(), qsizetype(0));
        auto st = a.vault().db().prepare(u"SELECT phone FROM residents WHERE id = ?"_s);
        st->bind(1, kResident);
        QVERIFY(st->step().value());
        QCOMPARE(st->text(0), theirs);
    }

    void cancelLeavesTheOutboxIntact()
    {
        TestServer server;
        SyncEnv a;
        a.open();
        if (QTest::currentTestFailed())
            return;
        a.enrolOk(server);
        const qint64 before = a.unsent();
        QVERIFY(before > 0);

        // The server is down: the client retries with backoff, and the officer cancels.
        server.stop();
        QSignalSpy progress(a.page->runner(), &desktop::SyncRunner::progress);
        QSignalSpy finished(a.page, &desktop::SyncPage::syncFinished);
        a.button(u"syncNowButton"_s)->click();
        QVERIFY(a.button(u"cancelSyncButton"_s)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 2, kWait); // "contacting", then "retrying in …"
        a.save(a.window.get(), u"sync_page_running.png"_s);
        a.button(u"cancelSyncButton"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWait);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(a.text(u"syncResult"_s),
                 desktop::syncErrorText(makeError(ErrorCode::Cancelled, {}), 0, desktop::SyncStep::Sync));
        QCOMPARE(a.unsent(), before);
        QCOMPARE(a.text(u"pendingCount"_s), desktop::formatCount(before));

        // Nothing was lost: with the server back, the same outbox goes through.
        server.start();
        QVERIFY(a.syncNow());
        QCOMPARE(a.unsent(), qint64(0));
    }
};

} // namespace xaso::test

QTEST_MAIN(xaso::test::TestSyncPage)
#include "tst_sync_page.moc"
