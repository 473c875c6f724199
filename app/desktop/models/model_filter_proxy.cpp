#include "models/model_filter_proxy.h"

#include "models/model_tree_model.h"
#include "text/folding.h"

namespace xaso::desktop {

ModelFilterProxy::ModelFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    // A group row that fails shows anyway when one of its models passes.
    setRecursiveFilteringEnabled(true);
}

void ModelFilterProxy::setText(const QString& text)
{
    const QString folded = text::foldForSearch(text);
    if (folded == m_folded)
        return;
    m_folded = folded;
    invalidateFilter();
}

void ModelFilterProxy::setStatusKey(const QString& key)
{
    if (key == m_status)
        return;
    m_status = key;
    invalidateFilter();
}

void ModelFilterProxy::setGroup(int group)
{
    if (group == m_group)
        return;
    m_group = group;
    invalidateFilter();
}

bool ModelFilterProxy::acceptsModel(const QModelIndex& source) const
{
    if (m_group != 0 && source.data(ModelTreeModel::GroupNumberRole).toInt() != m_group)
        return false;
    if (!m_status.isEmpty() && source.data(ModelTreeModel::StatusKeyRole).toString() != m_status)
        return false;
    if (m_folded.isEmpty())
        return true;
    bool isNumber = false;
    const int number = m_folded.toInt(&isNumber);
    if (isNumber)
        return source.data(ModelTreeModel::ModelNumberRole).toInt() == number;
    return source.data(ModelTreeModel::SearchTextRole).toString().contains(m_folded);
}

bool ModelFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex source = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!sourceParent.isValid()) {
        // A group row on its own: only when no text or status narrows the models.
        const bool groupMatches =
            m_group == 0 || source.data(ModelTreeModel::GroupNumberRole).toInt() == m_group;
        return groupMatches && m_folded.isEmpty() && m_status.isEmpty();
    }
    return acceptsModel(source);
}

int ModelFilterProxy::visibleModelCount() const
{
    int n = 0;
    for (int g = 0; g < rowCount(); ++g)
        n += rowCount(index(g, 0));
    return n;
}

} // namespace xaso::desktop
