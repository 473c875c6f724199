#pragma once
// Narrows the models tree by text (diacritic-insensitive: "chu ky so" finds "chữ ký số"; a number
// finds that model), by derived status and by group. A group row stays while one of its models
// matches; with no filter every group shows, even an empty one.

#include <QSortFilterProxyModel>

namespace xaso::desktop {

class ModelFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ModelFilterProxy(QObject* parent = nullptr);

    void setText(const QString& text);
    void setStatusKey(const QString& key); // plan::modelStatusKey(); empty = every status
    void setGroup(int group);              // 1..5; 0 = every group
    QString text() const { return m_folded; }
    QString statusKey() const { return m_status; }
    int group() const { return m_group; }
    bool isFiltering() const { return !m_folded.isEmpty() || !m_status.isEmpty() || m_group != 0; }
    // Models (not groups) that pass the filters.
    int visibleModelCount() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool acceptsModel(const QModelIndex& sourceIndex) const;

    QString m_folded;
    QString m_status;
    int m_group = 0;
};

} // namespace xaso::desktop
