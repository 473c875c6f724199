#include "residents/households_page.h"

#include "common/desktop_services.h"
#include "common/formatting.h"
#include "common/page_header.h"
#include "common/theme.h"
#include "common/vault_session.h"
#include "imports/list_export.h"
#include "residents/household_form_dialog.h"
#include "residents/resident_form_dialog.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

QWidget* householdsPage(const SectionContext& context, const SectionInfo& section)
{
    return new HouseholdsPage(context, section);
}

HouseholdsPage::HouseholdsPage(const SectionContext& context, const SectionInfo& section, QWidget* parent)
    : QWidget(parent), m_context(context), m_section(section),
      m_canWrite(context.services.roleCatalog.access(context.session.vault()->profile().roles,
                                                     QString(RecordKind::Households)) == Access::Write),
      m_households(*context.session.vault(), context.services.roleCatalog),
      m_editor(*context.session.vault(), context.services.roleCatalog)
{
    setObjectName(u"householdsPage"_s);
    m_header = new PageHeader(section.iconPath);
    m_hamlet = new QComboBox;
    m_hamlet->setObjectName(u"hamletFilter"_s);
    m_hamlet->addItem(QString(), QString());
    m_hamlet->setMinimumContentsLength(14);
    domain::HouseholdList lists(*context.session.vault(), context.services.roleCatalog);
    if (auto hamlets = lists.hamlets()) {
        for (const QString& h : *hamlets)
            m_hamlet->addItem(h, h);
    }
    m_hamletLabel = new QLabel;
    m_hamletLabel->setBuddy(m_hamlet);
    m_export = new QPushButton;
    m_export->setObjectName(u"exportHouseholds"_s);
    m_newHousehold = new QPushButton;
    m_newHousehold->setObjectName(u"newHousehold"_s);
    setRole(m_newHousehold, "primary");
    m_editHousehold = new QPushButton;
    m_editHousehold->setObjectName(u"editHousehold"_s);
    m_newHousehold->setVisible(m_canWrite);
    m_editHousehold->setVisible(m_canWrite);

    m_model = new HouseholdListModel(*context.session.vault(), context.services.roleCatalog, this);
    m_table = new QTableView;
    m_table->setObjectName(u"householdTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(HouseholdListModel::HeadColumn, 190);
    m_table->setColumnWidth(HouseholdListModel::HamletColumn, 80);
    m_table->setColumnWidth(HouseholdListModel::AddressColumn, 190);
    m_table->setColumnWidth(HouseholdListModel::MembersColumn, 80);

    m_membersTitle = new QLabel;
    m_membersTitle->setObjectName(u"membersTitle"_s);
    setRole(m_membersTitle, "subtitle");
    m_members = new QTableWidget;
    m_members->setObjectName(u"memberTable"_s);
    m_members->setColumnCount(3);
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_members->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_members->setSelectionMode(QAbstractItemView::SingleSelection);
    m_members->verticalHeader()->hide();
    m_members->horizontalHeader()->setStretchLastSection(true);
    m_members->setColumnWidth(0, 190);
    m_members->setColumnWidth(1, 120);
    m_newId = new QLineEdit;
    m_newId->setObjectName(u"memberId"_s);
    m_newId->setMaxLength(12);
    m_newRelation = new QLineEdit;
    m_newRelation->setObjectName(u"memberRelation"_s);
    m_add = new QPushButton;
    m_add->setObjectName(u"addMember"_s);
    m_remove = new QPushButton;
    m_remove->setObjectName(u"removeMember"_s);
    m_openMember = new QPushButton;
    m_openMember->setObjectName(u"openMember"_s);
    m_message = new QLabel;
    m_message->setObjectName(u"memberMessage"_s);
    m_message->setWordWrap(true);
    setRole(m_message, "error");
    for (QWidget* w : std::initializer_list<QWidget*>{m_newId, m_newRelation, m_add, m_remove})
        w->setVisible(m_canWrite);

    auto* side = new QWidget;
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(12, 0, 0, 0);
    sideLayout->addWidget(m_membersTitle);
    sideLayout->addWidget(m_members, 1);
    auto* memberButtons = new QHBoxLayout;
    memberButtons->addWidget(m_openMember);
    memberButtons->addWidget(m_remove);
    memberButtons->addStretch();
    sideLayout->addLayout(memberButtons);
    auto* add = new QHBoxLayout;
    add->addWidget(m_newId, 2);
    add->addWidget(m_newRelation, 1);
    add->addWidget(m_add);
    sideLayout->addLayout(add);
    sideLayout->addWidget(m_message);
    auto* splitter = new QSplitter;
    splitter->addWidget(m_table);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({760, 480});

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_hamletLabel);
    bar->addWidget(m_hamlet);
    bar->addStretch();
    bar->addWidget(m_newHousehold);
    bar->addWidget(m_editHousehold);
    bar->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 16);
    layout->addWidget(m_header);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_hamlet, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setHamlet(m_hamlet->currentData().toString()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HouseholdsPage::showMembers);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HouseholdsPage::showMembers);
    connect(m_add, &QPushButton::clicked, this, [this] {
        Status s = addMember(m_newId->text(), m_newRelation->text());
        m_message->setText(s ? QString() : s.message());
        if (s) {
            m_newId->clear();
            m_newRelation->clear();
        }
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        Status s = removeSelectedMember();
        m_message->setText(s ? QString() : s.message());
    });
    connect(m_openMember, &QPushButton::clicked, this, [this] { openSelectedMember(); });
    connect(m_members, &QTableWidget::itemActivated, this, [this] { openSelectedMember(); });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = askExportPath(this, u"ho-gia-dinh"_s);
        if (path.isEmpty())
            return;
        auto written = exportTo(path);
        if (written)
            QMessageBox::information(this, tr("Export"),
                                     tr("%1 households written to %2.").arg(formatCount(*written), path));
        else
            QMessageBox::warning(this, tr("Export"), written.message());
    });
    connect(m_newHousehold, &QPushButton::clicked, this, [this] { openNewHousehold(); });
    connect(m_editHousehold, &QPushButton::clicked, this, [this] { openSelectedHousehold(); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        m_table->selectRow(index.row()); // the row under the cursor, also when it came with Tab
        openSelectedHousehold();
    });
    auto* newShortcut = new QShortcut(QKeySequence::New, this);
    newShortcut->setContext(Qt::WindowShortcut); // from the section list too; hidden pages' do not fire
    connect(newShortcut, &QShortcut::activated, this, [this] { openNewHousehold(); });
    setTabOrder(m_hamlet, m_table);
    setTabOrder(m_table, m_members);
    retranslate();
    m_model->reload();
}

QString HouseholdsPage::currentHouseholdId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const domain::HouseholdListEntry* e = rows.isEmpty() ? nullptr : m_model->entryAt(rows.first().row());
    return e ? e->household.id : QString();
}

void HouseholdsPage::selectRow(int row)
{
    m_table->selectRow(row);
}

void HouseholdsPage::showMembers()
{
    const QString id = currentHouseholdId();
    m_memberRows.clear();
    if (!id.isEmpty()) {
        auto people = m_households.members(id);
        if (people)
            m_memberRows = *people;
        else
            m_message->setText(people.message());
    }
    m_members->setRowCount(int(m_memberRows.size()));
    for (int r = 0; r < m_memberRows.size(); ++r) {
        const domain::Resident& p = m_memberRows.at(r);
        m_members->setItem(r, 0, new QTableWidgetItem(p.fullName));
        m_members->setItem(r, 1, new QTableWidgetItem(p.id));
        m_members->setItem(r, 2, new QTableWidgetItem(p.relationToHead));
    }
    m_membersTitle->setText(id.isEmpty() ? tr("Select a household to see its members.")
                                         : tr("Members of the household (%1)").arg(m_memberRows.size()));
    m_add->setEnabled(!id.isEmpty());
    m_editHousehold->setEnabled(!id.isEmpty());
    m_remove->setEnabled(!id.isEmpty() && !m_memberRows.isEmpty());
    m_openMember->setEnabled(!m_memberRows.isEmpty());
}

Status HouseholdsPage::addMember(const QString& residentId, const QString& relation)
{
    const QString id = currentHouseholdId();
    if (id.isEmpty())
        return makeError(ErrorCode::NotFound, tr("Select a household first."));
    XASO_TRY(m_households.setMember(residentId.trimmed(), id, relation.trimmed()));
    showMembers();
    return {};
}

Status HouseholdsPage::removeSelectedMember()
{
    const int row = m_members->currentRow();
    if (row < 0 || row >= m_memberRows.size())
        return makeError(ErrorCode::NotFound, tr("Select a member first."));
    XASO_TRY(m_households.setMember(m_memberRows.at(row).id, {}, {}));
    showMembers();
    return {};
}

ResidentFormDialog* HouseholdsPage::openSelectedMember()
{
    const int row = std::max(0, m_members->currentRow());
    if (row >= m_memberRows.size())
        return nullptr;
    auto resident = m_editor.get(m_memberRows.at(row).id);
    if (!resident)
        return nullptr;
    auto* dialog = new ResidentFormDialog(m_editor, &*resident, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &HouseholdsPage::showMembers);
    dialog->open();
    return dialog;
}

QStringList HouseholdsPage::hamletCodes() const
{
    QStringList codes;
    for (int i = 1; i < m_hamlet->count(); ++i)
        codes.append(m_hamlet->itemData(i).toString());
    return codes;
}

HouseholdFormDialog* HouseholdsPage::openNewHousehold()
{
    if (!m_canWrite)
        return nullptr;
    auto* dialog = new HouseholdFormDialog(*m_context.session.vault(), m_context.services.roleCatalog,
                                           nullptr, hamletCodes(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { reloadAndSelect(dialog->savedId()); });
    dialog->open();
    return dialog;
}

HouseholdFormDialog* HouseholdsPage::openSelectedHousehold()
{
    const QString id = currentHouseholdId();
    if (!m_canWrite || id.isEmpty())
        return nullptr;
    auto stored = m_households.get(id);
    if (!stored) {
        m_message->setText(stored.message());
        return nullptr;
    }
    auto* dialog = new HouseholdFormDialog(*m_context.session.vault(), m_context.services.roleCatalog,
                                           &*stored, hamletCodes(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { reloadAndSelect(dialog->savedId()); });
    dialog->open();
    return dialog;
}

void HouseholdsPage::reloadAndSelect(const QString& householdId)
{
    m_model->reload();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const domain::HouseholdListEntry* e = m_model->entryAt(row);
        if (e && e->household.id == householdId) {
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0));
            return;
        }
    }
}

Result<qint64> HouseholdsPage::exportTo(const QString& path)
{
    domain::ListQuery filter;
    filter.hamlet = m_hamlet->currentData().toString(); // the export holds what the list shows
    return exportRecords(*m_context.session.vault(), m_context.services.roleCatalog, u"households"_s, path,
                         filter);
}

void HouseholdsPage::retranslate()
{
    m_header->setTexts(m_section.title(), m_section.description());
    m_hamlet->setItemText(0, tr("All hamlets"));
    m_hamlet->setAccessibleName(tr("Hamlet"));
    m_hamletLabel->setText(tr("&Hamlet:"));
    m_export->setText(tr("E&xport…"));
    m_newHousehold->setText(tr("&New household"));
    m_newHousehold->setToolTip(tr("Create a household (Ctrl+N)"));
    m_editHousehold->setText(tr("&Edit"));
    m_editHousehold->setToolTip(tr("Edit the selected household (Enter)"));
    m_table->setAccessibleName(tr("Households"));
    m_members->setHorizontalHeaderLabels({tr("Full name"), tr("Personal ID"), tr("Relation to the head")});
    m_members->setAccessibleName(tr("Members of the household"));
    m_newId->setPlaceholderText(tr("Personal ID of the new member"));
    m_newId->setAccessibleName(tr("Personal ID of the new member"));
    m_newRelation->setPlaceholderText(tr("Relation, e.g. Con"));
    m_newRelation->setAccessibleName(tr("Relation to the head"));
    m_add->setText(tr("&Add to the household"));
    m_remove->setText(tr("&Take out of the household"));
    m_openMember->setText(tr("&Open the member"));
    showMembers();
}

void HouseholdsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace xaso::desktop
