// The read figures on the demo vault: name search, every dashboard query, resident list paging.
// Each query runs many times; the table gives p50 and p95 (and the worst for the dashboards).

#include "bench_context.h"

#include "domain/plan/dashboard_queries.h"
#include "domain/residents/resident_repository.h"
#include "domain/residents/resident_search.h"
#include "text/folding.h"

#include <QMap>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace xaso::bench {

namespace {

struct Sample
{
    QString fullName;
    QString id;
    QString phone;
};

Result<QList<Sample>> sampleResidents(storage::Database& db, int want)
{
    auto n = db.scalar(u"SELECT max(rowid) FROM residents"_s);
    if (!n)
        return n.error();
    const qint64 step = std::max<qint64>(1, n->toLongLong() / want);
    auto st = db.prepare(u"SELECT full_name, id, coalesce(phone, '') FROM residents "
                         "WHERE deleted = 0 AND rowid % ? = 0 LIMIT ?"_s);
    if (!st)
        return st.error();
    st->bind(1, step).bind(2, want);
    QList<Sample> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.append({st->text(0), st->text(1), st->text(2)});
    }
    return out;
}

// Varied queries as officers type them: whole names with or without diacritics, family and given
// name, prefixes of a few letters, a common family name alone, IDs and phone prefixes.
// Each query with its kind (the case below), for the per-kind figures.
QList<std::pair<int, QString>> searchQueries(const QList<Sample>& samples, int count)
{
    QList<std::pair<int, QString>> out;
    QRandomGenerator rng(2026);
    for (int i = 0; out.size() < count && !samples.isEmpty(); ++i) {
        const Sample& s = samples.at(int(rng.bounded(quint32(samples.size()))));
        const QStringList words = text::foldForSearch(s.fullName).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() < 2)
            continue;
        const QString& given = words.last();
        auto add = [&out, i](const QString& q) { out.append({i % 9, q}); };
        switch (i % 9) {
        case 0:
            add(s.fullName);
            break;
        case 1:
            add(words.join(QLatin1Char(' ')));
            break;
        case 2:
            add(words.first() + QLatin1Char(' ') + given);
            break;
        case 3:
            add(given.left(3));
            break;
        case 4:
            add(words.at(words.size() - 2) + QLatin1Char(' ') + given.left(2));
            break;
        case 5:
            add(words.first());
            break; // a common family name: the dense path
        case 6:
            add(s.id);
            break;
        case 7:
            add(s.id.left(6));
            break;
        case 8:
            add(s.phone.isEmpty() ? given.left(2) : s.phone.left(6));
            break;
        }
    }
    return out;
}

Figure timingFigure(const QString& group, const QString& name, QList<double> samples, double target,
                    double peak)
{
    Figure f{group, name};
    f.unit = u"ms p95"_s;
    f.value = percentile(samples, 95);
    f.baseline = percentile(samples, 50);
    f.baselineUnit = u"ms p50"_s;
    f.baselineName = u"same queries; max %1 ms"_s.arg(samples.isEmpty() ? 0.0 : samples.last(), 0, 'f', 2);
    if (target > 0) {
        f.target = u"< %1 ms"_s.arg(target);
        f.met = f.value < target ? 1 : 0;
    }
    f.peakMiB = peak;
    return f;
}

} // namespace

Status benchSearch(Bench& b)
{
    auto samples = sampleResidents(b.vault->db(), 2000);
    if (!samples)
        return samples.error();
    const QList<std::pair<int, QString>> queries = searchQueries(*samples, b.options.searchQueries);
    domain::ResidentSearch search(*b.vault, *b.roles);
    QList<double> times;
    QMap<int, QList<double>> byKind; // query kind (index % 9 in searchQueries) → times
    qint64 hits = 0;
    double peak = 0;
    XASO_TRY(b.measured(&peak, [&]() -> Status {
        for (qsizetype i = 0; i < queries.size(); ++i) {
            const QString& q = queries.at(i).second;
            Stopwatch sw;
            auto r = search.search(q, 50);
            times.append(sw.ms());
            byKind[queries.at(i).first].append(times.constLast());
            if (!r)
                return makeError(r.error().code, u"search \"%1\": %2"_s.arg(q, r.message()));
            hits += r->hits.size();
        }
        return {};
    }));
    static const char* const kKinds[] = {"whole name as typed",
                                         "whole name folded",
                                         "family + given",
                                         "3 letters of the given name",
                                         "middle + 2 letters of given",
                                         "family name alone",
                                         "full personal ID",
                                         "6 digits of an ID",
                                         "6 phone digits, or 2 letters if no phone"};
    for (auto it = byKind.begin(); it != byKind.end(); ++it) {
        QList<double> t = it.value();
        const double p95 = percentile(t, 95);
        b.log(u"  search %1: p50 %2 ms, p95 %3 ms, max %4 ms"_s.arg(QString::fromLatin1(kKinds[it.key()]))
                  .arg(percentile(t, 50), 0, 'f', 2)
                  .arg(p95, 0, 'f', 2)
                  .arg(t.constLast(), 0, 'f', 2));
        if (!b.options.quick)
            b.results.add(
                timingFigure(u"search by kind"_s, QString::fromLatin1(kKinds[it.key()]), it.value(), 5, 0));
    }
    b.results.add(timingFigure(
        u"search"_s, u"name/ID/phone search, %1 varied queries (%2 hits)"_s.arg(queries.size()).arg(hits),
        times, 5, peak));
    return {};
}

Status benchDashboard(Bench& b)
{
    plan::DashboardQueries q(*b.vault, *b.catalog, *b.roles);
    const plan::IsoWeek week = plan::IsoWeek::containing(b.today);
    const QList<std::pair<QString, std::function<Status()>>> queries{
        {u"progressByGroup"_s,
         [&]() -> Status {
             auto r = q.progressByGroup(b.today);
             return r ? Status() : r.error();
         }},
        {u"overdue"_s,
         [&]() -> Status {
             auto r = q.overdue(b.today);
             return r ? Status() : r.error();
         }},
        {u"digitisationByWeek"_s,
         [&]() -> Status {
             auto r = q.digitisationByWeek(week, 12);
             return r ? Status() : r.error();
         }},
        {u"verificationStates"_s,
         [&]() -> Status {
             auto r = q.verificationStates();
             return r ? Status() : r.error();
         }},
        {u"digitalCoverageByHamlet"_s,
         [&]() -> Status {
             auto r = q.digitalCoverageByHamlet();
             return r ? Status() : r.error();
         }},
        {u"populationPyramid"_s,
         [&]() -> Status {
             auto r = q.populationPyramid(b.today);
             return r ? Status() : r.error();
         }},
        {u"labourStatusBySex"_s,
         [&]() -> Status {
             auto r = q.labourStatusBySex();
             return r ? Status() : r.error();
         }},
        {u"welfareByCategory"_s,
         [&]() -> Status {
             auto r = q.welfareByCategory();
             return r ? Status() : r.error();
         }},
    };
    for (const auto& query : queries) {
        const std::function<Status()>& run = query.second;
        QList<double> times;
        double peak = 0;
        XASO_TRY(b.measured(&peak, [&]() -> Status {
            for (int i = 0; i < b.options.repeats; ++i) {
                Stopwatch sw;
                XASO_TRY(run());
                times.append(sw.ms());
            }
            return {};
        }));
        b.results.add(timingFigure(u"dashboard"_s, query.first, times, 50, peak));
    }
    return {};
}

Status benchPaging(Bench& b)
{
    domain::ResidentRepository repo(*b.vault, *b.roles);
    auto total = repo.total();
    if (!total)
        return total.error();
    // A key at about 90% of the list: what a deep position costs (keyset, never OFFSET).
    auto st =
        b.vault->db().prepare(u"SELECT given_name_folded, name_folded, id FROM residents WHERE deleted = 0 "
                              "ORDER BY given_name_folded, name_folded, id LIMIT 1 OFFSET ?"_s);
    if (!st)
        return st.error();
    st->bind(1, qint64(*total * 9 / 10));
    auto row = st->step();
    if (!row)
        return row.error();
    std::optional<domain::ResidentPageKey> deep;
    if (*row)
        deep = domain::ResidentPageKey{st->text(0), st->text(1), st->text(2)};
    const int pageSize = 100;
    for (const auto& position : {std::pair{u"first screen"_s, std::optional<domain::ResidentPageKey>()},
                                 std::pair{u"screen at 90% depth"_s, deep}}) {
        const QString& label = position.first;
        const std::optional<domain::ResidentPageKey>& key = position.second;
        QList<double> times;
        double peak = 0;
        XASO_TRY(b.measured(&peak, [&]() -> Status {
            for (int i = 0; i < b.options.repeats; ++i) {
                Stopwatch sw;
                auto page = repo.listPage({}, key, pageSize);
                times.append(sw.ms());
                if (!page)
                    return page.error();
                if (page->rows.isEmpty())
                    return makeError(ErrorCode::Internal, u"The %1 page is empty."_s.arg(label));
            }
            return {};
        }));
        b.results.add(
            timingFigure(u"resident list"_s, u"%1 (%2 rows)"_s.arg(label).arg(pageSize), times, 100, peak));
    }
    return {};
}

} // namespace xaso::bench
