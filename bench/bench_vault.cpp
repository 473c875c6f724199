// The demo vault every read figure runs on, and the cost of generating it.

#include "bench_context.h"

#include "domain/demo/demo_generator.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace xaso::bench {

QStringList Bench::roleIds()
{
    // Every officer role but the administrator: together they read and write every record kind,
    // the models and the reports, as one commune office would.
    return {u"cong_an"_s,   u"van_phong_thong_ke"_s, u"tu_phap_ho_tich"_s, u"van_hoa_xa_hoi"_s,
            u"dia_chinh"_s, u"to_cong_tac_06"_s,     u"lanh_dao"_s};
}

void Bench::removeVault(const QString& path)
{
    for (const QString& p : {path, path + u"-wal"_s, path + u"-shm"_s, storage::KeyHeader::pathFor(path)})
        QFile::remove(p);
}

Result<std::unique_ptr<storage::Vault>> Bench::createVault(const QString& path)
{
    removeVault(path);
    storage::CreateOptions co{u"Cán bộ đo hiệu năng"_s, roleIds(), kdfLimits()};
    auto created = storage::Vault::create(path, password(), co, clock);
    if (!created)
        return created.error();
    return std::move(created->vault);
}

Status Bench::measured(double* peakMiB, const std::function<Status()>& fn)
{
    resetPeak();
    Status s = fn();
    *peakMiB = peakRssMiB();
    return s;
}

void Bench::log(const QString& line) const
{
    QTextStream(stderr) << line << Qt::endl;
}

namespace {

Result<domain::demo::DemoSummary> generate(Bench& b, storage::Vault& vault, int residents, bool otherKinds)
{
    domain::demo::DemoOptions o;
    o.residents = residents;
    o.seed = 2026;
    o.endDate = b.today;
    o.otherKinds = otherKinds;
    o.hamlets = residents >= 100000 ? 60 : 20;
    auto summary = domain::demo::DemoGenerator(vault, b.clock).generate(o);
    b.clock.set(QDateTime(b.today, QTime(10, 0), Qt::UTC));
    return summary;
}

} // namespace

Status prepareDemoVault(Bench& b)
{
    b.vaultPath = QDir(b.dir).filePath(u"demo.xaso"_s);
    if (QFile::exists(b.vaultPath)) {
        auto opened = storage::Vault::open(b.vaultPath, Bench::password(), b.clock);
        if (!opened)
            return opened.error();
        b.vault = std::move(*opened);
        auto n = b.vault->db().scalar(u"SELECT count(*) FROM residents"_s);
        if (!n)
            return n.error();
        b.log(u"reusing %1 (%2 residents)"_s.arg(b.vaultPath).arg(n->toLongLong()));
        // The generator writes whole households, so a few more residents than asked for.
        const qint64 have = n->toLongLong();
        if (have >= b.options.residents && have < b.options.residents + 20)
            return {};
        return makeError(
            ErrorCode::Conflict,
            u"%1 holds %2 residents, not the %3 asked for: keep another directory."_s.arg(b.vaultPath)
                .arg(have)
                .arg(b.options.residents));
    }
    auto created = b.createVault(b.vaultPath);
    if (!created)
        return created.error();
    b.vault = std::move(*created);
    b.log(u"generating %1 residents (other kinds: %2)…"_s.arg(b.options.residents)
              .arg(b.options.otherKinds ? u"yes"_s : u"no"_s));
    Figure f{u"setup"_s,
             u"demo generator (%1)"_s.arg(b.options.otherKinds ? u"all kinds"_s : u"residents only"_s)};
    f.unit = u"residents/s"_s;
    Stopwatch sw;
    double seconds = 0;
    XASO_TRY(b.measured(&f.peakMiB, [&]() -> Status {
        auto s = generate(b, *b.vault, b.options.residents, b.options.otherKinds);
        seconds = sw.seconds();
        if (!s)
            return s.error();
        b.log(u"  %1 residents, %2 households, %3 welfare, %4 labour, %5 land, %6 copies in %7 s"_s
                  .arg(s->residents)
                  .arg(s->households)
                  .arg(s->welfare)
                  .arg(s->labour)
                  .arg(s->land)
                  .arg(s->copies)
                  .arg(seconds, 0, 'f', 1));
        return {};
    }));
    f.value = b.options.residents / seconds;
    b.results.add(f);
    return {};
}

Status benchGeneratorKinds(Bench& b)
{
    // The same small commune twice: residents only, then with the other record kinds. The
    // difference, per other-kind record written, is what the other kinds cost.
    const int n = b.options.quick ? 200 : 2000;
    double perResident[2] = {0, 0};
    qint64 otherRecords = 0;
    double peak = 0;
    for (int withKinds = 0; withKinds < 2; ++withKinds) {
        const QString path = QDir(b.dir).filePath(u"gen-%1.xaso"_s.arg(withKinds));
        auto vault = b.createVault(path);
        if (!vault)
            return vault.error();
        Stopwatch sw;
        double ms = 0;
        double p = 0;
        XASO_TRY(b.measured(&p, [&]() -> Status {
            auto s = generate(b, **vault, n, withKinds == 1);
            ms = sw.ms();
            if (!s)
                return s.error();
            if (withKinds)
                otherRecords = s->welfare + s->labour + s->land + s->copies;
            return {};
        }));
        peak = std::max(peak, p);
        perResident[withKinds] = ms;
        vault->reset();
        Bench::removeVault(path);
    }
    Figure f{u"setup"_s,
             u"demo generator, other kinds (%1 records beside %2 residents)"_s.arg(otherRecords).arg(n)};
    f.unit = u"ms/record"_s;
    f.value = otherRecords ? (perResident[1] - perResident[0]) / double(otherRecords) : 0;
    f.baseline = perResident[0] / n;
    f.baselineName = u"ms per resident, residents only"_s;
    f.peakMiB = peak;
    b.results.add(f);
    return {};
}

} // namespace xaso::bench
