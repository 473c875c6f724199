#include "records/record_list_model.h"

#include "common/record_labels.h"

#include <cstdlib>

namespace xaso::desktop {

RecordListModel::RecordListModel(RecordScreenKind& kind, QObject* parent)
    : QAbstractTableModel(parent), m_kind(kind), m_columns(kind.listedFields())
{
}

void RecordListModel::setQuery(const domain::ListQuery& query)
{
    m_query = query;
    reload();
}

void RecordListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_afterKey.clear();
    m_afterId.clear();
    m_atEnd = false;
    m_pages = 0;
    m_error.clear();
    endResetModel();
    fetchMore({});
    emit reloaded();
}

const RecordRow* RecordListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int RecordListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) + 1; // + the làm sạch state
}

QVariant RecordListModel::data(const QModelIndex& index, int role) const
{
    const RecordRow* r = rowAt(index.row());
    if (!r)
        return {};
    const bool stateColumn = index.column() == m_columns.size();
    if (role == Qt::UserRole)
        return r->meta.id;
    if (role == Qt::ForegroundRole && stateColumn)
        return verificationColour(int(r->meta.verification));
    if (role == Qt::TextAlignmentRole && !stateColumn) {
        const FieldDef::Type t = m_columns.at(index.column()).type;
        if (t == FieldDef::Type::Integer || t == FieldDef::Type::Decimal)
            return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    if (stateColumn)
        return verificationLabel(int(r->meta.verification));
    const FieldDef& f = m_columns.at(index.column());
    return m_kind.display(f, r->fields.value(f.column));
}

QString RecordListModel::wrapHeader(const QString& label)
{
    if (label.size() <= kHeaderLineChars)
        return label;
    // Break at the space nearest the middle, so both lines are about as wide.
    const qsizetype middle = label.size() / 2;
    qsizetype best = -1;
    for (qsizetype i = 0; i < label.size(); ++i) {
        if (label.at(i) == u' ' && (best < 0 || std::abs(i - middle) < std::abs(best - middle)))
            best = i;
    }
    if (best <= 0)
        return label;
    return label.left(best) + u'\n' + label.mid(best + 1);
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    QString label;
    if (section == m_columns.size())
        label = tr("Verification");
    else if (section >= 0 && section < m_columns.size())
        label = m_columns.at(section).label();
    else
        return {};
    // A long label ("Category (Decree 20/2021, Art. 5)") takes two lines; the tooltip has it whole.
    return role == Qt::ToolTipRole ? label : wrapHeader(label);
}

bool RecordListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && m_error.isEmpty();
}

void RecordListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    domain::ListQuery q = m_query;
    q.afterSortKey = m_afterKey;
    q.afterId = m_afterId;
    q.limit = kPageSize;
    auto page = m_kind.list(q);
    if (!page) {
        m_error = page.message();
        emit failed(m_error);
        return;
    }
    ++m_pages;
    m_atEnd = !page->hasMore;
    m_afterKey = page->nextSortKey;
    m_afterId = page->nextId;
    if (page->items.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page->items.size()) - 1);
    m_rows.append(page->items);
    endInsertRows();
}

} // namespace xaso::desktop
