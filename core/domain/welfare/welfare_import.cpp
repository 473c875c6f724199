#include "domain/welfare/welfare_import.h"

#include "domain/import/row_fields.h"
#include "text/folding.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace xaso::domain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("WelfareImport", text);
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

} // namespace

QList<io::FieldSpec> WelfareRowMapper::fieldSpecs() const
{
    return {
        spec("full_name", {"Họ và tên", "Họ tên", "Họ và tên đối tượng", "Tên đối tượng"}, true),
        spec("resident_id",
             {"Số định danh cá nhân", "Số ĐDCN", "Số định danh", "Mã định danh", "Số CCCD", "CCCD",
              "Số căn cước", "Số CCCD/ĐDCN"},
             true),
        spec("birth_date", {"Ngày sinh", "Ngày tháng năm sinh", "Ngày, tháng, năm sinh"}, true),
        spec("clause", {"Diện hưởng", "Đối tượng", "Diện đối tượng", "Loại đối tượng", "Khoản"}, true),
        spec("point", {"Điểm"}),
        spec("child_count", {"Số con", "Số con đang nuôi"}),
        spec("decision_number", {"Số quyết định", "Số QĐ", "Quyết định số"}, true),
        spec("decision_date", {"Ngày quyết định", "Ngày QĐ", "Ngày ký quyết định"}),
        spec("start_date", {"Ngày hưởng", "Hưởng từ ngày", "Ngày bắt đầu hưởng", "Thời điểm hưởng"}),
        spec("end_date", {"Ngày thôi hưởng", "Hưởng đến ngày", "Ngày kết thúc"}),
        spec("payment_kind", {"Hình thức chi trả", "Phương thức chi trả", "Hình thức nhận"}),
        spec("account_ref", {"Số tài khoản", "Tài khoản", "Số ví", "Số thuê bao"}),
        spec("hamlet_code", {"Thôn", "Xóm", "Thôn/xóm", "Thôn, xóm", "Mã thôn", "Khối", "Tổ dân phố"}),
        spec("disability_level", {"Mức độ khuyết tật", "Dạng tật và mức độ"}),
        spec("note", {"Ghi chú"}),
    };
}

const QList<Choice>& WelfareRowMapper::paymentChoices()
{
    static const QList<Choice> choices{
        {QStringLiteral("bank"),
         {QStringLiteral("Tài khoản ngân hàng"), QStringLiteral("Ngân hàng"), QStringLiteral("Chuyển khoản"),
          QStringLiteral("Qua ngân hàng"), QStringLiteral("Qua tài khoản")}},
        {QStringLiteral("ewallet"), {QStringLiteral("Ví điện tử"), QStringLiteral("e-wallet")}},
        {QStringLiteral("mobile_money"), {QStringLiteral("Mobile Money"), QStringLiteral("Tiền di động")}},
        {QStringLiteral("cash"),
         {QStringLiteral("Tiền mặt"), QStringLiteral("Trực tiếp"), QStringLiteral("Chi trả trực tiếp")}},
    };
    return choices;
}

std::optional<std::pair<QString, QString>> WelfareRowMapper::parseClause(const QString& text)
{
    QString t = text::foldForSearch(text);
    static const QRegularExpression article(QStringLiteral(R"(dieu\s*5\b[,.]?)"));
    t.remove(article);
    // khoản n [điểm x] | kn[x] | n[x]; the letter after k5 is part of the clause (k5a … k5d).
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*(?:khoan|k)?\s*([1-8])\s*[,.]?\s*(?:diem)?\s*(dd|[a-l])?\s*$)"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const QString n = m.captured(1);
    QString letter = WelfareRules::normalizePoint(m.captured(2));
    // Folding turns the point đ into d; the original text tells them apart.
    if (text.trimmed().toLower().endsWith(QChar(0x0111)) || m.captured(2) == QLatin1String("dd"))
        letter = QStringLiteral("đ");
    if (n == QLatin1String("5")) {
        if (letter.isEmpty() || !QStringLiteral("abcd").contains(letter))
            return std::nullopt;
        return std::make_pair(QStringLiteral("k5") + letter, QString());
    }
    return std::make_pair(QStringLiteral("k") + n, letter);
}

Validation WelfareRowMapper::prepare(const ImportRow& row)
{
    Validation v;
    RowFields f(row, v);
    WelfareBeneficiary b;
    b.fullName = f.text(QStringLiteral("full_name"));
    b.residentId = f.text(QStringLiteral("resident_id")).remove(QLatin1Char(' '));
    b.birthDate = f.date(QStringLiteral("birth_date"), tr("Date of birth"), true);
    const QString clauseText = f.text(QStringLiteral("clause"));
    if (auto c = parseClause(clauseText)) {
        b.clause = c->first;
        b.point = c->second;
    } else if (!clauseText.isEmpty()) {
        v.addError(QStringLiteral("clause"), tr("Category: “%1” is not a clause of Nghị định 20/2021 Điều 5 "
                                                "(write it as k1 … k8, k5a … k5d, or “Khoản 1 điểm a”).")
                                                 .arg(clauseText));
    }
    if (const QString p = f.text(QStringLiteral("point")); !p.isEmpty())
        b.point = p;
    b.childCount = int(f.integer(QStringLiteral("child_count"), tr("Number of children")).value_or(0));
    b.decisionNumber = f.text(QStringLiteral("decision_number"));
    b.decisionDate = f.date(QStringLiteral("decision_date"), tr("Decision date"));
    b.startDate = f.date(QStringLiteral("start_date"), tr("Start date"));
    if (!b.startDate.isValid() && !v.hasError(QStringLiteral("start_date")))
        b.startDate = b.decisionDate; // lists often give only the decision date
    b.endDate = f.date(QStringLiteral("end_date"), tr("End date"));
    b.paymentKind = f.choice(QStringLiteral("payment_kind"), tr("Payment kind"), paymentChoices());
    if (b.paymentKind.isEmpty() && !v.hasError(QStringLiteral("payment_kind")))
        b.paymentKind = QStringLiteral("cash");
    b.accountRef = f.text(QStringLiteral("account_ref"));
    b.hamletCode = f.text(QStringLiteral("hamlet_code"));
    const QString severity = f.text(QStringLiteral("disability_level"));
    if (!severity.isEmpty() && !parseSeverity(severity))
        v.addError(QStringLiteral("disability_level"),
                   tr("Disability level: “%1” is neither “Nặng” nor “Đặc biệt nặng”.").arg(severity));
    b.disabilityLevel = severity;
    b.note = f.text(QStringLiteral("note"));
    if (!v.ok())
        return v;
    m_pending = b;
    return m_repo.prepare(m_pending);
}

} // namespace xaso::domain
