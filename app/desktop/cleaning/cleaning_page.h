#pragma once
// Làm sạch: load the commune police's extract of the population data, compare every resident
// with it (one transaction, in core: Cleaning), then review the mismatches field by field — what
// Xã Số holds beside what the extract says — and mark a record verified once it is checked.

#include "domain/residents/cleaning.h"
#include "main/section_registry.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace xaso::desktop {

class CleaningPage : public QWidget
{
    Q_OBJECT
public:
    explicit CleaningPage(const SectionContext& context, QWidget* parent = nullptr);

    // Compares the vault with the extract at `path` and shows the result.
    Result<domain::CleaningSummary> runComparison(const QString& path);
    QTreeWidget* mismatchTree() const { return m_tree; }
    QLabel* summaryLabel() const { return m_summary; }
    // Marks the resident of the selected mismatch verified (a reviewer's decision).
    Status markSelectedVerified();
    bool selectResident(const QString& residentId);

signals:
    void openResident(const QString& residentId);
    void recordsChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void showSummary(const domain::CleaningSummary& summary);
    QTreeWidgetItem* selectedTop() const;
    void updateButtons();
    void retranslate();

    SectionContext m_context;
    domain::Cleaning m_cleaning;
    bool m_canWrite;
    QLabel* m_intro;
    QLabel* m_path;
    QPushButton* m_load;
    QCheckBox* m_markMissing;
    QLabel* m_summary;
    QTreeWidget* m_tree;
    QPushButton* m_verify;
    QPushButton* m_open;
};

} // namespace xaso::desktop
