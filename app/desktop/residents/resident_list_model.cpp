#include "residents/resident_list_model.h"

#include "common/formatting.h"
#include "common/record_labels.h"

using namespace Qt::StringLiterals;

namespace xaso::desktop {

ResidentListModel::ResidentListModel(storage::Vault& vault, const RoleCatalog& roles, QObject* parent)
    : QAbstractTableModel(parent), m_repository(vault, roles), m_searcher(vault, roles)
{
}

void ResidentListModel::setFilter(const domain::ResidentFilter& filter)
{
    m_filter = filter;
    reload();
}

void ResidentListModel::setSearchText(const QString& text)
{
    if (text == m_search)
        return;
    m_search = text;
    reload();
}

void ResidentListModel::setQuery(const QString& text, const domain::ResidentFilter& filter)
{
    m_search = text;
    m_filter = filter;
    reload();
}

void ResidentListModel::fail(const QString& message)
{
    m_error = message;
    emit failed(message);
}

bool ResidentListModel::matchesFilter(const domain::Resident& r) const
{
    if (!m_filter.hamletCode.isEmpty() && r.hamletCode != m_filter.hamletCode)
        return false;
    if (m_filter.verification && r.verification != *m_filter.verification)
        return false;
    return m_filter.householdId.isEmpty() || r.householdId == m_filter.householdId;
}

void ResidentListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_next.reset();
    m_atEnd = false;
    m_moreMatches = false;
    m_pagesLoaded = 0;
    m_error.clear();
    if (searching()) {
        m_atEnd = true;
        auto found = m_searcher.search(m_search.trimmed(), kSearchLimit);
        if (!found) {
            endResetModel();
            fail(found.message());
            emit reloaded();
            return;
        }
        m_moreMatches = found->more;
        for (domain::Resident& r : found->hits) {
            if (matchesFilter(r))
                m_rows.append(std::move(r));
        }
        endResetModel();
    } else {
        endResetModel();
        fetchMore({});
    }
    emit reloaded();
}

const domain::Resident* ResidentListModel::residentAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ResidentListModel::rowOf(const QString& residentId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == residentId)
            return i;
    }
    return -1;
}

int ResidentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResidentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResidentListModel::data(const QModelIndex& index, int role) const
{
    const domain::Resident* r = residentAt(index.row());
    if (!r)
        return {};
    if (role == Qt::UserRole)
        return r->id;
    if (role == Qt::ForegroundRole && index.column() == StateColumn)
        return verificationColour(int(r->verification));
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return r->fullName;
    case IdColumn:
        return r->id;
    case BirthColumn:
        return r->birthDate.isValid() ? formatDate(r->birthDate)
                                      : (r->birthYear > 0 ? QString::number(r->birthYear) : QString());
    case SexColumn:
        return r->sex ? sexLabel(*r->sex == Sex::Male) : QString();
    case HamletColumn:
        return r->hamletCode;
    case StateColumn:
        return verificationLabel(int(r->verification));
    default:
        return {};
    }
}

QVariant ResidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Full name");
    case IdColumn:
        return tr("Personal ID");
    case BirthColumn:
        return tr("Date of birth");
    case SexColumn:
        return tr("Sex");
    case HamletColumn:
        return tr("Hamlet");
    case StateColumn:
        return tr("Verification");
    default:
        return {};
    }
}

bool ResidentListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !searching() && !m_atEnd && m_error.isEmpty();
}

void ResidentListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = m_repository.listPage(m_filter, m_next, kPageSize);
    if (!page) {
        fail(page.message());
        return;
    }
    m_next = page->next;
    m_atEnd = !m_next.has_value();
    ++m_pagesLoaded;
    if (page->rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page->rows.size()) - 1);
    m_rows.append(page->rows);
    endInsertRows();
}

} // namespace xaso::desktop
