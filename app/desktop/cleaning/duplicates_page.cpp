#include "cleaning/duplicates_page.h"

#include "common/desktop_services.h"
#include "common/formatting.h"
#include "common/theme.h"
#include "common/vault_session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

namespace {
QString describe(const domain::Resident& r)
{
    const QString birth = r.birthDate.isValid()
                              ? formatDate(r.birthDate)
                              : (r.birthYear > 0 ? QString::number(r.birthYear) : QString());
    return u"%1 — %2 — %3"_s.arg(r.fullName, r.id, birth);
}
} // namespace

DuplicatesPage::DuplicatesPage(const SectionContext& context, QWidget* parent)
    : QWidget(parent), m_duplicates(*context.session.vault(), context.services.roleCatalog),
      m_canWrite(context.services.roleCatalog.access(context.session.vault()->profile().roles,
                                                     QString(RecordKind::Residents)) == Access::Write)
{
    setObjectName(u"duplicatesPage"_s);
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    setRole(m_intro, "hint");
    m_find = new QPushButton;
    m_find->setObjectName(u"findDuplicates"_s);
    setRole(m_find, "primary");
    m_status = new QLabel;
    m_status->setObjectName(u"duplicatesStatus"_s);
    m_table = new QTableWidget;
    m_table->setObjectName(u"duplicatesTable"_s);
    m_table->setColumnCount(3);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 380);
    m_table->setColumnWidth(1, 380);
    m_keepFirst = new QPushButton;
    m_keepFirst->setObjectName(u"keepFirst"_s);
    m_keepSecond = new QPushButton;
    m_keepSecond->setObjectName(u"keepSecond"_s);
    auto* top = new QHBoxLayout;
    top->addWidget(m_find);
    top->addWidget(m_status, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_keepFirst);
    bottom->addWidget(m_keepSecond);
    bottom->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->addWidget(m_intro);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    connect(m_find, &QPushButton::clicked, this, [this] {
        Status s = findDuplicates();
        if (!s)
            m_status->setText(s.message());
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DuplicatesPage::updateButtons);
    connect(m_keepFirst, &QPushButton::clicked, this, [this] { askMerge(true); });
    connect(m_keepSecond, &QPushButton::clicked, this, [this] { askMerge(false); });
    retranslate();
    updateButtons();
}

Status DuplicatesPage::findDuplicates()
{
    auto pairs = m_duplicates.probable(1000);
    if (!pairs)
        return pairs.error();
    m_pairs = *pairs;
    fill();
    return {};
}

void DuplicatesPage::fill()
{
    m_table->setRowCount(int(m_pairs.size()));
    for (int r = 0; r < m_pairs.size(); ++r) {
        const domain::DuplicatePair& p = m_pairs.at(r);
        QStringList reasons;
        for (const auto reason : p.reasons)
            reasons << (reason == domain::DuplicatePair::Reason::SameNameAndBirthDate
                            ? tr("same name and birth date")
                            : tr("same phone and given name"));
        m_table->setItem(r, 0, new QTableWidgetItem(describe(p.first)));
        m_table->setItem(r, 1, new QTableWidgetItem(describe(p.second)));
        m_table->setItem(r, 2, new QTableWidgetItem(reasons.join(u", "_s)));
    }
    m_status->setText(m_pairs.isEmpty() ? tr("No probable duplicates.")
                                        : tr("%n pair(s) to review.", nullptr, int(m_pairs.size())));
    updateButtons();
}

Status DuplicatesPage::merge(int row, bool keepFirst)
{
    if (row < 0 || row >= m_pairs.size())
        return makeError(ErrorCode::NotFound, tr("Select a pair first."));
    const domain::DuplicatePair p = m_pairs.at(row);
    const QString keep = keepFirst ? p.first.id : p.second.id;
    const QString drop = keepFirst ? p.second.id : p.first.id;
    XASO_TRY(m_duplicates.merge(keep, drop));
    m_pairs.removeAt(row);
    fill();
    emit recordsChanged();
    return {};
}

void DuplicatesPage::askMerge(bool keepFirst)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_pairs.size())
        return;
    const domain::DuplicatePair& p = m_pairs.at(row);
    const domain::Resident& keep = keepFirst ? p.first : p.second;
    const domain::Resident& drop = keepFirst ? p.second : p.first;
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Merge the records"),
        tr("Keep %1 (%2) and merge %3 (%4) into it? The merged record is deleted; its household "
           "and checklist move to the record kept.")
            .arg(keep.fullName, keep.id, drop.fullName, drop.id),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(u"confirmMerge"_s);
    box->button(QMessageBox::Yes)->setText(tr("Merge"));
    box->button(QMessageBox::No)->setText(tr("Cancel"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this, row, keepFirst] {
        Status s = merge(row, keepFirst);
        if (!s)
            m_status->setText(s.message());
    });
    box->open();
}

void DuplicatesPage::updateButtons()
{
    const bool any = m_canWrite && m_table->currentRow() >= 0 && m_table->currentRow() < m_pairs.size() &&
                     !m_table->selectedItems().isEmpty();
    m_keepFirst->setEnabled(any);
    m_keepSecond->setEnabled(any);
}

void DuplicatesPage::retranslate()
{
    m_intro->setText(
        tr("The same person may have been recorded twice under two personal IDs, one of them mistyped. "
           "Compare the two records; merge them into the one whose ID is right."));
    m_find->setText(tr("&Find probable duplicates"));
    m_table->setHorizontalHeaderLabels({tr("First record"), tr("Second record"), tr("Why")});
    m_table->setAccessibleName(tr("Probable duplicates"));
    m_keepFirst->setText(tr("Keep the &first, merge the second"));
    m_keepSecond->setText(tr("Keep the &second, merge the first"));
}

void DuplicatesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace xaso::desktop
