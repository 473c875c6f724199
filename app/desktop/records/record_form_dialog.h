#pragma once
// The form of one record of any kind, built from the kind's field list: each field with its own
// message line under it (red: blocks saving; amber: a warning such as an ID that says another
// birth year). Checked when a field is left and on Save; nothing is written while an error stands.

#include "records/record_kind.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QFormLayout;
class QLabel;

namespace xaso::desktop {

class RecordFormDialog : public QDialog
{
    Q_OBJECT
public:
    RecordFormDialog(RecordScreenKind& kind, const RecordRow* original, QWidget* parent = nullptr);

    // The values the form holds as the repository takes them; unparseable text is reported in
    // `errors` (column → message) and left out.
    domain::FieldMap values(QHash<QString, QString>* errors = nullptr) const;
    bool validateAll();
    QString errorText(const QString& column) const;
    QString warningText(const QString& column) const;
    QWidget* editor(const QString& column) const { return m_editors.value(column); }
    void setText(const QString& column, const QString& text); // fills a field (tests, tour)
    void setScanPath(const QString& path);                    // as chosen in the file dialog
    QString savedId() const { return m_savedId; }

public slots:
    void accept() override;

private:
    struct Messages
    {
        QLabel* error = nullptr;
        QLabel* warning = nullptr;
    };
    QWidget* makeEditor(const FieldDef& field, const QVariant& value, bool readOnly);
    QString textOf(const QString& column) const;
    bool showCheck(bool all);

    RecordScreenKind& m_kind;
    std::optional<RecordRow> m_original;
    QFormLayout* m_form;
    QHash<QString, QWidget*> m_editors;
    QHash<QString, Messages> m_messages;
    QSet<QString> m_touched;
    QLabel* m_general;
    QString m_scanPath;
    QString m_savedId;
};

} // namespace xaso::desktop
