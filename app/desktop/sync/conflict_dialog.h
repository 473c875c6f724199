#pragma once
// One sync conflict side by side: the base value (before the competing edits), this device's value
// and the other device's, with Keep mine / Keep theirs / Keep the edited value. Each choice goes
// through sync::ConflictService::resolve, which writes it as a new signed change that the next
// sync sends; the dialog then closes with accept().

#include "client/conflict_service.h"

#include <QDialog>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace xaso::desktop {

class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictDialog(storage::Vault& vault, const sync::ConflictInfo& conflict, QWidget* parent = nullptr);

    qint64 conflictId() const { return m_conflict.id; }
    QString errorText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void resolve(sync::ConflictService::Keep keep);
    const sync::ConflictCandidate* candidate(bool mine) const;

    storage::Vault& m_vault;
    sync::ConflictInfo m_conflict;
    std::optional<QVariant> m_base;
    QString m_record;
    QLabel* m_summary;
    QLabel* m_columnTitles[3];
    QLabel* m_values[3];
    QLabel* m_origins[3];
    QLabel* m_editLabel;
    QLineEdit* m_edit;
    QLabel* m_error;
    QPushButton* m_keepMine;
    QPushButton* m_keepTheirs;
    QPushButton* m_keepEdited;
    QPushButton* m_close;
};

} // namespace xaso::desktop
