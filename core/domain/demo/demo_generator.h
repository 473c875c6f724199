#pragma once
// A deterministic synthetic commune for demos, tours and benchmarks: hamlets, households,
// residents with valid personal IDs and Vietnamese names drawn from real name-part frequencies,
// their digital-citizen checklists and the other record kinds (demo_records.h), spread over the last weeks so the dashboards have a
// history. Same seed and size → the same commune. Nobody in it is real.

#include "storage/vault.h"
#include "util/clock.h"

#include <functional>

namespace xaso::domain::demo {

struct DemoOptions
{
    int residents = 12000;
    quint32 seed = 2026;
    int hamlets = 20;
    int weeksOfHistory = 12;  // created_at spread over this many weeks before the end date
    QDate endDate;            // default: the vault clock's today
    int batchSize = 20000;    // residents per transaction
    bool otherKinds = true;   // welfare, labour, land and certified copies beside the residents
};

struct DemoSummary
{
    qint64 residents = 0;
    qint64 households = 0;
    qint64 checklists = 0;
    qint64 welfare = 0;
    qint64 labour = 0;
    qint64 land = 0;
    qint64 copies = 0;
};

class DemoGenerator
{
public:
    // The vault must have been opened with `clock`: the generator moves it to date the records.
    DemoGenerator(storage::Vault& vault, ManualClock& clock) : m_vault(vault), m_clock(clock) {}

    // progress(done, total) may return false to stop; what was committed stays (whole batches).
    Result<DemoSummary> generate(const DemoOptions& options,
                                 const std::function<bool(qint64, qint64)>& progress = {});

private:
    storage::Vault& m_vault;
    ManualClock& m_clock;
};

} // namespace xaso::domain::demo
