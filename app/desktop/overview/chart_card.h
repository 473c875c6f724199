#pragma once
// One card of the dashboard: a title, a one-line summary, the chart (or the overdue table) and a
// "Save as PNG" button that grabs what the card shows, for a slide or a Zalo message. A card whose
// query failed shows the reason in place of the chart.

#include "util/result.h"

#include <QFrame>

class QChartView;
class QLabel;
class QStackedLayout;
class QToolButton;

namespace xaso::desktop::overview {

class ChartCard : public QFrame
{
    Q_OBJECT
public:
    // `content` is the chart view or table the card grabs; the card takes ownership.
    ChartCard(const QString& objectName, QWidget* content, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    QString title() const;
    void setSummary(const QString& summary); // under the title; hidden when empty
    // Shows `message` instead of the content (empty: the content again).
    void setError(const QString& message);

    QWidget* content() const { return m_content; }
    QChartView* chartView() const; // null for a table card
    QToolButton* saveButton() const { return m_save; }

    // Writes what the card shows as a PNG file; the error names the file.
    Status savePng(const QString& path) const;
    // Asks where to save (a file dialog), then savePng().
    void saveWithDialog();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_title;
    QLabel* m_summary;
    QLabel* m_error;
    QToolButton* m_save;
    QWidget* m_content;
    QStackedLayout* m_stack;
};

} // namespace xaso::desktop::overview
