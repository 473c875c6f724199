#include "domain/residents/cleaning.h"

#include "domain/residents/resident_columns.h"
#include "domain/residents/resident_record.h"
#include "domain/residents/resident_validator.h"
#include "domain/residents/resident_writer.h"
#include "io/data_row_reader.h"
#include "io/header_locator.h"
#include "text/dates.h"
#include "text/folding.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace xaso::domain {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cleaning", text);
}

QString birthText(const Resident& r)
{
    if (r.birthDate.isValid())
        return text::formatVietnameseDate(r.birthDate);
    return r.birthYear > 0 ? QString::number(r.birthYear) : QString();
}

QString sexText(std::optional<Sex> sex)
{
    if (!sex)
        return {};
    return *sex == Sex::Male ? u"Nam"_s : u"Nữ"_s;
}

// Compares one resident with its extract row; fills the mismatch fields.
void compare(const Resident& r, const QString& refName, const QString& refBirth, const QString& refSex,
             CleaningMismatch& diff)
{
    auto add = [&](const char* field, const QString& vaultValue, const QString& refValue) {
        diff.fields.append(QString::fromLatin1(field));
        diff.vaultValues.append(vaultValue);
        diff.referenceValues.append(refValue);
    };
    if (text::foldForSearch(r.fullName) != text::foldForSearch(refName))
        add("full_name", r.fullName, refName);
    if (!refBirth.trimmed().isEmpty()) {
        auto parsed = text::parseVietnameseDate(refBirth, text::DateInput::AllowYearOnly);
        bool same = false;
        if (parsed) {
            const bool bothDays = parsed->precision == text::DatePrecision::Day && r.birthDate.isValid();
            same = bothDays ? parsed->date == r.birthDate : parsed->date.year() == r.birthYear;
        }
        if (!same)
            add("birth_date", birthText(r), refBirth.trimmed());
    }
    if (!refSex.trimmed().isEmpty()) {
        const std::optional<Sex> sex = ResidentValidator::parseSex(refSex);
        if (!sex || sex != r.sex)
            add("sex", sexText(r.sex), refSex.trimmed());
    }
}

} // namespace

Cleaning::Cleaning(storage::Vault& vault, const RoleCatalog& roles) : m_vault(vault), m_access(vault, roles)
{
}

QList<io::FieldSpec> Cleaning::referenceSpecs()
{
    return residents::fieldSpecs({u"personalId"_s, u"fullName"_s, u"birthDate"_s, u"sex"_s});
}

Result<CleaningSummary> Cleaning::verifyAgainst(const QString& path, const Options& options)
{
    XASO_TRY(m_access.require(RecordKind::Residents, Access::Write));
    auto reader = io::TableReader::forFile(path);
    XASO_TRY(reader->open(path));
    const QList<io::FieldSpec> specs = referenceSpecs();
    io::HeaderLocator locator(specs);
    QList<io::TableRow> buffered;
    auto header = locator.locate(*reader, buffered);
    if (!header)
        return header.error();
    XASO_TRY(header->mapping.checkRequired(specs));
    const io::ColumnMapping& map = header->mapping;

    storage::Database& db = m_vault.db();
    auto tx = storage::Transaction::begin(db);
    if (!tx)
        return tx.error();
    XASO_TRY(
        db.exec(u"CREATE TEMP TABLE IF NOT EXISTS cleaning_seen (id TEXT PRIMARY KEY NOT NULL, row INTEGER) "
                "WITHOUT ROWID; DELETE FROM temp.cleaning_seen;"_s));
    ResidentWriter writer(m_vault, ResidentWriter::Mode::Bulk);
    const qint64 now = m_vault.clock().nowMs();
    CleaningSummary summary;

    // Rewrites the verification columns when they change (or were never set).
    auto setState = [&](const Resident& before, Verification state, const QStringList& diff) -> Status {
        if (before.verification == state && before.verificationDiff == diff && before.verifiedAtMs > 0)
            return {};
        Resident after = before;
        after.verification = state;
        after.verificationDiff = diff;
        after.verifiedAtMs = now;
        ++summary.changed;
        return writer.updateResident(before, after);
    };

    io::DataRowReader rows(*reader, buffered);
    io::TableRow row;
    auto seen = db.cached("INSERT OR IGNORE INTO temp.cleaning_seen (id, row) VALUES (?, ?)");
    if (!seen)
        return seen.error();
    for (;;) {
        auto more = rows.next(row);
        if (!more)
            return more.error();
        if (!*more)
            break;
        ++summary.referenceRows;
        if (options.progress && summary.referenceRows % 1000 == 0 &&
            !options.progress(reader->bytesRead(), reader->totalBytes()))
            return makeError(ErrorCode::Cancelled, tr("The comparison was cancelled; nothing was changed."));
        auto id = PersonalId::parse(map.value(row, u"personalId"_s));
        if (!id) {
            summary.rowErrors.append({row.rowNumber, tr("Row %1: %2").arg(row.rowNumber).arg(id.message())});
            continue;
        }
        XASO_TRY((*seen)->bind(1, id->digits()).bind(2, qint64(row.rowNumber)).exec());
        if (db.changes() == 0) {
            summary.rowErrors.append(
                {row.rowNumber, tr("Row %1: the ID %2 appears earlier in the extract; this row was skipped.")
                                    .arg(row.rowNumber)
                                    .arg(id->digits())});
            continue;
        }
        auto stored = residents::load(db, id->digits());
        if (!stored)
            return stored.error();
        if (!*stored) {
            ++summary.referenceOnly;
            continue;
        }
        CleaningMismatch diff;
        compare(**stored, map.value(row, u"fullName"_s), map.value(row, u"birthDate"_s),
                map.value(row, u"sex"_s), diff);
        if (diff.fields.isEmpty()) {
            ++summary.verified;
            XASO_TRY(setState(**stored, Verification::Verified, {}));
        } else {
            ++summary.mismatched;
            diff.residentId = (*stored)->id;
            diff.fullName = (*stored)->fullName;
            diff.referenceRow = row.rowNumber;
            XASO_TRY(setState(**stored, Verification::Mismatch, diff.fields));
            summary.mismatches.append(diff);
        }
    }

    if (options.markMissingAsNotFound) {
        auto missing = db.prepare(u"SELECT id FROM residents WHERE deleted = 0 AND id NOT IN "
                                  "(SELECT id FROM temp.cleaning_seen)"_s);
        if (!missing)
            return missing.error();
        QStringList ids;
        for (;;) {
            auto r = missing->step();
            if (!r)
                return r.error();
            if (!*r)
                break;
            ids.append(missing->text(0));
        }
        missing->reset();
        for (const QString& id : std::as_const(ids)) {
            auto stored = residents::load(db, id);
            if (!stored)
                return stored.error();
            ++summary.notFound;
            XASO_TRY(setState(**stored, Verification::NotFound, {}));
        }
    }
    XASO_TRY(db.exec(u"DELETE FROM temp.cleaning_seen"_s));
    const QString detail = u"%1: %2 verified, %3 mismatch, %4 not found, %5 not in vault"_s.arg(
        QFileInfo(path).fileName(), QString::number(summary.verified), QString::number(summary.mismatched),
        QString::number(summary.notFound), QString::number(summary.referenceOnly));
    XASO_TRY(writer.finish(u"verify-against"_s, detail));
    XASO_TRY(tx->commit());
    return summary;
}

Status Cleaning::markVerified(const QString& residentId)
{
    XASO_TRY(m_access.require(RecordKind::Residents, Access::Write));
    auto scope = WriteScope::begin(m_vault.db());
    if (!scope)
        return scope.error();
    auto stored = residents::load(m_vault.db(), residentId);
    if (!stored)
        return stored.error();
    if (!*stored)
        return makeError(ErrorCode::NotFound, tr("There is no resident with the ID %1.").arg(residentId));
    Resident after = **stored;
    after.verification = Verification::Verified;
    after.verificationDiff.clear();
    after.verifiedAtMs = m_vault.clock().nowMs();
    ResidentWriter writer(m_vault, ResidentWriter::Mode::PerRecord);
    XASO_TRY(writer.updateResident(**stored, after));
    return scope->commit();
}

} // namespace xaso::domain
