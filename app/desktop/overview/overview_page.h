#pragma once
// Tổng quan: the Vice Chairman's dashboards for the Monday meeting. A row of headline figures,
// then chart cards — progress by group, overdue models, digitisation per week, làm sạch states,
// model 19 by hamlet, the population pyramid, labour status and welfare by category. Each card
// saves as PNG; a bar or slice that stands for a list asks the workspace to open it
// (navigateRequested). The figures are re-read on Refresh and whenever the page is shown: they
// come from counters kept in the write transactions (overview_data.h), a few indexed reads even at
// 1,000,000 residents, so the load runs synchronously on the GUI thread.

#include "main/section_registry.h"
#include "overview/overview_data.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QChart;
class QLabel;
class QPushButton;
class QTableWidget;

namespace xaso::desktop {

class PageHeader;
class RecordScreenKind;

namespace overview {
class ChartCard;
class HeadlineStrip;
} // namespace overview

class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    OverviewPage(const SectionContext& context, const SectionInfo& section, QWidget* parent = nullptr);
    ~OverviewPage() override;

    // Card object names: "groupProgressCard", "overdueCard", "weeklyCard", "verificationCard",
    // "coverageCard", "pyramidCard", "labourCard", "welfareCard".
    overview::ChartCard* card(const QString& objectName) const { return m_cards.value(objectName); }
    QList<overview::ChartCard*> cards() const;
    overview::HeadlineStrip* headline() const { return m_headline; }
    QTableWidget* overdueTable() const { return m_overdueTable; }
    const OverviewData& data() const { return m_data; }

public slots:
    // Re-reads every figure from the vault and redraws the cards.
    void refresh();

signals:
    void navigateRequested(const QString& sectionId, const QString& filterKey, const QString& filterValue);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    overview::ChartCard* addChartCard(const QString& objectName);
    void buildOverdueCard();
    void redraw();
    void setChart(const QString& cardName, QChart* chart);
    void fillOverdue();
    QString choiceLabel(const RecordScreenKind* kind, const QString& column, const QString& code) const;
    void retranslate();

    SectionContext m_context;
    SectionInfo m_section;
    PageHeader* m_header;
    QLabel* m_asOf;
    QPushButton* m_refresh;
    overview::HeadlineStrip* m_headline;
    QTableWidget* m_overdueTable = nullptr;
    QHash<QString, overview::ChartCard*> m_cards;
    QStringList m_cardOrder;
    OverviewData m_data;
    QDateTime m_loadedAt;
    // Names of welfare categories and labour statuses, as the record screens show them.
    std::unique_ptr<RecordScreenKind> m_welfareKind;
    std::unique_ptr<RecordScreenKind> m_labourKind;
};

// The section factory (standard_sections.cpp).
QWidget* overviewPage(const SectionContext& context, const SectionInfo& section);

} // namespace xaso::desktop
