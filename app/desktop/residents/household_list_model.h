#pragma once
// Households as a table model over HouseholdList's keyset pages, read as the view scrolls.

#include "domain/residents/household_list.h"

#include <QAbstractTableModel>

namespace xaso::desktop {

class HouseholdListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { HeadColumn, HamletColumn, AddressColumn, MembersColumn, PovertyColumn, ColumnCount };
    static constexpr int kPageSize = 200;

    HouseholdListModel(storage::Vault& vault, const RoleCatalog& roles, QObject* parent = nullptr);

    void setHamlet(const QString& hamletCode);
    void reload();
    const domain::HouseholdListEntry* entryAt(int row) const;
    QString lastError() const { return m_error; }
    static QString povertyLabel(domain::PovertyStatus status);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void failed(const QString& message);

private:
    domain::HouseholdList m_list;
    QString m_hamlet;
    QList<domain::HouseholdListEntry> m_rows;
    QString m_after;
    bool m_atEnd = false;
    QString m_error;
};

} // namespace xaso::desktop
