#include "common/application.h"

int main(int argc, char** argv)
{
    return xaso::desktop::runDesktopApp(argc, argv, QStringLiteral(XASO_VERSION));
}
