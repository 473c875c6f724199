#include "tour/tour_runner.h"

#include "common/app_settings.h"
#include "common/desktop_services.h"
#include "common/language_manager.h"
#include "common/profile_directory.h"
#include "common/vault_session.h"
#include "main/app_window.h"
#include "main/workspace.h"
#include "reference/roles.h"
#include "storage/attempt_guard.h"
#include "storage/key_header.h"
#include "tour/tour_steps.h"
#include "unlock/start_screen.h"
#include "util/clock.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

namespace {
QtMessageHandler previousHandler = nullptr;

// The offscreen platform warns once per window about size hints it cannot pass on; that says
// nothing about the tour, so it is left out of the output.
void quietOffscreen(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(u"does not support propagateSizeHints"_s))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}
} // namespace

int runTour(const TourOptions& options, QTextStream& out, QTextStream& err)
{
    if (!options.vaultPath.isEmpty() && options.password.isEmpty()) {
        err << "The tour needs the vault's password in XASO_PASSWORD.\n";
        return 2;
    }
    previousHandler = qInstallMessageHandler(quietOffscreen);
    if (!QDir().mkpath(options.outputDir)) {
        err << "Cannot create the folder " << options.outputDir << "\n";
        return 1;
    }
    auto roles = RoleCatalog::load();
    if (!roles) {
        err << roles.message() << "\n";
        return 1;
    }
    QTemporaryDir temp;
    SystemClock clock;
    storage::AttemptGuard guard(clock, temp.filePath(u"state"_s));
    ProfileDirectory profiles(temp.filePath(u"profiles"_s));
    AppSettings settings(std::make_unique<QSettings>(temp.filePath(u"settings.ini"_s), QSettings::IniFormat));
    LanguageManager language;
    language.apply(settings.language());
    DesktopServices services{
        clock, *roles, guard, profiles, settings, language, crypto::KdfLimits::interactive()};

    // The tour writes (làm sạch, sample records): it works on a copy, never on the officer's vault.
    TourOptions run = options;
    if (!options.vaultPath.isEmpty()) {
        run.vaultPath = temp.filePath(u"tour-copy.xaso"_s);
        bool copied = QFile::copy(options.vaultPath, run.vaultPath) &&
                      QFile::copy(storage::KeyHeader::pathFor(options.vaultPath),
                                  storage::KeyHeader::pathFor(run.vaultPath));
        if (copied && QFile::exists(options.vaultPath + u"-wal"_s))
            copied = QFile::copy(options.vaultPath + u"-wal"_s, run.vaultPath + u"-wal"_s);
        if (!copied) {
            err << "Cannot copy the vault " << options.vaultPath << " for the tour\n";
            return 1;
        }
    }

    AppWindow window(services, SectionRegistry::standard());
    window.resize(1366, 768);
    window.show();
    TourSteps steps(window, services, QDir(options.outputDir));
    const bool ok =
        run.vaultPath.isEmpty() ? steps.runDemo() : steps.runExisting(run.vaultPath, run.password);
    window.lockNow();
    if (!ok) {
        err << "Tour stopped: " << steps.error() << "\n";
        return 1;
    }
    out << "Saved " << steps.saved().size() << " screenshots in " << QDir(options.outputDir).absolutePath()
        << ":\n";
    for (const QString& name : steps.saved())
        out << "  " << name << "\n";
    out.flush();
    return 0;
}

} // namespace xaso::desktop
