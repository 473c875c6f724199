#include "domain/demo/demo_records.h"

using namespace Qt::StringLiterals;

namespace xaso::domain::demo {
namespace {

Status refused(const Validation& v, const char* kind)
{
    // A demo record the rules refuse is a bug in the generator, not data to skip.
    return makeError(ErrorCode::Internal,
                     u"demo %1 record refused: %2"_s.arg(QLatin1StringView(kind), v.toError().message));
}

const char* const kOccupations[] = {"6111", "6121", "7531", "9312", "5221", "7112", "2341", "8322"};
const char* const kEmployers[] = {"Hợp tác xã Nông nghiệp Hưng Đông", "Công ty TNHH May Minh Anh",
                                  "Trường Tiểu học Hưng Đông", "Công ty CP Xây dựng Nghệ An",
                                  "Hộ kinh doanh tại nhà"};
const char* const kOriginals[] = {"Giấy khai sinh", "Căn cước công dân", "Bằng tốt nghiệp THPT",
                                  "Sổ hộ khẩu", "Giấy chứng nhận quyền sử dụng đất", "Học bạ"};

} // namespace

Result<std::unique_ptr<DemoRecords>> DemoRecords::make(storage::Vault& vault, quint32 seed)
{
    auto roles = RoleCatalog::load();
    if (!roles)
        return roles.error();
    auto rules = WelfareRules::load();
    if (!rules)
        return rules.error();
    return std::unique_ptr<DemoRecords>(new DemoRecords(vault, std::move(*roles), std::move(*rules), seed));
}

DemoRecords::DemoRecords(storage::Vault& vault, RoleCatalog roles, WelfareRules rules, quint32 seed)
    : m_roles(std::move(roles)),
      m_rules(std::move(rules)),
      m_welfare(vault, m_roles, m_rules),
      m_labour(vault, m_roles),
      m_land(vault, m_roles),
      m_copies(vault, m_roles),
      m_rng(seed ^ 0x5eedu)
{
}

Status DemoRecords::addPerson(RecordWriter& writer, const Resident& r, int age, const Household& household,
                              const QDate& today)
{
    const bool poor = household.povertyStatus == PovertyStatus::Poor;
    if (age >= 80 && chance(0.85))
        XASO_TRY(addWelfare(writer, r, u"k5c"_s, {}, today));
    else if (age >= 60 && poor && chance(0.6))
        XASO_TRY(addWelfare(writer, r, u"k5a"_s, {}, today));
    else if (chance(0.012))
        XASO_TRY(addWelfare(writer, r, u"k6"_s, chance(0.3) ? u"especially_severe"_s : u"severe"_s, today));
    else if (age < 16 && chance(0.004))
        XASO_TRY(addWelfare(writer, r, u"k1"_s, {}, today));
    if (age >= 15 && chance(0.9))
        XASO_TRY(addLabour(writer, r, age));
    return {};
}

Status DemoRecords::addWelfare(RecordWriter& writer, const Resident& r, const QString& clause,
                               const QString& severity, const QDate& today)
{
    WelfareBeneficiary b;
    b.residentId = r.id;
    b.fullName = r.fullName;
    b.birthDate = r.birthDate;
    b.clause = clause;
    if (clause == u"k1")
        b.point = u"a"_s;
    b.disabilityLevel = severity;
    b.decisionNumber = u"%1/QĐ-UBND"_s.arg(++m_decisionNo);
    b.decisionDate = today.addDays(-below(900) - 10);
    b.startDate = QDate(b.decisionDate.year(), b.decisionDate.month(), 1).addMonths(1);
    const int pay = below(10);
    b.paymentKind = pay < 5 ? u"bank"_s : pay < 7 ? u"mobile_money"_s : pay < 8 ? u"ewallet"_s : u"cash"_s;
    if (b.paymentKind != u"cash")
        b.accountRef = u"%1"_s.arg(100000000 + below(900000000));
    b.hamletCode = r.hamletCode;
    const Validation v = m_welfare.prepare(b);
    if (!v.ok())
        return refused(v, "welfare");
    XASO_TRY(m_welfare.insertPrepared(writer, b));
    ++m_counts.welfare;
    return {};
}

Status DemoRecords::addLabour(RecordWriter& writer, const Resident& r, int age)
{
    LabourRecord l;
    l.residentId = r.id;
    l.fullName = r.fullName;
    l.birthDate = r.birthDate;
    l.sex = r.sex == Sex::Female ? u"female"_s : u"male"_s;
    l.hamletCode = r.hamletCode;
    l.areaType = u"rural"_s;
    l.educationLevel = age < 30 ? u"12/12"_s : chance(0.5) ? u"9/12"_s : u"12/12"_s;
    const int tech = below(10);
    l.technicalLevel = tech < 6 ? u"none"_s : tech < 7 ? u"elementary"_s : tech < 8 ? u"intermediate"_s
                                                                               : u"university"_s;
    const double s = m_rng.generateDouble();
    if (age >= 62 || (age < 18 && chance(0.8)) || s < 0.12) {
        l.status = u"outside"_s;
        l.outsideReason = age >= 62 ? u"Già yếu, nghỉ hưu"_s : age < 18 ? u"Đang đi học"_s : u"Nội trợ"_s;
    } else if (s < 0.15) {
        l.status = u"unemployed"_s;
        l.unemployedKind = chance(0.5) ? u"worked_before"_s : u"never_worked"_s;
        l.unemployedMonths = 1 + below(11);
    } else {
        l.status = u"employed"_s;
        const int e = below(10);
        l.employmentStatus = e < 4 ? u"own_account"_s : e < 6 ? u"family_worker"_s : u"employee"_s;
        l.occupationCode = QString::fromLatin1(kOccupations[below(int(std::size(kOccupations)))]);
        if (l.employmentStatus == u"employee") {
            l.employer = QString::fromUtf8(kEmployers[below(int(std::size(kEmployers)))]);
            l.socialInsuranceType = u"compulsory"_s;
            l.unemploymentInsurance = true;
        }
        l.abroad = chance(0.04);
        l.incomeBand = chance(0.5) ? u"3–5 triệu"_s : u"5–10 triệu"_s;
    }
    const Validation v = m_labour.prepare(l);
    if (!v.ok())
        return refused(v, "labour");
    XASO_TRY(m_labour.insertPrepared(writer, l));
    ++m_counts.labour;
    return {};
}

Status DemoRecords::addHousehold(RecordWriter& writer, const Household& household, const Resident& head,
                                 const QDate& today)
{
    Q_UNUSED(today);
    if (!chance(0.9))
        return {};
    LandRecord l;
    ++m_parcelNo;
    l.certificateSerial = u"C%1 %2"_s.arg(QChar(u'K' + below(3))).arg(100000 + m_parcelNo * 7 % 899999, 6, 10,
                                                                        QLatin1Char('0'));
    l.registerNumber = u"CH%1"_s.arg(m_parcelNo, 5, 10, QLatin1Char('0'));
    l.mapSheet = QString::number(1 + m_parcelNo / 120);
    l.parcelNumber = QString::number(m_parcelNo);
    l.areaM2 = 150 + below(600);
    l.purpose = chance(0.7) ? u"ONT+CLN"_s : u"ONT"_s;
    l.term = u"Lâu dài"_s;
    l.origin = u"Nhà nước công nhận quyền sử dụng đất"_s;
    l.address = household.address;
    l.hamletCode = household.hamletCode;
    if (chance(0.8))
        l.houseAreaM2 = 60 + below(120);
    LandCoOwner owner;
    owner.residentId = head.id;
    owner.fullName = head.fullName;
    owner.sharePercent = 100;
    l.coOwners.append(owner);
    const Validation v = m_land.prepare(l);
    if (!v.ok())
        return refused(v, "land");
    XASO_TRY(m_land.insertPrepared(writer, l));
    ++m_counts.land;
    return {};
}

Status DemoRecords::addCopies(RecordWriter& writer, int count, const Resident& requester, const QDate& today)
{
    for (int i = 0; i < count; ++i) {
        CertifiedCopy c;
        c.year = today.year();
        c.bookNumber = u"01"_s;
        c.sequence = ++m_copySequence[c.year]; // the demo fills an empty vault, in date order
        c.certifiedOn = today;
        c.certifierName = u"Nguyễn Văn Hải"_s;
        c.certifierTitle = u"Phó Chủ tịch"_s;
        c.agency = u"UBND xã Hưng Đông"_s;
        c.statement = u"Chứng thực bản sao đúng với bản chính."_s;
        c.originalDocType = QString::fromUtf8(kOriginals[below(int(std::size(kOriginals)))]);
        c.pageCount = 1 + below(4);
        c.requesterName = requester.fullName;
        c.hamletCode = requester.hamletCode;
        const Validation v = m_copies.prepare(c);
        if (!v.ok())
            return refused(v, "certified copy");
        XASO_TRY(m_copies.insertPrepared(writer, c));
        ++m_counts.copies;
    }
    return {};
}

} // namespace xaso::domain::demo
