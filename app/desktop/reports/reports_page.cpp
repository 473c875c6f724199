#include "reports/reports_page.h"

#include "common/desktop_services.h"
#include "common/formatting.h"
#include "common/page_header.h"
#include "common/theme.h"
#include "common/vault_session.h"
#include "domain/plan/model_status.h"
#include "domain/plan/weekly_report_log.h"
#include "reference/model_catalog.h"
#include "reference/roles.h"
#include "report/weekly_report_builder.h"
#include "report/weekly_report_pages.h"
#include "report/weekly_report_renderer.h"
#include "reports/report_preview.h"
#include "reports/report_settings_panel.h"
#include "reports/week_chooser.h"
#include "util/clock.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

ReportsPage::ReportsPage(const SectionContext& context, const SectionInfo& section, QWidget* parent)
    : QWidget(parent), m_context(context), m_section(section)
{
    setObjectName(u"reportsPage"_s);
    storage::Vault& vault = *context.session.vault();
    m_canRecord =
        context.services.roleCatalog.access(vault.profile().roles, RecordKind::Reports) >= Access::Write;
    auto catalog = ModelCatalog::load();
    if (catalog)
        m_catalog = std::make_unique<ModelCatalog>(std::move(*catalog));
    else
        m_catalogError = catalog.message();

    m_header = new PageHeader(section.iconPath);

    // The Monday reminder: amber, above everything else on the page.
    m_banner = new QWidget;
    m_banner->setObjectName(u"reminderBanner"_s);
    m_banner->setAttribute(Qt::WA_StyledBackground);
    m_banner->setStyleSheet(u"QWidget#reminderBanner { background: #fff4d6; border: 1px solid #e0b24a; "
                            "border-radius: 6px; } QLabel { color: #6b4300; font-weight: 600; }"_s);
    m_bannerText = new QLabel;
    m_bannerText->setObjectName(u"reminderText"_s);
    m_bannerText->setWordWrap(true);
    m_openDueWeek = new QPushButton;
    m_openDueWeek->setObjectName(u"openDueWeek"_s);
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(14, 10, 14, 10);
    auto* bell = new QLabel(u"⚠"_s);
    bell->setStyleSheet(u"QLabel { font-size: 16pt; }"_s);
    bannerLayout->addWidget(bell);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_openDueWeek);
    m_banner->hide();

    m_weeks = new WeekChooser;
    m_weeks->setObjectName(u"weekChooser"_s);
    m_savePdf = new QPushButton;
    m_savePdf->setObjectName(u"savePdf"_s);
    setRole(m_savePdf, "primary");
    m_saveOdt = new QPushButton;
    m_saveOdt->setObjectName(u"saveOdt"_s);
    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_weeks);
    toolbar->addStretch();
    toolbar->addWidget(m_savePdf);
    toolbar->addWidget(m_saveOdt);

    m_status = new QLabel;
    m_status->setObjectName(u"saveStatus"_s);
    m_status->setWordWrap(true);
    setRole(m_status, "hint");

    m_preview = new ReportPreview;
    m_panel = new ReportSettingsPanel(vault, context.services.roleCatalog);
    auto* panelScroll = new QScrollArea;
    panelScroll->setWidget(m_panel);
    panelScroll->setWidgetResizable(true);
    panelScroll->setFrameShape(QFrame::NoFrame);
    panelScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    panelScroll->setFixedWidth(360);
    panelScroll->setStyleSheet(
        u"QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"_s);

    auto* body = new QHBoxLayout;
    body->setSpacing(16);
    body->addWidget(m_preview, 1);
    body->addWidget(panelScroll);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 22);
    layout->setSpacing(10);
    layout->addWidget(m_header);
    layout->addWidget(m_banner);
    layout->addLayout(toolbar);
    layout->addWidget(m_status);
    layout->addLayout(body, 1);

    m_regenerate = new QTimer(this);
    m_regenerate->setSingleShot(true);
    m_regenerate->setInterval(0);
    connect(m_regenerate, &QTimer::timeout, this, [this] { regenerate(); });
    connect(m_weeks, &WeekChooser::weekChanged, this, [this] {
        // A saved week's number comes back with it; a new week starts blank for the clerk.
        QString number;
        if (auto saved = plan::WeeklyReportLog(*m_context.session.vault(), m_context.services.roleCatalog)
                             .saved(m_weeks->week());
            saved && saved->has_value())
            number = (*saved)->documentNumber;
        m_panel->setDocumentNumber(number);
        updateSavedStatus();
        updateReminder();
        scheduleRegenerate();
    });
    connect(m_panel, &ReportSettingsPanel::settingsApplied, this, &ReportsPage::scheduleRegenerate);
    connect(m_panel, &ReportSettingsPanel::documentNumberEdited, this, &ReportsPage::scheduleRegenerate);
    connect(m_openDueWeek, &QPushButton::clicked, this,
            [this] { setWeek(plan::WeeklyReportLog::dueWeek(today())); });
    connect(m_savePdf, &QPushButton::clicked, this, [this] { chooseFileAndSave(Format::Pdf); });
    connect(m_saveOdt, &QPushButton::clicked, this, [this] { chooseFileAndSave(Format::Odt); });
    setTabOrder(m_weeks, m_savePdf);
    setTabOrder(m_savePdf, m_saveOdt);
    setTabOrder(m_saveOdt, m_preview);
    setTabOrder(m_preview, m_panel);

    m_weeks->setCurrentWeek(plan::IsoWeek::containing(today()));
    retranslate();
}

ReportsPage::~ReportsPage() = default;

QDate ReportsPage::today() const
{
    return plan::todayFrom(m_context.services.clock);
}

plan::IsoWeek ReportsPage::week() const
{
    return m_weeks->week();
}

void ReportsPage::setWeek(const plan::IsoWeek& week)
{
    m_weeks->setWeek(week);
}

void ReportsPage::scheduleRegenerate()
{
    m_stale = true;
    m_preview->showMessage(tr("Preparing the preview…"));
    m_regenerate->start();
}

bool ReportsPage::regenerate()
{
    m_regenerate->stop();
    m_stale = false;
    m_data.reset();
    m_pages.reset();
    storage::Vault* vault = m_context.session.vault();
    QString failure = m_catalogError;
    if (m_catalog && vault && vault->isUnlocked()) {
        QElapsedTimer timer;
        timer.start();
        WeeklyReportOptions options;
        options.week = m_weeks->week();
        options.documentNumber = m_panel->documentNumber();
        auto data = WeeklyReportBuilder(*vault, *m_catalog, m_context.services.roleCatalog).build(options);
        const qint64 collected = timer.elapsed();
        if (data) {
            auto pages = WeeklyReportPages::layOut(*data);
            if (pages) {
                m_data = std::move(*data);
                m_pages = std::shared_ptr<const WeeklyReportPages>(std::move(*pages));
                qCDebug(lcReport) << "preview: data in" << collected << "ms, laid out in"
                                  << timer.elapsed() - collected << "ms";
            } else {
                failure = pages.message();
            }
        } else {
            failure = data.message();
        }
    }
    m_savePdf->setEnabled(m_pages != nullptr);
    m_saveOdt->setEnabled(m_pages != nullptr);
    if (!m_pages) {
        m_preview->showMessage(tr("The report cannot be shown: %1").arg(failure));
        return false;
    }
    m_preview->setPages(m_pages);
    return true;
}

QString ReportsPage::previewText() const
{
    return m_pages ? m_pages->plainText() : QString();
}

int ReportsPage::pageCount() const
{
    return m_pages ? m_pages->pageCount() : 0;
}

Status ReportsPage::savePdf(const QString& path)
{
    return save(Format::Pdf, path);
}

Status ReportsPage::saveOdt(const QString& path)
{
    return save(Format::Odt, path);
}

Status ReportsPage::save(Format format, const QString& path)
{
    auto fail = [this](Error error) {
        m_status->setText(error.message);
        setRole(m_status, "error");
        return Status(std::move(error));
    };
    // Unsaved settings and a changed number go into the file: what is saved is what is shown.
    if (m_panel->settingsEditable() && m_panel->hasUnsavedChanges() && !m_panel->apply())
        return fail(makeError(ErrorCode::InvalidArgument, tr("The report settings could not be stored.")));
    if ((m_stale || !m_data || m_data->documentNumber != m_panel->documentNumber()) && !regenerate())
        return fail(makeError(ErrorCode::InvalidArgument, tr("The report could not be made.")));
    const WeeklyReportRenderer renderer;
    const Status written = format == Format::Pdf ? renderer.renderPdf(*m_pages, m_data->subject, path)
                                                 : renderer.renderOdt(*m_data, path);
    if (!written)
        return fail(written.error());
    if (m_canRecord) {
        const Status recorded =
            plan::WeeklyReportLog(*m_context.session.vault(), m_context.services.roleCatalog)
                .recordSaved(m_weeks->week(), format == Format::Pdf ? u"pdf"_s : u"odt"_s,
                             m_panel->documentNumber());
        if (!recorded)
            return fail(makeError(recorded.error().code,
                                  tr("Saved to %1, but it could not be marked as done: %2")
                                      .arg(QDir::toNativeSeparators(path), recorded.message())));
    }
    updateReminder();
    updateSavedStatus();
    m_status->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)) + u' ' + m_status->text());
    setRole(m_status, "success");
    return {};
}

void ReportsPage::chooseFileAndSave(Format format)
{
    const plan::IsoWeek week = m_weeks->week();
    const QString suffix = format == Format::Pdf ? u"pdf"_s : u"odt"_s;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString suggested = QDir(folder).filePath(
        u"bao-cao-de-an-06-tuan-%1-%2.%3"_s.arg(week.week, 2, 10, QChar(u'0')).arg(week.year).arg(suffix));
    const QString filter =
        format == Format::Pdf ? tr("PDF document (*.pdf)") : tr("OpenDocument text (*.odt)");
    QString path = QFileDialog::getSaveFileName(
        this, format == Format::Pdf ? tr("Save the report as PDF") : tr("Save the report as ODT"), suggested,
        filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(u'.' + suffix, Qt::CaseInsensitive))
        path += u'.' + suffix;
    // A failure is shown in the status line; nothing else to do here.
    static_cast<void>(save(format, path));
}

void ReportsPage::updateReminder()
{
    m_reminderDue = false;
    const QDate now = today();
    const plan::IsoWeek due = plan::WeeklyReportLog::dueWeek(now);
    if (m_canRecord) {
        auto pending = plan::WeeklyReportLog(*m_context.session.vault(), m_context.services.roleCatalog)
                           .reminderDue(now);
        m_reminderDue = pending && *pending;
    }
    m_banner->setVisible(m_reminderDue);
    if (!m_reminderDue)
        return;
    const QDate deadline = plan::WeeklyReportLog::dueBy(due).addDays(1); // the Tuesday
    const QString range =
        tr("week %1 (%2 – %3)").arg(due.week).arg(formatDate(due.monday()), formatDate(due.sunday()));
    m_bannerText->setText(now < deadline
                              ? tr("The weekly report for %1 is not done yet — it is due before Tuesday %2.")
                                    .arg(range, formatDate(deadline))
                              : tr("The weekly report for %1 was due before Tuesday %2 and is not done yet.")
                                    .arg(range, formatDate(deadline)));
    m_bannerText->setAccessibleName(m_bannerText->text());
    m_openDueWeek->setText(tr("Show week %1").arg(due.week));
    m_openDueWeek->setAccessibleName(tr("Show the report of week %1").arg(due.week));
    m_openDueWeek->setVisible(!(m_weeks->week() == due));
}

void ReportsPage::updateSavedStatus()
{
    setRole(m_status, "hint");
    auto saved = plan::WeeklyReportLog(*m_context.session.vault(), m_context.services.roleCatalog)
                     .saved(m_weeks->week());
    if (!saved || !saved->has_value()) {
        m_status->setText(tr("The report of week %1 has not been saved yet.").arg(m_weeks->week().week));
        return;
    }
    const plan::SavedWeeklyReport& s = **saved;
    m_status->setText(tr("Last saved on %1 as %2.").arg(formatDateTime(s.savedAt), s.format.toUpper()));
}

void ReportsPage::retranslate()
{
    m_header->setTexts(m_section.title(), m_section.description());
    m_savePdf->setText(tr("Save as &PDF…"));
    m_savePdf->setAccessibleName(tr("Save the report as PDF"));
    m_saveOdt->setText(tr("Save as &ODT…"));
    m_saveOdt->setAccessibleName(tr("Save the report as ODT, to edit before signing"));
    updateReminder();
    updateSavedStatus();
}

void ReportsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReportsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Progress may have been reported on another page since: show the report as of now.
    updateReminder();
    scheduleRegenerate();
}

QWidget* reportsPage(const SectionContext& context, const SectionInfo& section)
{
    return new ReportsPage(context, section);
}

} // namespace xaso::desktop
