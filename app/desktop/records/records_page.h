#pragma once
// The screen of one record kind (An sinh xã hội, Lao động, Đất đai và nhà ở, Chứng thực): search
// as you type, hamlet / state / category filters, the paged list, and New (Ctrl+N), Open (Enter),
// Delete (Del, after a confirmation), the scan of a certified copy, Import (Ctrl+I) and Export
// (Ctrl+E). Buttons that change records are shown only to roles that may write the kind.

#include "main/section_registry.h"
#include "records/record_list_model.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace xaso::desktop {

class ListToolbar;
class PageHeader;
class RecordFormDialog;
class ImportWizard;

class RecordsPage : public QWidget
{
    Q_OBJECT
public:
    RecordsPage(const SectionContext& context, const SectionInfo& section,
                std::unique_ptr<RecordScreenKind> kind, QWidget* parent = nullptr);
    ~RecordsPage() override;

    RecordScreenKind& kind() const { return *m_kind; }
    RecordListModel* model() const { return m_model; }
    ListToolbar* toolbar() const { return m_toolbar; }
    QTableView* table() const { return m_table; }
    bool canWrite() const { return m_canWrite; }

    // Each opens its window without blocking and returns it (tests drive it; the tour shows it).
    RecordFormDialog* openNew();
    RecordFormDialog* openSelected();
    QWidget* showScan();
    ImportWizard* openImport();
    void askDelete();
    // Deletes the selected record without asking (after the confirmation).
    Status removeSelected();
    // Writes what the list shows (its search and filters) to CSV or XLSX.
    Result<qint64> exportTo(const QString& path);

public slots:
    // Opens the list with one filter set, as the dashboard asks (Workspace::navigate).
    void applyNavigationFilter(const QString& key, const QString& value);

protected:
    void changeEvent(QEvent* event) override;

private:
    static constexpr int kMinColumnWidth = 120;
    static constexpr int kMaxColumnWidth = 300;

    void applyFilters();
    void fitColumns();
    domain::ListQuery currentQuery() const; // the toolbar's search (as typed) and filters
    void updateButtons();
    void updateCount();
    void retranslate();
    const RecordRow* selectedRow() const;

    SectionContext m_context;
    SectionInfo m_section;
    std::unique_ptr<RecordScreenKind> m_kind;
    bool m_canWrite = false;
    PageHeader* m_header;
    ListToolbar* m_toolbar;
    RecordListModel* m_model;
    QTableView* m_table;
    QLabel* m_count;
    QLabel* m_error;
    QPushButton* m_new;
    QPushButton* m_open;
    QPushButton* m_delete;
    QPushButton* m_scan;
    QPushButton* m_import;
    QPushButton* m_export;
};

// The section factory for the four record kinds.
QWidget* recordsPage(const SectionContext& context, const SectionInfo& section);

} // namespace xaso::desktop
