#pragma once
// A land-use right certificate (giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở; model 30)
// with its parcel and the people on it: land users and house owners with their shares.

#include "domain/import/record_table.h"

namespace xaso::domain {

struct LandCoOwner
{
    QString id;         // empty for a co-owner not saved yet
    QString residentId; // 12-digit personal ID, optional
    QString fullName;
    double sharePercent = 0;
    QString role = QStringLiteral("user"); // user (người sử dụng đất), owner (chủ sở hữu nhà)
};

struct LandRecord
{
    RecordMeta meta;
    QString certificateSerial; // "CS 123456"
    QString registerNumber;    // số vào sổ cấp GCN
    QString mapSheet;          // tờ bản đồ số
    QString parcelNumber;      // thửa đất số
    double areaM2 = 0;
    QString purpose; // land-use code(s): ONT, LUC, CLN, "ONT+CLN"
    QString term;    // "lâu dài", a date, or a number of years
    QString origin;
    QString address;
    QString hamletCode;
    std::optional<double> houseAreaM2;
    QList<LandCoOwner> coOwners;
};

namespace land {

inline const QString kTable = QStringLiteral("land_records");
inline const QString kCoOwnerTable = QStringLiteral("land_co_owners");
inline constexpr double kShareTolerance = 0.01;

const QStringList& columns();
const QStringList& coOwnerColumns();

// "cs123456", "CS-123 456", "CS 123456" → "CS 123456"; nullopt when not 2 letters + 6 digits.
std::optional<QString> normaliseSerial(const QString& text);

// A typed serial prefix in the stored form, for search: "cs12" → "CS 12".
QString serialSearchKey(const QString& text);

FieldMap toFields(const LandRecord& r);
LandRecord fromRow(const StoredRow& row); // without co-owners
FieldMap coOwnerFields(const LandCoOwner& c, const QString& landId);
LandCoOwner coOwnerFromRow(const StoredRow& row);

void normalise(LandRecord& r);
// Errors name the field (co-owner fields as "co_owners[2].share_percent"); the share check names
// the sum it found.
Validation validate(const LandRecord& r, const QDate& today);

} // namespace land
} // namespace xaso::domain
