#pragma once
// `xaso --tour DIR [--vault PATH]`: drives the real window offscreen through every main screen and
// saves a 1366×768 PNG of each into DIR. With --vault it opens that vault (password from
// $XASO_PASSWORD); otherwise it creates a demo profile in a temporary folder. Settings and the
// unlock-attempt counter also live in temporary folders, so the tour leaves nothing behind.

#include <QString>

class QTextStream;

namespace xaso::desktop {

struct TourOptions
{
    QString outputDir;
    QString vaultPath; // empty: create a demo profile
    QString password;
};

// Returns the process exit code (0 when every screenshot was saved).
int runTour(const TourOptions& options, QTextStream& out, QTextStream& err);

} // namespace xaso::desktop
