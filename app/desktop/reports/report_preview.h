#pragma once
// The weekly report shown one page at a time, scaled to the width of the view (zoom "fit width"),
// with page n/N and previous / next. Each page is painted from the laid-out document (the same
// layout the PDF prints) at the screen's resolution, so the preview is what will be saved.

#include <QWidget>

#include <memory>

class QLabel;
class QScrollArea;
class QStackedLayout;
class QToolButton;

namespace xaso {
class WeeklyReportPages;
}

namespace xaso::desktop {

class ReportPageCanvas;

class ReportPreview : public QWidget
{
    Q_OBJECT
public:
    explicit ReportPreview(QWidget* parent = nullptr);
    ~ReportPreview() override;

    void setPages(std::shared_ptr<const WeeklyReportPages> pages);
    // A message in place of the pages: "Preparing…", or why there is no report.
    void showMessage(const QString& text);

    int pageCount() const;
    int currentPage() const { return m_page; } // 0-based
    void setCurrentPage(int page);
    // The current page as painted on screen (for tests and the tour).
    QImage currentPageImage() const;

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void retranslate();
    void updateNavigation();

    std::shared_ptr<const WeeklyReportPages> m_pages;
    int m_page = 0;
    QToolButton* m_previous;
    QLabel* m_pageLabel;
    QToolButton* m_next;
    QStackedLayout* m_stack;
    QScrollArea* m_scroll;
    ReportPageCanvas* m_canvas;
    QLabel* m_message;
};

} // namespace xaso::desktop
