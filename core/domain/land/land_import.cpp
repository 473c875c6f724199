#include "domain/land/land_import.h"

#include "domain/import/row_fields.h"

#include <QCoreApplication>

#include <cmath>

namespace xaso::domain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("LandImport", text);
}

io::FieldSpec spec(const char* id, std::initializer_list<const char*> aliases, bool required = false)
{
    io::FieldSpec s;
    s.fieldId = QString::fromLatin1(id);
    for (const char* a : aliases)
        s.aliases.append(QString::fromUtf8(a));
    s.required = required;
    return s;
}

const QList<Choice>& roleChoices()
{
    static const QList<Choice> c{
        {QStringLiteral("user"),
         {QStringLiteral("Người sử dụng đất"), QStringLiteral("Sử dụng đất"), QStringLiteral("Chủ sử dụng")}},
        {QStringLiteral("owner"),
         {QStringLiteral("Chủ sở hữu nhà"), QStringLiteral("Sở hữu nhà"), QStringLiteral("Chủ sở hữu")}},
    };
    return c;
}

// Fills the blank parcel fields of `into` from `from` (continuation rows may repeat or omit them).
void fillBlanks(LandRecord& into, const LandRecord& from)
{
    const std::pair<QString*, const QString*> texts[] = {{&into.registerNumber, &from.registerNumber},
                                                         {&into.mapSheet, &from.mapSheet},
                                                         {&into.parcelNumber, &from.parcelNumber},
                                                         {&into.purpose, &from.purpose},
                                                         {&into.term, &from.term},
                                                         {&into.origin, &from.origin},
                                                         {&into.address, &from.address},
                                                         {&into.hamletCode, &from.hamletCode}};
    for (auto [a, b] : texts) {
        if (a->isEmpty())
            *a = *b;
    }
    if (!(into.areaM2 > 0))
        into.areaM2 = from.areaM2;
    if (!into.houseAreaM2)
        into.houseAreaM2 = from.houseAreaM2;
}

} // namespace

QList<io::FieldSpec> LandRowMapper::fieldSpecs() const
{
    return {
        spec("certificate_serial",
             {"Số phát hành GCN", "Số seri", "Số sê ri", "Số phát hành", "Seri GCN", "Số seri GCN"}, true),
        spec("register_number", {"Số vào sổ", "Số vào sổ cấp GCN", "Số vào sổ GCN"}),
        spec("map_sheet", {"Tờ bản đồ số", "Tờ bản đồ", "Số tờ"}),
        spec("parcel_number", {"Thửa đất số", "Thửa số", "Số thửa"}),
        spec("area_m2", {"Diện tích", "Diện tích (m2)", "Diện tích (m²)", "Diện tích đất"}, true),
        spec("purpose", {"Mục đích sử dụng", "Mục đích sử dụng đất", "Loại đất"}, true),
        spec("term", {"Thời hạn sử dụng", "Thời hạn"}),
        spec("origin", {"Nguồn gốc sử dụng", "Nguồn gốc"}),
        spec("address", {"Địa chỉ thửa đất", "Địa chỉ"}),
        spec("hamlet_code", {"Thôn", "Xóm", "Thôn/xóm", "Mã thôn", "Khối", "Tổ dân phố"}),
        spec("house_area_m2", {"Diện tích nhà", "Diện tích xây dựng", "Diện tích sàn"}),
        spec("full_name",
             {"Họ và tên", "Người sử dụng đất", "Tên người sử dụng đất", "Chủ sử dụng", "Họ tên"}, true),
        spec("resident_id",
             {"Số định danh cá nhân", "Số ĐDCN", "Số định danh", "Số CCCD", "CCCD", "Số CCCD/ĐDCN"}),
        spec("share_percent", {"Tỷ lệ sở hữu (%)", "Tỷ lệ sở hữu", "Tỷ lệ", "Phần sở hữu (%)", "Tỷ lệ (%)"}),
        spec("role", {"Vai trò", "Tư cách"}),
    };
}

QString LandRowMapper::label(const QString& fieldId) const
{
    for (const io::FieldSpec& s : fieldSpecs()) {
        if (s.fieldId == fieldId)
            return s.displayName();
    }
    return {};
}

void LandRowMapper::begin()
{
    m_order.clear();
    m_certificates.clear();
}

Validation LandRowMapper::prepare(const ImportRow& row)
{
    Validation v;
    RowFields f(row, v);
    PendingRow p;
    p.rowNumber = row.rowNumber();
    const QString serialText = f.text(QStringLiteral("certificate_serial"));
    if (serialText.isEmpty()) {
        v.addError(QStringLiteral("certificate_serial"), tr("The certificate serial is missing."));
    } else if (auto serial = land::normaliseSerial(serialText)) {
        p.parcel.certificateSerial = *serial;
    } else {
        v.addError(QStringLiteral("certificate_serial"),
                   tr("The certificate serial “%1” is not 2 letters and 6 digits (for example CS 123456).")
                       .arg(serialText));
    }
    p.parcel.registerNumber = f.text(QStringLiteral("register_number"));
    p.parcel.mapSheet = f.text(QStringLiteral("map_sheet"));
    p.parcel.parcelNumber = f.text(QStringLiteral("parcel_number"));
    p.parcel.areaM2 = f.decimal(QStringLiteral("area_m2"), tr("Area")).value_or(0);
    p.parcel.purpose = f.text(QStringLiteral("purpose"));
    p.parcel.term = f.text(QStringLiteral("term"));
    p.parcel.origin = f.text(QStringLiteral("origin"));
    p.parcel.address = f.text(QStringLiteral("address"));
    p.parcel.hamletCode = f.text(QStringLiteral("hamlet_code"));
    p.parcel.houseAreaM2 = f.decimal(QStringLiteral("house_area_m2"), tr("House area"));
    p.person.fullName = f.text(QStringLiteral("full_name"));
    if (p.person.fullName.isEmpty())
        v.addError(QStringLiteral("full_name"), tr("The name of the land user or owner is missing."));
    p.person.residentId = f.text(QStringLiteral("resident_id")).remove(QLatin1Char(' '));
    QString share = f.text(QStringLiteral("share_percent"));
    share.remove(QLatin1Char('%'));
    if (!share.trimmed().isEmpty()) {
        if (auto d = parseDecimal(share)) {
            p.person.sharePercent = *d;
            p.hasShare = true;
        } else {
            v.addError(QStringLiteral("share_percent"), tr("Share: “%1” is not a number.").arg(share));
        }
    }
    const QString role = f.choice(QStringLiteral("role"), tr("Role"), roleChoices());
    p.person.role = role.isEmpty() ? QStringLiteral("user") : role;
    if (v.ok())
        m_pending = p;
    return v;
}

Status LandRowMapper::write(RecordWriter& writer)
{
    Q_UNUSED(writer); // kept until finish(): the certificate's other rows may follow
    const QString serial = m_pending.parcel.certificateSerial;
    if (!m_certificates.contains(serial))
        m_order.append(serial);
    m_certificates[serial].rows.append(m_pending);
    return {};
}

Result<int> LandRowMapper::finish(RecordWriter& writer, bool write, QList<ImportIssue>& errors)
{
    int written = 0;
    for (const QString& serial : std::as_const(m_order)) {
        const Certificate& cert = m_certificates.value(serial);
        LandRecord record = cert.rows.constFirst().parcel;
        int withShare = 0;
        for (const PendingRow& row : cert.rows) {
            fillBlanks(record, row.parcel);
            record.coOwners.append(row.person);
            withShare += row.hasShare ? 1 : 0;
        }
        const int firstRow = cert.rows.constFirst().rowNumber;
        if (withShare == 0) {
            // No share given anywhere: equal parts, the last taking the rounding remainder.
            const qsizetype n = record.coOwners.size();
            const double part = std::floor(10000.0 / double(n)) / 100.0;
            for (qsizetype i = 0; i < n; ++i)
                record.coOwners[i].sharePercent = i + 1 < n ? part : 100.0 - part * double(n - 1);
        } else if (withShare < cert.rows.size()) {
            for (const PendingRow& row : cert.rows) {
                if (!row.hasShare)
                    errors.append(
                        {row.rowNumber, label(QStringLiteral("share_percent")),
                         tr("Certificate %1: give the share of every person or of none.").arg(serial)});
            }
            continue;
        }
        const Validation v = m_repo.prepare(record);
        if (!v.ok()) {
            for (const FieldIssue& e : v.errors()) {
                int row = firstRow;
                QString field = e.field;
                if (field.startsWith(QLatin1String("co_owners["))) { // the person's own row
                    const int i = field.mid(10, field.indexOf(QLatin1Char(']')) - 10).toInt() - 1;
                    row = cert.rows.value(i).rowNumber;
                    field = field.section(QLatin1Char('.'), 1);
                }
                errors.append({row, label(field), e.message});
            }
            continue;
        }
        if (write) {
            XASO_TRY(m_repo.insertPrepared(writer, record));
            ++written;
        }
    }
    return written;
}

} // namespace xaso::domain
