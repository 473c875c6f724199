// xaso-bench: the performance figures of DESIGN.md on real vaults built by the demo generator,
// each beside a baseline measured in the same run. See bench/README.md.

#include "bench_context.h"

#include "crypto/crypto.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

using namespace xaso;
using namespace xaso::bench;

int fail(const QString& what, const QString& message)
{
    QTextStream(stderr) << "xaso-bench: " << what << ": " << message << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--unlock-probe") == 0)
        return runUnlockProbe(argc, argv);
    QGuiApplication app(argc, argv); // the weekly report renders with QtGui (QT_QPA_PLATFORM=offscreen)
    QCommandLineParser p;
    p.setApplicationDescription(u"Xã Số benchmarks: every DESIGN.md target beside its same-run baseline."_s);
    p.addHelpOption();
    p.addOption({u"residents"_s, u"Residents in the demo vault (default 12000)."_s, u"n"_s, u"12000"_s});
    p.addOption({u"quick"_s, u"Tiny sizes and the interactive KDF: a smoke run of a few seconds."_s});
    p.addOption({u"json"_s, u"Also write the results as JSON to this file."_s, u"file"_s});
    p.addOption({u"keep"_s,
                 u"Keep the demo vault (and files) in this directory; reuse it when it is there."_s,
                 u"dir"_s});
    p.addOption({u"residents-only"_s, u"Generate the demo vault without the other record kinds."_s});
    p.addOption({u"only"_s,
                 u"Comma-separated phases: generator,search,dashboard,paging,report,import,unlock,derived."_s,
                 u"list"_s});
    p.process(app);

    Bench b;
    bool ok = false;
    b.options.residents = p.value(u"residents"_s).toInt(&ok);
    if (!ok || b.options.residents < 10)
        return fail(u"--residents"_s, u"takes a number of at least 10"_s);
    b.options.quick = p.isSet(u"quick"_s);
    if (b.options.quick) {
        if (!p.isSet(u"residents"_s))
            b.options.residents = 300;
        b.options.searchQueries = 100;
        b.options.repeats = 3;
    }
    b.options.otherKinds = !p.isSet(u"residents-only"_s);
    b.options.jsonPath = p.value(u"json"_s);
    b.options.keepDir = p.value(u"keep"_s);
    const QStringList only = p.value(u"only"_s).split(u',', Qt::SkipEmptyParts);
    auto wanted = [&](const QString& phase) { return only.isEmpty() || only.contains(phase); };

    QTemporaryDir temp;
    if (b.options.keepDir.isEmpty()) {
        if (!temp.isValid())
            return fail(u"work directory"_s, temp.errorString());
        b.dir = temp.path();
    } else {
        b.dir = QDir(b.options.keepDir).absolutePath();
        if (!QDir().mkpath(b.dir))
            return fail(u"--keep"_s, u"cannot create %1"_s.arg(b.dir));
    }

    if (auto s = crypto::initializeCrypto(); !s)
        return fail(u"crypto"_s, s.message());
    auto catalog = ModelCatalog::load();
    auto roles = RoleCatalog::load();
    if (!catalog || !roles)
        return fail(u"catalogs"_s, catalog.message() + roles.message());
    b.catalog = std::move(*catalog);
    b.roles = std::move(*roles);

    const QList<std::pair<QString, Status (*)(Bench&)>> phases{
        {u"vault"_s, prepareDemoVault},   {u"generator"_s, benchGeneratorKinds},
        {u"search"_s, benchSearch},       {u"dashboard"_s, benchDashboard},
        {u"paging"_s, benchPaging},       {u"report"_s, benchWeeklyReport},
        {u"import"_s, benchExportImport}, {u"unlock"_s, benchUnlock},
        {u"derived"_s, benchSyncDerived},
    };
    Stopwatch total;
    for (const auto& [name, run] : phases) {
        if (name != u"vault" && !wanted(name))
            continue;
        b.log(u"[%1 s] %2"_s.arg(total.seconds(), 0, 'f', 1).arg(name));
        if (auto s = run(b); !s)
            return fail(name, s.message());
    }

    b.results.setMeta(u"residents"_s, QString::number(b.options.residents));
    b.results.setMeta(u"otherKinds"_s, b.options.otherKinds ? u"true"_s : u"false"_s);
    b.results.setMeta(u"quick"_s, b.options.quick ? u"true"_s : u"false"_s);
    b.results.setMeta(u"cpu"_s, cpuModel());
    b.results.setMeta(u"cores"_s, QString::number(cpuCount()));
    b.results.setMeta(u"ramGiB"_s, QString::number(totalRamGiB(), 'f', 1));
    b.results.setMeta(u"date"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    b.results.setMeta(u"totalSeconds"_s, QString::number(total.seconds(), 'f', 1));

    QTextStream out(stdout);
    out << "\nXã Số benchmarks: " << b.options.residents << " residents"
        << (b.options.otherKinds ? " (with welfare, labour, land, copies)" : " (residents only)")
        << (b.options.quick ? ", quick smoke run" : "") << "\n"
        << "Machine: " << cpuModel() << ", " << cpuCount() << " cores, "
        << QString::number(totalRamGiB(), 'f', 1) << " GiB RAM; whole run "
        << QString::number(total.seconds(), 'f', 1) << " s; process peak "
        << QString::number(peakRssMiB(), 'f', 0) << " MiB (since the last phase reset)\n\n"
        << b.results.table()
        << "\nSync (100,000 changes first sync, 100 incremental, over loopback TLS): see "
           "sync/bench/sync_bench.cpp.\n";
    out.flush();
    if (!b.options.jsonPath.isEmpty() && !b.results.writeJson(b.options.jsonPath))
        return fail(u"--json"_s, u"cannot write %1"_s.arg(b.options.jsonPath));
    return 0;
}
