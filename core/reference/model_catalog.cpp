#include "reference/model_catalog.h"

#include "reference/roles.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace xaso {

namespace {

constexpr int kSupportedVersion = 1;

// Reads typed fields of one JSON object and keeps the first problem, phrased with the place
// ("Model 12", "Group 3") and field name, so the loader can read a whole record and then check once.
class FieldReader
{
public:
    FieldReader(const QJsonObject& object, QString where) : m_object(object), m_where(std::move(where)) {}

    QString text(QLatin1StringView key, bool mayBeEmpty = false)
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isString() || (!mayBeEmpty && v.toString().trimmed().isEmpty())) {
            fail(key, mayBeEmpty ? QCoreApplication::translate("ModelCatalog", "must be text")
                                 : QCoreApplication::translate("ModelCatalog", "must be non-empty text"));
            return {};
        }
        return v.toString();
    }

    int integer(QLatin1StringView key)
    {
        const QJsonValue v = m_object.value(key);
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 1 || d != std::floor(d) || d > 1e6) {
            fail(key, QCoreApplication::translate("ModelCatalog", "must be a whole number from 1"));
            return 0;
        }
        return static_cast<int>(d);
    }

    bool boolean(QLatin1StringView key, bool fallback)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool())
            fail(key, QCoreApplication::translate("ModelCatalog", "must be true or false"));
        return v.toBool(fallback);
    }

    // A list of non-empty strings; an absent optional list is empty.
    QStringList texts(QLatin1StringView key, bool required = true)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() && !required)
            return {};
        QStringList out;
        if (v.isArray()) {
            for (const QJsonValue& item : v.toArray()) {
                if (!item.isString() || item.toString().trimmed().isEmpty())
                    break;
                out.append(item.toString());
            }
            if (out.size() == v.toArray().size())
                return out;
        }
        fail(key, QCoreApplication::translate("ModelCatalog", "must be a list of non-empty texts"));
        return {};
    }

    QJsonObject object(QLatin1StringView key)
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isObject())
            fail(key, QCoreApplication::translate("ModelCatalog", "must be an object"));
        return v.toObject();
    }

    void fail(QLatin1StringView key, const QString& problem)
    {
        if (!m_error)
            m_error = makeError(ErrorCode::InvalidArgument,
                                QCoreApplication::translate("ModelCatalog", "%1: field \"%2\" %3.")
                                    .arg(m_where, QString(key), problem));
    }

    // Takes over the first problem of a nested object's reader.
    void adopt(const std::optional<Error>& nested)
    {
        if (!m_error && nested)
            m_error = nested;
    }

    const std::optional<Error>& error() const { return m_error; }

private:
    QJsonObject m_object;
    QString m_where;
    std::optional<Error> m_error;
};

QString modelPlace(int number)
{
    return QCoreApplication::translate("ModelCatalog", "Model %1").arg(number);
}

std::optional<ModelDeadline::Kind> parseDeadlineKind(const QString& s)
{
    if (s == "date"_L1)
        return ModelDeadline::Date;
    if (s == "afterGuidance"_L1)
        return ModelDeadline::AfterGuidance;
    if (s == "recurring"_L1)
        return ModelDeadline::Recurring;
    if (s == "roadmap"_L1)
        return ModelDeadline::Roadmap;
    return std::nullopt;
}

ModelDeadline readDeadline(FieldReader& modelFields, int number)
{
    FieldReader f(modelFields.object("deadline"_L1),
                  QCoreApplication::translate("ModelCatalog", "Model %1 deadline").arg(number));
    ModelDeadline deadline;
    const auto kind = parseDeadlineKind(f.text("kind"_L1));
    if (!kind)
        f.fail("kind"_L1,
               QCoreApplication::translate(
                   "ModelCatalog", "must be \"date\", \"afterGuidance\", \"recurring\" or \"roadmap\""));
    deadline.kind = kind.value_or(ModelDeadline::AfterGuidance);
    deadline.text = f.text("text"_L1);
    if (deadline.kind == ModelDeadline::Date) {
        deadline.date = QDate::fromString(f.text("date"_L1), Qt::ISODate);
        if (!deadline.date.isValid())
            f.fail("date"_L1, QCoreApplication::translate("ModelCatalog", "must be a date as YYYY-MM-DD"));
    }
    modelFields.adopt(f.error());
    return deadline;
}

Result<KpiDefinition> readKpi(const QJsonValue& value, int number, qsizetype index)
{
    static const QRegularExpression idPattern(u"^[a-z][a-z0-9_]*$"_s);
    FieldReader f(value.toObject(),
                  QCoreApplication::translate("ModelCatalog", "Model %1 KPI %2").arg(number).arg(index + 1));
    KpiDefinition kpi;
    kpi.id = f.text("id"_L1);
    if (!f.error() && !idPattern.match(kpi.id).hasMatch())
        f.fail("id"_L1,
               QCoreApplication::translate("ModelCatalog", "must be lower-case letters, digits and _"));
    kpi.label = f.text("label"_L1);
    const QString source = f.text("source"_L1);
    if (source == "computed"_L1)
        kpi.source = KpiDefinition::Source::Computed;
    else if (source != "entered"_L1)
        f.fail("source"_L1,
               QCoreApplication::translate("ModelCatalog", "must be \"entered\" or \"computed\""));
    const QString unit = f.text("unit"_L1);
    if (unit == "percent"_L1)
        kpi.unit = KpiDefinition::Unit::Percent;
    else if (unit != "count"_L1)
        f.fail("unit"_L1, QCoreApplication::translate("ModelCatalog", "must be \"count\" or \"percent\""));
    const QJsonValue target = value.toObject().value("target"_L1);
    if (target.isDouble()) {
        const double t = target.toDouble();
        const double max = kpi.unit == KpiDefinition::Unit::Percent ? 100.0 : 1e12;
        if (t < 0 || t > max)
            f.fail("target"_L1, QCoreApplication::translate("ModelCatalog", "is out of range"));
        kpi.target = t;
    } else if (!target.isNull() && !target.isUndefined()) {
        f.fail("target"_L1, QCoreApplication::translate("ModelCatalog", "must be a number or null"));
    }
    if (!value.isObject())
        f.fail("kpis"_L1, QCoreApplication::translate("ModelCatalog", "must hold objects"));
    if (f.error())
        return *f.error();
    return kpi;
}

Result<PlanModel> readModel(const QJsonValue& value, qsizetype index)
{
    const QJsonObject o = value.toObject();
    // Name the model by its number when it has one, else by its place in the list.
    const int guessedNumber = o.value("number"_L1).toInt(static_cast<int>(index + 1));
    FieldReader f(o, modelPlace(guessedNumber));
    if (!value.isObject())
        f.fail("models"_L1, QCoreApplication::translate("ModelCatalog", "must hold objects"));

    PlanModel m;
    m.number = f.integer("number"_L1);
    m.group = f.integer("group"_L1);
    m.title = f.text("title"_L1);
    m.objective = f.text("objective"_L1);
    m.leadRoles = f.texts("leadRoles"_L1);
    if (!f.error() && m.leadRoles.isEmpty())
        f.fail("leadRoles"_L1, QCoreApplication::translate("ModelCatalog", "must name at least one role"));
    m.leadText = f.text("leadText"_L1, /*mayBeEmpty=*/true);
    m.leadInferred = f.boolean("leadInferred"_L1, false);
    m.cooperating = f.texts("cooperating"_L1);
    m.supporting = f.texts("supporting"_L1);
    m.deadline = readDeadline(f, guessedNumber);
    m.tools = f.text("tools"_L1, /*mayBeEmpty=*/true);
    m.tasks = f.texts("tasks"_L1, /*required=*/false);
    if (o.contains("notes"_L1))
        m.notes = f.text("notes"_L1, /*mayBeEmpty=*/true);
    if (f.error())
        return *f.error();

    const QJsonValue kpis = o.value("kpis"_L1);
    if (!kpis.isArray())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("ModelCatalog", "%1: field \"kpis\" must be a list.")
                             .arg(modelPlace(m.number)));
    const QJsonArray list = kpis.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto kpi = readKpi(list.at(i), m.number, i);
        if (!kpi)
            return kpi.error();
        m.kpis.append(std::move(*kpi));
    }
    return m;
}

Result<QList<PlanGroup>> readGroups(const QJsonObject& root)
{
    const QJsonArray list = root.value("groups"_L1).toArray();
    if (list.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("ModelCatalog", "The model catalog lists no groups."));
    QList<PlanGroup> groups;
    for (qsizetype i = 0; i < list.size(); ++i) {
        FieldReader f(list.at(i).toObject(),
                      QCoreApplication::translate("ModelCatalog", "Group %1").arg(i + 1));
        PlanGroup g;
        g.number = f.integer("number"_L1);
        g.title = f.text("title"_L1);
        g.modelCount = f.integer("modelCount"_L1);
        if (!f.error() && g.number != i + 1)
            f.fail("number"_L1,
                   QCoreApplication::translate("ModelCatalog", "must be %1 (groups run 1, 2, … in order)")
                       .arg(i + 1));
        if (f.error())
            return *f.error();
        groups.append(g);
    }
    return groups;
}

} // namespace

const KpiDefinition* PlanModel::kpi(const QString& id) const
{
    for (const KpiDefinition& k : kpis) {
        if (k.id == id)
            return &k;
    }
    return nullptr;
}

Result<ModelCatalog> ModelCatalog::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("ModelCatalog", "Cannot open the model catalog %1: %2")
                             .arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("ModelCatalog",
                                                     "The model catalog %1 is not valid JSON at byte %2: %3")
                             .arg(path)
                             .arg(parseError.offset)
                             .arg(parseError.errorString()));
    const QJsonObject root = doc.object();

    ModelCatalog catalog;
    FieldReader top(root, QCoreApplication::translate("ModelCatalog", "The model catalog"));
    catalog.m_version = top.integer("catalogVersion"_L1);
    if (top.error())
        return *top.error();
    if (catalog.m_version > kSupportedVersion)
        return makeError(
            ErrorCode::NewerFormat,
            QCoreApplication::translate(
                "ModelCatalog", "The model catalog is version %1; this version of Xã Số reads version %2.")
                .arg(catalog.m_version)
                .arg(kSupportedVersion));
    catalog.m_planTitle = top.text("planTitle"_L1);
    catalog.m_planIssuer = top.text("planIssuer"_L1);
    catalog.m_planBasis = top.text("planBasis"_L1, /*mayBeEmpty=*/true);
    if (root.contains("planPeriod"_L1)) {
        FieldReader period(top.object("planPeriod"_L1),
                           QCoreApplication::translate("ModelCatalog", "The plan period"));
        catalog.m_planPeriod.from = QDate::fromString(period.text("from"_L1), Qt::ISODate);
        catalog.m_planPeriod.to = QDate::fromString(period.text("to"_L1), Qt::ISODate);
        catalog.m_planPeriod.text = period.text("text"_L1);
        if (!catalog.m_planPeriod.from.isValid() || !catalog.m_planPeriod.to.isValid())
            period.fail("from"_L1, QCoreApplication::translate("ModelCatalog",
                                                               "and \"to\" must be dates as YYYY-MM-DD"));
        top.adopt(period.error());
    }
    if (top.error())
        return *top.error();

    auto groups = readGroups(root);
    if (!groups)
        return groups.error();
    catalog.m_groups = *groups;

    const QJsonArray models = root.value("models"_L1).toArray();
    QSet<QString> kpiIds;
    QHash<int, int> countByGroup;
    for (qsizetype i = 0; i < models.size(); ++i) {
        auto model = readModel(models.at(i), i);
        if (!model)
            return model.error();
        // Numbers run 1..N in file order so a model's number is also its place.
        if (model->number != i + 1)
            return makeError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate(
                    "ModelCatalog", "%1: expected model number %2 here; models run 1, 2, … without gaps.")
                    .arg(modelPlace(model->number))
                    .arg(i + 1));
        if (model->group < 1 || model->group > catalog.m_groups.size())
            return makeError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate(
                    "ModelCatalog", "%1: field \"group\" names group %2, which is not in the catalog.")
                    .arg(modelPlace(model->number))
                    .arg(model->group));
        for (const KpiDefinition& k : model->kpis) {
            if (kpiIds.contains(k.id))
                return makeError(ErrorCode::InvalidArgument,
                                 QCoreApplication::translate(
                                     "ModelCatalog", "%1: KPI id \"%2\" is used twice in the catalog.")
                                     .arg(modelPlace(model->number), k.id));
            kpiIds.insert(k.id);
        }
        ++countByGroup[model->group];
        catalog.m_models.append(std::move(*model));
    }
    if (catalog.m_models.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("ModelCatalog", "The model catalog lists no models."));
    for (const PlanGroup& g : std::as_const(catalog.m_groups)) {
        if (countByGroup.value(g.number) != g.modelCount)
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate(
                                 "ModelCatalog", "Group %1 declares %2 models but the catalog has %3.")
                                 .arg(g.number)
                                 .arg(g.modelCount)
                                 .arg(countByGroup.value(g.number)));
    }
    return catalog;
}

const PlanModel* ModelCatalog::model(int number) const
{
    if (number < 1 || number > m_models.size())
        return nullptr;
    return &m_models.at(number - 1);
}

QList<const PlanModel*> ModelCatalog::modelsInGroup(int group) const
{
    QList<const PlanModel*> out;
    for (const PlanModel& m : m_models) {
        if (m.group == group)
            out.append(&m);
    }
    return out;
}

QList<const PlanModel*> ModelCatalog::modelsLedBy(const QStringList& roleIds) const
{
    QList<const PlanModel*> out;
    for (const PlanModel& m : m_models) {
        const bool led = std::any_of(roleIds.cbegin(), roleIds.cend(),
                                     [&](const QString& id) { return m.leadRoles.contains(id); });
        if (led)
            out.append(&m);
    }
    return out;
}

Status ModelCatalog::checkLeadRoles(const RoleCatalog& roles) const
{
    for (const PlanModel& m : m_models) {
        for (const QString& id : m.leadRoles) {
            if (!roles.role(id))
                return makeError(ErrorCode::InvalidArgument,
                                 QCoreApplication::translate("ModelCatalog",
                                                             "%1: lead role \"%2\" is not in the role table.")
                                     .arg(modelPlace(m.number), id));
        }
    }
    return {};
}

} // namespace xaso
