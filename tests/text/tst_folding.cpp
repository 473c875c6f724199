// Search folding and name splitting (DOMAIN.md, "Vietnamese text").
#include "text/folding.h"
#include "text/names.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace xaso::text;

class TestFolding : public QObject
{
    Q_OBJECT

private slots:
    void fold_data();
    void fold();
    void nfdFoldsLikeNfc();
    void normalizeInput();
    void tokens_data();
    void tokens();
    void split_data();
    void split();
};

void TestFolding::fold_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("folded");
    QTest::newRow("full name") << u"Nguyễn Văn Dũng"_s << u"nguyen van dung"_s;
    QTest::newRow("đ capital") << u"Đặng"_s << u"dang"_s;
    QTest::newRow("đ small") << u"đức"_s << u"duc"_s;
    QTest::newRow("horn letters") << u"Trương Thị Ơn"_s << u"truong thi on"_s;
    QTest::newRow("all tones") << u"a à ả ã á ạ"_s << u"a a a a a a"_s;
    QTest::newRow("ă â ê ô") << u"Ăn Ân Ê Ô"_s << u"an an e o"_s;
    QTest::newRow("white space") << u"  Lê\tThị   Hoa "_s << u"le thi hoa"_s;
    QTest::newRow("ascii unchanged") << u"nguyen van dung"_s << u"nguyen van dung"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestFolding::fold()
{
    QFETCH(QString, input);
    QFETCH(QString, folded);
    QCOMPARE(foldForSearch(input), folded);
}

void TestFolding::nfdFoldsLikeNfc()
{
    const QString nfc = u"Nguyễn Thị Hường Đặng"_s;
    const QString nfd = nfc.normalized(QString::NormalizationForm_D);
    QVERIFY(nfc != nfd); // the test means something only if the forms differ
    QCOMPARE(foldForSearch(nfd), foldForSearch(nfc));
    QCOMPARE(searchTokens(nfd), searchTokens(nfc));
}

void TestFolding::normalizeInput()
{
    const QString nfd = u"Nguyễn"_s.normalized(QString::NormalizationForm_D);
    QCOMPARE(xaso::text::normalizeInput(u"  "_s + nfd + u"   Văn  "_s), u"Nguyễn Văn"_s);
}

void TestFolding::tokens_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("tokens");
    QTest::newRow("three parts") << u"Nguyễn Văn Dũng"_s << QStringList{u"nguyen"_s, u"van"_s, u"dung"_s};
    QTest::newRow("folded duplicates once") << u"Nguyễn Thị Nguyên"_s << QStringList{u"nguyen"_s, u"thi"_s};
    QTest::newRow("exact duplicate") << u"Lê Lê"_s << QStringList{u"le"_s};
    QTest::newRow("extra spaces") << u"  Hồ   Ngọc  "_s << QStringList{u"ho"_s, u"ngoc"_s};
    QTest::newRow("empty") << u"   "_s << QStringList{};
}

void TestFolding::tokens()
{
    QFETCH(QString, name);
    QFETCH(QStringList, tokens);
    QCOMPARE(searchTokens(name), tokens);
}

void TestFolding::split_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("middle");
    QTest::addColumn<QString>("given");
    QTest::newRow("three words") << u"Nguyễn Văn Dũng"_s << u"Nguyễn"_s << u"Văn"_s << u"Dũng"_s;
    QTest::newRow("long middle") << u"Tôn Nữ Thị Minh Khai"_s << u"Tôn"_s << u"Nữ Thị Minh"_s << u"Khai"_s;
    QTest::newRow("two words") << u"Lê Hoa"_s << u"Lê"_s << QString() << u"Hoa"_s;
    QTest::newRow("one word") << u"Bình"_s << QString() << QString() << u"Bình"_s;
    QTest::newRow("spaces and NFD") << u"  Trần   Thị  Hường "_s.normalized(QString::NormalizationForm_D)
                                    << u"Trần"_s << u"Thị"_s << u"Hường"_s;
    QTest::newRow("empty") << QString() << QString() << QString() << QString();
}

void TestFolding::split()
{
    QFETCH(QString, name);
    QFETCH(QString, family);
    QFETCH(QString, middle);
    QFETCH(QString, given);
    const NameParts parts = splitVietnameseName(name);
    QCOMPARE(parts.family, family);
    QCOMPARE(parts.middle, middle);
    QCOMPARE(parts.given, given);
}

QTEST_GUILESS_MAIN(TestFolding)
#include "tst_folding.moc"
