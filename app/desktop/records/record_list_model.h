#pragma once
// The list of one record kind as a table model over its keyset pages: a page is read when the
// view scrolls near the end (canFetchMore/fetchMore), never the whole table. The search text and
// the filters go into the ListQuery, so the repository does the narrowing on its indexes.

#include "records/record_kind.h"

#include <QAbstractTableModel>

namespace xaso::desktop {

class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;
    static constexpr int kHeaderLineChars = 22; // a longer header label is broken over two lines

    // The label as a header shows it: on two lines, broken at the space nearest the middle, when
    // longer than kHeaderLineChars.
    static QString wrapHeader(const QString& label);

    RecordListModel(RecordScreenKind& kind, QObject* parent = nullptr);

    // Hamlet, state, category and search as ListQuery takes them; the list is read again.
    void setQuery(const domain::ListQuery& query);
    const domain::ListQuery& query() const { return m_query; }
    void reload();

    const RecordRow* rowAt(int row) const;
    int pagesLoaded() const { return m_pages; }
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void failed(const QString& message);
    void reloaded(); // after the first page of a new query was read

private:
    RecordScreenKind& m_kind;
    QList<FieldDef> m_columns;
    domain::ListQuery m_query;
    QList<RecordRow> m_rows;
    QString m_afterKey;
    QString m_afterId;
    bool m_atEnd = false;
    int m_pages = 0;
    QString m_error;
};

} // namespace xaso::desktop
