#pragma once
// Hybrid logical clock (DESIGN.md, Sync): 48 bits of wall-clock milliseconds and a 16-bit counter
// in one 64-bit integer, compared together with the device id. Persisted in vault_meta so it never
// goes backwards across restarts, also when the laptop's clock does.

#include "storage/database.h"
#include "util/clock.h"

namespace xaso::domain {

class HybridClock
{
public:
    static constexpr int kCounterBits = 16;
    // A remote timestamp further than this ahead of our wall clock is not followed (it would drag
    // our clock into the future); the change is still accepted, ordered by its own timestamp.
    static constexpr qint64 kMaxForwardDriftMs = 5 * 60 * 1000;

    HybridClock(storage::Database& db, const Clock& wall) : m_db(db), m_wall(wall) {}

    // Next timestamp for a local event; persists it (call inside the write transaction).
    Result<qint64> tick();
    // Buffered: tick() counts on from the value it read first and persists nothing until
    // flush() (a bulk writer's thousands of ticks in one transaction; the only clock writing in
    // it). Turning buffering off flushes nothing: call flush() first.
    void setBuffered(bool on) { m_buffered = on; }
    Status flush();
    // Merges a timestamp seen on a remote change; returns false when it was too far ahead to follow.
    Result<bool> observe(qint64 remote);
    Result<qint64> last();

    static qint64 pack(qint64 ms, int counter) { return (ms << kCounterBits) | (counter & 0xFFFF); }
    static qint64 millis(qint64 hlc) { return hlc >> kCounterBits; }
    static int counter(qint64 hlc) { return int(hlc & 0xFFFF); }

private:
    Status store(qint64 value);
    storage::Database& m_db;
    const Clock& m_wall;
    bool m_buffered = false;
    qint64 m_pending = -1; // buffered: the last value ticked (-1: none read yet)
    bool m_dirty = false;
};

} // namespace xaso::domain
