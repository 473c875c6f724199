#include "residents/household_list_model.h"

namespace xaso::desktop {

HouseholdListModel::HouseholdListModel(storage::Vault& vault, const RoleCatalog& roles, QObject* parent)
    : QAbstractTableModel(parent), m_list(vault, roles)
{
}

void HouseholdListModel::setHamlet(const QString& hamletCode)
{
    m_hamlet = hamletCode;
    reload();
}

void HouseholdListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_after.clear();
    m_atEnd = false;
    m_error.clear();
    endResetModel();
    fetchMore({});
}

const domain::HouseholdListEntry* HouseholdListModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QString HouseholdListModel::povertyLabel(domain::PovertyStatus status)
{
    switch (status) {
    case domain::PovertyStatus::Poor:
        return tr("Poor");
    case domain::PovertyStatus::NearPoor:
        return tr("Near-poor");
    case domain::PovertyStatus::Average:
        return tr("Average living standard");
    default:
        return tr("Not poor");
    }
}

int HouseholdListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HouseholdListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HouseholdListModel::data(const QModelIndex& index, int role) const
{
    const domain::HouseholdListEntry* e = entryAt(index.row());
    if (!e)
        return {};
    if (role == Qt::UserRole)
        return e->household.id;
    if (role == Qt::TextAlignmentRole && index.column() == MembersColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case HeadColumn:
        return e->headName.isEmpty() ? tr("(no head recorded)") : e->headName;
    case HamletColumn:
        return e->household.hamletCode;
    case AddressColumn:
        return e->household.address;
    case MembersColumn:
        return e->memberCount;
    case PovertyColumn:
        return povertyLabel(e->household.povertyStatus);
    default:
        return {};
    }
}

QVariant HouseholdListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HeadColumn:
        return tr("Head of household");
    case HamletColumn:
        return tr("Hamlet");
    case AddressColumn:
        return tr("Address");
    case MembersColumn:
        return tr("Members");
    case PovertyColumn:
        return tr("Poverty status");
    default:
        return {};
    }
}

bool HouseholdListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && m_error.isEmpty();
}

void HouseholdListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = m_list.page(m_hamlet, m_after, kPageSize);
    if (!page) {
        m_error = page.message();
        emit failed(m_error);
        return;
    }
    m_after = page->nextAfterId;
    m_atEnd = m_after.isEmpty();
    if (page->rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page->rows.size()) - 1);
    m_rows.append(page->rows);
    endInsertRows();
}

} // namespace xaso::desktop
