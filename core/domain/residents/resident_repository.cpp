#include "domain/residents/resident_repository.h"

#include "domain/changes/aggregates.h"
#include "domain/residents/hamlet_codes.h"
#include "domain/residents/resident_aggregates.h"
#include "domain/residents/resident_record.h"
#include "domain/residents/resident_writer.h"
#include "text/folding.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace xaso::domain {

ResidentPageKey ResidentPageKey::of(const Resident& r)
{
    return {residents::givenNameFolded(r.fullName), text::foldForSearch(r.fullName), r.id};
}

ResidentRepository::ResidentRepository(storage::Vault& vault, const RoleCatalog& roles)
    : m_vault(vault), m_access(vault, roles), m_validator(vault.clock())
{
}

Status ResidentRepository::requireRead() const
{
    return m_access.require(RecordKind::Residents, Access::Read);
}

Status ResidentRepository::requireWrite() const
{
    return m_access.require(RecordKind::Residents, Access::Write);
}

ValidationReport ResidentRepository::validate(Resident& r)
{
    ValidationReport report = m_validator.check(r);
    if (!report.ok())
        return report;
    auto duplicate = ResidentValidator::checkUnique(m_vault.db(), r.id);
    if (!duplicate)
        report.errors.append({u"personalId"_s, duplicate.message()});
    else if (*duplicate)
        report.errors.append(**duplicate);
    return report;
}

Result<QList<FieldIssue>> ResidentRepository::insert(const Resident& input)
{
    XASO_TRY(requireWrite());
    Resident r = input;
    const ValidationReport report = m_validator.check(r);
    if (!report.ok())
        return makeError(ErrorCode::InvalidArgument, report.errorText());
    HamletCodes hamlets(m_vault.db());
    XASO_TRY(hamlets.load());
    r.hamletCode = hamlets.resolve(r.hamletCode);
    r.verification = Verification::Unverified;
    r.verificationDiff.clear();
    r.verifiedAtMs = 0;

    auto scope = WriteScope::begin(m_vault.db());
    if (!scope)
        return scope.error();
    ResidentWriter writer(m_vault, ResidentWriter::Mode::PerRecord);
    XASO_TRY(writer.addResident(r));
    XASO_TRY(scope->commit());
    return report.warnings;
}

Result<QList<FieldIssue>> ResidentRepository::update(const Resident& input,
                                                     const QHash<QString, quint32>& seenVersions)
{
    XASO_TRY(requireWrite());
    Resident r = input;
    const ValidationReport report = m_validator.check(r);
    if (!report.ok())
        return makeError(ErrorCode::InvalidArgument, report.errorText());
    auto scope = WriteScope::begin(m_vault.db());
    if (!scope)
        return scope.error();
    auto stored = residents::load(m_vault.db(), r.id);
    if (!stored)
        return stored.error();
    if (!*stored)
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("ResidentRepository", "There is no resident with the ID %1.")
                .arg(r.id));
    const Resident& before = **stored;
    if (!r.sensitiveIncluded) {
        r.ethnicity = before.ethnicity;
        r.religion = before.religion;
    }
    HamletCodes hamlets(m_vault.db());
    XASO_TRY(hamlets.load());
    r.hamletCode = hamlets.resolve(r.hamletCode);
    // Verification is làm sạch's business, except that editing a compared field voids it.
    r.verification = before.verification;
    r.verificationDiff = before.verificationDiff;
    r.verifiedAtMs = before.verifiedAtMs;
    const bool comparedChanged = r.fullName != before.fullName || r.birthDate != before.birthDate ||
                                 r.birthYear != before.birthYear || r.sex != before.sex;
    if (comparedChanged && before.verification != Verification::Unverified) {
        r.verification = Verification::Unverified;
        r.verificationDiff.clear();
        r.verifiedAtMs = 0;
    }
    ResidentWriter writer(m_vault, ResidentWriter::Mode::PerRecord);
    XASO_TRY(writer.updateResident(before, r, seenVersions));
    XASO_TRY(scope->commit());
    return report.warnings;
}

Status ResidentRepository::remove(const QString& id)
{
    XASO_TRY(requireWrite());
    auto scope = WriteScope::begin(m_vault.db());
    if (!scope)
        return scope.error();
    auto stored = residents::load(m_vault.db(), id);
    if (!stored)
        return stored.error();
    if (!*stored)
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("ResidentRepository", "There is no resident with the ID %1.")
                .arg(id));
    ResidentWriter writer(m_vault, ResidentWriter::Mode::PerRecord);
    XASO_TRY(writer.removeResident(**stored));
    return scope->commit();
}

Status ResidentRepository::auditIfSensitive(const QList<Resident>& rows)
{
    QStringList keys;
    for (const Resident& r : rows) {
        if (r.sensitiveIncluded)
            keys.append(r.id);
    }
    return m_access.auditSensitiveRead(u"residents"_s, keys,
                                       residents::sensitiveColumns().join(QLatin1Char(',')));
}

Result<Resident> ResidentRepository::get(const QString& id, SensitiveFields sensitive)
{
    XASO_TRY(requireRead());
    const bool withSensitive =
        sensitive == SensitiveFields::IncludeIfAllowed && m_access.canReadSensitive(RecordKind::Residents);
    auto st = m_vault.db().prepare(u"SELECT %1 FROM residents WHERE id = ? AND deleted = 0"_s.arg(
        residents::selectColumns(withSensitive)));
    if (!st)
        return st.error();
    st->bind(1, id);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("ResidentRepository", "There is no resident with the ID %1.")
                .arg(id));
    Resident r = residents::fromRow(*st, withSensitive);
    XASO_TRY(auditIfSensitive({r}));
    return r;
}

Result<ResidentPage> ResidentRepository::listPage(const ResidentFilter& filter,
                                                  const std::optional<ResidentPageKey>& after, int limit,
                                                  SensitiveFields sensitive)
{
    XASO_TRY(requireRead());
    limit = std::clamp(limit, 1, 10000);
    const bool withSensitive =
        sensitive == SensitiveFields::IncludeIfAllowed && m_access.canReadSensitive(RecordKind::Residents);
    QString where = u"deleted = 0"_s;
    if (!filter.hamletCode.isEmpty())
        where += u" AND hamlet_code = ?"_s;
    if (filter.verification)
        where += u" AND verification = ?"_s;
    if (!filter.householdId.isEmpty())
        where += u" AND household_id = ?"_s;
    if (after)
        where += u" AND (given_name_folded, name_folded, id) > (?, ?, ?)"_s;
    // One row more than asked tells whether another page follows.
    auto st = m_vault.db().prepare(u"SELECT %1, given_name_folded, name_folded FROM residents WHERE %2 "
                                   "ORDER BY given_name_folded, name_folded, id LIMIT ?"_s.arg(
                                       residents::selectColumns(withSensitive), where));
    if (!st)
        return st.error();
    int i = 1;
    if (!filter.hamletCode.isEmpty())
        st->bind(i++, filter.hamletCode);
    if (filter.verification)
        st->bind(i++, verificationKey(*filter.verification));
    if (!filter.householdId.isEmpty())
        st->bind(i++, filter.householdId);
    if (after) {
        st->bind(i, after->givenNameFolded).bind(i + 1, after->nameFolded).bind(i + 2, after->id);
        i += 3;
    }
    st->bind(i, qint64(limit) + 1);

    ResidentPage page;
    ResidentPageKey lastKey;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        if (page.rows.size() == limit) {
            page.next = lastKey;
            break;
        }
        page.rows.append(residents::fromRow(*st, withSensitive));
        lastKey = {st->text(21), st->text(22), page.rows.constLast().id};
    }
    XASO_TRY(auditIfSensitive(page.rows));
    return page;
}

Result<qint64> ResidentRepository::total()
{
    XASO_TRY(requireRead());
    return Aggregates(m_vault.db()).value(u"residents.total"_s);
}

Result<QList<PyramidBand>> ResidentRepository::pyramid(QDate referenceDate)
{
    XASO_TRY(requireRead());
    auto rows = Aggregates(m_vault.db()).rows(u"residents.pyramid"_s);
    if (!rows)
        return rows.error();
    constexpr int kBands = 21; // 0–4 … 95–99, 100+
    QList<PyramidBand> bands(kBands);
    for (int b = 0; b < kBands; ++b)
        bands[b] = {b * 5, b == kBands - 1 ? -1 : b * 5 + 4, 0, 0, 0};
    for (const AggregateRow& row : *rows) {
        bool ok = false;
        const int year = row.k1.toInt(&ok);
        if (!ok)
            continue;
        const int age = referenceDate.year() - year;
        if (age < 0)
            continue;
        PyramidBand& band = bands[std::min(age / 5, kBands - 1)];
        if (row.k2 == u"M")
            band.male += row.value;
        else if (row.k2 == u"F")
            band.female += row.value;
        else
            band.unknownSex += row.value;
    }
    return bands;
}

Status ResidentRepository::rebuildAggregates()
{
    XASO_TRY(requireRead());
    auto scope = WriteScope::begin(m_vault.db());
    if (!scope)
        return scope.error();
    XASO_TRY(ResidentAggregates::rebuild(m_vault.db()));
    return scope->commit();
}

} // namespace xaso::domain
