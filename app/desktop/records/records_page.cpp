#include "records/records_page.h"

#include "common/button_shortcut.h"
#include "common/desktop_services.h"
#include "common/formatting.h"
#include "common/list_toolbar.h"
#include "common/page_header.h"
#include "common/theme.h"
#include "common/vault_session.h"
#include "domain/kinds/record_kind_io.h"
#include "domain/residents/household_list.h"
#include "imports/import_wizard.h"
#include "imports/list_export.h"
#include "imports/record_import_target.h"
#include "records/record_form_dialog.h"
#include "records/scan_viewer.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

QWidget* recordsPage(const SectionContext& context, const SectionInfo& section)
{
    auto kind = makeRecordKind(section.id, *context.session.vault(), context.services.roleCatalog);
    if (!kind)
        return placeholderPage(context, section);
    return new RecordsPage(context, section, std::move(kind));
}

RecordsPage::RecordsPage(const SectionContext& context, const SectionInfo& section,
                         std::unique_ptr<RecordScreenKind> kind, QWidget* parent)
    : QWidget(parent), m_context(context), m_section(section), m_kind(std::move(kind))
{
    setObjectName(u"records_"_s + section.id);
    storage::Vault& vault = *context.session.vault();
    m_canWrite =
        context.services.roleCatalog.access(vault.profile().roles, section.recordKind) == Access::Write;
    m_header = new PageHeader(section.iconPath);
    m_toolbar = new ListToolbar(m_kind->searchHint());
    domain::HouseholdList lists(vault, context.services.roleCatalog);
    if (auto hamlets = lists.hamlets())
        m_toolbar->setHamlets(*hamlets);
    if (const FieldDef* category = m_kind->field(m_kind->categoryColumn());
        category && !category->choices.isEmpty()) {
        QList<std::pair<QString, QString>> choices;
        for (const auto& [key, label] : category->choices)
            choices.append({QCoreApplication::translate("RecordFields", label), key});
        m_toolbar->setCategories(category->label() + u":"_s, choices);
    }

    m_model = new RecordListModel(*m_kind, this);
    m_table = new QTableView;
    m_table->setObjectName(u"recordTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(kMinColumnWidth);
    m_table->setTabKeyNavigation(false);

    auto button = [this](const QString& name) {
        auto* b = new QPushButton;
        b->setObjectName(name);
        return b;
    };
    m_new = button(u"newRecord"_s);
    setRole(m_new, "primary");
    m_open = button(u"openRecord"_s);
    m_delete = button(u"deleteRecord"_s);
    m_scan = button(u"viewScan"_s);
    m_import = button(u"importRecords"_s);
    m_export = button(u"exportRecords"_s);
    m_scan->setVisible(m_kind->hasScans());
    for (QPushButton* b : {m_new, m_delete, m_import})
        b->setVisible(m_canWrite);
    m_count = new QLabel;
    m_count->setObjectName(u"recordCount"_s);
    setRole(m_count, "hint");
    m_error = new QLabel;
    m_error->setObjectName(u"listError"_s);
    m_error->setWordWrap(true);
    setRole(m_error, "error");
    m_error->hide();

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_new, m_open, m_delete, m_scan})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_count);
    buttons->addSpacing(12);
    buttons->addWidget(m_import);
    buttons->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 16);
    layout->addWidget(m_header);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_toolbar, &ListToolbar::searchChanged, this, &RecordsPage::applyFilters);
    connect(m_toolbar, &ListToolbar::filtersChanged, this, &RecordsPage::applyFilters);
    connect(m_model, &RecordListModel::failed, this, [this](const QString& message) {
        m_error->setText(message);
        m_error->show();
    });
    connect(m_model, &RecordListModel::reloaded, this, &RecordsPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RecordsPage::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecordsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordsPage::updateButtons);
    // Enter on the row under the cursor opens it, also when the cursor came with Tab and the row
    // is current but not selected.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        m_table->selectRow(index.row());
        openSelected();
    });
    connect(m_new, &QPushButton::clicked, this, [this] { openNew(); });
    connect(m_open, &QPushButton::clicked, this, [this] { openSelected(); });
    connect(m_delete, &QPushButton::clicked, this, &RecordsPage::askDelete);
    connect(m_scan, &QPushButton::clicked, this, [this] { showScan(); });
    connect(m_import, &QPushButton::clicked, this, [this] { openImport(); });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = askExportPath(this, m_section.id);
        if (path.isEmpty())
            return;
        auto written = exportTo(path);
        if (written)
            QMessageBox::information(this, tr("Export"),
                                     tr("%1 records written to %2.").arg(formatCount(*written), path));
        else
            QMessageBox::warning(this, tr("Export"), written.message());
    });
    // Ctrl+N from anywhere in the window (the section list too); a hidden page's does not fire.
    addButtonShortcut(this, QKeySequence::New, m_new, Qt::WindowShortcut);
    addButtonShortcut(this, QKeySequence(Qt::Key_Delete), m_delete);
    addButtonShortcut(this, QKeySequence(Qt::CTRL | Qt::Key_I), m_import);
    addButtonShortcut(this, QKeySequence(Qt::CTRL | Qt::Key_E), m_export);
    setTabOrder(m_toolbar->searchBox(), m_toolbar->hamletBox());
    setTabOrder(m_toolbar->hamletBox(), m_toolbar->stateBox());
    setTabOrder(m_toolbar->stateBox(), m_toolbar->categoryBox());
    setTabOrder(m_toolbar->categoryBox(), m_table);
    retranslate();
    applyFilters();
}

RecordsPage::~RecordsPage() = default;

domain::ListQuery RecordsPage::currentQuery() const
{
    domain::ListQuery q;
    q.search = m_toolbar->searchText().trimmed();
    q.hamlet = m_toolbar->hamlet();
    q.category = m_toolbar->category();
    if (const auto s = m_toolbar->state())
        q.verification = domain::Verification(*s);
    return q;
}

void RecordsPage::applyFilters()
{
    m_error->hide();
    m_model->setQuery(currentQuery());
}

void RecordsPage::fitColumns()
{
    // Each column at least as wide as its (possibly two-line) header, so no label is cut; the
    // widest is capped and its full text is in the header's tooltip.
    QHeaderView* header = m_table->horizontalHeader();
    for (int c = 0; c + 1 < m_model->columnCount(); ++c)
        header->resizeSection(c, std::clamp(header->sectionSizeHint(c), kMinColumnWidth, kMaxColumnWidth));
}

void RecordsPage::updateCount()
{
    const int n = m_model->rowCount();
    m_count->setText(m_model->canFetchMore({}) ? tr("%1 shown, more as you scroll").arg(formatCount(n))
                                               : tr("%n record(s)", nullptr, n));
}

const RecordRow* RecordsPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->rowAt(rows.first().row());
}

void RecordsPage::updateButtons()
{
    const RecordRow* row = selectedRow();
    m_open->setEnabled(row);
    m_delete->setEnabled(row && m_canWrite);
    m_scan->setEnabled(row && !row->fields.value(u"file_id"_s).toString().isEmpty());
}

RecordFormDialog* RecordsPage::openNew()
{
    auto* dialog = new RecordFormDialog(*m_kind, nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, m_model, &RecordListModel::reload);
    dialog->open();
    return dialog;
}

RecordFormDialog* RecordsPage::openSelected()
{
    const RecordRow* row = selectedRow();
    if (!row)
        return nullptr;
    auto fresh = m_kind->get(row->meta.id); // the full record, sensitive fields as the role allows
    if (!fresh) {
        QMessageBox::warning(this, m_kind->title(), fresh.message());
        return nullptr;
    }
    auto* dialog = new RecordFormDialog(*m_kind, &*fresh, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_canWrite) {
        for (QWidget* w : dialog->findChildren<QWidget*>(u"saveButton"_s))
            w->setEnabled(false);
    }
    connect(dialog, &QDialog::accepted, m_model, &RecordListModel::reload);
    dialog->open();
    return dialog;
}

QWidget* RecordsPage::showScan()
{
    const RecordRow* row = selectedRow();
    if (!row || row->fields.value(u"file_id"_s).toString().isEmpty())
        return nullptr; // an entry of an old register imported without its scan
    auto bytes = m_kind->openScan(row->meta.id);
    if (!bytes) {
        QMessageBox::warning(this, tr("Scanned copy"), bytes.message());
        return nullptr;
    }
    auto* viewer = new ScanViewer(row->fields.value(u"number_text"_s).toString(), *bytes, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->open();
    return viewer;
}

ImportWizard* RecordsPage::openImport()
{
    auto io = domain::RecordKindIo::make(m_kind->ioName(), *m_context.session.vault(),
                                         m_context.services.roleCatalog);
    if (!io) {
        QMessageBox::warning(this, tr("Import"), io.message());
        return nullptr;
    }
    // The wizard's target refers to the kind's mapper: keep both alive as long as the wizard.
    std::shared_ptr<domain::RecordKindIo> owner(std::move(*io));
    auto* wizard =
        new ImportWizard(makeRecordImportTarget(*m_context.session.vault(), m_context.services.roleCatalog,
                                                owner->mapper(), m_kind->title()),
                         this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QObject::destroyed, this, [owner] {});
    connect(wizard, &ImportWizard::imported, m_model, &RecordListModel::reload);
    wizard->open();
    return wizard;
}

void RecordsPage::askDelete()
{
    if (!selectedRow())
        return;
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("Delete the record"),
                        tr("Delete this record? The deletion is recorded in the audit log and sent to the "
                           "commune server at the next synchronisation."),
                        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(u"confirmDelete"_s);
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->button(QMessageBox::No)->setText(tr("Keep"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this] {
        Status s = removeSelected();
        if (!s)
            QMessageBox::warning(this, tr("Delete the record"), s.message());
    });
    box->open();
}

Status RecordsPage::removeSelected()
{
    const RecordRow* row = selectedRow();
    if (!row)
        return makeError(ErrorCode::NotFound, tr("No record is selected."));
    XASO_TRY(m_kind->remove(row->meta.id));
    m_model->reload();
    return {};
}

Result<qint64> RecordsPage::exportTo(const QString& path)
{
    // Exactly the rows the list shows: the model's query, not a search still in its debounce.
    return exportRecords(*m_context.session.vault(), m_context.services.roleCatalog, m_kind->ioName(), path,
                         m_model->query());
}

void RecordsPage::applyNavigationFilter(const QString& key, const QString& value)
{
    m_toolbar->applyFilter(key, value);
}

void RecordsPage::retranslate()
{
    m_header->setTexts(m_section.title(), m_section.description());
    m_new->setText(tr("&New"));
    m_new->setToolTip(tr("New record (Ctrl+N)"));
    m_open->setText(tr("&Open"));
    m_open->setToolTip(tr("Open the selected record (Enter)"));
    m_delete->setText(tr("&Delete"));
    m_delete->setToolTip(tr("Delete the selected record (Del)"));
    m_scan->setText(tr("View &scan"));
    m_import->setText(tr("&Import…"));
    m_import->setToolTip(tr("Import a list from CSV or Excel (Ctrl+I)"));
    m_export->setText(tr("E&xport…"));
    m_export->setToolTip(tr("Export the list as filtered to CSV or Excel (Ctrl+E)"));
    m_table->setAccessibleName(m_kind->title());
    fitColumns();
    updateCount();
    updateButtons();
}

void RecordsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace xaso::desktop
