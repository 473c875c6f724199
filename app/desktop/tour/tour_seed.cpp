#include "tour/tour_seed.h"

#include "domain/copies/certified_copy_repository.h"
#include "domain/demo/demo_plan.h"
#include "domain/demo/name_parts.h"
#include "domain/plan/model_status.h"
#include "domain/labour/labour_repository.h"
#include "domain/land/land_repository.h"
#include "domain/residents/household_repository.h"
#include "domain/residents/resident_repository.h"
#include "domain/welfare/welfare_repository.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

namespace {

// The i-th of a fixed cycle through the name parts: deterministic and varied enough.
QString partAt(std::span<const domain::demo::WeightedPart> parts, int i)
{
    return QString::fromUtf16(parts[size_t(i) % parts.size()].text);
}

QString nameOf(int i, bool female)
{
    return partAt(domain::demo::familyNames(), i * 7 % 13) + u' ' +
           partAt(domain::demo::middleNames(female), i) + u' ' +
           partAt(domain::demo::givenNames(female), i * 5);
}

// 040 Nghệ An, sex and century, year, six digits.
QString idOf(int i, int year, bool female)
{
    const int g = (year >= 2000 ? 2 : 0) + (female ? 1 : 0);
    return u"040%1%2%3"_s.arg(g)
        .arg(year % 100, 2, 10, QLatin1Char('0'))
        .arg(100000 + i * 37, 6, 10, QLatin1Char('0'));
}

QByteArray drawnScan(const QString& title, const QString& name)
{
    QImage page(620, 877, QImage::Format_RGB32);
    page.fill(QColor(0xfb, 0xfa, 0xf5));
    QPainter p(&page);
    p.setPen(QColor(0x22, 0x22, 0x22));
    QFont f(u"Liberation Serif"_s, 13, QFont::Bold);
    p.setFont(f);
    p.drawText(QRect(0, 40, 620, 30), Qt::AlignCenter, u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s);
    f.setPointSize(12);
    p.setFont(f);
    p.drawText(QRect(0, 68, 620, 30), Qt::AlignCenter, u"Độc lập - Tự do - Hạnh phúc"_s);
    p.drawLine(210, 96, 410, 96);
    f.setPointSize(18);
    p.setFont(f);
    p.drawText(QRect(0, 150, 620, 40), Qt::AlignCenter, title.toUpper());
    f.setBold(false);
    f.setPointSize(12);
    p.setFont(f);
    p.drawText(QRect(70, 230, 480, 30), Qt::AlignLeft, u"Họ và tên: "_s + name);
    for (int y = 280; y < 700; y += 34)
        p.drawLine(70, y, 550, y);
    p.setPen(QPen(QColor(0xc0, 0x1f, 0x1f), 3));
    p.drawEllipse(QPoint(440, 760), 55, 55);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    page.save(&buffer, "PNG");
    return bytes;
}

void note(QString& first, const QString& problem)
{
    if (first.isEmpty())
        first = problem;
}

} // namespace

QString certifySampleCopy(storage::Vault& vault, const RoleCatalog& roles)
{
    domain::CertifiedCopyRepository copies(vault, roles);
    domain::CertifiedCopy c;
    c.bookNumber = u"01"_s;
    c.certifierName = u"Nguyễn Văn Tâm"_s;
    c.certifierTitle = u"Phó Chủ tịch"_s;
    c.agency = u"UBND xã Hưng Đông"_s;
    c.statement = u"Chứng thực bản sao đúng với bản chính."_s;
    c.originalDocType = u"Giấy khai sinh"_s;
    c.pageCount = 1;
    c.requesterName = u"Lê Thị Hoa"_s;
    const domain::ScanFile scan{u"giay-khai-sinh.png"_s, u"image/png"_s,
                                drawnScan(c.originalDocType, c.requesterName)};
    auto done = copies.certify(c, scan);
    return done ? QString() : done.message();
}

QString seedTourRecords(storage::Vault& vault, const RoleCatalog& roles)
{
    QString problem;
    // The plan's models, assigned and part-way done, so Tổng quan, Mô hình and Báo cáo have figures.
    if (auto catalog = ModelCatalog::load()) {
        auto plan = domain::demo::seedDemoPlan(vault, *catalog, roles, plan::todayFrom(vault.clock()));
        if (!plan && plan.code() != ErrorCode::PermissionDenied)
            note(problem, plan.message());
    }
    domain::ResidentRepository residents(vault, roles);
    auto total = residents.total();
    if (total && *total == 0) {
        domain::HouseholdRepository households(vault, roles);
        QString householdId;
        for (int i = 0; i < 80; ++i) {
            const bool female = i % 2 == 1;
            const int year = 1940 + (i * 7) % 80;
            domain::Resident r;
            r.id = idOf(i, year, female);
            r.fullName = i % 9 == 0 ? (female ? u"Nguyễn Thị Vân"_s
                                              : u"Nguyễn Văn "_s + partAt(domain::demo::givenNames(false), i))
                                    : nameOf(i, female);
            r.setBirthDate(QDate(year, 1 + i % 12, 1 + i % 28));
            r.sex = female ? Sex::Female : Sex::Male;
            r.hamletCode = u"Xóm %1"_s.arg(1 + i % 4);
            r.phone = u"09%1"_s.arg(12345600 + i * 11);
            r.permanentAddress = u"Xóm %1, xã Hưng Đông"_s.arg(1 + i % 4);
            if (auto s = residents.insert(r); !s) {
                note(problem, s.message());
                break;
            }
            if (i % 4 == 0) {
                domain::Household h;
                h.headResidentId = r.id;
                h.hamletCode = r.hamletCode;
                h.address = r.permanentAddress;
                h.povertyStatus = i % 12 == 0 ? domain::PovertyStatus::NearPoor : domain::PovertyStatus::None;
                auto id = households.insert(h);
                householdId = id ? *id : QString();
            } else if (!householdId.isEmpty()) {
                const char* relations[] = {"Vợ", "Con", "Con"};
                (void)households.setMember(r.id, householdId, QString::fromUtf8(relations[i % 4 - 1]));
            }
        }
    }

    auto welfareRules = domain::WelfareRules::load();
    if (welfareRules) {
        domain::WelfareRepository welfare(vault, roles, *welfareRules);
        auto any = welfare.list(domain::ListQuery{});
        for (int i = 0; any && any->items.isEmpty() && i < 8; ++i) {
            domain::WelfareBeneficiary b;
            const int year = 1930 + i * 2;
            b.fullName = nameOf(100 + i, i % 2 == 1);
            b.residentId = idOf(100 + i, year, i % 2 == 1);
            b.birthDate = QDate(year, 3 + i, 10);
            b.clause = u"k5c"_s;
            b.decisionNumber = u"%1/QĐ-UBND"_s.arg(20 + i);
            b.decisionDate = QDate(2025, 2, 1 + i);
            b.startDate = QDate(2025, 3, 1);
            b.paymentKind = i % 3 == 0 ? u"bank"_s : u"cash"_s;
            b.hamletCode = u"Xóm %1"_s.arg(1 + i % 4);
            if (auto s = welfare.insert(b); !s) {
                note(problem, s.message());
                break;
            }
        }
    }

    domain::LabourRepository labour(vault, roles);
    auto anyLabour = labour.list(domain::ListQuery{});
    for (int i = 0; anyLabour && anyLabour->items.isEmpty() && i < 10; ++i) {
        domain::LabourRecord r;
        const bool female = i % 2 == 1;
        const int year = 1975 + i * 3;
        r.fullName = nameOf(200 + i, female);
        r.residentId = idOf(200 + i, year, female);
        r.birthDate = QDate(year, 1 + i, 15);
        r.sex = female ? u"female"_s : u"male"_s;
        r.hamletCode = u"Xóm %1"_s.arg(1 + i % 4);
        r.areaType = u"rural"_s;
        r.educationLevel = u"12/12"_s;
        r.technicalLevel = i % 3 == 0 ? u"college"_s : u"none"_s;
        r.status = i % 5 == 4 ? u"unemployed"_s : u"employed"_s;
        if (r.status == u"employed"_s)
            r.employmentStatus = i % 2 ? u"employee"_s : u"own_account"_s;
        else
            r.unemployedKind = u"worked_before"_s;
        if (auto s = labour.insert(r); !s) {
            note(problem, s.message());
            break;
        }
    }

    domain::LandRepository land(vault, roles);
    auto anyLand = land.list(domain::ListQuery{});
    for (int i = 0; anyLand && anyLand->items.isEmpty() && i < 6; ++i) {
        domain::LandRecord r;
        r.certificateSerial = u"CS %1"_s.arg(123400 + i * 17);
        r.registerNumber = u"CH%1"_s.arg(1200 + i, 5, 10, QLatin1Char('0'));
        r.mapSheet = QString::number(10 + i);
        r.parcelNumber = QString::number(100 + i * 3);
        r.areaM2 = 180.5 + i * 45;
        r.purpose = i % 2 ? u"ONT+CLN"_s : u"ONT"_s;
        r.term = u"Lâu dài"_s;
        r.address = u"Xóm %1, xã Hưng Đông"_s.arg(1 + i % 4);
        r.hamletCode = u"Xóm %1"_s.arg(1 + i % 4);
        domain::LandCoOwner owner;
        owner.fullName = nameOf(300 + i, false);
        owner.sharePercent = 100;
        r.coOwners = {owner};
        if (auto s = land.insert(r); !s) {
            note(problem, s.message());
            break;
        }
    }

    domain::CertifiedCopyRepository copies(vault, roles);
    auto anyCopy = copies.list(domain::ListQuery{});
    const QStringList docs{u"Giấy khai sinh"_s, u"Bằng tốt nghiệp THPT"_s, u"Sổ hộ khẩu"_s,
                           u"Giấy đăng ký kết hôn"_s};
    for (int i = 0; anyCopy && anyCopy->items.isEmpty() && i < 5; ++i) {
        domain::CertifiedCopy c;
        c.bookNumber = u"01"_s;
        c.certifierName = u"Nguyễn Văn Tâm"_s;
        c.certifierTitle = u"Phó Chủ tịch"_s;
        c.agency = u"UBND xã Hưng Đông"_s;
        c.statement = u"Chứng thực bản sao đúng với bản chính."_s;
        c.originalDocType = docs.at(i % docs.size());
        c.pageCount = 1;
        c.requesterName = nameOf(400 + i, i % 2 == 0);
        c.hamletCode = u"Xóm %1"_s.arg(1 + i % 4);
        const domain::ScanFile scan{u"ban-sao-%1.png"_s.arg(i + 1), u"image/png"_s,
                                    drawnScan(c.originalDocType, c.requesterName)};
        if (auto s = copies.certify(c, scan); !s) {
            note(problem, s.message());
            break;
        }
    }
    return problem;
}

} // namespace xaso::desktop
