#pragma once
// The resident list (Nhân khẩu → Danh sách): search as you type by name, personal ID or phone
// (diacritics optional), hamlet and làm sạch filters, the list read page by page as it scrolls,
// and New (Ctrl+N), Open (Enter), Delete (Del, confirmed), Import (Ctrl+I), Export (Ctrl+E).

#include "main/section_registry.h"
#include "residents/resident_editor.h"
#include "residents/resident_list_model.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace xaso::desktop {

class ImportWizard;
class ListToolbar;
class ResidentFormDialog;

class ResidentListTab : public QWidget
{
    Q_OBJECT
public:
    explicit ResidentListTab(const SectionContext& context, QWidget* parent = nullptr);

    ResidentListModel* model() const { return m_model; }
    ListToolbar* toolbar() const { return m_toolbar; }
    QTableView* table() const { return m_table; }
    QLabel* countLabel() const { return m_count; }

    ResidentFormDialog* openNew();
    ResidentFormDialog* openResident(const QString& id);
    ResidentFormDialog* openSelected();
    ImportWizard* openImport();
    void askDelete();
    Status removeSelected();
    Result<qint64> exportTo(const QString& path);
    void refreshHamlets();

public slots:
    void reload();

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyFilters();
    void updateCount();
    void updateButtons();
    void retranslate();
    const domain::Resident* selected() const;

    SectionContext m_context;
    bool m_canWrite;
    ResidentEditor m_editor;
    QStringList m_hamlets;
    ListToolbar* m_toolbar;
    ResidentListModel* m_model;
    QTableView* m_table;
    QLabel* m_count;
    QLabel* m_error;
    QPushButton* m_new;
    QPushButton* m_open;
    QPushButton* m_delete;
    QPushButton* m_import;
    QPushButton* m_export;
};

} // namespace xaso::desktop
