#include "domain/welfare/welfare_repository.h"

#include "text/folding.h"

#include <QCoreApplication>

namespace xaso::domain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("WelfareRepository", text);
}

const QString kBaseLevels = QStringLiteral("welfare_base_levels");

QList<AggregateKey> welfareCounters(const StoredRow& row)
{
    const QString clause = row.fields.value(QStringLiteral("clause")).toString();
    return {{QStringLiteral("welfare.by_category"), clause, QString(), 1},
            {QStringLiteral("welfare.monthly_total"), clause, QString(),
             row.fields.value(QStringLiteral("monthly_amount")).toLongLong()}};
}

} // namespace

TableSpec WelfareRepository::tableSpec()
{
    TableSpec spec;
    spec.kind = QString(RecordKind::Welfare);
    spec.table = welfare::kTable;
    spec.columns = welfare::columns();
    spec.sensitive = welfare::sensitiveColumns();
    spec.sortColumn = QStringLiteral("name_key");
    spec.searchColumn = QStringLiteral("name_key");
    spec.categoryColumn = QStringLiteral("clause");
    spec.ownAggregatePrefixes = {QStringLiteral("welfare.")};
    spec.contributions = welfareCounters;
    return spec;
}

WelfareRepository::WelfareRepository(storage::Vault& vault, const RoleCatalog& roles,
                                     const WelfareRules& rules)
    : m_vault(vault), m_rules(rules), m_access(vault, roles, QString(RecordKind::Welfare)),
      m_records(vault, m_access, tableSpec(),
                RecordCodec<WelfareBeneficiary>{welfare::toFields, welfare::fromRow,
                                                [this](WelfareBeneficiary& b) { return prepare(b); },
                                                welfare::derivedColumns(),
                                                [](WelfareBeneficiary& b) {
                                                    b.disabilityLevel.clear();
                                                    b.sensitiveHidden = true;
                                                }})
{
}

void WelfareRepository::normalise(WelfareBeneficiary& b)
{
    b.residentId = b.residentId.trimmed();
    b.fullName = text::normalizeInput(b.fullName);
    b.clause = b.clause.trimmed().toLower();
    b.point = WelfareRules::normalizePoint(b.point);
    if (auto s = parseSeverity(b.disabilityLevel))
        b.disabilityLevel = severityCode(*s);
    b.decisionNumber = text::normalizeInput(b.decisionNumber);
    b.accountRef = b.accountRef.trimmed();
    b.hamletCode = b.hamletCode.trimmed();
}

// The seeded levels come from the program's own rule table, identical on every replica, so they
// are reference data written directly (hlc 0), not changes to sync. Officer-added levels are.
Status WelfareRepository::ensureSeeded()
{
    if (m_seeded)
        return {};
    storage::Database& db = m_vault.db();
    QList<const WelfareBaseLevel*> missing;
    for (const WelfareBaseLevel& level : m_rules.baseLevels()) {
        auto st = db.cached("SELECT 1 FROM welfare_base_levels WHERE id = ?");
        if (!st)
            return st.error();
        (*st)->bind(1, level.id);
        auto found = (*st)->step();
        if (!found)
            return found.error();
        (*st)->reset();
        if (!*found)
            missing.append(&level);
    }
    if (!missing.isEmpty()) {
        std::optional<storage::Transaction> tx;
        if (!db.inTransaction()) {
            auto begun = storage::Transaction::begin(db);
            if (!begun)
                return begun.error();
            tx.emplace(std::move(begun).value());
        }
        for (const WelfareBaseLevel* level : std::as_const(missing)) {
            auto ins =
                db.cached("INSERT OR IGNORE INTO welfare_base_levels (id, amount, valid_from, valid_to, "
                          "legal_basis, note, updated_hlc, created_at_ms) VALUES (?,?,?,?,?,?,0,0)");
            if (!ins)
                return ins.error();
            (*ins)->bind(1, level->id).bind(2, level->amount).bind(3, isoDate(level->validFrom));
            (*ins)->bind(4, dateOrNull(level->validTo)).bind(5, level->legalBasis).bind(6, level->note);
            XASO_TRY((*ins)->exec());
        }
        if (tx)
            XASO_TRY(tx->commit());
    }
    m_seeded = true;
    return {};
}

Result<QList<WelfareBaseLevel>> WelfareRepository::baseLevels()
{
    XASO_TRY(ensureSeeded());
    auto st = m_vault.db().cached("SELECT id, amount, valid_from, valid_to, legal_basis, note FROM "
                                  "welfare_base_levels WHERE deleted = 0 ORDER BY valid_from, id");
    if (!st)
        return st.error();
    QList<WelfareBaseLevel> out;
    for (;;) {
        auto more = (*st)->step();
        if (!more)
            return more.error();
        if (!*more)
            break;
        out.append({(*st)->text(0), (*st)->int64(1), fromIsoDate((*st)->text(2)), fromIsoDate((*st)->text(3)),
                    (*st)->text(4), (*st)->text(5)});
    }
    return out;
}

Result<qint64> WelfareRepository::baseLevelAt(const QDate& date)
{
    auto levels = baseLevels();
    if (!levels)
        return levels.error();
    auto level = WelfareRules::levelAt(*levels, date);
    if (!level)
        return makeError(ErrorCode::NotFound,
                         tr("No welfare base level is known for %1; add one first.").arg(isoDate(date)));
    return level->amount;
}

Result<QString> WelfareRepository::addBaseLevel(const WelfareBaseLevel& level)
{
    XASO_TRY(m_access.checkWrite());
    Validation v;
    if (level.amount <= 0)
        v.addError(QStringLiteral("amount"), tr("The base level must be a positive amount of đồng."));
    if (!level.validFrom.isValid())
        v.addError(QStringLiteral("valid_from"), tr("The date the base level applies from is missing."));
    if (level.validTo.isValid() && level.validTo < level.validFrom)
        v.addError(QStringLiteral("valid_to"), tr("The last day of the base level is before its first day."));
    if (level.legalBasis.trimmed().isEmpty())
        v.addError(QStringLiteral("legal_basis"), tr("The legal basis (the decree) is missing."));
    if (!v.ok())
        return v.toError();
    auto tx = storage::Transaction::begin(m_vault.db());
    if (!tx)
        return tx.error();
    XASO_TRY(ensureSeeded());
    auto levels = baseLevels();
    if (!levels)
        return levels.error();
    for (const WelfareBaseLevel& l : std::as_const(*levels)) {
        if (l.validFrom == level.validFrom)
            return makeError(ErrorCode::Conflict,
                             tr("A base level from %1 exists already.").arg(isoDate(l.validFrom)));
    }
    const QString id = newRecordId();
    RecordWriter writer(m_vault);
    XASO_TRY(writer.insert(
        kBaseLevels, id,
        {{QStringLiteral("amount"), level.amount},
         {QStringLiteral("valid_from"), isoDate(level.validFrom)},
         {QStringLiteral("valid_to"), dateOrNull(level.validTo)},
         {QStringLiteral("legal_basis"), level.legalBasis.trimmed()},
         {QStringLiteral("note"), level.note.isNull() ? QStringLiteral("") : level.note.trimmed()},
         {QStringLiteral("created_at_ms"), m_vault.clock().nowMs()}}));
    XASO_TRY(tx->commit());
    return id;
}

Validation WelfareRepository::prepare(WelfareBeneficiary& b)
{
    normalise(b);
    const QDate today = vietnamToday(m_vault.clock());
    Validation v = welfare::validate(b, m_rules, today);
    if (!v.ok())
        return v;
    const QDate period = welfare::periodDate(b, today);
    auto base = baseLevelAt(period);
    if (!base) {
        v.addError(QStringLiteral("base_level"), base.message());
        return v;
    }
    welfare::computeAmounts(b, m_rules, period, *base, v);
    return v;
}

Result<int> WelfareRepository::recalculate()
{
    XASO_TRY(m_access.checkWrite());
    auto tx = storage::Transaction::begin(m_vault.db());
    if (!tx)
        return tx.error();
    RecordWriter writer(m_vault);
    int changed = 0;
    ListQuery q;
    q.limit = 500;
    for (;;) {
        auto page = m_records.table().list(q);
        if (!page)
            return page.error();
        for (const StoredRow& listed : std::as_const(page->items)) {
            auto stored = m_records.table().load(listed.meta.id); // with the sensitive column (severity)
            if (!stored)
                return stored.error();
            WelfareBeneficiary b = welfare::fromRow(**stored);
            if (!prepare(b).ok())
                continue; // a record that no longer validates keeps its amounts for a person to review
            const FieldMap diff = RecordTable::differences((*stored)->fields, welfare::toFields(b));
            if (diff.isEmpty())
                continue;
            XASO_TRY(m_records.table().update(writer, **stored, diff));
            ++changed;
        }
        if (!page->hasMore)
            break;
        q.afterSortKey = page->nextSortKey;
        q.afterId = page->nextId;
    }
    XASO_TRY(tx->commit());
    return changed;
}

} // namespace xaso::domain
