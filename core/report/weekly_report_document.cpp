#include "report/weekly_report_document.h"

#include "report/report_document_builder.h"
#include "report/report_pagination.h"
#include "report/report_text.h"

#include <QLocale>
#include <QTextTable>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace xaso {

namespace {

// Font sizes in points (Phụ lục I gives ranges; these are the usual choices).
constexpr qreal kHeaderPt = 13;
constexpr qreal kMottoPt = 14;
constexpr qreal kBodyPt = 14;
constexpr qreal kRecipientsTitlePt = 12;
constexpr qreal kRecipientsPt = 11;

QString formatCount(qint64 value)
{
    // Vietnamese groups thousands with a dot: 12.345.
    return QLocale(QLocale::Vietnamese, QLocale::Vietnam).toString(value);
}

// Width of the longest line of a text broken by ReportDocumentBuilder::balancedLines.
qreal longestLine(const ReportDocumentBuilder& b, const QString& text, const QTextCharFormat& format)
{
    qreal longest = 0;
    for (const QString& line : text.split(QChar(QChar::LineSeparator)))
        longest = std::max(longest, b.textWidth(line, format));
    return longest;
}

class WeeklyReportWriter
{
public:
    WeeklyReportWriter(ReportDocumentBuilder& builder, const WeeklyReportData& data)
        : b(builder), d(data), flow(builder.mainFlow())
    {
    }

    void write()
    {
        header();
        title();
        overall();
        groups();
        digitisation();
        overdue();
        proposals();
        closing();
        signature();
    }

private:
    void header();
    void title();
    void overall();
    void groups();
    void digitisation();
    void overdue();
    void proposals();
    void closing();
    void signature();

    void heading(const QString& text, qreal spaceBeforePt = 0);
    void body(const QString& text);

    ReportDocumentBuilder& b;
    const WeeklyReportData& d;
    ReportFlow& flow;
};

void WeeklyReportWriter::header()
{
    const QTextCharFormat nationFormat = b.font(kHeaderPt, Bold);
    const QTextCharFormat mottoFormat = b.font(kMottoPt, Bold);
    const QTextCharFormat bodyFormat = b.font(kHeaderPt, Bold);
    const QString nation = u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s;
    const QString motto = u"Độc lập - Tự do - Hạnh phúc"_s;
    const QString issuingBody = d.issuingBody.trimmed().toUpper();

    // The right column is as wide as the national title plus a little air; the issuing body takes
    // the rest and wraps there if it must.
    const qreal textWidth = b.units().textWidth();
    const qreal rightWidth =
        std::max(b.textWidth(nation, nationFormat), b.textWidth(motto, mottoFormat)) + b.units().mm(4);
    const qreal rightPercent = std::clamp(rightWidth / textWidth * 100.0, 55.0, 70.0);
    // A blank line's worth of space before the title.
    QTextTable* table = b.layoutTable(flow, 2, {100.0 - rightPercent, rightPercent}, 18);

    ReportFlow left = b.cellFlow(table, 0, 0);
    const QTextBlockFormat centred = b.alignedBlock(Qt::AlignHCenter);
    const qreal leftWidth = textWidth * (100.0 - rightPercent) / 100.0 - b.units().mm(2);
    if (!d.issuingBodySuperior.trimmed().isEmpty()) {
        const QTextCharFormat superiorFormat = b.font(kHeaderPt);
        b.paragraph(left, b.balancedLines(d.issuingBodySuperior.toUpper(), superiorFormat, leftWidth),
                    centred, superiorFormat);
    }
    const QString bodyLines = b.balancedLines(issuingBody, bodyFormat, leftWidth);
    b.paragraph(left, bodyLines, centred, bodyFormat);
    // Phụ lục I: a rule from a third to a half of the issuing body's name (its longest line).
    b.rule(left, std::min(longestLine(b, bodyLines, bodyFormat), leftWidth) * 0.4);

    ReportFlow right = b.cellFlow(table, 0, 1);
    b.paragraph(right, nation, centred, nationFormat);
    b.paragraph(right, motto, centred, mottoFormat);
    b.rule(right, b.textWidth(motto, mottoFormat));

    ReportFlow number = b.cellFlow(table, 1, 0);
    b.paragraph(number, reportNumberLine(d.documentNumber, d.numberSuffix),
                b.alignedBlock(Qt::AlignHCenter, 4), b.font(kHeaderPt));
    ReportFlow date = b.cellFlow(table, 1, 1);
    b.paragraph(date, reportDateLine(d.place, d.date), b.alignedBlock(Qt::AlignHCenter, 4),
                b.font(kMottoPt, Italic));
}

void WeeklyReportWriter::title()
{
    b.paragraph(flow, u"BÁO CÁO"_s, b.alignedBlock(Qt::AlignHCenter), b.font(kBodyPt, Bold));
    const QTextCharFormat subjectFormat = b.font(kBodyPt, Bold);
    const QString subject = b.balancedLines(d.subject, subjectFormat, b.units().textWidth());
    b.paragraph(flow, subject, b.alignedBlock(Qt::AlignHCenter), subjectFormat);
    if (!d.weekLabel.trimmed().isEmpty())
        b.paragraph(flow, d.weekLabel.trimmed(), b.alignedBlock(Qt::AlignHCenter), b.font(kBodyPt, Italic));
    // A short rule under the subject, about a third of its longest line.
    const qreal subjectWidth = std::min(longestLine(b, subject, subjectFormat), b.units().textWidth());
    b.rule(flow, std::clamp(subjectWidth / 3.0, b.units().mm(25), b.units().mm(50)), 12);
}

void WeeklyReportWriter::heading(const QString& text, qreal spaceBeforePt)
{
    QTextBlockFormat block = b.bodyBlock();
    block.setTopMargin(b.units().pt(spaceBeforePt));
    block.setProperty(ReportKeepWithNext, true);
    b.paragraph(flow, text, block, b.font(kBodyPt, Bold));
}

void WeeklyReportWriter::body(const QString& text)
{
    b.paragraph(flow, text.trimmed(), b.bodyBlock(), b.font(kBodyPt));
}

void WeeklyReportWriter::overall()
{
    heading(u"I. TÌNH HÌNH TRIỂN KHAI CHUNG"_s);
    if (d.overallParagraphs.isEmpty())
        body(u"Không có nội dung mới trong tuần."_s);
    for (const QString& paragraph : d.overallParagraphs)
        body(paragraph);
}

void WeeklyReportWriter::groups()
{
    heading(u"II. KẾT QUẢ TRIỂN KHAI CÁC MÔ HÌNH THEO NHÓM"_s, 6);
    const QList<ReportTableColumn> columns{
        {u"TT"_s, 6, Qt::AlignHCenter},       {u"Mô hình"_s, 29, Qt::AlignLeft},
        {u"Chủ trì"_s, 16, Qt::AlignLeft},    {u"Trạng thái"_s, 14, Qt::AlignLeft},
        {u"Tiến độ"_s, 14, Qt::AlignHCenter}, {u"Khó khăn, vướng mắc"_s, 21, Qt::AlignLeft},
    };
    for (const WeeklyReportGroup& group : d.groups) {
        heading(u"%1. %2"_s.arg(group.number).arg(group.title.trimmed()));
        if (group.rows.isEmpty()) {
            body(u"Không có mô hình cần báo cáo trong tuần."_s);
            continue;
        }
        QList<ReportTableRow> rows;
        for (const WeeklyReportModelRow& row : group.rows) {
            rows.append({{QString::number(row.modelNumber), row.title, row.lead, row.status, row.progress,
                          row.problems}});
        }
        b.dataTable(flow, columns, rows);
    }
}

void WeeklyReportWriter::digitisation()
{
    heading(u"III. KẾT QUẢ SỐ HÓA, LÀM SẠCH DỮ LIỆU TRONG TUẦN"_s, 6);
    if (d.digitisation.isEmpty()) {
        body(u"Trong tuần không có hồ sơ được số hóa."_s);
        return;
    }
    QList<ReportTableRow> rows;
    WeeklyReportDigitisation sum;
    for (const WeeklyReportDigitisation& kind : d.digitisation) {
        rows.append({{kind.kindLabel, formatCount(kind.added), formatCount(kind.verified),
                      formatCount(kind.mismatched), formatCount(kind.total)}});
        sum.added += kind.added;
        sum.verified += kind.verified;
        sum.mismatched += kind.mismatched;
        sum.total += kind.total;
    }
    if (d.digitisation.size() > 1) {
        rows.append({{u"Tổng cộng"_s, formatCount(sum.added), formatCount(sum.verified),
                      formatCount(sum.mismatched), formatCount(sum.total)},
                     Bold,
                     true});
    }
    b.dataTable(flow,
                {{u"Loại hồ sơ"_s, 36, Qt::AlignLeft},
                 {u"Thêm mới"_s, 16, Qt::AlignHCenter},
                 {u"Đã xác thực"_s, 16, Qt::AlignHCenter},
                 {u"Sai lệch"_s, 16, Qt::AlignHCenter},
                 {u"Tổng số"_s, 16, Qt::AlignHCenter}},
                rows);
}

void WeeklyReportWriter::overdue()
{
    heading(u"IV. CÁC MÔ HÌNH CHẬM TIẾN ĐỘ"_s, 6);
    if (d.overdue.isEmpty()) {
        body(u"Không có mô hình chậm tiến độ so với thời hạn của Kế hoạch."_s);
        return;
    }
    QTextBlockFormat lead = b.bodyBlock();
    lead.setProperty(ReportKeepWithNext, true);
    b.paragraph(flow, u"Có %1 mô hình chưa hoàn thành đúng thời hạn của Kế hoạch:"_s.arg(d.overdue.size()),
                lead, b.font(kBodyPt));
    QList<ReportTableRow> rows;
    for (const WeeklyReportOverdue& model : d.overdue)
        rows.append({{QString::number(model.modelNumber), model.title, model.lead, model.deadline}});
    b.dataTable(flow,
                {{u"TT"_s, 6, Qt::AlignHCenter},
                 {u"Mô hình"_s, 54, Qt::AlignLeft},
                 {u"Chủ trì"_s, 22, Qt::AlignLeft},
                 {u"Thời hạn"_s, 18, Qt::AlignHCenter}},
                rows);
}

void WeeklyReportWriter::proposals()
{
    heading(u"V. ĐỀ XUẤT, KIẾN NGHỊ"_s, 6);
    if (d.proposals.isEmpty())
        body(u"Không có."_s);
    for (const QString& proposal : d.proposals)
        body(reportListItem(proposal));
}

void WeeklyReportWriter::closing()
{
    if (!d.closing.trimmed().isEmpty())
        body(d.closing);
}

void WeeklyReportWriter::signature()
{
    QTextTable* table = b.layoutTable(flow, 1, {45, 55});
    QTextTableFormat keep = table->format();
    keep.setProperty(ReportKeepTogether, true);
    table->setFormat(keep);

    ReportFlow left = b.cellFlow(table, 0, 0);
    QTextBlockFormat recipientBlock = b.alignedBlock(Qt::AlignLeft, 6);
    b.paragraph(left, u"Nơi nhận:"_s, recipientBlock, b.font(kRecipientsTitlePt, BoldItalic));
    recipientBlock.setTopMargin(0);
    for (const QString& line : reportRecipientLines(d.recipients))
        b.paragraph(left, line, recipientBlock, b.font(kRecipientsPt));

    ReportFlow right = b.cellFlow(table, 0, 1);
    const QTextCharFormat roleFormat = b.font(kBodyPt, Bold);
    bool first = true;
    for (const QString& line : {d.signer.authority, d.signer.deputy, d.signer.title}) {
        if (line.trimmed().isEmpty())
            continue;
        b.paragraph(right, line.trimmed().toUpper(), b.alignedBlock(Qt::AlignHCenter, first ? 6 : 0),
                    roleFormat);
        first = false;
    }
    // Room for the signature and the seal.
    b.paragraph(right, d.signer.name.trimmed(), b.alignedBlock(Qt::AlignHCenter, 72), b.font(kBodyPt, Bold));
}

} // namespace

void buildWeeklyReportDocument(ReportDocumentBuilder& builder, const WeeklyReportData& data)
{
    WeeklyReportWriter(builder, data).write();
}

} // namespace xaso
