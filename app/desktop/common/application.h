#pragma once
// What main() runs: the QApplication, the services, and either the window or the tour.
//   xaso [--vault PATH] [--profiles DIR]
//   xaso --tour DIR [--vault PATH]     screenshots of every main screen (password: $XASO_PASSWORD)
// On Linux without a display the tour runs offscreen instead of the window.

#include <QString>

namespace xaso::desktop {

int runDesktopApp(int& argc, char** argv, const QString& version);

} // namespace xaso::desktop
