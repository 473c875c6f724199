// Many commune offices and the Tổ công tác 06's laptops have 1366×768 screens: the main window must
// fit that width whichever section has been opened (a page's minimum width stays in the window's
// minimum once shown). On failure the message names the widest widget chain, so the culprit is
// found without a debugger.

#include "gui_fixture.h"

#include "main/workspace.h"

#include <QLayout>
#include <QListWidget>
#include <QTabWidget>

using namespace Qt::StringLiterals;
using namespace xaso;
using namespace xaso::desktop;

namespace {

constexpr int kLaptopWidth = 1366;

// The path from root to the deepest widget whose minimum width is still over the limit.
QString widestChain(QWidget* root, int limit)
{
    QString chain;
    QWidget* at = root;
    while (at) {
        const int w = std::max(at->minimumSizeHint().width(), at->minimumWidth());
        chain += u" > %1(%2) %3"_s.arg(QString::fromLatin1(at->metaObject()->className()), at->objectName())
                     .arg(w);
        QWidget* next = nullptr;
        int nextWidth = 0;
        for (QObject* o : at->children()) {
            auto* child = qobject_cast<QWidget*>(o);
            if (!child || child->isWindow())
                continue;
            const int cw = std::max(child->minimumSizeHint().width(), child->minimumWidth());
            if (cw > nextWidth) {
                nextWidth = cw;
                next = child;
            }
        }
        at = nextWidth * 2 > limit ? next : nullptr; // follow only widgets that are a real share of it
    }
    return chain;
}

} // namespace

class TestLaptopWidth : public QObject
{
    Q_OBJECT
private slots:
    void everySectionFitsA1366PixelScreen();
};

void TestLaptopWidth::everySectionFitsA1366PixelScreen()
{
    test::GuiEnv env;
    AppWindow window(env.services, SectionRegistry::standard());
    window.resize(kLaptopWidth, 768);
    window.openVault(env.makeProfile(u"Lê Thị Thu"_s, {u"lanh_dao"_s}));
    window.show();
    test::typePasswordAndEnter(window, test::kGuiPassword);
    QTRY_VERIFY_WITH_TIMEOUT(window.workspace() != nullptr, 20'000);

    const QStringList sections = SectionRegistry::standard().visibleIds(test::loadRoles(), {u"lanh_dao"_s});
    QVERIFY(sections.size() >= 11);
    for (const QString& id : sections) {
        QVERIFY2(window.workspace()->showSection(id), qPrintable(id));
        QWidget* page = window.workspace()->currentPage();
        // Every tab of a tabbed page, since a QTabWidget's minimum is its widest tab's.
        for (auto* tabs : page->findChildren<QTabWidget*>()) {
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QCoreApplication::processEvents();
            }
            tabs->setCurrentIndex(0);
        }
        QCoreApplication::processEvents();
        const int minimum = std::max(window.minimumSizeHint().width(), window.minimumWidth());
        QVERIFY2(minimum <= kLaptopWidth,
                 qPrintable(u"after %1 the window needs %2 px:%3"_s.arg(id).arg(minimum).arg(
                     widestChain(&window, kLaptopWidth))));
        QVERIFY2(window.width() <= kLaptopWidth,
                 qPrintable(u"after %1 the window is %2 px wide"_s.arg(id).arg(window.width())));
    }
}

QTEST_MAIN(TestLaptopWidth)
#include "tst_laptop_width.moc"
