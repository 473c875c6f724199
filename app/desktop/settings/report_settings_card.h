#pragma once
// "Commune and report": the names and lines the weekly report prints (plan::ReportSettings):
// commune, issuing and superior bodies, the signature block, the number symbol and the Nơi nhận
// list. Read-only, with a line saying why, when the profile's roles lack Write on settings.

#include "main/section_registry.h"

#include <QGroupBox>
#include <QMap>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace xaso::desktop {

class ReportSettingsCard : public QGroupBox
{
    Q_OBJECT
public:
    explicit ReportSettingsCard(const SectionContext& context, QWidget* parent = nullptr);

    // The editor of a one-line setting by its ReportSettings key (e.g. "signer_name").
    QLineEdit* field(const QString& key) const { return m_fields.value(key); }
    QPlainTextEdit* recipientsEdit() const { return m_recipients; }
    QPushButton* saveButton() const { return m_save; }
    bool isEditable() const { return m_editable; }
    QString statusText() const;

    // Loads the stored values (or the defaults) into the editors.
    void reload();
    // Stores every value that changed, each with its audit row; true when all were stored.
    bool save();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showStatus(const QString& text, bool error);

    SectionContext m_context;
    bool m_editable = false;
    QMap<QString, QLineEdit*> m_fields;
    QMap<QString, QLabel*> m_labels;
    QLabel* m_recipientsLabel;
    QPlainTextEdit* m_recipients;
    QLabel* m_readOnlyHint;
    QLabel* m_status;
    QPushButton* m_save;
};

} // namespace xaso::desktop
