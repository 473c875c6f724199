#pragma once
// The plan's 38 models under their 5 groups, for a QTreeView: a group row spanning the columns
// (title and how many of its models are done or overdue), then one row per model with number,
// title, lead (chủ trì), deadline and the status derived at today's date. The tree's shape comes
// from the catalog and never changes; setOverview() only refreshes the values, so the view keeps
// its expanded groups and its selection.

#include "domain/plan/plan_overview.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QHash>
#include <QIcon>

namespace xaso::desktop {

class ModelTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, TitleColumn, LeadColumn, DeadlineColumn, StatusColumn, ColumnCount };
    enum Role {
        ModelNumberRole = Qt::UserRole + 1, // int; 0 on a group row
        GroupNumberRole,                    // int 1..5 on both kinds of rows
        StatusKeyRole,                      // plan::modelStatusKey(); empty on a group row
        SearchTextRole,                     // folded number, title and lead, for the text filter
        OverdueRole,                        // bool
    };

    ModelTreeModel(const ModelCatalog& catalog, const RoleCatalog& roles, QObject* parent = nullptr);

    // `overview` in catalog order (plan::loadPlanOverview); `today` is the date it was derived at.
    void setOverview(QList<plan::ModelOverview> overview, QDate today);
    const plan::ModelOverview* overviewOf(int modelNumber) const;
    const QList<plan::ModelOverview>& overview() const { return m_overview; }
    QDate today() const { return m_today; }

    QModelIndex groupIndex(int group) const;
    QModelIndex modelIndex(int modelNumber, int column = 0) const;
    int groupCount() const { return int(m_groups.size()); }
    int modelCount() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct GroupRow
    {
        PlanGroup group;
        QList<int> models; // model numbers, catalog order
    };
    QVariant groupData(const GroupRow& group, int column, int role) const;
    QVariant modelData(const plan::ModelOverview& o, int column, int role) const;
    QString deadlineCell(const PlanModel& model) const;
    QIcon statusIcon(plan::ModelStatus status) const;

    const ModelCatalog& m_catalog;
    const RoleCatalog& m_roles;
    QList<GroupRow> m_groups;
    QList<plan::ModelOverview> m_overview;
    QHash<int, int> m_rowOfModel; // model number → index in m_overview
    QDate m_today;
    mutable QHash<int, QIcon> m_icons;
};

} // namespace xaso::desktop
