#pragma once
// The resident form: one field per line, and under each field its own message — red for what
// blocks the save (a malformed personal ID names the position at fault), amber for a warning the
// officer should look at (the ID says another birth year or sex). Fields are checked as they are
// left and all at once on Save; nothing is written until every error is gone.

#include "residents/resident_editor.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace xaso::desktop {

class ResidentFormDialog : public QDialog
{
    Q_OBJECT
public:
    // `original` null: a new resident. `hamlets`: the known hamlet codes for the hamlet box.
    ResidentFormDialog(ResidentEditor& editor, const domain::Resident* original, const QStringList& hamlets,
                       QWidget* parent = nullptr);

    // Checks every field and shows the messages; true when there is no error.
    bool validateAll();
    QString errorText(const QString& fieldId) const; // the text under a field ("" when none)
    QString warningText(const QString& fieldId) const;
    QString savedId() const { return m_savedId; }
    QLineEdit* lineEdit(const QString& fieldId) const { return m_edits.value(fieldId); }

public slots:
    void accept() override; // saves; stays open while anything is wrong

private:
    struct FieldWidgets
    {
        QWidget* editor = nullptr;
        QLabel* error = nullptr;
        QLabel* warning = nullptr;
    };
    QLineEdit* addLine(const QString& fieldId, const QString& placeholder = {});
    void addRow(const QString& fieldId, QWidget* editor);
    domain::ResidentInput input() const;
    void showCheck(const ResidentCheck& check, bool all);

    ResidentEditor& m_editor;
    std::optional<domain::Resident> m_original;
    QHash<QString, QLineEdit*> m_edits;
    QHash<QString, FieldWidgets> m_fields;
    QStringList m_order;
    QSet<QString> m_touched;
    QComboBox* m_sex = nullptr;
    QComboBox* m_hamlet = nullptr;
    QLabel* m_saveError = nullptr;
    QString m_savedId;
    QFormLayout* m_form = nullptr;
};

} // namespace xaso::desktop
