#pragma once
// Báo cáo: the weekly report to the city (Đề án 06/CP), previewed page by page exactly as it
// prints, with this report's number and the report settings beside it, saved as PDF or ODT. From
// each Monday on, a banner reminds the officer while the report due before Tuesday (the week just
// ended, plan::WeeklyReportLog) has not been saved.
//
// Collecting the data reads only the dashboard aggregates and the models' progress (38 models),
// so it costs the same on a 1,000,000-resident vault as on an empty one; the layout is a
// QTextDocument and stays on the GUI thread. Both run from a zero-timer after a change, so the
// window repaints ("Preparing the preview…") before the work starts and several changes in a row
// cost one layout.

#include "domain/plan/iso_week.h"
#include "main/section_registry.h"
#include "report/weekly_report_data.h"
#include "util/result.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QTimer;

namespace xaso {
class ModelCatalog;
class WeeklyReportPages;
} // namespace xaso

namespace xaso::desktop {

class PageHeader;
class ReportPreview;
class ReportSettingsPanel;
class WeekChooser;

class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    ReportsPage(const SectionContext& context, const SectionInfo& section, QWidget* parent = nullptr);
    ~ReportsPage() override;

    plan::IsoWeek week() const;
    void setWeek(const plan::IsoWeek& week);

    // Builds and lays out the report of the chosen week now (normally scheduled); false with the
    // reason shown in the preview when it cannot be made.
    bool regenerate();
    // The text of the previewed report (empty when there is none).
    QString previewText() const;
    int pageCount() const;

    // Save the report of the chosen week to `path` and record it as done; the buttons ask for the
    // path with a file dialog and call these.
    Status savePdf(const QString& path);
    Status saveOdt(const QString& path);

    // The report due before this week's Tuesday has not been saved (and this profile may make it).
    bool reminderDue() const { return m_reminderDue; }

    ReportPreview* preview() const { return m_preview; }
    ReportSettingsPanel* settingsPanel() const { return m_panel; }

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    enum class Format { Pdf, Odt };
    void retranslate();
    void scheduleRegenerate();
    Status save(Format format, const QString& path);
    void chooseFileAndSave(Format format);
    void updateReminder();
    void updateSavedStatus();
    QDate today() const;

    SectionContext m_context;
    SectionInfo m_section;
    bool m_canRecord = false; // Write on "reports": may make the report, so the reminder applies
    std::unique_ptr<ModelCatalog> m_catalog;
    QString m_catalogError;
    std::optional<WeeklyReportData> m_data;
    std::shared_ptr<const WeeklyReportPages> m_pages;
    bool m_stale = true;
    bool m_reminderDue = false;

    PageHeader* m_header;
    QWidget* m_banner;
    QLabel* m_bannerText;
    QPushButton* m_openDueWeek;
    WeekChooser* m_weeks;
    QPushButton* m_savePdf;
    QPushButton* m_saveOdt;
    QLabel* m_status;
    ReportPreview* m_preview;
    ReportSettingsPanel* m_panel;
    QTimer* m_regenerate;
};

// The section's factory (standard_sections.cpp).
QWidget* reportsPage(const SectionContext& context, const SectionInfo& section);

} // namespace xaso::desktop
