#pragma once
// The right-hand side of Mô hình: everything about the selected model — objective, lead (chủ trì)
// and cooperating / supporting units, deadline, tools, its KPIs (target and current value,
// computed ones read live from the records), the update history newest first, and the evidence
// files sealed in the vault with Open and Save a copy. It only shows what the page gives it; the
// page reads the vault.

#include "domain/plan/kpi_calculator.h"
#include "domain/plan/plan_overview.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace xaso::desktop {

// What the panel shows about one evidence file (domain::SealedFileInfo, or a note that it has not
// arrived on this device yet).
struct EvidenceEntry
{
    QString fileId;
    QString name;
    qint64 size = 0;
    QDate reportedOn;
    bool available = false;
};

class ModelDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ModelDetailPanel(const ModelCatalog& catalog, const RoleCatalog& roles,
                              QWidget* parent = nullptr);

    void clear();
    // `evidence` newest first; `kpiError` is shown instead of the KPI table when reading failed.
    void showModel(const plan::ModelOverview& overview, const QList<plan::KpiValue>& kpis,
                   const QList<EvidenceEntry>& evidence, QDate today, const QString& kpiError = {});
    int modelNumber() const { return m_modelNumber; }

    QTableWidget* kpiTable() const { return m_kpis; }
    QTableWidget* historyTable() const { return m_history; }
    QListWidget* evidenceList() const { return m_evidence; }
    QString selectedEvidenceId() const;

signals:
    void openEvidenceRequested(const QString& fileId);
    void saveEvidenceRequested(const QString& fileId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillKpis(const QList<plan::KpiValue>& kpis, const QString& error);
    void fillHistory(const plan::ModelOverview& overview);
    void fillEvidence(const QList<EvidenceEntry>& evidence);
    QString kpiValuesText(const PlanModel& model, const plan::KpiValues& values) const;
    void updateEvidenceButtons();

    const ModelCatalog& m_catalog;
    const RoleCatalog& m_roles;
    int m_modelNumber = 0;
    QLabel* m_placeholder;
    QWidget* m_body;
    QLabel* m_title;
    QLabel* m_status;
    QGroupBox* m_aboutBox;
    QFormLayout* m_form;
    QLabel* m_formLabels[8];
    QLabel* m_group;
    QLabel* m_objective;
    QLabel* m_lead;
    QLabel* m_cooperating;
    QLabel* m_supporting;
    QLabel* m_deadline;
    QLabel* m_tools;
    QLabel* m_assigned;
    QGroupBox* m_kpiBox;
    QTableWidget* m_kpis;
    QLabel* m_kpiMessage;
    QGroupBox* m_historyBox;
    QTableWidget* m_history;
    QGroupBox* m_evidenceBox;
    QListWidget* m_evidence;
    QPushButton* m_openEvidence;
    QPushButton* m_saveEvidence;
};

} // namespace xaso::desktop
