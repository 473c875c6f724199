#include "models/models_page.h"

#include "common/desktop_services.h"
#include "common/formatting.h"
#include "common/page_header.h"
#include "common/theme.h"
#include "common/vault_session.h"
#include "domain/copies/sealed_file_store.h"
#include "domain/plan/kpi_calculator.h"
#include "domain/plan/plan_overview.h"
#include "models/model_assign_dialog.h"
#include "models/model_detail_panel.h"
#include "models/model_filter_proxy.h"
#include "models/model_progress_dialog.h"
#include "models/model_status_style.h"
#include "models/model_tree_model.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSet>
#include <QShortcut>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

QWidget* modelsPage(const SectionContext& context, const SectionInfo& section)
{
    auto catalog = ModelCatalog::load();
    if (!catalog)
        return placeholderPage(context, section);
    return new ModelsPage(context, section, std::make_unique<ModelCatalog>(std::move(*catalog)));
}

ModelsPage::ModelsPage(const SectionContext& context, const SectionInfo& section,
                       std::unique_ptr<ModelCatalog> catalog, QWidget* parent)
    : QWidget(parent), m_context(context), m_section(section), m_catalog(std::move(catalog))
{
    setObjectName(u"modelsPage"_s);
    storage::Vault& vault = *context.session.vault();
    const RoleCatalog& roles = context.services.roleCatalog;
    m_repository = std::make_unique<plan::PlanRepository>(vault, *m_catalog, roles);
    m_canWrite = bool(m_repository->checkWrite());

    m_header = new PageHeader(section.iconPath);
    m_filterBox = new QLineEdit;
    m_filterBox->setObjectName(u"modelFilter"_s);
    m_filterBox->setClearButtonEnabled(true);
    m_statusLabel = new QLabel;
    m_statusBox = new QComboBox;
    m_statusBox->setObjectName(u"statusFilter"_s);
    m_statusLabel->setBuddy(m_statusBox);
    m_groupLabel = new QLabel;
    m_groupBox = new QComboBox;
    m_groupBox->setObjectName(u"groupFilter"_s);
    m_groupBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_groupBox->setMinimumContentsLength(24);
    m_groupLabel->setBuddy(m_groupBox);
    m_count = new QLabel;
    m_count->setObjectName(u"modelCount"_s);
    setRole(m_count, "hint");
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_filterBox, 2);
    filters->addSpacing(8);
    filters->addWidget(m_statusLabel);
    filters->addWidget(m_statusBox);
    filters->addSpacing(8);
    filters->addWidget(m_groupLabel);
    filters->addWidget(m_groupBox, 1);
    filters->addSpacing(8);
    filters->addWidget(m_count);

    m_error = new QLabel;
    m_error->setObjectName(u"pageError"_s);
    m_error->setWordWrap(true);
    setRole(m_error, "error");
    m_error->hide();

    m_model = new ModelTreeModel(*m_catalog, roles, this);
    m_proxy = new ModelFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_view = new QTreeView;
    m_view->setObjectName(u"modelTree"_s);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setExpandsOnDoubleClick(false);
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ModelTreeModel::TitleColumn, QHeaderView::Stretch);
    m_view->setIndentation(16);
    header->resizeSection(ModelTreeModel::NumberColumn, 72); // the indentation takes part of it
    header->resizeSection(ModelTreeModel::LeadColumn, 160);
    header->resizeSection(ModelTreeModel::DeadlineColumn, 96);
    header->resizeSection(ModelTreeModel::StatusColumn, 128);

    m_assign = new QPushButton;
    m_assign->setObjectName(u"assignButton"_s);
    m_progress = new QPushButton;
    m_progress->setObjectName(u"progressButton"_s);
    setRole(m_progress, "primary");
    m_readOnlyNote = new QLabel;
    m_readOnlyNote->setObjectName(u"readOnlyNote"_s);
    m_readOnlyNote->setWordWrap(true);
    setRole(m_readOnlyNote, "hint");
    m_readOnlyNote->setVisible(!m_canWrite);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_progress);
    buttons->addWidget(m_assign);
    buttons->addWidget(m_readOnlyNote, 1);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addLayout(buttons);

    m_detail = new ModelDetailPanel(*m_catalog, roles);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(u"detailScroll"_s);
    scroll->setWidget(m_detail);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Always there: a bar that appears after the wrapped labels were measured would narrow them
    // and cut their last line.
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(u"modelsSplitter"_s);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({780, 460}); // the list gets the room; the titles are long
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 16);
    layout->addWidget(m_header);
    layout->addLayout(filters);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    connect(m_filterBox, &QLineEdit::textChanged, this, &ModelsPage::applyFilters);
    connect(m_statusBox, &QComboBox::currentIndexChanged, this, &ModelsPage::applyFilters);
    connect(m_groupBox, &QComboBox::currentIndexChanged, this, &ModelsPage::applyFilters);
    // A status change can bring a model (and its group) back under an active status filter.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ModelsPage::layoutTree);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ModelsPage::showSelected);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (index.parent().isValid()) {
            if (m_progress->isEnabled())
                openProgress();
        } else {
            m_view->setExpanded(index, !m_view->isExpanded(index));
        }
    });
    connect(m_assign, &QPushButton::clicked, this, [this] { openAssign(); });
    connect(m_progress, &QPushButton::clicked, this, [this] { openProgress(); });
    connect(m_detail, &ModelDetailPanel::openEvidenceRequested, this, &ModelsPage::openEvidence);
    connect(m_detail, &ModelDetailPanel::saveEvidenceRequested, this, &ModelsPage::askSaveEvidence);

    auto shortcut = [this](const QKeySequence& keys, auto action) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, action);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), [this] {
        if (m_assign->isEnabled())
            openAssign();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_U), [this] {
        if (m_progress->isEnabled())
            openProgress();
    });
    shortcut(QKeySequence::Find, [this] {
        m_filterBox->setFocus();
        m_filterBox->selectAll();
    });
    setTabOrder(m_filterBox, m_statusBox);
    setTabOrder(m_statusBox, m_groupBox);
    setTabOrder(m_groupBox, m_view);
    setTabOrder(m_view, m_progress);
    setTabOrder(m_progress, m_assign);

    retranslate();
    reload();
    layoutTree();
}

ModelsPage::~ModelsPage() = default;

void ModelsPage::reload()
{
    const QDate today = plan::todayFrom(m_context.services.clock);
    auto overview = plan::loadPlanOverview(*m_repository, *m_catalog, today);
    if (!overview) {
        m_error->setText(overview.message());
        m_error->show();
        return;
    }
    m_error->hide();
    m_model->setOverview(std::move(*overview), today);
    updateCount();
    showSelected();
}

void ModelsPage::layoutTree()
{
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        m_view->setFirstColumnSpanned(row, {}, true);
    m_view->expandAll();
}

void ModelsPage::applyFilters()
{
    const int selected = selectedModel();
    m_proxy->setText(m_filterBox->text());
    m_proxy->setStatusKey(m_statusBox->currentData().toString());
    m_proxy->setGroup(m_groupBox->currentData().toInt());
    layoutTree();
    updateCount();
    // Keep the selected model when it still shows; else the detail would speak of a hidden row.
    if (selected != 0 && selectedModel() != selected)
        m_detail->clear();
    updateButtons();
}

void ModelsPage::updateCount()
{
    const int total = m_model->modelCount();
    const int shown = m_proxy->visibleModelCount();
    int overdue = 0;
    for (const plan::ModelOverview& o : m_model->overview())
        overdue += o.status == plan::ModelStatus::Overdue;
    QString text = shown == total ? tr("%n model(s)", nullptr, total)
                                  : tr("%1 of %2 models").arg(formatCount(shown), formatCount(total));
    if (overdue > 0)
        text += u" · "_s + tr("%n overdue", nullptr, overdue);
    m_count->setText(text);
}

int ModelsPage::selectedModel() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), current.parent()))
        return 0;
    return current.data(ModelTreeModel::ModelNumberRole).toInt();
}

bool ModelsPage::selectModel(int number)
{
    QModelIndex source = m_model->modelIndex(number);
    if (!source.isValid())
        return false;
    QModelIndex proxied = m_proxy->mapFromSource(source);
    if (!proxied.isValid()) {
        m_filterBox->clear();
        m_statusBox->setCurrentIndex(0);
        m_groupBox->setCurrentIndex(0);
        proxied = m_proxy->mapFromSource(source);
    }
    m_view->setCurrentIndex(proxied);
    m_view->scrollTo(proxied);
    return proxied.isValid();
}

void ModelsPage::showSelected()
{
    const int number = selectedModel();
    const plan::ModelOverview* o = m_model->overviewOf(number);
    if (!o) {
        m_detail->clear();
        updateButtons();
        return;
    }
    storage::Vault& vault = *m_context.session.vault();
    QString kpiError;
    QList<plan::KpiValue> kpis;
    auto computed = plan::KpiCalculator(vault.db()).kpisOf(*o->model, o->history, m_model->today());
    if (computed)
        kpis = *computed;
    else
        kpiError = computed.message();

    QList<EvidenceEntry> evidence;
    QSet<QString> seen;
    domain::SealedFileStore files(vault);
    for (qsizetype i = o->history.size() - 1; i >= 0; --i) {
        const plan::ProgressEntry& e = o->history.at(i);
        if (e.evidenceFileId.isEmpty() || seen.contains(e.evidenceFileId))
            continue;
        seen.insert(e.evidenceFileId);
        EvidenceEntry entry{e.evidenceFileId, {}, 0, e.reportedOn, false};
        // A file synced before its bytes arrived (or refused by the seal) is listed, not opened.
        if (auto info = files.info(e.evidenceFileId)) {
            entry.name = info->name;
            entry.size = info->size;
            entry.available = true;
        }
        evidence.append(entry);
    }
    m_detail->showModel(*o, kpis, evidence, m_model->today(), kpiError);
    updateButtons();
}

void ModelsPage::updateButtons()
{
    const bool model = selectedModel() != 0;
    m_assign->setEnabled(m_canWrite && model);
    m_progress->setEnabled(m_canWrite && model);
}

ModelAssignDialog* ModelsPage::openAssign()
{
    const plan::ModelOverview* o = m_model->overviewOf(selectedModel());
    if (!o || !m_canWrite)
        return nullptr;
    auto* dialog = new ModelAssignDialog(*m_repository, m_context.services.roleCatalog, *o->model,
                                         o->assignment, m_model->today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ModelsPage::reload);
    dialog->open();
    return dialog;
}

ModelProgressDialog* ModelsPage::openProgress()
{
    const plan::ModelOverview* o = m_model->overviewOf(selectedModel());
    if (!o || !m_canWrite)
        return nullptr;
    auto kpis =
        plan::KpiCalculator(m_context.session.vault()->db()).kpisOf(*o->model, o->history, m_model->today());
    auto* dialog = new ModelProgressDialog(*m_repository, *o->model,
                                           o->latest ? std::optional(o->latest->status) : std::nullopt,
                                           kpis ? *kpis : QList<plan::KpiValue>(), m_model->today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ModelsPage::reload);
    dialog->open();
    return dialog;
}

Result<QByteArray> ModelsPage::evidenceBytes(const QString& fileId)
{
    XASO_TRY(m_repository->checkRead());
    return domain::SealedFileStore(*m_context.session.vault()).read(fileId);
}

Status ModelsPage::saveEvidenceCopy(const QString& fileId, const QString& path)
{
    auto bytes = evidenceBytes(fileId);
    if (!bytes)
        return bytes.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return makeError(ErrorCode::Io,
                         tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

void ModelsPage::openEvidence(const QString& fileId)
{
    auto info = domain::SealedFileStore(*m_context.session.vault()).info(fileId);
    if (!info) {
        QMessageBox::warning(this, tr("Evidence"), info.message());
        return;
    }
    // The program that opens the file needs it on disk: a copy in a private temporary folder,
    // removed with the page (the workspace is torn down when the profile locks).
    if (!m_openedFiles)
        m_openedFiles = std::make_unique<QTemporaryDir>();
    const QString path = m_openedFiles->filePath(fileId.left(12) + u"-"_s + QFileInfo(info->name).fileName());
    if (Status s = saveEvidenceCopy(fileId, path); !s) {
        QMessageBox::warning(this, tr("Evidence"), s.message());
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        QMessageBox::information(
            this, tr("Evidence"),
            tr("No program on this computer opens %1. Use Save a copy instead.").arg(info->name));
}

void ModelsPage::askSaveEvidence(const QString& fileId)
{
    auto info = domain::SealedFileStore(*m_context.session.vault()).info(fileId);
    if (!info) {
        QMessageBox::warning(this, tr("Evidence"), info.message());
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save a copy of the evidence"), QDir::home().filePath(QFileInfo(info->name).fileName()));
    if (path.isEmpty())
        return;
    if (Status s = saveEvidenceCopy(fileId, path); !s)
        QMessageBox::warning(this, tr("Evidence"), s.message());
}

void ModelsPage::applyNavigationFilter(const QString& key, const QString& value)
{
    const QString v = value.trimmed().toLower();
    const bool all = v.isEmpty() || v == u"all" || v == u"0";
    m_filterBox->clear();
    if (key == u"clear") {
        m_statusBox->setCurrentIndex(0);
        m_groupBox->setCurrentIndex(0);
    } else if (key == u"group") {
        const int index = all ? 0 : m_groupBox->findData(v.toInt());
        m_groupBox->setCurrentIndex(qMax(0, index));
        const QModelIndex group = m_proxy->mapFromSource(m_model->groupIndex(v.toInt()));
        if (group.isValid()) {
            m_view->expand(group);
            m_view->scrollTo(group, QAbstractItemView::PositionAtTop);
        }
    } else if (key == u"status") {
        const int index = all ? 0 : m_statusBox->findData(QString(v).replace(u'-', u'_'));
        m_statusBox->setCurrentIndex(qMax(0, index));
    } else if (key == u"model") {
        selectModel(v.toInt());
    }
    applyFilters();
}

void ModelsPage::retranslate()
{
    m_header->setTexts(m_section.title(), m_section.description());
    m_filterBox->setPlaceholderText(tr("Filter by number, title or lead (Ctrl+F)"));
    m_filterBox->setAccessibleName(tr("Filter the models"));
    m_statusLabel->setText(tr("&Status:"));
    m_groupLabel->setText(tr("&Group:"));

    // Rebuilt in the new language, keeping the choice.
    const QString status = m_statusBox->currentData().toString();
    const int group = m_groupBox->currentData().toInt();
    const QSignalBlocker blockStatus(m_statusBox);
    const QSignalBlocker blockGroup(m_groupBox);
    m_statusBox->clear();
    m_statusBox->addItem(tr("All statuses"), QString());
    for (plan::ModelStatus s : allModelStatuses())
        m_statusBox->addItem(modelStatusIcon(s), modelStatusLabel(s), plan::modelStatusKey(s));
    m_statusBox->setCurrentIndex(qMax(0, m_statusBox->findData(status)));
    m_statusBox->setAccessibleName(tr("Status filter"));
    m_groupBox->clear();
    m_groupBox->addItem(tr("All groups"), 0);
    for (const PlanGroup& g : m_catalog->groups())
        m_groupBox->addItem(tr("%1. %2").arg(g.number).arg(g.title), g.number);
    m_groupBox->setCurrentIndex(qMax(0, m_groupBox->findData(group)));
    m_groupBox->setAccessibleName(tr("Group filter"));

    m_view->setAccessibleName(tr("The plan's models"));
    m_assign->setText(tr("&Assign…"));
    m_assign->setToolTip(tr("Choose who leads and who cooperates on the selected model (Ctrl+Shift+A)"));
    m_assign->setAccessibleName(tr("Assign"));
    m_progress->setText(tr("Progress &update…"));
    m_progress->setToolTip(tr("Record the status, KPI values and evidence of the selected model (Ctrl+U)"));
    m_progress->setAccessibleName(tr("Progress update"));
    m_readOnlyNote->setText(tr("Your roles may read the models but not assign them or record progress."));
    updateCount();
}

void ModelsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->setOverview(m_model->overview(), m_model->today()); // re-render texts
        showSelected();
    }
    QWidget::changeEvent(event);
}

void ModelsPage::showEvent(QShowEvent* event)
{
    // Records typed on other pages change the computed KPIs, and the date may have turned.
    if (m_shown)
        reload();
    m_shown = true;
    QWidget::showEvent(event);
}

} // namespace xaso::desktop
