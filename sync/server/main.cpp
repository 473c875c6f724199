#include "server/server_cli.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("xaso-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(XASO_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    xaso::SystemClock clock;
    return xaso::sync::runServerCli(QCoreApplication::arguments(), out, err, clock);
}
