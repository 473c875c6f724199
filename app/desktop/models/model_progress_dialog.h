#pragma once
// Records a progress update of one model: the status, a value for each KPI the officer enters
// (computed KPIs are shown, not typed), the date, what was done (narrative), problems, and an
// evidence file sealed into the vault. Each field has its own message line; Save checks them all,
// then PlanRepository::addProgress writes the update (and seals the file) in one transaction. A
// refusal by the repository is shown in the dialog, which stays open.

#include "domain/plan/kpi_calculator.h"
#include "domain/plan/plan_repository.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace xaso::desktop {

class ModelProgressDialog : public QDialog
{
    Q_OBJECT
public:
    // `kpis` as KpiCalculator::kpisOf gives them (current values); `today` bounds the report date.
    ModelProgressDialog(plan::PlanRepository& repository, const PlanModel& model,
                        std::optional<plan::ReportedStatus> current, const QList<plan::KpiValue>& kpis,
                        QDate today, QWidget* parent = nullptr);

    // Filling the form as an officer would (tests, the tour).
    void setStatus(plan::ReportedStatus status);
    void setReportDate(QDate date);
    void setKpiText(const QString& kpiId, const QString& text);
    void setNarrative(const QString& text);
    void setProblems(const QString& text);
    void setEvidencePath(const QString& path); // as chosen in the file dialog; empty: none

    QLineEdit* kpiEditor(const QString& kpiId) const { return m_kpiEditors.value(kpiId); }
    // The message under a field: "status", "date", "kpi:<id>", "narrative", "evidence", or
    // "general" for what concerns the whole update (e.g. the repository's refusal).
    QString errorText(const QString& field) const;
    // Checks every field and shows the messages; true when the update may be saved.
    bool validateAll();
    // The saved entry, after the dialog was accepted.
    const std::optional<plan::ProgressEntry>& saved() const { return m_saved; }

public slots:
    void accept() override;

private:
    QLabel* addMessage(const QString& field);
    void setError(const QString& field, const QString& message);
    std::optional<plan::ProgressUpdate> collect(QHash<QString, QString>& errors) const;
    void chooseEvidence();

    plan::PlanRepository& m_repository;
    const PlanModel& m_model;
    std::optional<plan::ReportedStatus> m_current;
    QFormLayout* m_form;
    QComboBox* m_status;
    QDateEdit* m_date;
    QHash<QString, QLineEdit*> m_kpiEditors;
    QPlainTextEdit* m_narrative;
    QPlainTextEdit* m_problems;
    QLineEdit* m_evidence;
    QPushButton* m_chooseEvidence;
    QPushButton* m_clearEvidence;
    QPushButton* m_save;
    QPushButton* m_cancel;
    QHash<QString, QLabel*> m_messages;
    std::optional<plan::ProgressEntry> m_saved;
};

} // namespace xaso::desktop
