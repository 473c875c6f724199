// Officer roles: the grant over several roles is the highest, sensitive fields need their own
// grant, unknown role ids are refused at validate() and never grant anything.

#include "reference/roles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;
using namespace xaso;

using RolesEdit = std::function<void(QJsonObject&)>;
Q_DECLARE_METATYPE(RolesEdit)

class TestRoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void knownRoles();
    void access_data();
    void access();
    void everyoneReadsModels();
    void leadershipReadsEverything();
    void administratorSeesNoPersonalData();
    void sensitiveRead_data();
    void sensitiveRead();
    void sensitiveImpliesRead();
    void validate_data();
    void validate();
    void unknownRoleGrantsNothing();
    void malformed_data();
    void malformed();

private:
    std::optional<RoleCatalog> m_roles;
    QJsonObject m_json;
    QTemporaryDir m_dir;
};

void TestRoles::initTestCase()
{
    QVERIFY(QFile::exists(u":/xaso/data/roles.json"_s));
    auto roles = RoleCatalog::load();
    QVERIFY2(roles.ok(), qPrintable(roles.message()));
    m_roles = *roles;

    QFile file(u":/xaso/data/roles.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_json = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(m_dir.isValid());
}

void TestRoles::knownRoles()
{
    const QStringList expected{
        u"cong_an"_s, u"van_phong_thong_ke"_s, u"tu_phap_ho_tich"_s, u"van_hoa_xa_hoi"_s, u"dia_chinh"_s,
        u"ke_toan"_s, u"tram_y_te"_s,          u"to_cong_tac_06"_s,  u"lanh_dao"_s,       u"quan_tri"_s};
    QCOMPARE(m_roles->knownRoleIds(), expected);
    QCOMPARE(m_roles->version(), 1);
    QCOMPARE(m_roles->kinds().size(), 10);
    QCOMPARE(m_roles->role(u"cong_an"_s)->nameVi, u"Công an xã"_s);
    QCOMPARE(m_roles->role(u"dia_chinh"_s)->nameVi, u"Địa chính - Xây dựng"_s);
    QCOMPARE(m_roles->role(u"nobody"_s), nullptr);
    for (const Role& r : m_roles->roles()) {
        QVERIFY(!r.nameEn.isEmpty());
        QCOMPARE(r.permissions.size(), 10);
    }
}

void TestRoles::access_data()
{
    QTest::addColumn<QStringList>("roles");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("expected");
    const int none = int(Access::None), read = int(Access::Read), write = int(Access::Write);
    const QString residents = RecordKind::Residents, welfare = RecordKind::Welfare, land = RecordKind::Land;

    QTest::newRow("vhxh writes welfare") << QStringList{u"van_hoa_xa_hoi"_s} << welfare << write;
    QTest::newRow("vhxh writes labour") << QStringList{u"van_hoa_xa_hoi"_s} << u"labour"_s << write;
    QTest::newRow("vhxh reads residents") << QStringList{u"van_hoa_xa_hoi"_s} << residents << read;
    QTest::newRow("vhxh reads households") << QStringList{u"van_hoa_xa_hoi"_s} << u"households"_s << read;
    QTest::newRow("vhxh no land") << QStringList{u"van_hoa_xa_hoi"_s} << land << none;
    QTest::newRow("dia chinh writes land") << QStringList{u"dia_chinh"_s} << land << write;
    QTest::newRow("tu phap writes copies")
        << QStringList{u"tu_phap_ho_tich"_s} << u"certified_copies"_s << write;
    QTest::newRow("cong an writes residents") << QStringList{u"cong_an"_s} << residents << write;
    QTest::newRow("cong an writes households") << QStringList{u"cong_an"_s} << u"households"_s << write;
    QTest::newRow("to 06 writes residents") << QStringList{u"to_cong_tac_06"_s} << residents << write;
    QTest::newRow("to 06 writes models") << QStringList{u"to_cong_tac_06"_s} << u"models"_s << write;
    QTest::newRow("lanh dao writes models") << QStringList{u"lanh_dao"_s} << u"models"_s << write;
    QTest::newRow("lanh dao reads reports") << QStringList{u"lanh_dao"_s} << u"reports"_s << read;
    QTest::newRow("quan tri writes settings") << QStringList{u"quan_tri"_s} << u"settings"_s << write;
    QTest::newRow("quan tri reads audit") << QStringList{u"quan_tri"_s} << u"audit"_s << read;
    QTest::newRow("ke toan no residents") << QStringList{u"ke_toan"_s} << residents << none;
    // Several roles: the highest grant wins, whatever the order.
    QTest::newRow("max read+write") << QStringList{u"ke_toan"_s, u"van_hoa_xa_hoi"_s} << welfare << write;
    QTest::newRow("max write+read") << QStringList{u"van_hoa_xa_hoi"_s, u"ke_toan"_s} << welfare << write;
    QTest::newRow("max none+read") << QStringList{u"ke_toan"_s, u"dia_chinh"_s} << residents << read;
    QTest::newRow("max none+write") << QStringList{u"ke_toan"_s, u"dia_chinh"_s} << land << write;
    QTest::newRow("max none+none") << QStringList{u"ke_toan"_s, u"quan_tri"_s} << residents << none;
    QTest::newRow("unknown kind") << QStringList{u"lanh_dao"_s} << u"weather"_s << none;
    QTest::newRow("no roles") << QStringList{} << residents << none;
}

void TestRoles::access()
{
    QFETCH(QStringList, roles);
    QFETCH(QString, kind);
    QFETCH(int, expected);
    QCOMPARE(int(m_roles->access(roles, kind)), expected);
}

void TestRoles::everyoneReadsModels()
{
    for (const QString& id : m_roles->knownRoleIds())
        QVERIFY2(m_roles->access({id}, RecordKind::Models) >= Access::Read, qPrintable(id));
}

void TestRoles::leadershipReadsEverything()
{
    for (const QString& kind : m_roles->kinds())
        QVERIFY2(m_roles->access({u"lanh_dao"_s}, kind) >= Access::Read, qPrintable(kind));
}

void TestRoles::administratorSeesNoPersonalData()
{
    const QStringList personal{u"residents"_s, u"households"_s, u"welfare"_s,
                               u"labour"_s,    u"land"_s,       u"certified_copies"_s};
    for (const QString& kind : personal)
        QCOMPARE(m_roles->access({u"quan_tri"_s}, kind), Access::None);
}

void TestRoles::sensitiveRead_data()
{
    QTest::addColumn<QStringList>("roles");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("expected");
    QTest::newRow("cong an residents") << QStringList{u"cong_an"_s} << u"residents"_s << true;
    QTest::newRow("cong an welfare") << QStringList{u"cong_an"_s} << u"welfare"_s << false;
    QTest::newRow("vhxh welfare") << QStringList{u"van_hoa_xa_hoi"_s} << u"welfare"_s << true;
    QTest::newRow("vhxh residents") << QStringList{u"van_hoa_xa_hoi"_s} << u"residents"_s << false;
    QTest::newRow("to 06 residents") << QStringList{u"to_cong_tac_06"_s} << u"residents"_s << false;
    QTest::newRow("ke toan welfare") << QStringList{u"ke_toan"_s} << u"welfare"_s << false;
    QTest::newRow("dia chinh + cong an")
        << QStringList{u"dia_chinh"_s, u"cong_an"_s} << u"residents"_s << true;
    QTest::newRow("unknown role") << QStringList{u"nobody"_s} << u"residents"_s << false;
}

void TestRoles::sensitiveRead()
{
    QFETCH(QStringList, roles);
    QFETCH(QString, kind);
    QFETCH(bool, expected);
    QCOMPARE(m_roles->canReadSensitive(roles, kind), expected);
}

void TestRoles::sensitiveImpliesRead()
{
    for (const Role& r : m_roles->roles()) {
        for (const QString& kind : m_roles->kinds()) {
            if (r.canReadSensitive(kind))
                QVERIFY2(r.access(kind) >= Access::Read, qPrintable(r.id + u' ' + kind));
        }
    }
    // The administrator keeps the system running and never reads sensitive fields.
    for (const QString& kind : m_roles->kinds())
        QVERIFY(!m_roles->canReadSensitive({u"quan_tri"_s}, kind));
}

void TestRoles::validate_data()
{
    QTest::addColumn<QStringList>("roles");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("one known") << QStringList{u"cong_an"_s} << true << QString();
    QTest::newRow("several known") << QStringList{u"lanh_dao"_s, u"to_cong_tac_06"_s} << true << QString();
    QTest::newRow("unknown") << QStringList{u"cong_an"_s, u"chu_tich"_s} << false << u"chu_tich"_s;
    QTest::newRow("case differs") << QStringList{u"Cong_An"_s} << false << u"Cong_An"_s;
    QTest::newRow("empty") << QStringList{} << false << QString();
}

void TestRoles::validate()
{
    QFETCH(QStringList, roles);
    QFETCH(bool, ok);
    QFETCH(QString, mentions);
    const Status status = m_roles->validate(roles);
    QCOMPARE(status.ok(), ok);
    if (!ok) {
        QCOMPARE(status.code(), ErrorCode::InvalidArgument);
        QVERIFY2(status.message().contains(mentions), qPrintable(status.message()));
    }
}

void TestRoles::unknownRoleGrantsNothing()
{
    for (const QString& kind : m_roles->kinds())
        QCOMPARE(m_roles->access({u"root"_s}, kind), Access::None);
}

namespace {

std::function<void(QJsonObject&)> editRole(int index, std::function<void(QJsonObject&)> change)
{
    return [index, change](QJsonObject& root) {
        QJsonArray roles = root.value(u"roles"_s).toArray();
        QJsonObject r = roles.at(index).toObject();
        change(r);
        roles[index] = r;
        root[u"roles"_s] = roles;
    };
}

void setPermission(QJsonObject& role, const QString& kind, const QJsonValue& value)
{
    QJsonObject p = role[u"permissions"_s].toObject();
    p[kind] = value;
    role[u"permissions"_s] = p;
}

} // namespace

void TestRoles::malformed_data()
{
    QTest::addColumn<RolesEdit>("edit");
    QTest::addColumn<int>("code");
    QTest::addColumn<QStringList>("mentions");
    const int invalid = int(ErrorCode::InvalidArgument);

    // Role 0 is cong_an, role 2 tu_phap_ho_tich, role 5 ke_toan.
    QTest::newRow("bad access value")
        << editRole(2, [](QJsonObject& r) { setPermission(r, u"land"_s, u"admin"_s); }) << invalid
        << QStringList{u"tu_phap_ho_tich"_s, u"land"_s};
    QTest::newRow("unknown kind") << editRole(5, [](QJsonObject& r) {
        setPermission(r, u"weather"_s, u"read"_s);
    }) << invalid << QStringList{u"ke_toan"_s, u"weather"_s};
    QTest::newRow("kind left out") << editRole(5, [](QJsonObject& r) {
        QJsonObject p = r[u"permissions"_s].toObject();
        p.remove(u"audit"_s);
        r[u"permissions"_s] = p;
    }) << invalid << QStringList{u"ke_toan"_s, u"audit"_s};
    QTest::newRow("sensitive without read")
        << editRole(5, [](QJsonObject& r) { r[u"sensitiveRead"_s] = QJsonArray{u"land"_s}; }) << invalid
        << QStringList{u"ke_toan"_s, u"land"_s};
    QTest::newRow("duplicate id") << editRole(5, [](QJsonObject& r) { r[u"id"_s] = u"cong_an"_s; }) << invalid
                                  << QStringList{u"cong_an"_s, u"twice"_s};
    QTest::newRow("no name") << editRole(0, [](QJsonObject& r) { r.remove(u"nameVi"_s); }) << invalid
                             << QStringList{u"cong_an"_s, u"nameVi"_s};
    QTest::newRow("newer version") << RolesEdit([](QJsonObject& root) { root[u"rolesVersion"_s] = 7; })
                                   << int(ErrorCode::NewerFormat) << QStringList{u"7"_s};
}

void TestRoles::malformed()
{
    QFETCH(RolesEdit, edit);
    QFETCH(int, code);
    QFETCH(QStringList, mentions);
    QJsonObject json = m_json;
    edit(json);
    const QString path = m_dir.filePath(u"roles.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(json).toJson());
    file.close();

    auto result = RoleCatalog::load(path);
    QVERIFY(!result.ok());
    QCOMPARE(int(result.code()), code);
    for (const QString& m : std::as_const(mentions))
        QVERIFY2(result.message().contains(m), qPrintable(result.message()));
}

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
