#include "residents/resident_list_tab.h"

#include "common/button_shortcut.h"
#include "common/desktop_services.h"
#include "common/formatting.h"
#include "common/list_toolbar.h"
#include "common/theme.h"
#include "common/vault_session.h"
#include "domain/residents/household_list.h"
#include "imports/import_wizard.h"
#include "imports/list_export.h"
#include "imports/resident_import_target.h"
#include "residents/resident_form_dialog.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

ResidentListTab::ResidentListTab(const SectionContext& context, QWidget* parent)
    : QWidget(parent), m_context(context),
      m_canWrite(context.services.roleCatalog.access(context.session.vault()->profile().roles,
                                                     QString(RecordKind::Residents)) == Access::Write),
      m_editor(*context.session.vault(), context.services.roleCatalog)
{
    setObjectName(u"residentList"_s);
    m_toolbar = new ListToolbar(tr("Search by name, personal ID or phone — e.g. “nguyen van”…"));
    m_model = new ResidentListModel(*context.session.vault(), context.services.roleCatalog, this);
    m_table = new QTableView;
    m_table->setObjectName(u"residentTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(26);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ResidentListModel::NameColumn, 240);
    m_table->setColumnWidth(ResidentListModel::IdColumn, 130);
    m_table->setColumnWidth(ResidentListModel::BirthColumn, 110);
    m_table->setColumnWidth(ResidentListModel::SexColumn, 70);
    m_table->setColumnWidth(ResidentListModel::HamletColumn, 120);

    auto button = [](const QString& name) {
        auto* b = new QPushButton;
        b->setObjectName(name);
        return b;
    };
    m_new = button(u"newResident"_s);
    setRole(m_new, "primary");
    m_open = button(u"openResident"_s);
    m_delete = button(u"deleteResident"_s);
    m_import = button(u"importResidents"_s);
    m_export = button(u"exportResidents"_s);
    for (QPushButton* b : {m_new, m_delete, m_import})
        b->setVisible(m_canWrite);
    m_count = new QLabel;
    m_count->setObjectName(u"residentCount"_s);
    setRole(m_count, "hint");
    m_error = new QLabel;
    m_error->setObjectName(u"listError"_s);
    setRole(m_error, "error");
    m_error->setWordWrap(true);
    m_error->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_open);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(m_count);
    buttons->addSpacing(12);
    buttons->addWidget(m_import);
    buttons->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_toolbar, &ListToolbar::searchChanged, this, &ResidentListTab::applyFilters);
    connect(m_toolbar, &ListToolbar::filtersChanged, this, &ResidentListTab::applyFilters);
    connect(m_model, &ResidentListModel::failed, this, [this](const QString& message) {
        m_error->setText(message);
        m_error->show();
    });
    connect(m_model, &ResidentListModel::reloaded, this, &ResidentListTab::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ResidentListTab::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ResidentListTab::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ResidentListTab::updateButtons);
    // Enter on the row under the cursor opens it, also when the cursor came with Tab and the row
    // is current but not selected.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        m_table->selectRow(index.row());
        openSelected();
    });
    connect(m_new, &QPushButton::clicked, this, [this] { openNew(); });
    connect(m_open, &QPushButton::clicked, this, [this] { openSelected(); });
    connect(m_delete, &QPushButton::clicked, this, &ResidentListTab::askDelete);
    connect(m_import, &QPushButton::clicked, this, [this] { openImport(); });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = askExportPath(this, u"nhan-khau"_s);
        if (path.isEmpty())
            return;
        auto written = exportTo(path);
        if (written)
            QMessageBox::information(this, tr("Export"),
                                     tr("%1 residents written to %2.").arg(formatCount(*written), path));
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
    setTabOrder(m_toolbar->stateBox(), m_table);
    refreshHamlets();
    retranslate();
    m_model->reload();
}

void ResidentListTab::refreshHamlets()
{
    domain::HouseholdList lists(*m_context.session.vault(), m_context.services.roleCatalog);
    if (auto hamlets = lists.hamlets()) {
        m_hamlets = *hamlets;
        m_toolbar->setHamlets(m_hamlets);
    }
}

void ResidentListTab::applyFilters()
{
    domain::ResidentFilter filter;
    filter.hamletCode = m_toolbar->hamlet();
    if (const auto s = m_toolbar->state())
        filter.verification = domain::Verification(*s);
    m_error->hide();
    m_model->setQuery(m_toolbar->searchText(), filter);
}

void ResidentListTab::reload()
{
    m_model->reload();
}

void ResidentListTab::updateCount()
{
    const int n = m_model->rowCount();
    if (m_model->searching())
        m_count->setText(m_model->moreMatches()
                             ? tr("First %1 matches — type more to narrow").arg(formatCount(n))
                             : tr("%n match(es)", nullptr, n));
    else
        m_count->setText(m_model->canFetchMore({}) ? tr("%1 shown, more as you scroll").arg(formatCount(n))
                                                   : tr("%n resident(s)", nullptr, n));
}

const domain::Resident* ResidentListTab::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->residentAt(rows.first().row());
}

void ResidentListTab::updateButtons()
{
    m_open->setEnabled(selected());
    m_delete->setEnabled(selected() && m_canWrite);
}

ResidentFormDialog* ResidentListTab::openNew()
{
    auto* dialog = new ResidentFormDialog(m_editor, nullptr, m_hamlets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refreshHamlets();
        m_model->reload();
    });
    dialog->open();
    return dialog;
}

ResidentFormDialog* ResidentListTab::openResident(const QString& id)
{
    auto resident = m_editor.get(id);
    if (!resident) {
        QMessageBox::warning(this, tr("Residents"), resident.message());
        return nullptr;
    }
    auto* dialog = new ResidentFormDialog(m_editor, &*resident, m_hamlets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_canWrite) {
        for (QWidget* w : dialog->findChildren<QWidget*>(u"saveButton"_s))
            w->setEnabled(false);
    }
    connect(dialog, &QDialog::accepted, m_model, &ResidentListModel::reload);
    dialog->open();
    return dialog;
}

ResidentFormDialog* ResidentListTab::openSelected()
{
    const domain::Resident* r = selected();
    return r ? openResident(r->id) : nullptr;
}

ImportWizard* ResidentListTab::openImport()
{
    auto* wizard = new ImportWizard(
        makeResidentImportTarget(*m_context.session.vault(), m_context.services.roleCatalog), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, [this] {
        refreshHamlets();
        m_model->reload();
    });
    wizard->open();
    return wizard;
}

void ResidentListTab::askDelete()
{
    const domain::Resident* r = selected();
    if (!r)
        return;
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("Delete the resident"),
                        tr("Delete %1 (%2)? The deletion is recorded in the audit log; the personal ID "
                           "cannot be used for another record.")
                            .arg(r->fullName, r->id),
                        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(u"confirmDelete"_s);
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->button(QMessageBox::No)->setText(tr("Keep"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this] {
        Status s = removeSelected();
        if (!s)
            QMessageBox::warning(this, tr("Delete the resident"), s.message());
    });
    box->open();
}

Status ResidentListTab::removeSelected()
{
    const domain::Resident* r = selected();
    if (!r)
        return makeError(ErrorCode::NotFound, tr("No resident is selected."));
    XASO_TRY(m_editor.remove(r->id));
    m_model->reload();
    return {};
}

Result<qint64> ResidentListTab::exportTo(const QString& path)
{
    return exportResidents(*m_context.session.vault(), m_context.services.roleCatalog, path,
                           m_model->filter());
}

void ResidentListTab::retranslate()
{
    m_new->setText(tr("&New resident"));
    m_new->setToolTip(tr("Ctrl+N"));
    m_open->setText(tr("&Open"));
    m_open->setToolTip(tr("Open the selected resident (Enter)"));
    m_delete->setText(tr("&Delete"));
    m_delete->setToolTip(tr("Delete the selected resident (Del)"));
    m_import->setText(tr("&Import…"));
    m_import->setToolTip(tr("Import a resident list from CSV or Excel (Ctrl+I)"));
    m_export->setText(tr("E&xport…"));
    m_export->setToolTip(tr("Export the list as filtered to CSV or Excel (Ctrl+E)"));
    m_table->setAccessibleName(tr("Residents"));
    updateCount();
    updateButtons();
}

void ResidentListTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace xaso::desktop
