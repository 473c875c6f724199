#include "cleaning/cleaning_page.h"

#include "common/desktop_services.h"
#include "common/formatting.h"
#include "common/record_labels.h"
#include "common/theme.h"
#include "common/vault_session.h"

#include <QApplication>
#include <QCheckBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

namespace {
QString comparedFieldLabel(const QString& field)
{
    if (field == u"full_name"_s)
        return QCoreApplication::translate("CleaningPage", "Full name");
    if (field == u"birth_date"_s)
        return QCoreApplication::translate("CleaningPage", "Date of birth");
    if (field == u"sex"_s)
        return QCoreApplication::translate("CleaningPage", "Sex");
    return field;
}
} // namespace

CleaningPage::CleaningPage(const SectionContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_cleaning(*context.session.vault(), context.services.roleCatalog),
      m_canWrite(context.services.roleCatalog.access(context.session.vault()->profile().roles,
                                                     QString(RecordKind::Residents)) == Access::Write)
{
    setObjectName(u"cleaningPage"_s);
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    setRole(m_intro, "hint");
    m_load = new QPushButton;
    m_load->setObjectName(u"loadExtract"_s);
    setRole(m_load, "primary");
    m_load->setEnabled(m_canWrite);
    m_markMissing = new QCheckBox;
    m_markMissing->setObjectName(u"markMissing"_s);
    m_markMissing->setChecked(true);
    m_path = new QLabel;
    m_path->setObjectName(u"extractPath"_s);
    setRole(m_path, "hint");
    m_summary = new QLabel;
    m_summary->setObjectName(u"cleaningSummary"_s);
    m_summary->setWordWrap(true);
    m_tree = new QTreeWidget;
    m_tree->setObjectName(u"mismatchTree"_s);
    m_tree->setColumnCount(4);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(0, 260);
    m_tree->setColumnWidth(1, 150);
    m_tree->setColumnWidth(2, 220);
    m_verify = new QPushButton;
    m_verify->setObjectName(u"markVerified"_s);
    m_open = new QPushButton;
    m_open->setObjectName(u"openMismatch"_s);

    auto* top = new QHBoxLayout;
    top->addWidget(m_load);
    top->addStretch();
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_verify);
    bottom->addWidget(m_open);
    bottom->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->addWidget(m_intro);
    layout->addLayout(top);
    layout->addWidget(m_markMissing); // a row of its own: its Vietnamese label is long (1366-px laptops)
    layout->addWidget(m_path);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addLayout(bottom);

    connect(m_load, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("The police extract"), QString(),
                                                          tr("Lists (*.csv *.xlsx);;All files (*)"));
        if (path.isEmpty())
            return;
        auto result = runComparison(path);
        if (!result)
            QMessageBox::warning(this, tr("Cleaning"), result.message());
    });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &CleaningPage::updateButtons);
    connect(m_verify, &QPushButton::clicked, this, [this] {
        Status s = markSelectedVerified();
        if (!s)
            QMessageBox::warning(this, tr("Cleaning"), s.message());
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem* item = selectedTop())
            emit openResident(item->data(0, Qt::UserRole).toString());
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] {
        if (QTreeWidgetItem* item = selectedTop())
            emit openResident(item->data(0, Qt::UserRole).toString());
    });
    retranslate();
    updateButtons();
}

Result<domain::CleaningSummary> CleaningPage::runComparison(const QString& path)
{
    m_path->setText(tr("Extract: %1").arg(path));
    m_summary->setText(tr("Comparing…"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    domain::Cleaning::Options options;
    options.markMissingAsNotFound = m_markMissing->isChecked();
    options.progress = [](qint64, qint64) {
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        return true;
    };
    auto result = m_cleaning.verifyAgainst(path, options);
    QApplication::restoreOverrideCursor();
    if (!result) {
        setRole(m_summary, "error");
        m_summary->setText(result.message());
        return result;
    }
    showSummary(*result);
    emit recordsChanged();
    return result;
}

void CleaningPage::showSummary(const domain::CleaningSummary& s)
{
    setRole(m_summary, s.mismatched > 0 ? "countdown" : "success");
    QString text =
        tr("%1 rows in the extract: %2 residents verified, %3 with differences, %4 not in the extract, "
           "%5 rows of the extract with no resident in Xã Số.")
            .arg(formatCount(s.referenceRows), formatCount(s.verified), formatCount(s.mismatched),
                 formatCount(s.notFound), formatCount(s.referenceOnly));
    if (!s.rowErrors.isEmpty())
        text += u"\n"_s + tr("%n row(s) of the extract were skipped, the first: row %1: %2", nullptr,
                             int(s.rowErrors.size()))
                              .arg(s.rowErrors.first().row)
                              .arg(s.rowErrors.first().message);
    m_summary->setText(text);
    m_tree->clear();
    for (const domain::CleaningMismatch& m : s.mismatches) {
        auto* item = new QTreeWidgetItem(m_tree, {m.fullName, m.residentId,
                                                  tr("Row %1 of the extract").arg(m.referenceRow),
                                                  verificationLabel(int(domain::Verification::Mismatch))});
        item->setData(0, Qt::UserRole, m.residentId);
        item->setForeground(3, verificationColour(int(domain::Verification::Mismatch)));
        for (int i = 0; i < m.fields.size(); ++i) {
            auto* child = new QTreeWidgetItem(item, {comparedFieldLabel(m.fields.at(i)), QString(),
                                                     tr("Xã Số: %1").arg(m.vaultValues.value(i)),
                                                     tr("Extract: %1").arg(m.referenceValues.value(i))});
            child->setFlags(child->flags() & ~Qt::ItemIsSelectable);
        }
        item->setExpanded(true);
    }
    updateButtons();
}

QTreeWidgetItem* CleaningPage::selectedTop() const
{
    const QList<QTreeWidgetItem*> items = m_tree->selectedItems();
    if (items.isEmpty())
        return nullptr;
    QTreeWidgetItem* item = items.first();
    return item->parent() ? item->parent() : item;
}

bool CleaningPage::selectResident(const QString& residentId)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_tree->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == residentId) {
            m_tree->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

Status CleaningPage::markSelectedVerified()
{
    QTreeWidgetItem* item = selectedTop();
    if (!item)
        return makeError(ErrorCode::NotFound, tr("Select a resident in the list first."));
    XASO_TRY(m_cleaning.markVerified(item->data(0, Qt::UserRole).toString()));
    item->setText(3, verificationLabel(int(domain::Verification::Verified)));
    item->setForeground(3, verificationColour(int(domain::Verification::Verified)));
    item->setData(0, Qt::UserRole + 1, true);
    updateButtons();
    emit recordsChanged();
    return {};
}

void CleaningPage::updateButtons()
{
    QTreeWidgetItem* item = selectedTop();
    m_verify->setEnabled(m_canWrite && item && !item->data(0, Qt::UserRole + 1).toBool());
    m_open->setEnabled(item);
}

void CleaningPage::retranslate()
{
    m_intro->setText(
        tr("Compare the residents with the extract of the national population data the commune police "
           "provide (CSV or Excel with Số định danh cá nhân, Họ và tên, Ngày sinh, Giới tính). Matching "
           "records become verified; the others are listed below with the fields that differ."));
    m_load->setText(tr("&Load the police extract and compare…"));
    m_markMissing->setText(
        tr("Residents missing from the extract become “not in the extract” (untick for one hamlet)"));
    m_tree->setHeaderLabels(
        {tr("Resident / field"), tr("Personal ID"), tr("In Xã Số"), tr("In the extract / state")});
    m_tree->setAccessibleName(tr("Differences from the extract"));
    m_verify->setText(tr("Mark &verified"));
    m_verify->setToolTip(tr("After checking the papers: the record is right as it is in Xã Số."));
    m_open->setText(tr("Open the &record"));
}

void CleaningPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace xaso::desktop
