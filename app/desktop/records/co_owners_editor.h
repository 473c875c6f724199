#pragma once
// The people on a land certificate, edited in place on the land form: one row per land user or
// house owner with full name, personal ID, share (%) and role, rows added and removed with
// buttons (or Insert / Delete in the table). The value travels as a list of maps with the
// co-owner columns, so the generic record form hands it to the kind like any other field.

#include <QVariantList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace xaso::desktop {

class CoOwnersEditor : public QWidget
{
    Q_OBJECT
public:
    enum Column { NameColumn, IdColumn, ShareColumn, RoleColumn, ColumnCount };

    explicit CoOwnersEditor(QWidget* parent = nullptr);

    // Each entry: "id" (empty for a new co-owner), "full_name", "resident_id", "share_percent"
    // (a double, or the text as typed when it is not a number), "role" ("user" or "owner").
    QVariantList value() const;
    void setValue(const QVariantList& owners);
    // Row numbers (1-based) whose share is not a number, with the text found.
    QList<std::pair<int, QString>> unreadableShares() const;
    // The sum of the shares that parse.
    double shareSum() const;

    QTableWidget* table() const { return m_table; }
    int rowCount() const;
    // Appends an empty row (share: what is left of 100 %) and puts the cursor in its name cell.
    void addRow();
    void removeCurrentRow();
    // Fills one row (tests, tour).
    void setRow(int row, const QString& name, const QString& personalId, const QString& share,
                const QString& role = QStringLiteral("user"));
    void setReadOnly(bool readOnly);

signals:
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void insertRow(const QVariantMap& owner);
    void updateSum();
    void retranslate();

    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_sum;
    bool m_readOnly = false;
};

} // namespace xaso::desktop
