#pragma once
// The side panel of Báo cáo: this report's number (Số) and the report settings kept in the vault
// (plan::ReportSettings): number symbol, signer, recipients (Nơi nhận, one per line), issuing body
// and commune name. The settings are read-only for roles without Write on "settings"; the number
// belongs to this report only and is editable by whoever may make it.

#include <QGroupBox>
#include <QHash>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace xaso {
class RoleCatalog;
namespace storage {
class Vault;
}
} // namespace xaso

namespace xaso::desktop {

class ReportSettingsPanel : public QGroupBox
{
    Q_OBJECT
public:
    ReportSettingsPanel(storage::Vault& vault, const RoleCatalog& roles, QWidget* parent = nullptr);

    bool settingsEditable() const { return m_editable; }
    QString documentNumber() const;
    void setDocumentNumber(const QString& number);
    // Re-reads the stored settings into the fields; false (with the error shown) when that fails.
    bool reload();
    // Stores every changed setting; false with the error shown when one is refused.
    bool apply();
    bool hasUnsavedChanges() const;

signals:
    void settingsApplied();
    void documentNumberEdited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QString fieldValue(const QString& key) const;
    void updateApplyButton();

    storage::Vault& m_vault;
    const RoleCatalog& m_roles;
    bool m_editable = false;
    QFormLayout* m_form;
    QLineEdit* m_number;
    QLabel* m_numberSuffix;
    QHash<QString, QLineEdit*> m_lines; // by setting key
    QPlainTextEdit* m_recipients;
    QHash<QString, QString> m_stored; // as last read, to find the changed ones
    QLabel* m_readOnlyNote;
    QLabel* m_error;
    QPushButton* m_apply;
};

} // namespace xaso::desktop
