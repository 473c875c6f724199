#include "domain/demo/demo_generator.h"

#include "domain/demo/demo_records.h"
#include "domain/demo/name_parts.h"
#include "domain/residents/hamlet_codes.h"
#include "domain/residents/resident_writer.h"

#include <QRandomGenerator>
#include <QSet>

#include <cmath>
#include <optional>

namespace xaso::domain::demo {

namespace {

class Dice
{
public:
    explicit Dice(quint32 seed) : m_rng(seed) {}
    int below(int n) { return int(m_rng.bounded(quint32(n))); }
    bool chance(double p) { return m_rng.generateDouble() < p; }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    QString pick(std::span<const WeightedPart> parts)
    {
        int total = 0;
        for (const auto& p : parts)
            total += p.weight;
        int r = below(total);
        for (const auto& p : parts) {
            if ((r -= p.weight) < 0)
                return QString::fromUtf16(p.text);
        }
        return QString::fromUtf16(parts.front().text);
    }

private:
    QRandomGenerator m_rng;
};

struct Person
{
    bool female = false;
    int age = 0;
    QString family;
    QString relation;
};

// Birth places: mostly Nghệ An (040), some neighbours and the big cities.
const char* const kPlaces[] = {"040", "040", "040", "040", "040", "040", "040", "040", "040",
                               "040", "040", "040", "040", "040", "040", "040", "038", "042",
                               "001", "079"};

QString personalId(Dice& dice, const QString& place, int birthYear, bool female, QSet<QString>& used)
{
    const int centuryIndex = (birthYear / 100) - 19; // 1900s → 0, 2000s → 1
    const int g = centuryIndex * 2 + (female ? 1 : 0);
    for (;;) {
        const QString id = place + QString::number(g) + QStringLiteral("%1").arg(birthYear % 100, 2, 10, QLatin1Char('0')) +
                           QStringLiteral("%1").arg(dice.below(1000000), 6, 10, QLatin1Char('0'));
        if (!used.contains(id)) {
            used.insert(id);
            return id;
        }
    }
}

QList<Person> householdMembers(Dice& dice, const QString& family)
{
    QList<Person> members;
    const bool femaleHead = dice.chance(0.22);
    const int headAge = dice.between(24, 84);
    members.append({femaleHead, headAge, family, QStringLiteral("Chủ hộ")});
    if (headAge < 80 && dice.chance(0.8)) {
        const int spouseAge = std::clamp(headAge + dice.between(-6, 4), 20, 90);
        members.append({!femaleHead, spouseAge, family, femaleHead ? QStringLiteral("Chồng") : QStringLiteral("Vợ")});
    }
    const int children = headAge < 60 ? dice.between(0, 3) : dice.between(0, 1);
    for (int i = 0; i < children; ++i) {
        const int childAge = std::max(0, headAge - dice.between(22, 38));
        members.append({dice.chance(0.48), childAge, family, QStringLiteral("Con")});
    }
    if (headAge < 55 && dice.chance(0.25))
        members.append({dice.chance(0.6), std::min(95, headAge + dice.between(22, 32)), QString(),
                        dice.chance(0.6) ? QStringLiteral("Mẹ") : QStringLiteral("Bố")});
    return members;
}

} // namespace

Result<DemoSummary> DemoGenerator::generate(const DemoOptions& options,
                                            const std::function<bool(qint64, qint64)>& progress)
{
    Dice dice(options.seed);
    const QDate end = options.endDate.isValid() ? options.endDate : m_clock.now().date();
    const QDateTime start = QDateTime(end.addDays(-7 * options.weeksOfHistory), QTime(7, 30), Qt::UTC);
    const qint64 spanMs = qint64(options.weeksOfHistory) * 7 * 86'400'000;
    const int referenceYear = end.year();
    QSet<QString> usedIds;
    DemoSummary summary;
    auto records = DemoRecords::make(m_vault, options.seed);
    if (!records)
        return records.error();

    std::optional<storage::Transaction> tx;
    auto beginBatch = [&]() -> Status {
        auto t = storage::Transaction::begin(m_vault.db());
        if (!t)
            return t.error();
        tx.emplace(std::move(t).value());
        return {};
    };
    XASO_TRY(beginBatch());
    auto writer = std::make_unique<ResidentWriter>(m_vault, ResidentWriter::Mode::Bulk);
    qint64 inBatch = 0;
    auto flush = [&]() -> Status {
        XASO_TRY(writer->finish(QStringLiteral("demo"),
                                QStringLiteral("%1 synthetic residents generated").arg(inBatch)));
        XASO_TRY(tx->commit());
        inBatch = 0;
        return {};
    };

    while (summary.residents < options.residents) {
        // Records are entered in time order, a little faster in recent weeks (the campaign).
        const double progressShare = double(summary.residents) / options.residents;
        m_clock.set(start.addMSecs(qint64(spanMs * std::sqrt(progressShare))));

        const QString family = dice.pick(familyNames());
        const int hamletNo = 1 + dice.below(options.hamlets);
        const QString hamlet = HamletCodes::canonical(QStringLiteral("Xóm %1").arg(hamletNo));
        const QString address = QStringLiteral("%1, xã Hưng Đông, tỉnh Nghệ An").arg(hamlet);
        QList<Person> members = householdMembers(dice, family);

        Household h;
        h.hamletCode = hamlet;
        h.address = address;
        h.areaType = AreaType::Rural;
        const double r = dice.below(1000) / 1000.0;
        h.povertyStatus = r < 0.03 ? PovertyStatus::Poor : r < 0.07 ? PovertyStatus::NearPoor : PovertyStatus::None;
        h.assessmentYear = h.povertyStatus == PovertyStatus::None ? 0 : referenceYear - 1;
        if (h.povertyStatus == PovertyStatus::Poor)
            for (int i = 0; i < 3; ++i)
                h.setDeprived(Deprivation(dice.below(kDeprivationCount)), true);

        QList<Resident> people;
        for (const Person& p : members) {
            Resident res;
            QDate birth(referenceYear - p.age, 1 + dice.below(12), 1 + dice.below(28));
            if (birth > start.date()) // born before the first record of the history is dated
                birth = birth.addYears(-1);
            const int birthYear = birth.year();
            res.setBirthDate(birth);
            res.sex = p.female ? Sex::Female : Sex::Male;
            const QString fam = p.family.isEmpty() ? dice.pick(familyNames()) : p.family;
            res.fullName = fam + QLatin1Char(' ') + dice.pick(middleNames(p.female)) + QLatin1Char(' ') +
                           dice.pick(givenNames(p.female));
            res.id = personalId(dice, QString::fromLatin1(kPlaces[dice.below(std::size(kPlaces))]), birthYear,
                                p.female, usedIds);
            res.ethnicity = dice.chance(0.98) ? QStringLiteral("Kinh") : QStringLiteral("Thái");
            res.religion = dice.chance(0.9) ? QStringLiteral("Không") : QStringLiteral("Công giáo");
            res.hamletCode = hamlet;
            res.permanentAddress = address;
            res.currentAddress = address;
            if (p.age >= 16 && dice.chance(0.75))
                res.phone = QStringLiteral("09%1").arg(dice.below(100000000), 8, 10, QLatin1Char('0'));
            res.relationToHead = p.relation;
            const double v = dice.below(1000) / 1000.0;
            res.verification = v < 0.70 ? Verification::Verified
                               : v < 0.74 ? Verification::Mismatch
                               : v < 0.77 ? Verification::NotFound
                                          : Verification::Unverified;
            if (res.verification == Verification::Mismatch)
                res.verificationDiff = {dice.chance(0.5) ? QStringLiteral("full_name") : QStringLiteral("birth_date")};
            if (res.verification == Verification::Verified || res.verification == Verification::Mismatch)
                res.verifiedAtMs = m_clock.nowMs();
            people.append(res);
        }
        h.headResidentId = people.front().id;
        auto hid = writer->addHousehold(h);
        if (!hid)
            return hid.error();
        ++summary.households;
        const QDate today = m_clock.now().date();
        for (Resident& res : people) {
            res.householdId = *hid;
            XASO_TRY(writer->addResident(res));
            if (options.otherKinds)
                XASO_TRY((*records)->addPerson(writer->records(), res, ageInYears(res.birthDate, today), h, today));
            ++summary.residents;
            ++inBatch;
            const int age = referenceYear - res.birthYear;
            if (age >= 14) {
                DigitalChecklist c;
                c.residentId = res.id;
                auto someDay = [&] { return today.addDays(-dice.below(60)); };
                if (dice.chance(0.78))
                    c.set(DigitalStep::VneidLevel2, someDay());
                if (dice.chance(0.55))
                    c.set(DigitalStep::EPayment, someDay());
                if (dice.chance(0.35))
                    c.set(DigitalStep::DigitalAddress, someDay());
                if (dice.chance(0.08))
                    c.set(DigitalStep::DigitalSignature, someDay());
                XASO_TRY(writer->setChecklist(c));
                ++summary.checklists;
            }
        }
        if (options.otherKinds) {
            XASO_TRY((*records)->addHousehold(writer->records(), h, people.front(), today));
            XASO_TRY((*records)->addCopies(writer->records(), dice.chance(0.26) ? 1 : 0, people.front(), today));
        }
        if (inBatch >= options.batchSize) {
            XASO_TRY(flush());
            if (progress && !progress(summary.residents, options.residents))
                return summary;
            tx.reset();
            XASO_TRY(beginBatch());
            writer = std::make_unique<ResidentWriter>(m_vault, ResidentWriter::Mode::Bulk);
        }
    }
    if (inBatch > 0)
        XASO_TRY(flush());
    if (progress)
        progress(summary.residents, options.residents);
    const DemoRecordCounts& counts = (*records)->counts();
    summary.welfare = counts.welfare;
    summary.labour = counts.labour;
    summary.land = counts.land;
    summary.copies = counts.copies;
    return summary;
}

} // namespace xaso::domain::demo
