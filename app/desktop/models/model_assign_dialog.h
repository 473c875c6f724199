#pragma once
// Assigns a model: the lead role (chủ trì) and, optionally, the officer who leads for it, the
// cooperating units (roles ticked from the role list) and cooperating officers by name, and the
// date of the assignment. PlanRepository::assign records it as a new assignment (the earlier ones
// stay in the history); a refusal is shown in the dialog, which stays open.

#include "domain/plan/plan_repository.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace xaso::desktop {

class ModelAssignDialog : public QDialog
{
    Q_OBJECT
public:
    ModelAssignDialog(plan::PlanRepository& repository, const RoleCatalog& roles, const PlanModel& model,
                      const std::optional<plan::Assignment>& current, QDate today, QWidget* parent = nullptr);

    // Filling the form as an officer would (tests, the tour).
    void setLeadRole(const QString& roleId);
    void setLeadOfficer(const QString& name);
    void setCooperatingRoles(const QStringList& roleIds);
    void setCooperatingOfficers(const QString& namesSeparatedBySemicolons);

    QString leadRole() const;
    QStringList cooperating() const; // ticked role ids, then the typed names
    QString errorText() const;
    const std::optional<plan::Assignment>& saved() const { return m_saved; }

public slots:
    void accept() override;

private:
    plan::PlanRepository& m_repository;
    const RoleCatalog& m_roles;
    const PlanModel& m_model;
    QComboBox* m_leadRole;
    QLineEdit* m_leadOfficer;
    QListWidget* m_coopRoles;
    QLineEdit* m_coopOfficers;
    QDateEdit* m_date;
    QLabel* m_error;
    QPushButton* m_save;
    std::optional<plan::Assignment> m_saved;
};

} // namespace xaso::desktop
