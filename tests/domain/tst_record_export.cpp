// Export of a record kind honours the list's filters: hamlet, category and the search as typed
// (keyed the way the kind's list keys it), so a filtered list exports only the rows it shows.
#include "domain/kinds/record_kind_io.h"
#include "domain/land/land_repository.h"
#include "vault_fixture.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace xaso;
using namespace xaso::domain;

namespace {

LandRecord parcel(const QString& serial, const QString& hamlet, const QString& purpose)
{
    LandRecord r;
    r.certificateSerial = serial;
    r.registerNumber = u"CH01234"_s;
    r.mapSheet = u"12"_s;
    r.parcelNumber = u"345"_s;
    r.areaM2 = 120;
    r.purpose = purpose;
    r.hamletCode = hamlet;
    r.coOwners.append({QString(), QString(), u"Nguyễn Văn Nam"_s, 100, u"user"_s});
    return r;
}

// The data lines of a CSV export (the header line left out).
QStringList dataLines(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {u"<missing>"_s};
    QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    if (!lines.isEmpty())
        lines.removeFirst();
    return lines;
}

} // namespace

class TestRecordExport final : public QObject
{
    Q_OBJECT
private:
    std::optional<RoleCatalog> m_roles;
    std::unique_ptr<test::TempVault> m_tv;

private slots:
    void initTestCase()
    {
        QVERIFY(crypto::initializeCrypto().ok());
        m_roles = *RoleCatalog::load();
        m_tv = std::make_unique<test::TempVault>(QStringList{u"dia_chinh"_s});
        LandRepository repo(*m_tv->vault, *m_roles);
        for (const LandRecord& r :
             {parcel(u"CS 100001"_s, u"T01"_s, u"ONT"_s), parcel(u"CS 100002"_s, u"T02"_s, u"ONT"_s),
              parcel(u"CS 200003"_s, u"T02"_s, u"CLN"_s), parcel(u"BA 100004"_s, u"T02"_s, u"ONT"_s)}) {
            auto saved = repo.insert(r);
            QVERIFY2(saved.ok(), qPrintable(saved.message()));
        }
    }

    void filtered_data()
    {
        QTest::addColumn<QString>("hamlet");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("serials");
        QTest::newRow("no filter") << QString() << QString() << QString()
                                   << QStringList{u"BA 100004"_s, u"CS 100001"_s, u"CS 100002"_s,
                                                  u"CS 200003"_s};
        QTest::newRow("hamlet") << u"T02"_s << QString() << QString()
                                << QStringList{u"BA 100004"_s, u"CS 100002"_s, u"CS 200003"_s};
        QTest::newRow("hamlet and purpose")
            << u"T02"_s << u"ONT"_s << QString() << QStringList{u"BA 100004"_s, u"CS 100002"_s};
        // The search as typed in the box: lower case, no space, keyed like the list's search.
        QTest::newRow("serial search")
            << QString() << QString() << u"cs1"_s << QStringList{u"CS 100001"_s, u"CS 100002"_s};
        QTest::newRow("all three") << u"T02"_s << u"ONT"_s << u"cs"_s << QStringList{u"CS 100002"_s};
        QTest::newRow("nothing matches") << u"T01"_s << u"CLN"_s << QString() << QStringList{};
    }
    void filtered()
    {
        QFETCH(QString, hamlet);
        QFETCH(QString, category);
        QFETCH(QString, search);
        QFETCH(QStringList, serials);
        auto io = RecordKindIo::make(u"land"_s, *m_tv->vault, *m_roles);
        QVERIFY(io.ok());
        RecordExportOptions options;
        options.filter.hamlet = hamlet;
        options.filter.category = category;
        options.filter.search = search;
        options.filter.afterId = u"ignored"_s; // paging fields of the list do not leak in
        options.filter.limit = 1;
        const QString path = m_tv->dir.filePath(u"land.csv"_s);
        auto written = (*io)->exportTo(path, options);
        QVERIFY2(written.ok(), qPrintable(written.message()));
        QCOMPARE(*written, qint64(serials.size()));
        const QStringList lines = dataLines(path);
        QCOMPARE(lines.size(), serials.size());
        QStringList found;
        for (const QString& line : lines)
            found.append(line.section(u',', 0, 0).remove(u'"'));
        found.sort();
        QCOMPARE(found, serials);
    }

    void verificationFilter()
    {
        LandRepository repo(*m_tv->vault, *m_roles);
        auto page = repo.list({});
        QVERIFY(page.ok());
        QVERIFY(repo.setVerification(page->items.first().meta.id, Verification::Verified).ok());
        auto io = RecordKindIo::make(u"land"_s, *m_tv->vault, *m_roles);
        RecordExportOptions options;
        options.filter.verification = Verification::Verified;
        auto written = (*io)->exportTo(m_tv->dir.filePath(u"verified.csv"_s), options);
        QVERIFY2(written.ok(), qPrintable(written.message()));
        QCOMPARE(*written, qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestRecordExport)
#include "tst_record_export.moc"
