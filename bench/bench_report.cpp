// The weekly report (assembled from the vault, then rendered to PDF and ODT) and the unlock
// (Argon2id alone versus opening the vault with the password).

#include "bench_context.h"

#include "report/weekly_report_builder.h"
#include "report/weekly_report_renderer.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace xaso::bench {

Status benchWeeklyReport(Bench& b)
{
    WeeklyReportBuilder builder(*b.vault, *b.catalog, *b.roles);
    WeeklyReportRenderer renderer;
    const int repeats = b.options.quick ? 1 : 5;
    QList<double> build, pdf, odt;
    double peak = 0;
    XASO_TRY(b.measured(&peak, [&]() -> Status {
        for (int i = 0; i < repeats; ++i) {
            Stopwatch sw;
            auto data = builder.build();
            build.append(sw.ms());
            if (!data)
                return data.error();
            Stopwatch swPdf;
            XASO_TRY(renderer.renderPdf(*data, QDir(b.dir).filePath(u"weekly.pdf"_s)));
            pdf.append(swPdf.ms());
            Stopwatch swOdt;
            XASO_TRY(renderer.renderOdt(*data, QDir(b.dir).filePath(u"weekly.odt"_s)));
            odt.append(swOdt.ms());
        }
        return {};
    }));
    for (const auto& [name, samples] : {std::pair{u"assemble from the vault"_s, build},
                                        std::pair{u"render PDF"_s, pdf}, std::pair{u"render ODT"_s, odt}}) {
        QList<double> s = samples;
        Figure f{u"weekly report"_s, name};
        f.unit = u"ms p50"_s;
        f.value = percentile(s, 50);
        f.peakMiB = peak;
        b.results.add(f);
    }
    return {};
}

Status benchUnlock(Bench& b)
{
    const crypto::KdfLimits limits = b.vault->header().kdfLimits;
    const int repeats = b.options.quick ? 1 : 5;
    QList<double> kdf, open;
    double peak = 0;
    XASO_TRY(b.measured(&peak, [&]() -> Status {
        // Interleaved, after one warm-up of each, so both see the same (warm) allocator and caches.
        // No vault is open during either: an app unlocking has none open (its page cache would
        // otherwise be counted in the peak on top of Argon2id's memory).
        b.vault.reset();
        for (int i = 0; i <= repeats; ++i) {
            const QByteArray salt = QByteArray(16, char(i + 1));
            Stopwatch swKdf;
            auto key = crypto::deriveKeyFromPassword(Bench::password().toUtf8(), salt, limits);
            const double kdfMs = swKdf.ms();
            if (!key)
                return key.error();
            b.vault.reset();
            Stopwatch swOpen;
            auto vault = storage::Vault::open(b.vaultPath, Bench::password(), b.clock);
            const double openMs = swOpen.ms();
            if (!vault)
                return vault.error();
            b.vault = std::move(*vault); // the last one stays open
            if (i > 0) {
                kdf.append(kdfMs);
                open.append(openMs);
            }
        }
        return {};
    }));
    const double kdfMs = percentile(kdf, 50);
    const double openMs = percentile(open, 50);
    Figure f{u"unlock"_s, u"Vault::open with the password"_s};
    f.unit = u"ms"_s;
    f.value = openMs;
    f.baseline = kdfMs;
    f.baselineName = u"Argon2id alone (ops %1, mem %2 MiB)"_s.arg(limits.opsLimit).arg(limits.memLimit >> 20);
    f.target = u"Argon2id + < 100 ms"_s;
    f.met = openMs - kdfMs < 100 ? 1 : 0;
    f.peakMiB = peak;
    b.results.add(f);
    Figure extra{u"unlock"_s, u"open beyond Argon2id"_s};
    extra.unit = u"ms"_s;
    extra.value = openMs - kdfMs;
    extra.target = u"< 100 ms"_s;
    extra.met = f.met;
    extra.peakMiB = peak;
    b.results.add(extra);

    // The same unlock in a process that does nothing else (as xaso-cli does): its peak is what
    // unlocking costs, without the benchmark's own libraries and earlier phases' heap.
    auto probe = probeUnlockInFreshProcess(b.vaultPath);
    if (!probe)
        return probe.error();
    Figure fresh{u"unlock"_s, u"Vault::open in a fresh process (QtCore only, %1 MiB resident before)"_s.arg(
                                  probe->startMiB, 0, 'f', 0)};
    fresh.unit = u"ms"_s;
    fresh.value = probe->openMs;
    fresh.target = u"peak < 300 MB"_s;
    fresh.met = underMemoryTarget(probe->peakMiB) ? 1 : 0;
    fresh.peakMiB = probe->peakMiB;
    b.results.add(fresh);
    return {};
}

} // namespace xaso::bench
