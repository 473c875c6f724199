#include "storage/schema/schema_steps.h"

namespace xaso::storage::schema {

// Derived data kept after sync: a resident pulled from another device gets its search tokens
// rebuilt from the name now stored, without knowing the name it had before.
std::vector<Migration> derivedSteps()
{
    return {
        {9, "index search tokens by resident, for refreshing a pulled resident",
         R"SQL(
CREATE INDEX resident_tokens_resident ON resident_tokens (resident_id);
)SQL"},
        // Name search at a million residents (ResidentSearch, resident_search.h): one entry per
        // folded word of a name (partner '') and one per unordered pair of its distinct words
        // (word < partner, byte order), each keyed in list order (given = the last folded word,
        // then the folded name and the id), with the full name for the Vietnamese sort. A key's
        // entries come out in list order, so a merge of a few keys stops after the first matches;
        // a pair's key narrows by two typed words at once. Built from the residents (read in
        // table order: CROSS JOIN keeps them the outer loop) and their resident_tokens (the same
        // words; tombstones have none), sorted so the B-tree fills in order. The given name is
        // the last word: rtrim() with every non-space character of the name strips it (SQLite
        // 3.15 has no reverse()).
        {10, "name search index: words and word pairs in list order",
         R"SQL(
CREATE TABLE resident_name_index (
    word        TEXT NOT NULL,
    partner     TEXT NOT NULL,
    given       TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    resident_id TEXT NOT NULL,
    full_name   TEXT NOT NULL,
    PRIMARY KEY (word, partner, given, name_folded, resident_id)
) WITHOUT ROWID;
INSERT INTO resident_name_index (word, partner, given, name_folded, resident_id, full_name)
SELECT t.token, '', substr(r.name_folded, length(rtrim(r.name_folded, replace(r.name_folded, ' ', ''))) + 1),
       r.name_folded, r.id, r.full_name
FROM residents r CROSS JOIN resident_tokens t ON t.resident_id = r.id
UNION ALL
SELECT a.token, b.token,
       substr(r.name_folded, length(rtrim(r.name_folded, replace(r.name_folded, ' ', ''))) + 1),
       r.name_folded, r.id, r.full_name
FROM residents r CROSS JOIN resident_tokens a ON a.resident_id = r.id
     CROSS JOIN resident_tokens b ON b.resident_id = r.id AND b.token > a.token
ORDER BY 1, 2, 3, 4, 5;
)SQL"},
        // The name index's single-word entries (partner '') hold what resident_tokens held (each
        // distinct folded word of a live resident's name, with the folded name): the table and its
        // index go, so a resident costs four rows in two B-trees less to write (a fifth of an
        // import). The dashboards' token counters are rebuilt from the name index; a pulled
        // resident's old entries are found from the row as read before the change
        // (RemoteChangeFollower), no longer from its tokens.
        {11, "search tokens folded into the name index",
         R"SQL(
DROP INDEX resident_tokens_resident;
DROP TABLE resident_tokens;
-- Counters are kept change by change from now on, also after sync and conflict resolutions (which
-- moved none before): recount them once (recountCountersIfDue, after the next sync).
INSERT OR REPLACE INTO vault_meta (key, value) VALUES ('counters.recount', 'v11');
)SQL"},
    };
}

} // namespace xaso::storage::schema
