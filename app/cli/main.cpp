#include "cli_context.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

namespace {

// Only the report lays out text (fonts, QPdfWriter), which needs a QGuiApplication. Every other
// command keeps the plain QCoreApplication: it starts faster and needs no display.
bool needsGui(int argc, char** argv)
{
    return argc > 1 && std::strcmp(argv[1], "report") == 0;
}

} // namespace

int main(int argc, char** argv)
{
    std::unique_ptr<QCoreApplication> app;
    if (needsGui(argc, argv)) {
        // A server or a terminal session has no display: lay the report out offscreen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("xaso"));
    QCoreApplication::setApplicationVersion(QStringLiteral(XASO_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    xaso::SystemClock clock;
    return xaso::cli::runCli(QCoreApplication::arguments(), out, err, clock);
}
