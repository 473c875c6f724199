#pragma once
// A profile with records, unlocked in a real window: for the record-screen suites. The demo
// generator fills a vault with a synthetic commune (same seed → same people); `seed` adds what a
// suite needs through the real repositories before the window opens the vault.

#include "gui_fixture.h"

#include "domain/demo/demo_generator.h"
#include "main/workspace.h"

#include <functional>
#include <memory>

namespace xaso::test {

struct RecordsEnv
{
    GuiEnv env{GuiEnv::ClockKind::Manual};
    QString path;
    std::unique_ptr<desktop::AppWindow> window;

    // Creates the profile, fills it, opens the window and unlocks it. Check
    // QTest::currentTestFailed() after calling.
    void open(const QStringList& roles, int demoResidents = 0,
              const std::function<void(storage::Vault&)>& seed = {})
    {
        path = env.makeProfile(QStringLiteral("Cán bộ thử nghiệm"), roles);
        if (demoResidents > 0 || seed) {
            auto vault = storage::Vault::open(path, kGuiPassword, env.manualClock);
            QVERIFY2(vault.ok(), qPrintable(vault.message()));
            if (demoResidents > 0) {
                domain::demo::DemoOptions options;
                options.residents = demoResidents;
                options.hamlets = 6;
                domain::demo::DemoGenerator generator(**vault, env.manualClock);
                auto done = generator.generate(options);
                QVERIFY2(done.ok(), qPrintable(done.message()));
            }
            if (seed)
                seed(**vault);
        }
        window = std::make_unique<desktop::AppWindow>(env.services, desktop::SectionRegistry::standard());
        window->resize(1280, 800);
        window->openVault(path);
        window->show();
        typePasswordAndEnter(*window, kGuiPassword);
        QTRY_VERIFY_WITH_TIMEOUT(window->workspace() != nullptr, 20'000);
    }

    template <typename Page> Page* page(const QString& sectionId)
    {
        if (!window->workspace()->showSection(sectionId))
            return nullptr;
        return qobject_cast<Page*>(window->workspace()->currentPage());
    }

    storage::Vault& vault() { return *window->session().vault(); }
};

// Writes `lines` as a UTF-8 CSV file (with a BOM, as Excel saves it) and returns its path.
inline QString writeCsv(const QTemporaryDir& dir, const QString& name, const QStringList& lines)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write("\xEF\xBB\xBF");
    f.write(lines.join(QStringLiteral("\r\n")).toUtf8());
    f.write("\r\n");
    return path;
}

} // namespace xaso::test
