#pragma once
// xaso-server's commands: init, enroll, revoke, devices, run, backup, restore. The server password
// comes from $XASO_SERVER_PASSWORD or --password-file, never from the command line.

#include "util/clock.h"

#include <QStringList>
#include <QTextStream>

namespace xaso::sync {

int runServerCli(const QStringList& args, QTextStream& out, QTextStream& err, const Clock& clock);

} // namespace xaso::sync
