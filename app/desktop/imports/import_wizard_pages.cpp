#include "imports/import_wizard_pages.h"

#include "common/formatting.h"
#include "common/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

namespace {
QTableWidget* makeTable(const QString& name, const QString& accessible)
{
    auto* t = new QTableWidget;
    t->setObjectName(name);
    t->setAccessibleName(accessible);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->setAlternatingRowColors(true);
    return t;
}

QLabel* errorLabel(const QString& name)
{
    auto* l = new QLabel;
    l->setObjectName(name);
    l->setWordWrap(true);
    setRole(l, "error");
    return l;
}
} // namespace

// ---- 1. File -------------------------------------------------------------------------------

ImportFilePage::ImportFilePage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent), m_session(session)
{
    setTitle(tr("Choose the file"));
    setSubTitle(
        tr("A CSV file (any encoding Excel writes) or an Excel workbook (.xlsx). Title rows above the "
           "header and an STT column are fine."));
    m_path = new QLineEdit;
    m_path->setObjectName(u"importPath"_s);
    m_path->setAccessibleName(tr("File to import"));
    auto* browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(u"browseButton"_s);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose the file to import"), QString(),
                                                          tr("Lists (*.csv *.xlsx *.txt);;All files (*)"));
        if (!file.isEmpty())
            m_path->setText(file);
    });
    connect(m_path, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    m_error = errorLabel(u"fileError"_s);
    auto* row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto* label = new QLabel(tr("&File:"));
    label->setBuddy(m_path);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addStretch();
}

bool ImportFilePage::isComplete() const
{
    return QFileInfo(m_path->text().trimmed()).isFile();
}

bool ImportFilePage::validatePage()
{
    Status s = m_session.preview(m_path->text().trimmed());
    m_error->setText(s ? QString() : s.message());
    return s.ok();
}

// ---- 2. Preview ----------------------------------------------------------------------------

ImportPreviewPage::ImportPreviewPage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent), m_session(session)
{
    setTitle(tr("Preview"));
    setSubTitle(tr("The first rows of the file as Xã Số reads them. Check that the letters look right."));
    m_info = new QLabel;
    m_info->setObjectName(u"previewInfo"_s);
    m_info->setWordWrap(true);
    m_table = makeTable(u"previewTable"_s, tr("First rows of the file"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_info);
    layout->addWidget(m_table, 1);
}

void ImportPreviewPage::initializePage()
{
    const io::HeaderMatch& h = m_session.header();
    const QList<io::TableRow>& rows = m_session.previewRows();
    m_info->setText(
        tr("Header found on row %1 of %2. Showing the first %n data row(s).", nullptr, int(rows.size()))
            .arg(h.headerRowNumber)
            .arg(QFileInfo(m_session.path()).fileName()));
    m_table->clear();
    m_table->setColumnCount(int(h.headerCells.size()));
    m_table->setHorizontalHeaderLabels(h.headerCells);
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < h.headerCells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(io::cellAt(rows.at(r), c)));
    }
    m_table->resizeColumnsToContents();
}

// ---- 3. Mapping ----------------------------------------------------------------------------

ImportMappingPage::ImportMappingPage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent), m_session(session)
{
    setTitle(tr("Columns"));
    setSubTitle(
        tr("Which column of the file holds each field. Xã Số matched them by their headers; change any "
           "that is wrong. Fields marked * are required."));
    m_table = makeTable(u"mappingTable"_s, tr("Column for each field"));
    m_table->setColumnCount(2);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_missing = errorLabel(u"missingColumns"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_missing);
}

void ImportMappingPage::initializePage()
{
    const QList<io::FieldSpec> specs = m_session.target().fieldSpecs();
    const QStringList headers = m_session.header().headerCells;
    m_table->clear();
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Column in the file")});
    m_table->setRowCount(int(specs.size()));
    for (int r = 0; r < specs.size(); ++r) {
        const io::FieldSpec& spec = specs.at(r);
        auto* name = new QTableWidgetItem(spec.displayName() + (spec.required ? u" *"_s : QString()));
        m_table->setItem(r, 0, name);
        auto* box = new QComboBox;
        box->setObjectName(u"column_"_s + spec.fieldId);
        box->setAccessibleName(spec.displayName());
        box->addItem(tr("(not in the file)"), -1);
        for (int c = 0; c < headers.size(); ++c)
            box->addItem(headers.at(c).isEmpty() ? tr("Column %1").arg(c + 1) : headers.at(c), c);
        box->setCurrentIndex(std::max(0, box->findData(m_session.mapping().column(spec.fieldId))));
        connect(box, &QComboBox::currentIndexChanged, this, [this, box, spec] {
            const int column = box->currentData().toInt();
            if (column < 0)
                m_session.mapping().unmap(spec.fieldId);
            else
                m_session.mapping().map(spec.fieldId, column);
            // A column holds one field: show where the mapping moved another field away from it.
            for (int row = 0; row < m_table->rowCount(); ++row) {
                auto* other = qobject_cast<QComboBox*>(m_table->cellWidget(row, 1));
                const QString id = other->objectName().mid(7);
                const QSignalBlocker block(other);
                other->setCurrentIndex(std::max(0, other->findData(m_session.mapping().column(id))));
            }
            refreshMissing();
        });
        m_table->setCellWidget(r, 1, box);
    }
    m_table->resizeColumnToContents(0);
    refreshMissing();
}

void ImportMappingPage::refreshMissing()
{
    const QStringList missing = m_session.missingRequired();
    m_missing->setText(missing.isEmpty() ? QString()
                                         : tr("Choose a column for: %1.").arg(missing.join(u", "_s)));
    emit completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return m_session.missingRequired().isEmpty();
}

// ---- 4. Dry run ----------------------------------------------------------------------------

ImportDryRunPage::ImportDryRunPage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent), m_session(session)
{
    setTitle(tr("Check"));
    setSubTitle(tr("Every row is checked as the import would write it; nothing is written yet."));
    m_summary = new QLabel;
    m_summary->setObjectName(u"dryRunSummary"_s);
    m_summary->setWordWrap(true);
    m_errors = makeTable(u"dryRunErrors"_s, tr("Rows with problems"));
    m_errors->setColumnCount(3);
    m_errors->horizontalHeader()->setStretchLastSection(true);
    m_skip = new QCheckBox(tr("Import the good rows and &leave out the rows with errors"));
    m_skip->setObjectName(u"skipInvalid"_s);
    registerField(u"skipInvalid"_s, m_skip);
    connect(m_skip, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    m_saveReport = new QPushButton(tr("Save the &error report…"));
    m_saveReport->setObjectName(u"saveReportButton"_s);
    connect(m_saveReport, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getSaveFileName(this, tr("Save the error report"), u"loi-nhap.xlsx"_s,
                                         tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
        if (file.isEmpty())
            return;
        Status s = m_session.saveErrorReport(file);
        m_summary->setText(m_summary->text() + u"\n"_s +
                           (s ? tr("Error report saved to %1.").arg(file) : s.message()));
    });
    auto* row = new QHBoxLayout;
    row->addWidget(m_skip, 1);
    row->addWidget(m_saveReport);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_errors, 1);
    layout->addLayout(row);
}

void ImportDryRunPage::initializePage()
{
    m_ran = false;
    m_errors->clearContents();
    m_errors->setRowCount(0);
    m_errors->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Problem")});
    m_summary->setText(tr("Checking…"));
    auto result = m_session.dryRun();
    if (!result) {
        setRole(m_summary, "error");
        m_summary->setText(result.message());
        emit completeChanged();
        return;
    }
    const ImportOutcome& o = *result;
    QList<std::pair<ImportRowIssue, bool>> issues;
    for (const ImportRowIssue& e : o.errors)
        issues.append({e, true});
    for (const ImportRowIssue& w : o.warnings)
        issues.append({w, false});
    m_errors->setRowCount(int(issues.size()));
    for (int r = 0; r < issues.size(); ++r) {
        const auto& [issue, error] = issues.at(r);
        const QColor colour = error ? QColor(0xb3, 0x26, 0x1e) : QColor(0x8a, 0x4b, 0x00);
        const QStringList cells{issue.row > 0 ? QString::number(issue.row) : QString(), issue.column,
                                (error ? QString() : tr("Warning: ")) + issue.reason};
        for (int c = 0; c < 3; ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setForeground(colour);
            item->setToolTip(cells.at(c));
            m_errors->setItem(r, c, item);
        }
    }
    m_errors->resizeColumnToContents(0);
    m_errors->setColumnWidth(1, 180);
    setRole(m_summary, o.refused > 0 ? "error" : "success");
    m_summary->setText(tr("%1 rows read: %2 can be imported, %3 have errors, %4 warnings.")
                           .arg(formatCount(o.rowsRead), formatCount(o.written), formatCount(o.refused),
                                formatCount(o.warnings.size())));
    m_saveReport->setEnabled(!o.errors.isEmpty() || !o.warnings.isEmpty());
    m_skip->setEnabled(o.refused > 0);
    m_ran = true;
    emit completeChanged();
}

bool ImportDryRunPage::isComplete() const
{
    if (!m_ran)
        return false;
    const ImportOutcome& o = m_session.dryRunOutcome();
    return o.written > 0 && (o.refused == 0 || m_skip->isChecked());
}

// ---- 5. Import -----------------------------------------------------------------------------

ImportCommitPage::ImportCommitPage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent), m_session(session)
{
    setTitle(tr("Import"));
    setSubTitle(tr("The rows are written in one step: cancelling leaves the records as they were."));
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setRange(0, 100);
    m_cancel = new QPushButton(tr("&Cancel the import"));
    m_cancel->setObjectName(u"cancelImport"_s);
    connect(m_cancel, &QPushButton::clicked, &m_session, &ImportSession::cancel);
    connect(&m_session, &ImportSession::progress, m_progress, &QProgressBar::setValue);
    m_result = new QLabel;
    m_result->setObjectName(u"importResult"_s);
    m_result->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addWidget(m_result);
    layout->addStretch();
    setFinalPage(true);
}

void ImportCommitPage::initializePage()
{
    m_finished = false;
    m_progress->setValue(0);
    m_result->clear();
    m_cancel->setEnabled(true);
    // Start once the page is on screen, so the progress bar is seen moving.
    QTimer::singleShot(0, this, &ImportCommitPage::start);
}

void ImportCommitPage::start()
{
    auto result = m_session.commit(field(u"skipInvalid"_s).toBool());
    m_cancel->setEnabled(false);
    m_finished = true;
    if (result && result->committed) {
        setRole(m_result, "success");
        m_result->setText(tr("%1 records imported.").arg(formatCount(result->written)));
    } else {
        setRole(m_result, "error");
        m_result->setText(m_session.state() == ImportSession::State::Cancelled
                              ? tr("The import was cancelled. Nothing was written.")
                              : m_session.errorMessage());
    }
    emit completeChanged();
    emit importFinished(result && result->committed);
}

bool ImportCommitPage::isComplete() const
{
    return m_finished;
}

} // namespace xaso::desktop
