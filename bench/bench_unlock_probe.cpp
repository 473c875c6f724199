// Unlock in a process that does nothing else: the benchmark re-runs itself with --unlock-probe,
// and the child (QtCore only, like xaso-cli) opens the vault once and reports its memory. Its
// peak is what unlocking costs an app, without the benchmark's own libraries and earlier heap.

#include "bench_context.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace xaso::bench {

int runUnlockProbe(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString path = app.arguments().value(2);
    QTextStream err(stderr);
    if (path.isEmpty()) {
        err << "--unlock-probe takes the vault's path\n";
        return 2;
    }
    if (auto s = crypto::initializeCrypto(); !s) {
        err << s.message() << "\n";
        return 1;
    }
    const double startMiB = currentRssMiB();
    resetPeak();
    SystemClock clock;
    Stopwatch sw;
    auto vault = storage::Vault::open(path, Bench::password(), clock);
    const double openMs = sw.ms();
    if (!vault) {
        err << vault.message() << "\n";
        return 1;
    }
    QTextStream(stdout) << startMiB << ' ' << peakRssMiB() << ' ' << openMs << Qt::endl;
    return 0;
}

Result<UnlockProbe> probeUnlockInFreshProcess(const QString& vaultPath)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QCoreApplication::applicationFilePath(), {u"--unlock-probe"_s, vaultPath});
    if (!child.waitForFinished(300000) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        return makeError(ErrorCode::Internal, u"the unlock probe failed: %1"_s
                                                  .arg(QString::fromUtf8(child.readAllStandardError()).trimmed()));
    const QStringList parts = QString::fromLatin1(child.readAllStandardOutput()).split(u' ', Qt::SkipEmptyParts);
    if (parts.size() != 3)
        return makeError(ErrorCode::Internal, u"the unlock probe printed no figures"_s);
    return UnlockProbe{parts.at(0).toDouble(), parts.at(1).toDouble(), parts.at(2).trimmed().toDouble()};
}

} // namespace xaso::bench
