#pragma once
// Hộ gia đình: the households page by page (hamlet filter), and beside the selected one its
// members with their relation to the head. Households are created (New, Ctrl+N) and edited
// (Edit, Enter) in HouseholdFormDialog. Members are opened in the resident form, added by
// personal ID with a relation, or taken out of the household.

#include "main/section_registry.h"
#include "residents/household_list_model.h"
#include "residents/resident_editor.h"

#include "domain/residents/household_repository.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace xaso::desktop {

class HouseholdFormDialog;
class PageHeader;
class ResidentFormDialog;

class HouseholdsPage : public QWidget
{
    Q_OBJECT
public:
    HouseholdsPage(const SectionContext& context, const SectionInfo& section, QWidget* parent = nullptr);

    HouseholdListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QTableWidget* members() const { return m_members; }
    void selectRow(int row);
    Status addMember(const QString& residentId, const QString& relation);
    Status removeSelectedMember();
    ResidentFormDialog* openSelectedMember();
    // The household form, new (Ctrl+N) or for the selected household (Enter); opened without
    // blocking and returned (tests drive it). Null when the role may not write households or
    // nothing is selected.
    HouseholdFormDialog* openNewHousehold();
    HouseholdFormDialog* openSelectedHousehold();
    Result<qint64> exportTo(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showMembers();
    QString currentHouseholdId() const;
    QStringList hamletCodes() const;
    void reloadAndSelect(const QString& householdId);
    void retranslate();

    SectionContext m_context;
    SectionInfo m_section;
    bool m_canWrite;
    domain::HouseholdRepository m_households;
    ResidentEditor m_editor;
    QList<domain::Resident> m_memberRows;
    PageHeader* m_header;
    QComboBox* m_hamlet;
    QLabel* m_hamletLabel;
    HouseholdListModel* m_model;
    QTableView* m_table;
    QLabel* m_membersTitle;
    QTableWidget* m_members;
    QLineEdit* m_newId;
    QLineEdit* m_newRelation;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_openMember;
    QPushButton* m_export;
    QPushButton* m_newHousehold;
    QPushButton* m_editHousehold;
    QLabel* m_message;
};

QWidget* householdsPage(const SectionContext& context, const SectionInfo& section);

} // namespace xaso::desktop
