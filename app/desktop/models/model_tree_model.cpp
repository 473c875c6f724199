#include "models/model_tree_model.h"

#include "common/formatting.h"
#include "models/model_status_style.h"
#include "text/folding.h"

#include <QBrush>
#include <QFont>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

namespace {

// internalId of a model row: its group number; of a group row: 0.
constexpr quintptr kGroupRowId = 0;

} // namespace

ModelTreeModel::ModelTreeModel(const ModelCatalog& catalog, const RoleCatalog& roles, QObject* parent)
    : QAbstractItemModel(parent), m_catalog(catalog), m_roles(roles)
{
    for (const PlanGroup& g : catalog.groups()) {
        GroupRow row{g, {}};
        for (const PlanModel* m : catalog.modelsInGroup(g.number))
            row.models.append(m->number);
        m_groups.append(row);
    }
    // Until the first overview arrives every model shows as not started.
    QList<plan::ModelOverview> empty;
    for (const PlanModel& m : catalog.models()) {
        plan::ModelOverview o;
        o.model = &m;
        empty.append(o);
    }
    setOverview(std::move(empty), {});
}

void ModelTreeModel::setOverview(QList<plan::ModelOverview> overview, QDate today)
{
    m_overview = std::move(overview);
    m_today = today;
    m_rowOfModel.clear();
    for (int i = 0; i < m_overview.size(); ++i)
        m_rowOfModel.insert(m_overview.at(i).model->number, i);
    if (m_groups.isEmpty())
        return;
    emit dataChanged(index(0, 0), index(int(m_groups.size()) - 1, ColumnCount - 1));
    for (int g = 0; g < m_groups.size(); ++g) {
        const int n = int(m_groups.at(g).models.size());
        if (n > 0)
            emit dataChanged(index(0, 0, index(g, 0)), index(n - 1, ColumnCount - 1, index(g, 0)));
    }
}

const plan::ModelOverview* ModelTreeModel::overviewOf(int modelNumber) const
{
    const auto it = m_rowOfModel.constFind(modelNumber);
    return it == m_rowOfModel.cend() ? nullptr : &m_overview.at(*it);
}

int ModelTreeModel::modelCount() const
{
    int n = 0;
    for (const GroupRow& g : m_groups)
        n += int(g.models.size());
    return n;
}

QModelIndex ModelTreeModel::groupIndex(int group) const
{
    for (int i = 0; i < m_groups.size(); ++i) {
        if (m_groups.at(i).group.number == group)
            return index(i, 0);
    }
    return {};
}

QModelIndex ModelTreeModel::modelIndex(int modelNumber, int column) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const int row = int(m_groups.at(g).models.indexOf(modelNumber));
        if (row >= 0)
            return createIndex(row, column, quintptr(g + 1));
    }
    return {};
}

QModelIndex ModelTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, kGroupRowId) : QModelIndex();
    if (parent.internalId() != kGroupRowId || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups.at(parent.row()).models.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ModelTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kGroupRowId)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, kGroupRowId);
}

int ModelTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == kGroupRowId && parent.column() == 0 && parent.row() < m_groups.size())
        return int(m_groups.at(parent.row()).models.size());
    return 0;
}

int ModelTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ModelTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kGroupRowId)
        return groupData(m_groups.at(index.row()), index.column(), role);
    const GroupRow& group = m_groups.at(int(index.internalId()) - 1);
    const plan::ModelOverview* o = overviewOf(group.models.value(index.row()));
    return o ? modelData(*o, index.column(), role) : QVariant();
}

QVariant ModelTreeModel::groupData(const GroupRow& g, int column, int role) const
{
    switch (role) {
    case GroupNumberRole:
        return g.group.number;
    case ModelNumberRole:
        return 0;
    case Qt::FontRole: {
        QFont f;
        f.setBold(true);
        return f;
    }
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        if (column != NumberColumn)
            return {};
        int done = 0;
        int overdue = 0;
        for (int n : g.models) {
            const plan::ModelOverview* o = overviewOf(n);
            done += o && o->status == plan::ModelStatus::Done;
            overdue += o && o->status == plan::ModelStatus::Overdue;
        }
        QString counts = tr("%1/%2 done").arg(done).arg(g.models.size());
        if (overdue > 0)
            counts += u" · "_s + tr("%n overdue", nullptr, overdue);
        return tr("Group %1. %2 (%3)").arg(g.group.number).arg(g.group.title, counts);
    }
    default:
        return {};
    }
}

QString ModelTreeModel::deadlineCell(const PlanModel& model) const
{
    switch (model.deadline.kind) {
    case ModelDeadline::Date:
        return formatDate(model.deadline.date);
    case ModelDeadline::Recurring:
        return tr("Ongoing");
    case ModelDeadline::AfterGuidance:
        return tr("After guidance");
    case ModelDeadline::Roadmap:
        return tr("Per roadmap");
    }
    return {};
}

QIcon ModelTreeModel::statusIcon(plan::ModelStatus status) const
{
    auto it = m_icons.find(int(status));
    if (it == m_icons.end())
        it = m_icons.insert(int(status), modelStatusIcon(status));
    return *it;
}

QVariant ModelTreeModel::modelData(const plan::ModelOverview& o, int column, int role) const
{
    const PlanModel& m = *o.model;
    const bool overdue = o.status == plan::ModelStatus::Overdue;
    switch (role) {
    case ModelNumberRole:
        return m.number;
    case GroupNumberRole:
        return m.group;
    case StatusKeyRole:
        return plan::modelStatusKey(o.status);
    case OverdueRole:
        return overdue;
    case SearchTextRole:
        return text::foldForSearch(u"%1 %2 %3"_s.arg(m.number).arg(m.title, plan::leadLabel(o, m_roles)));
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case NumberColumn:
            return m.number;
        case TitleColumn:
            return m.title;
        case LeadColumn:
            return plan::leadLabel(o, m_roles);
        case DeadlineColumn:
            return deadlineCell(m);
        case StatusColumn:
            // The mark stays visible without colour (printouts, colour-blind officers).
            return overdue ? u"⚠ "_s + modelStatusLabel(o.status) : modelStatusLabel(o.status);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == TitleColumn)
            return m.title;
        if (column == DeadlineColumn)
            return plan::deadlineText(m.deadline);
        if (column == StatusColumn && overdue && m_today.isValid())
            return tr("Overdue: the deadline %1 passed %n day(s) ago.", nullptr,
                      int(m.deadline.date.daysTo(m_today)))
                .arg(formatDate(m.deadline.date));
        return {};
    case Qt::DecorationRole:
        return column == StatusColumn ? QVariant(statusIcon(o.status)) : QVariant();
    case Qt::ForegroundRole:
        if (column == StatusColumn || (overdue && column == DeadlineColumn))
            return QBrush(modelStatusColor(o.status));
        return {};
    case Qt::BackgroundRole:
        return overdue ? QVariant(QBrush(modelStatusTint(o.status))) : QVariant();
    case Qt::FontRole:
        if (overdue && (column == StatusColumn || column == DeadlineColumn)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == NumberColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

QVariant ModelTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case TitleColumn:
        return tr("Model");
    case LeadColumn:
        return tr("Lead");
    case DeadlineColumn:
        return tr("Deadline");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace xaso::desktop
