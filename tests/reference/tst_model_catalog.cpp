// The 38-model catalog compiled into the binary: shape, transcription of the plan, and refusal of
// malformed files with a message that names the model and field.

#include "reference/model_catalog.h"
#include "reference/roles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;
using namespace xaso;

// Changes the catalog JSON before it is written out and loaded again.
using CatalogEdit = std::function<void(QJsonObject&)>;
Q_DECLARE_METATYPE(CatalogEdit)

class TestModelCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hasThirtyEightModels();
    void groupCounts_data();
    void groupCounts();
    void numberingIsContiguous();
    void titles_data();
    void titles();
    void textIsCleanNfc();
    void leadRolesExist();
    void leadRolesOfModels_data();
    void leadRolesOfModels();
    void modelsLedBy();
    void deadlines_data();
    void deadlines();
    void everyDateDeadlineHasADate();
    void kpiIdsAreUnique();
    void kpis_data();
    void kpis();
    void malformed_data();
    void malformed();
    void newerVersionRefused();
    void missingFileRefused();

private:
    // Writes the real catalog, changed by `edit`, to a temp file and loads it.
    Result<ModelCatalog> loadEdited(const std::function<void(QJsonObject&)>& edit);

    std::optional<ModelCatalog> m_catalog;
    std::optional<RoleCatalog> m_roles;
    QJsonObject m_json;
    QTemporaryDir m_dir;
};

void TestModelCatalog::initTestCase()
{
    // The resources of the static library are linked as an object library, so they register
    // themselves; no Q_INIT_RESOURCE is needed.
    QVERIFY(QFile::exists(u":/xaso/data/catalog/models-v1.json"_s));
    auto catalog = ModelCatalog::load();
    QVERIFY2(catalog.ok(), qPrintable(catalog.message()));
    m_catalog = *catalog;
    auto roles = RoleCatalog::load();
    QVERIFY2(roles.ok(), qPrintable(roles.message()));
    m_roles = *roles;

    QFile file(u":/xaso/data/catalog/models-v1.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_json = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(m_dir.isValid());
}

void TestModelCatalog::hasThirtyEightModels()
{
    QCOMPARE(m_catalog->version(), 1);
    QCOMPARE(m_catalog->models().size(), 38);
    QCOMPARE(m_catalog->groups().size(), 5);
    QCOMPARE(m_catalog->planIssuer(), u"UBND xã Hưng Đông"_s);
    QVERIFY(m_catalog->planTitle().contains(u"Đề án “Phát triển ứng dụng dữ liệu về dân cư"_s));
    QCOMPARE(m_catalog->planPeriod().from, QDate(2023, 10, 1));
    QCOMPARE(m_catalog->planPeriod().to, QDate(2025, 12, 31));
}

void TestModelCatalog::groupCounts_data()
{
    QTest::addColumn<int>("group");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("first");
    QTest::addColumn<QString>("titleStart");
    QTest::newRow("1 thủ tục hành chính")
        << 1 << 5 << 1 << u"Nhóm tiện ích phục vụ giải quyết thủ tục hành chính"_s;
    QTest::newRow("2 kinh tế - xã hội") << 2 << 13 << 6 << u"Nhóm tiện ích phát triển kinh tế - xã hội"_s;
    QTest::newRow("3 công dân số") << 3 << 11 << 19 << u"Nhóm tiện ích phục vụ công dân số"_s;
    QTest::newRow("4 số hóa dữ liệu") << 4 << 3 << 30 << u"Nhóm số hóa, tạo lập dữ liệu dùng chung"_s;
    QTest::newRow("5 chỉ đạo điều hành") << 5 << 6 << 33 << u"Nhóm phục vụ chỉ đạo điều hành"_s;
}

void TestModelCatalog::groupCounts()
{
    QFETCH(int, group);
    QFETCH(int, count);
    QFETCH(int, first);
    QFETCH(QString, titleStart);
    const QList<const PlanModel*> models = m_catalog->modelsInGroup(group);
    QCOMPARE(models.size(), count);
    QCOMPARE(models.first()->number, first);
    // The models of a group are a contiguous run of numbers.
    QCOMPARE(models.last()->number, first + count - 1);
    const PlanGroup g = m_catalog->groups().at(group - 1);
    QCOMPARE(g.number, group);
    QCOMPARE(g.modelCount, count);
    QVERIFY2(g.title.startsWith(titleStart), qPrintable(g.title));
}

void TestModelCatalog::numberingIsContiguous()
{
    const QList<PlanModel>& models = m_catalog->models();
    for (qsizetype i = 0; i < models.size(); ++i) {
        QCOMPARE(models.at(i).number, int(i + 1));
        QCOMPARE(m_catalog->model(int(i + 1)), &models.at(i));
    }
    QCOMPARE(m_catalog->model(0), nullptr);
    QCOMPARE(m_catalog->model(39), nullptr);
}

void TestModelCatalog::titles_data()
{
    // Titles as the plan writes them (typos and "VneID" spelling included), line breaks joined.
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("title");
    QTest::newRow("1") << 1 << u"Triển khai 53 dịch vụ công thiết yếu"_s;
    QTest::newRow("2") << 2
                       << u"Tự động hóa bộ phận giải quyết TTHC, Bộ phận Một cửa UBND xã và Bộ phận một cửa "
                          u"Công an xã thông qua tương tác Kiosk"_s;
    QTest::newRow("3") << 3 << u"Xây dựng tối thiểu 20 dịch vụ công không sử dụng hồ sơ giấy"_s;
    QTest::newRow("4") << 4
                       << u"Lưu trữ, chứng thực các giấy tờ tài liệu điện tử phục vụ người dân, doanh nghiệp "
                          u"tham gia môi trường số"_s;
    QTest::newRow("6") << 6 << u"Khám chữa bệnh sử dụng thẻ CCCD và VneID"_s;
    QTest::newRow("9")
        << 9
        << u"Triển khai nền tảng quản lý lưu trú tại: Nhà trọ, nhà nghỉ; Khách sạn 2-3*; Khách "
           u"sạn 4*; Khách sạn 5*; Nhà khách; Nhà công vụ"_s;
    QTest::newRow("16") << 16 << u"Triển khai cho vay tín chấp công dân: Hộ nghèo, người có công"_s;
    QTest::newRow("19") << 19 << u"Đảm bảo điều kiện công dân số"_s;
    QTest::newRow("20") << 20 << u"Chuẩn hóa xác thực tập trung (SSO)"_s;
    QTest::newRow("26")
        << 26 << u"Triển khai tuyên truyền chính sách, hỗ trợ pháp lý qua ứng dụng VNeID, CallCentrer"_s;
    QTest::newRow("30")
        << 30
        << u"Quản lý thông tin người sử dụng đất, chủ sở hữu nhà ở, tài sản gắn liền với đất "
           u"thông qua Cơ sở Dữ liệu quốc gia về dân cư, VNeID theo chỉ đạo của Tổ công tác triển "
           u"khai Đề án 06/CP Trung ương"_s;
    QTest::newRow("31")
        << 31
        << u"Số hóa tạo lập dữ liệu trên nền Cơ sở Dữ liệu quốc gia về dân cư, như: lao động xã "
           u"hội, các tổ chức hội, đoàn thể… phục vụ cải cách TTHC"_s;
    QTest::newRow("32") << 32 << u"Quản lý chương trình an sinh xã hội thông qua VneID"_s;
    QTest::newRow("33") << 33 << u"Phân tích tình hình dân cư"_s;
    QTest::newRow("34") << 34 << u"Phân tích tình hình lao động"_s;
    QTest::newRow("36") << 36 << u"Phân tích tình hình trật tự, an toàn xã hội trên địa bàn"_s;
    QTest::newRow("38") << 38 << u"Trung tâm Giám sát an ninh mạng SOC"_s;
}

void TestModelCatalog::titles()
{
    QFETCH(int, number);
    QFETCH(QString, title);
    const PlanModel* model = m_catalog->model(number);
    QVERIFY(model);
    QCOMPARE(model->title, title);
}

void TestModelCatalog::textIsCleanNfc()
{
    // The seed mixes NFD syllables into NFC text; the catalog must be NFC so search and folding
    // treat every title alike, and must carry no leftover line breaks or doubled spaces.
    for (const PlanModel& m : m_catalog->models()) {
        QStringList texts{m.title, m.objective, m.leadText, m.tools, m.deadline.text, m.notes};
        texts << m.cooperating << m.supporting << m.tasks;
        for (const KpiDefinition& k : m.kpis)
            texts << k.label;
        for (const QString& t : std::as_const(texts)) {
            const QString context = u"model %1: %2"_s.arg(m.number).arg(t);
            QVERIFY2(t == t.normalized(QString::NormalizationForm_C), qPrintable(context));
            QVERIFY2(t == t.trimmed() && !t.contains(u"  "_s) && !t.contains(u'\n'), qPrintable(context));
        }
        QVERIFY2(!m.title.endsWith(u'.'), qPrintable(m.title));
        QVERIFY(!m.objective.isEmpty());
    }
}

void TestModelCatalog::leadRolesExist()
{
    const Status status = m_catalog->checkLeadRoles(*m_roles);
    QVERIFY2(status.ok(), qPrintable(status.message()));
    for (const PlanModel& m : m_catalog->models()) {
        QVERIFY(!m.leadRoles.isEmpty());
        for (const QString& id : m.leadRoles)
            QVERIFY2(m_roles->role(id), qPrintable(u"model %1: %2"_s.arg(m.number).arg(id)));
        // Where the plan names no commune lead, the choice is ours and flagged.
        if (m.leadText.isEmpty())
            QVERIFY2(m.leadInferred, qPrintable(QString::number(m.number)));
    }
}

void TestModelCatalog::leadRolesOfModels_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QStringList>("leadRoles");
    QTest::addColumn<QString>("leadText");
    QTest::newRow("2 kiosk") << 2 << QStringList{u"van_phong_thong_ke"_s}
                             << u"Công chức Văn phòng – thống kê"_s;
    QTest::newRow("4 chứng thực") << 4 << QStringList{u"tu_phap_ho_tich"_s}
                                  << u"Công chức Tư pháp - Hộ tịch"_s;
    QTest::newRow("6 y tế") << 6 << QStringList{u"tram_y_te"_s} << u"Trạm y tế xã"_s;
    QTest::newRow("15 công chức đô thị")
        << 15 << QStringList{u"cong_an"_s, u"dia_chinh"_s} << u"Công an xã, công chức đô thị"_s;
    QTest::newRow("16 tổ 06") << 16 << QStringList{u"to_cong_tac_06"_s} << u"Tổ công tác Đề án 06 xã"_s;
    QTest::newRow("19 công dân số") << 19 << QStringList{u"cong_an"_s, u"to_cong_tac_06"_s}
                                    << u"Công an xã; Tổ công tác Đề án 06/CP và Công nghệ số cộng đồng"_s;
    QTest::newRow("30 đất đai") << 30 << QStringList{u"dia_chinh"_s} << QString();
    QTest::newRow("32 an sinh") << 32 << QStringList{u"van_hoa_xa_hoi"_s} << u"Công chức Văn hoá - Xã hội"_s;
    QTest::newRow("36 trật tự") << 36 << QStringList{u"cong_an"_s} << u"Công an xã"_s;
}

void TestModelCatalog::leadRolesOfModels()
{
    QFETCH(int, number);
    QFETCH(QStringList, leadRoles);
    QFETCH(QString, leadText);
    const PlanModel* m = m_catalog->model(number);
    QVERIFY(m);
    QCOMPARE(m->leadRoles, leadRoles);
    QCOMPARE(m->leadText, leadText);
}

void TestModelCatalog::modelsLedBy()
{
    QList<int> numbers;
    for (const PlanModel* m : m_catalog->modelsLedBy({u"dia_chinh"_s}))
        numbers << m->number;
    QCOMPARE(numbers, (QList<int>{15, 30}));
    QVERIFY(m_catalog->modelsLedBy({u"quan_tri"_s}).isEmpty());
    QVERIFY(m_catalog->modelsLedBy({}).isEmpty());
}

void TestModelCatalog::deadlines_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("text");
    QTest::newRow("1 roadmap") << 1 << int(ModelDeadline::Roadmap) << QDate()
                               << u"Triển khai đồng bộ theo lộ trình Đề án 06/CP"_s;
    QTest::newRow("2 after guidance") << 2 << int(ModelDeadline::AfterGuidance) << QDate()
                                      << u"Sau khi có hướng dẫn của Công an Thành phố"_s;
    QTest::newRow("4 in 2023") << 4 << int(ModelDeadline::Date) << QDate(2023, 12, 31) << u"Trong năm 2023"_s;
    QTest::newRow("16") << 16 << int(ModelDeadline::Date) << QDate(2023, 12, 30) << u"30/12/2023"_s;
    QTest::newRow("19") << 19 << int(ModelDeadline::Date) << QDate(2023, 10, 30) << u"30/10/2023"_s;
    QTest::newRow("22 thường xuyên") << 22 << int(ModelDeadline::Recurring) << QDate()
                                     << u"Thực hiện thường xuyên"_s;
    QTest::newRow("26 thường xuyên") << 26 << int(ModelDeadline::Recurring) << QDate()
                                     << u"Thực hiện thường xuyên"_s;
    QTest::newRow("32 quý I") << 32 << int(ModelDeadline::Date) << QDate(2024, 3, 31) << u"Quý I/2024"_s;
    QTest::newRow("38") << 38 << int(ModelDeadline::Date) << QDate(2024, 12, 30) << u"30/12/2024"_s;
}

void TestModelCatalog::deadlines()
{
    QFETCH(int, number);
    QFETCH(int, kind);
    QFETCH(QDate, date);
    QFETCH(QString, text);
    const PlanModel* m = m_catalog->model(number);
    QVERIFY(m);
    QCOMPARE(int(m->deadline.kind), kind);
    QCOMPARE(m->deadline.date, date);
    QCOMPARE(m->deadline.text, text);
}

void TestModelCatalog::everyDateDeadlineHasADate()
{
    int recurring = 0;
    for (const PlanModel& m : m_catalog->models()) {
        QVERIFY(!m.deadline.text.isEmpty());
        QCOMPARE(m.deadline.date.isValid(), m.deadline.kind == ModelDeadline::Date);
        if (m.deadline.kind == ModelDeadline::Date) {
            QVERIFY(m.deadline.date >= QDate(2023, 10, 1));
            QVERIFY(m.deadline.date <= QDate(2025, 12, 31));
        }
        recurring += m.deadline.kind == ModelDeadline::Recurring;
    }
    QCOMPARE(recurring, 4); // models 22, 23, 25, 26
}

void TestModelCatalog::kpiIdsAreUnique()
{
    QSet<QString> ids;
    for (const PlanModel& m : m_catalog->models()) {
        for (const KpiDefinition& k : m.kpis) {
            QVERIFY2(!ids.contains(k.id), qPrintable(k.id));
            ids.insert(k.id);
            QVERIFY(!k.label.isEmpty());
            if (k.unit == KpiDefinition::Unit::Percent && k.target)
                QVERIFY(*k.target >= 0 && *k.target <= 100);
        }
    }
    QVERIFY(ids.size() >= 13);
}

void TestModelCatalog::kpis_data()
{
    // The ids the core computes from the records, and the plan's own numbered targets.
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("computed");
    QTest::addColumn<double>("target"); // -1: no target
    QTest::addColumn<bool>("percent");
    QTest::newRow("1 essential") << 1 << u"essential_services"_s << false << 53.0 << false;
    QTest::newRow("3 paperless") << 3 << u"paperless_services"_s << false << 20.0 << false;
    QTest::newRow("4 copies") << 4 << u"certified_copies"_s << true << -1.0 << false;
    QTest::newRow("19 vneid") << 19 << u"vneid_level2_share"_s << true << 100.0 << true;
    QTest::newRow("19 payment") << 19 << u"epayment_share"_s << true << 100.0 << true;
    QTest::newRow("19 signature") << 19 << u"digital_signature_share"_s << true << 100.0 << true;
    QTest::newRow("19 address") << 19 << u"digital_address_share"_s << true << 100.0 << true;
    QTest::newRow("30 land") << 30 << u"land_records"_s << true << -1.0 << false;
    QTest::newRow("30 land verified") << 30 << u"land_verified_share"_s << true << 100.0 << true;
    QTest::newRow("31 labour") << 31 << u"labour_records"_s << true << -1.0 << false;
    QTest::newRow("31 labour verified") << 31 << u"labour_verified_share"_s << true << -1.0 << true;
    QTest::newRow("32 welfare") << 32 << u"welfare_digitised"_s << true << -1.0 << false;
    QTest::newRow("32 welfare verified") << 32 << u"welfare_verified_share"_s << true << 100.0 << true;
}

void TestModelCatalog::kpis()
{
    QFETCH(int, number);
    QFETCH(QString, id);
    QFETCH(bool, computed);
    QFETCH(double, target);
    QFETCH(bool, percent);
    const PlanModel* m = m_catalog->model(number);
    QVERIFY(m);
    const KpiDefinition* k = m->kpi(id);
    QVERIFY2(k, qPrintable(id));
    QCOMPARE(k->source == KpiDefinition::Source::Computed, computed);
    QCOMPARE(k->unit == KpiDefinition::Unit::Percent, percent);
    if (target < 0)
        QVERIFY(!k->target.has_value());
    else
        QCOMPARE(k->target.value_or(-1), target);
}

Result<ModelCatalog> TestModelCatalog::loadEdited(const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject json = m_json;
    edit(json);
    const QString path = m_dir.filePath(u"edited.json"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(ErrorCode::Io, file.errorString());
    file.write(QJsonDocument(json).toJson());
    file.close();
    return ModelCatalog::load(path);
}

namespace {

// Applies `change` to one model of the catalog JSON.
std::function<void(QJsonObject&)> editModel(int number, std::function<void(QJsonObject&)> change)
{
    return [number, change](QJsonObject& root) {
        QJsonArray models = root.value(u"models"_s).toArray();
        QJsonObject m = models.at(number - 1).toObject();
        change(m);
        models[number - 1] = m;
        root[u"models"_s] = models;
    };
}

} // namespace

void TestModelCatalog::malformed_data()
{
    using Edit = CatalogEdit;
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("missing title") << editModel(7, [](QJsonObject& m) { m.remove(u"title"_s); })
                                   << QStringList{u"Model 7"_s, u"\"title\""_s};
    QTest::newRow("objective not text") << editModel(12, [](QJsonObject& m) { m[u"objective"_s] = 5; })
                                        << QStringList{u"Model 12"_s, u"\"objective\""_s};
    QTest::newRow("no lead role") << editModel(9, [](QJsonObject& m) { m[u"leadRoles"_s] = QJsonArray(); })
                                  << QStringList{u"Model 9"_s, u"\"leadRoles\""_s};
    QTest::newRow("bad deadline date") << editModel(19, [](QJsonObject& m) {
        QJsonObject d = m[u"deadline"_s].toObject();
        d[u"date"_s] = u"2023-13-45"_s;
        m[u"deadline"_s] = d;
    }) << QStringList{u"Model 19"_s, u"\"date\""_s};
    QTest::newRow("unknown deadline kind") << editModel(22, [](QJsonObject& m) {
        QJsonObject d = m[u"deadline"_s].toObject();
        d[u"kind"_s] = u"someday"_s;
        m[u"deadline"_s] = d;
    }) << QStringList{u"Model 22"_s, u"\"kind\""_s};
    QTest::newRow("kpi unit") << editModel(3, [](QJsonObject& m) {
        QJsonArray k = m[u"kpis"_s].toArray();
        QJsonObject first = k.at(0).toObject();
        first[u"unit"_s] = u"litres"_s;
        k[0] = first;
        m[u"kpis"_s] = k;
    }) << QStringList{u"Model 3"_s, u"\"unit\""_s};
    QTest::newRow("duplicate kpi id") << editModel(32, [](QJsonObject& m) {
        QJsonArray k = m[u"kpis"_s].toArray();
        k.append(k.at(0));
        m[u"kpis"_s] = k;
    }) << QStringList{u"Model 32"_s, u"welfare_digitised"_s};
    QTest::newRow("number gap") << editModel(20, [](QJsonObject& m) { m[u"number"_s] = 21; })
                                << QStringList{u"Model 21"_s, u"20"_s};
    QTest::newRow("unknown group") << editModel(5, [](QJsonObject& m) { m[u"group"_s] = 9; })
                                   << QStringList{u"Model 5"_s, u"group 9"_s};
    QTest::newRow("group count") << editModel(38, [](QJsonObject& m) { m[u"group"_s] = 4; })
                                 << QStringList{u"Group 4"_s, u"3"_s, u"4"_s};
    QTest::newRow("percent over 100") << editModel(19, [](QJsonObject& m) {
        QJsonArray k = m[u"kpis"_s].toArray();
        QJsonObject first = k.at(0).toObject();
        first[u"target"_s] = 140;
        k[0] = first;
        m[u"kpis"_s] = k;
    }) << QStringList{u"Model 19"_s, u"\"target\""_s};
    QTest::newRow("no plan title") << Edit([](QJsonObject& root) { root.remove(u"planTitle"_s); })
                                   << QStringList{u"\"planTitle\""_s};
}

void TestModelCatalog::malformed()
{
    using Edit = CatalogEdit;
    QFETCH(Edit, edit);
    QFETCH(QStringList, mentions);
    auto result = loadEdited(edit);
    QVERIFY(!result.ok());
    QCOMPARE(result.code(), ErrorCode::InvalidArgument);
    for (const QString& m : std::as_const(mentions))
        QVERIFY2(result.message().contains(m), qPrintable(result.message()));
}

void TestModelCatalog::newerVersionRefused()
{
    auto result = loadEdited([](QJsonObject& root) { root[u"catalogVersion"_s] = 2; });
    QVERIFY(!result.ok());
    QCOMPARE(result.code(), ErrorCode::NewerFormat);

    const QString path = m_dir.filePath(u"broken.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"catalogVersion\": 1, \"groups\": [");
    file.close();
    auto broken = ModelCatalog::load(path);
    QVERIFY(!broken.ok());
    QVERIFY2(broken.message().contains(u"byte"_s), qPrintable(broken.message()));
}

void TestModelCatalog::missingFileRefused()
{
    auto result = ModelCatalog::load(m_dir.filePath(u"absent.json"_s));
    QVERIFY(!result.ok());
    QCOMPARE(result.code(), ErrorCode::Io);
    QVERIFY(result.message().contains(u"absent.json"_s));
}

QTEST_GUILESS_MAIN(TestModelCatalog)
#include "tst_model_catalog.moc"
