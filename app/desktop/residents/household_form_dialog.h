#pragma once
// The household form: the head chosen from the residents (search by name or personal ID as you
// type), address and hamlet, the poverty status of Nghị định 07/2021 with the year of the review
// and the area, and the 12 deprivation indicators as check boxes grouped by their 6 dimensions.
// Each field has its own message line (red blocks saving, amber is a warning); the check and
// the save go through HouseholdRepository, which validates and audits.

#include "domain/residents/household_repository.h"

#include <QDialog>
#include <QHash>

#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace xaso::desktop {

class HouseholdFormDialog : public QDialog
{
    Q_OBJECT
public:
    // `original` null: a new household. `hamlets`: the known hamlet codes for the hamlet box.
    HouseholdFormDialog(storage::Vault& vault, const RoleCatalog& roles, const domain::Household* original,
                        const QStringList& hamlets, QWidget* parent = nullptr);

    // The household as the form would save it.
    domain::Household household() const;
    // Checks every field and shows the messages; true when nothing blocks saving.
    bool validateAll();
    QString errorText(const QString& field) const;   // "" when none
    QString warningText(const QString& field) const; // "" when none
    QString savedId() const { return m_savedId; }

    // The head search: typing fills the list of matches; choosing one sets the head.
    QLineEdit* headSearch() const { return m_headSearch; }
    QListWidget* headMatches() const { return m_headMatches; }
    void chooseHead(const QString& residentId, const QString& fullName);
    QCheckBox* indicator(domain::Deprivation d) const { return m_indicators[size_t(d)]; }

public slots:
    void accept() override; // saves; stays open while anything is wrong

protected:
    // Enter in the head search chooses the first match (instead of saving); Down goes to the list.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Messages
    {
        QWidget* editor = nullptr;
        QLabel* error = nullptr;
        QLabel* warning = nullptr;
    };
    QWidget* withMessages(const QString& field, QWidget* editor);
    void searchHeads(const QString& text);
    void showCheck(bool all);
    void touch(const QString& field);

    storage::Vault& m_vault;
    const RoleCatalog& m_roles;
    domain::HouseholdRepository m_repository;
    std::optional<domain::Household> m_original;
    QString m_headId;
    QLineEdit* m_headSearch;
    QListWidget* m_headMatches;
    QLabel* m_headChosen;
    QLineEdit* m_address;
    QComboBox* m_hamlet;
    QComboBox* m_status;
    QLineEdit* m_year;
    QComboBox* m_area;
    std::array<QCheckBox*, domain::kDeprivationCount> m_indicators{};
    QHash<QString, Messages> m_messages;
    QStringList m_order;
    QStringList m_touched;
    QLabel* m_saveError;
    QString m_savedId;
};

} // namespace xaso::desktop
