#include "cli_context.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("xaso"));
    QCoreApplication::setApplicationVersion(QStringLiteral(XASO_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    xaso::SystemClock clock;
    return xaso::cli::runCli(QCoreApplication::arguments(), out, err, clock);
}
