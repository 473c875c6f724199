// The fixed wording of the report form: number line, "Nơi nhận" lines, list items.

#include "report/report_text.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace xaso {

class TestReportText final : public QObject
{
    Q_OBJECT

private slots:
    void numberLine_data();
    void numberLine();
    void recipientLines_data();
    void recipientLines();
    void listItem_data();
    void listItem();
};

void TestReportText::numberLine_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("expected");
    QTest::newRow("number and suffix") << u"15"_s << u"BC-UBND"_s << u"Số: 15/BC-UBND"_s;
    QTest::newRow("trimmed") << u" 15 "_s << u" BC-UBND"_s << u"Số: 15/BC-UBND"_s;
    QTest::newRow("blank number for the clerk")
        << QString() << u"BC-UBND"_s << u"Số: \u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0/BC-UBND"_s;
    QTest::newRow("no suffix") << u"7"_s << QString() << u"Số: 7"_s;
}

void TestReportText::numberLine()
{
    QFETCH(QString, number);
    QFETCH(QString, suffix);
    QFETCH(QString, expected);
    QCOMPARE(reportNumberLine(number, suffix), expected);
}

void TestReportText::recipientLines_data()
{
    QTest::addColumn<QStringList>("recipients");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("dash, semicolons, full stop last")
        << QStringList{u"UBND Thành phố (để b/c)"_s, u"Công an Thành phố Vinh"_s, u"Lưu: VT, CA"_s}
        << QStringList{u"- UBND Thành phố (để b/c);"_s, u"- Công an Thành phố Vinh;"_s, u"- Lưu: VT, CA."_s};
    QTest::newRow("punctuation already written is kept")
        << QStringList{u"- Như trên;"_s, u"Lưu: VT."_s} << QStringList{u"- Như trên;"_s, u"- Lưu: VT."_s};
    QTest::newRow("blank lines dropped") << QStringList{u"Như trên"_s, u"  "_s, u"Lưu: VT"_s}
                                         << QStringList{u"- Như trên;"_s, u"- Lưu: VT."_s};
    QTest::newRow("none") << QStringList{} << QStringList{};
}

void TestReportText::recipientLines()
{
    QFETCH(QStringList, recipients);
    QFETCH(QStringList, expected);
    QCOMPARE(reportRecipientLines(recipients), expected);
}

void TestReportText::listItem_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("dash added") << u"Đề nghị hỗ trợ kinh phí."_s << u"- Đề nghị hỗ trợ kinh phí."_s;
    QTest::newRow("dash kept") << u"- Đề nghị."_s << u"- Đề nghị."_s;
    QTest::newRow("plus kept") << u"+ Ý kiến."_s << u"+ Ý kiến."_s;
    QTest::newRow("numbered kept") << u"1. Đề nghị."_s << u"1. Đề nghị."_s;
    QTest::newRow("trimmed") << u"  Đề nghị. "_s << u"- Đề nghị."_s;
}

void TestReportText::listItem()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(reportListItem(text), expected);
}

} // namespace xaso

QTEST_GUILESS_MAIN(xaso::TestReportText)
#include "tst_report_text.moc"
