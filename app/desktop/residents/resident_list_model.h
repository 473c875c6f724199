#pragma once
// The resident list as a table model. Browsing reads keyset pages of ResidentRepository::listPage
// on demand (canFetchMore/fetchMore as the view scrolls), so a million residents cost only the
// rows seen. Typing in the search box switches to ResidentSearch (folded, diacritic-insensitive),
// whose matches are filtered by the same hamlet and state.

#include "domain/residents/resident_repository.h"
#include "domain/residents/resident_search.h"

#include <QAbstractTableModel>

namespace xaso::desktop {

class ResidentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, IdColumn, BirthColumn, SexColumn, HamletColumn, StateColumn, ColumnCount };
    static constexpr int kPageSize = 200;
    static constexpr int kSearchLimit = 500;

    ResidentListModel(storage::Vault& vault, const RoleCatalog& roles, QObject* parent = nullptr);

    void setFilter(const domain::ResidentFilter& filter);
    const domain::ResidentFilter& filter() const { return m_filter; }
    // Empty text: browse the whole list; otherwise the matches of the search.
    void setSearchText(const QString& text);
    QString searchText() const { return m_search; }
    // Both at once, with one reload.
    void setQuery(const QString& text, const domain::ResidentFilter& filter);
    // Reads the first page again (after a save, a delete or an import).
    void reload();

    bool searching() const { return !m_search.trimmed().isEmpty(); }
    bool moreMatches() const { return m_moreMatches; } // a search found more than it shows
    int pagesLoaded() const { return m_pagesLoaded; }
    QString lastError() const { return m_error; }
    const domain::Resident* residentAt(int row) const;
    int rowOf(const QString& residentId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void failed(const QString& message);
    void reloaded();

private:
    bool matchesFilter(const domain::Resident& r) const;
    void fail(const QString& message);

    domain::ResidentRepository m_repository;
    domain::ResidentSearch m_searcher;
    domain::ResidentFilter m_filter;
    QString m_search;
    QList<domain::Resident> m_rows;
    std::optional<domain::ResidentPageKey> m_next;
    bool m_atEnd = true;
    bool m_moreMatches = false;
    int m_pagesLoaded = 0;
    QString m_error;
};

} // namespace xaso::desktop
