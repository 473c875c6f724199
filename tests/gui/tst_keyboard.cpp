// The application without a mouse: the password field has the cursor when the window opens and
// Enter unlocks; Ctrl+1…9 and Ctrl+PgDown move between sections; Ctrl+F puts the cursor in the
// search box wherever the focus is; typing searches; Tab reaches the list and Enter opens the
// record under the cursor; Esc closes it; Ctrl+N opens a new one. On the resident form every
// control that takes focus has an accessible name and Tab visits the fields top to bottom.
// Keys always go to the widget that has the focus, as a keyboard's do.

#include "records_fixture.h"

#include "common/list_toolbar.h"
#include "residents/resident_form_dialog.h"
#include "residents/resident_list_model.h"
#include "residents/resident_list_tab.h"
#include "residents/residents_page.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QListWidget>
#include <QPointer>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace xaso;
using namespace xaso::desktop;

namespace {

QWidget* focused()
{
    QWidget* w = QApplication::focusWidget();
    return w ? w : QApplication::activeWindow();
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* target = focused();
    QVERIFY2(target, "no widget has the focus");
    QTest::keyClick(target, key, modifiers);
}

void type(const QString& text)
{
    QWidget* target = focused();
    QVERIFY2(target, "no widget has the focus");
    test::typeText(target, text);
}

// The control a focus widget belongs to (an editable combo box's line edit → the combo box).
QWidget* control(QWidget* w)
{
    if (w && w->parentWidget() && qobject_cast<QComboBox*>(w->parentWidget()))
        return w->parentWidget();
    return w;
}

QString accessibleName(QWidget* w)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name) : QString();
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void unlocksWithTheKeyboard();
    void movesBetweenSections();
    void searchesOpensAndClosesARecord();
    void newRecordWithCtrlN();
    void residentFormIsNamedAndInVisualOrder();

private:
    test::GuiEnv m_env{test::GuiEnv::ClockKind::Manual};
    std::unique_ptr<AppWindow> m_window;
    QString m_path;
};

void TestKeyboard::initTestCase()
{
    m_path = m_env.makeProfile(u"Cán bộ bàn phím"_s, {u"cong_an"_s});
    auto vault = storage::Vault::open(m_path, test::kGuiPassword, m_env.manualClock);
    QVERIFY2(vault.ok(), qPrintable(vault.message()));
    domain::demo::DemoOptions options;
    options.residents = 60;
    options.hamlets = 4;
    domain::demo::DemoGenerator generator(**vault, m_env.manualClock);
    auto done = generator.generate(options);
    QVERIFY2(done.ok(), qPrintable(done.message()));
}

void TestKeyboard::unlocksWithTheKeyboard()
{
    m_window = std::make_unique<AppWindow>(m_env.services, SectionRegistry::standard());
    m_window->resize(1280, 800);
    m_window->openVault(m_path);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_VERIFY(focused() && focused()->objectName() == u"password"_s);
    type(test::kGuiPassword);
    press(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->workspace() != nullptr, 20'000);
}

void TestKeyboard::movesBetweenSections()
{
    Workspace* workspace = m_window->workspace();
    const QStringList ids = workspace->sectionIds();
    QVERIFY(ids.size() >= 3);
    for (int i = 0; i < std::min<int>(9, int(ids.size())); ++i) {
        press(Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(workspace->currentSectionId(), ids.at(i));
        QVERIFY(workspace->currentPage()->isVisible());
    }
    press(Qt::Key_1, Qt::ControlModifier);
    press(Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(workspace->currentSectionId(), ids.at(1));
    press(Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(workspace->currentSectionId(), ids.at(2));
    press(Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(workspace->currentSectionId(), ids.at(1));
    // Back to Nhân khẩu by its number.
    const int residents = int(ids.indexOf(u"residents"_s));
    QVERIFY(residents >= 0 && residents < 9);
    press(Qt::Key(Qt::Key_1 + residents), Qt::ControlModifier);
    QCOMPARE(workspace->currentSectionId(), u"residents"_s);
}

void TestKeyboard::searchesOpensAndClosesARecord()
{
    auto* page = qobject_cast<ResidentsPage*>(m_window->workspace()->currentPage());
    QVERIFY(page);
    ResidentListTab* list = page->listTab();
    // The focus is on the section list: Ctrl+F still finds the search box of the page shown.
    QCOMPARE(focused(), m_window->workspace()->navigation());
    press(Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(focused(), list->toolbar()->searchBox());

    const domain::Resident* first = list->model()->residentAt(0);
    QVERIFY(first);
    const QString name = first->fullName;
    type(name);
    press(Qt::Key_Return); // searches at once
    QTRY_VERIFY(list->model()->rowCount() >= 1);
    QVERIFY(list->model()->rowCount() < 60);

    // Tab through the filters to the list; Enter opens the resident under the cursor.
    for (int i = 0; i < 6 && focused() != list->table(); ++i)
        press(Qt::Key_Tab);
    QCOMPARE(focused(), list->table());
    press(Qt::Key_Return);
    QPointer<ResidentFormDialog> form = list->findChild<ResidentFormDialog*>(u"residentForm"_s);
    QVERIFY2(form, "Enter on the list opened nothing");
    QTRY_VERIFY(form->isVisible());
    QTRY_VERIFY(QApplication::activeWindow() == form);
    QCOMPARE(form->lineEdit(u"fullName"_s)->text(), list->model()->residentAt(0)->fullName);
    press(Qt::Key_Escape);
    QTRY_VERIFY(!form || !form->isVisible());
    // Offscreen there is no window manager to hand activation back to the main window when the
    // dialog closes (a desktop does); do it as the window manager would.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestKeyboard::newRecordWithCtrlN()
{
    auto* page = qobject_cast<ResidentsPage*>(m_window->workspace()->currentPage());
    ResidentListTab* list = page->listTab();
    // From the section list too, not only from inside the page.
    m_window->workspace()->navigation()->setFocus();
    press(Qt::Key_N, Qt::ControlModifier);
    QPointer<ResidentFormDialog> form;
    QTRY_VERIFY((form = list->findChild<ResidentFormDialog*>(u"residentForm"_s)) && form->isVisible());
    QVERIFY(form->windowTitle().size() > 0);
    QTRY_VERIFY(QApplication::activeWindow() == form);
    QCOMPARE(focused(), form->lineEdit(u"personalId"_s)); // a new resident starts at the ID
    press(Qt::Key_Escape);
    QTRY_VERIFY(!form || !form->isVisible());
}

void TestKeyboard::residentFormIsNamedAndInVisualOrder()
{
    auto* page = qobject_cast<ResidentsPage*>(m_window->workspace()->currentPage());
    ResidentListTab* list = page->listTab();
    QPointer<ResidentFormDialog> form = list->openNew();
    QTRY_VERIFY(QApplication::activeWindow() == form);

    // Every control that takes focus with Tab is named for a screen reader.
    QList<QWidget*> focusable;
    for (QWidget* w : form->findChildren<QWidget*>()) {
        if (w->isVisibleTo(form) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy()) {
            QWidget* c = control(w);
            if (!focusable.contains(c))
                focusable.append(c);
        }
    }
    QVERIFY(focusable.size() >= 10);
    for (QWidget* w : std::as_const(focusable))
        QVERIFY2(!accessibleName(w).trimmed().isEmpty(),
                 qPrintable(w->objectName() + u" has no accessible name"_s));

    // Tab visits them top to bottom, left to right, then comes back to the first.
    QList<QWidget*> visited;
    QWidget* start = control(focused());
    visited.append(start);
    for (int i = 0; i < 40; ++i) {
        press(Qt::Key_Tab);
        QWidget* c = control(focused());
        if (c == start)
            break;
        QVERIFY2(!visited.contains(c), qPrintable(u"Tab came back to "_s + c->objectName()));
        visited.append(c);
    }
    QCOMPARE(visited.size(), focusable.size());
    auto position = [&form](QWidget* w) { return w->mapTo(form.data(), QPoint(0, 0)); };
    for (int i = 1; i < visited.size(); ++i) {
        const QPoint a = position(visited.at(i - 1));
        const QPoint b = position(visited.at(i));
        QVERIFY2(b.y() > a.y() || (b.y() == a.y() && b.x() > a.x()),
                 qPrintable(u"Tab goes from %1 to %2, against the reading order"_s.arg(
                     visited.at(i - 1)->objectName(), visited.at(i)->objectName())));
    }
    press(Qt::Key_Escape);
    QTRY_VERIFY(!form || !form->isVisible());
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
