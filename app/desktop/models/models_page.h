#pragma once
// Mô hình Đề án 06: the plan's 38 models by group, with the status derived at today's date (the
// injected Clock) in colour and overdue ones marked; a text filter, a status filter and a group
// filter; the selected model's detail (ModelDetailPanel); Assign (Ctrl+Shift+A) and Progress
// update (Ctrl+U), enabled only for roles that may write the models. The dashboard navigates here
// with applyNavigationFilter().

#include "main/section_registry.h"
#include "util/result.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTemporaryDir;
class QTreeView;

namespace xaso {
class ModelCatalog;
namespace plan {
class PlanRepository;
}
} // namespace xaso

namespace xaso::desktop {

class ModelAssignDialog;
class ModelDetailPanel;
class ModelFilterProxy;
class ModelProgressDialog;
class ModelTreeModel;
class PageHeader;

class ModelsPage : public QWidget
{
    Q_OBJECT
public:
    ModelsPage(const SectionContext& context, const SectionInfo& section,
               std::unique_ptr<ModelCatalog> catalog, QWidget* parent = nullptr);
    ~ModelsPage() override;

    bool canWrite() const { return m_canWrite; }
    ModelTreeModel* treeModel() const { return m_model; }
    ModelFilterProxy* filter() const { return m_proxy; }
    QTreeView* tree() const { return m_view; }
    ModelDetailPanel* detail() const { return m_detail; }
    QLineEdit* filterBox() const { return m_filterBox; }
    QComboBox* statusBox() const { return m_statusBox; }
    QComboBox* groupBox() const { return m_groupBox; }
    QPushButton* assignButton() const { return m_assign; }
    QPushButton* progressButton() const { return m_progress; }

    int selectedModel() const; // 0 when a group or nothing is selected
    // Selects the model, clearing the filters that would hide it; false when there is none.
    bool selectModel(int number);

    // Each opens its dialog without blocking and returns it (tests drive it; the tour shows it);
    // nullptr when no model is selected or the roles may not write.
    ModelAssignDialog* openAssign();
    ModelProgressDialog* openProgress();

    // An evidence file out of the vault (seal and hash checked).
    Result<QByteArray> evidenceBytes(const QString& fileId);
    Status saveEvidenceCopy(const QString& fileId, const QString& path);

public slots:
    // Reads the assignments and progress again and derives each status at today's date.
    void reload();
    // From the dashboard: key "group" (value 1–5; "all" clears), "status" (a status key such as
    // "overdue", "done", "in_progress"; "all" clears), "model" (a number: select it), "clear".
    // Each call sets its own filter and clears the text filter; call "clear" first to start over.
    void applyNavigationFilter(const QString& key, const QString& value);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void showSelected();
    void updateButtons();
    void updateCount();
    void layoutTree();
    void applyFilters();
    void openEvidence(const QString& fileId);
    void askSaveEvidence(const QString& fileId);
    void retranslate();

    SectionContext m_context;
    SectionInfo m_section;
    std::unique_ptr<ModelCatalog> m_catalog; // before the repository, which refers to it
    std::unique_ptr<plan::PlanRepository> m_repository;
    std::unique_ptr<QTemporaryDir> m_openedFiles; // copies opened with another program; gone on lock
    bool m_canWrite = false;
    bool m_shown = false;
    PageHeader* m_header;
    QLineEdit* m_filterBox;
    QLabel* m_statusLabel;
    QComboBox* m_statusBox;
    QLabel* m_groupLabel;
    QComboBox* m_groupBox;
    QLabel* m_count;
    QLabel* m_error;
    ModelTreeModel* m_model;
    ModelFilterProxy* m_proxy;
    QTreeView* m_view;
    ModelDetailPanel* m_detail;
    QPushButton* m_assign;
    QPushButton* m_progress;
    QLabel* m_readOnlyNote;
};

// The section factory for Mô hình Đề án 06.
QWidget* modelsPage(const SectionContext& context, const SectionInfo& section);

} // namespace xaso::desktop
