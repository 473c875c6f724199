#include "common/application.h"

#include "common/app_settings.h"
#include "common/desktop_services.h"
#include "common/language_manager.h"
#include "common/profile_directory.h"
#include "common/theme.h"
#include "main/app_window.h"
#include "reference/roles.h"
#include "storage/attempt_guard.h"
#include "tour/tour_runner.h"
#include "util/clock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

namespace {

bool noDisplay()
{
#ifdef Q_OS_LINUX
    return qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
           qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return false;
#endif
}

} // namespace

int runDesktopApp(int& argc, char** argv, const QString& version)
{
    const bool headless = noDisplay();
    if (headless)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"xaso"_s);
    QApplication::setOrganizationName(u"xaso"_s);
    QApplication::setApplicationDisplayName(u"Xã Số"_s);
    QApplication::setApplicationVersion(version);
    applyTheme(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Xã Số — commune records for Project 06"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption tourOption(u"tour"_s, u"Save a screenshot of each main screen into DIR and exit."_s,
                                        u"DIR"_s);
    const QCommandLineOption vaultOption(u"vault"_s, u"Open this vault file."_s, u"PATH"_s);
    const QCommandLineOption profilesOption(u"profiles"_s, u"Keep profiles in DIR."_s, u"DIR"_s);
    parser.addOptions({tourOption, vaultOption, profilesOption});
    parser.process(app);

    if (parser.isSet(tourOption) || headless) {
        TourOptions options;
        options.outputDir = parser.isSet(tourOption) ? parser.value(tourOption)
                                                     : QDir::temp().filePath(u"xaso-tour"_s);
        options.vaultPath = parser.value(vaultOption);
        options.password = qEnvironmentVariable("XASO_PASSWORD");
        if (!parser.isSet(tourOption))
            out << "No display found: running the screenshot tour instead of the window.\n" << Qt::flush;
        return runTour(options, out, err);
    }

    auto roles = RoleCatalog::load();
    if (!roles) {
        QMessageBox::critical(nullptr, u"Xã Số"_s, roles.message());
        return 1;
    }
    SystemClock clock;
    storage::AttemptGuard guard(clock);
    ProfileDirectory profiles(parser.isSet(profilesOption) ? parser.value(profilesOption)
                                                           : ProfileDirectory::defaultRoot());
    AppSettings settings(AppSettings::userStore());
    LanguageManager language;
    language.apply(settings.language());
    DesktopServices services{clock, *roles, guard, profiles, settings, language};

    AppWindow window(services, SectionRegistry::standard());
    if (parser.isSet(vaultOption))
        window.openVault(parser.value(vaultOption));
    else
        window.showStart();
    window.resize(1280, 800);
    window.show();
    return app.exec();
}

} // namespace xaso::desktop
