#include "reports/report_preview.h"

#include "report/weekly_report_pages.h"

#include <algorithm>

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedLayout>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

// One A4 page as wide as the view, painted at the matching resolution and kept until the page or
// the width changes (painting the document costs a few milliseconds; a scroll should not).
class ReportPageCanvas : public QWidget
{
public:
    explicit ReportPageCanvas(QWidget* parent = nullptr) : QWidget(parent)
    {
        setObjectName(u"reportPageCanvas"_s);
        setAttribute(Qt::WA_OpaquePaintEvent);
    }

    void setPage(std::shared_ptr<const WeeklyReportPages> pages, int page)
    {
        m_pages = std::move(pages);
        m_page = page;
        m_image = {};
        update();
    }

    void fitWidth(int viewWidth)
    {
        const int width = std::max(240, viewWidth - 2 * kGap);
        const QSizeF mm = WeeklyReportPages::pageSizeMm();
        const int height = qRound(width * mm.height() / mm.width());
        if (QSize(width, height) == m_pageSize)
            return;
        m_pageSize = QSize(width, height);
        m_image = {};
        setFixedSize(width + 2 * kGap, height + 2 * kGap);
        update();
    }

    QImage image()
    {
        if (m_image.isNull() && m_pages && m_page < m_pages->pageCount() && !m_pageSize.isEmpty()) {
            const qreal ratio = devicePixelRatioF();
            const qreal dpi = m_pageSize.width() * ratio / (WeeklyReportPages::pageSizeMm().width() / 25.4);
            m_image = m_pages->pageImage(m_page, dpi);
            m_image.setDevicePixelRatio(ratio);
        }
        return m_image;
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), QColor(0x8a, 0x94, 0xa3));
        const QRect page(QPoint(kGap, kGap), m_pageSize);
        painter.fillRect(page.translated(3, 3), QColor(0, 0, 0, 60)); // a sheet's shadow
        const QImage img = image();
        if (img.isNull())
            painter.fillRect(page, Qt::white);
        else
            painter.drawImage(page.topLeft(), img);
    }

private:
    static constexpr int kGap = 16;
    std::shared_ptr<const WeeklyReportPages> m_pages;
    int m_page = 0;
    QSize m_pageSize;
    QImage m_image;
};

namespace {

// Keeps the canvas as wide as the scroll area's viewport.
class FitWidthScrollArea : public QScrollArea
{
public:
    explicit FitWidthScrollArea(ReportPageCanvas* canvas) : m_canvas(canvas) {}

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QScrollArea::resizeEvent(event);
        m_canvas->fitWidth(viewport()->width());
    }

private:
    ReportPageCanvas* m_canvas;
};

} // namespace

ReportPreview::ReportPreview(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"reportPreview"_s);
    setFocusPolicy(Qt::StrongFocus);
    m_previous = new QToolButton;
    m_previous->setObjectName(u"previousPage"_s);
    m_previous->setArrowType(Qt::LeftArrow);
    m_next = new QToolButton;
    m_next->setObjectName(u"nextPage"_s);
    m_next->setArrowType(Qt::RightArrow);
    m_pageLabel = new QLabel;
    m_pageLabel->setObjectName(u"pageLabel"_s);
    m_pageLabel->setMinimumWidth(110);
    m_pageLabel->setAlignment(Qt::AlignCenter);

    m_canvas = new ReportPageCanvas;
    m_scroll = new FitWidthScrollArea(m_canvas);
    m_scroll->setObjectName(u"previewScroll"_s);
    m_scroll->setWidget(m_canvas);
    m_scroll->setAlignment(Qt::AlignHCenter);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_scroll->setStyleSheet(u"QScrollArea { background: #8a94a3; border: 1px solid #c5ccd6; }"_s);

    m_message = new QLabel;
    m_message->setObjectName(u"previewMessage"_s);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"QLabel { background: #eef1f5; border: 1px solid #c5ccd6; color: #4f5b6b; "
                             "font-size: 11pt; padding: 24px; }"_s);

    auto* nav = new QHBoxLayout;
    nav->addStretch();
    nav->addWidget(m_previous);
    nav->addWidget(m_pageLabel);
    nav->addWidget(m_next);
    nav->addStretch();

    auto* stackHolder = new QWidget;
    m_stack = new QStackedLayout(stackHolder);
    m_stack->addWidget(m_scroll);
    m_stack->addWidget(m_message);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(nav);
    layout->addWidget(stackHolder, 1);

    connect(m_previous, &QToolButton::clicked, this, [this] { setCurrentPage(m_page - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { setCurrentPage(m_page + 1); });
    retranslate();
    showMessage(QString());
}

ReportPreview::~ReportPreview() = default;

void ReportPreview::setPages(std::shared_ptr<const WeeklyReportPages> pages)
{
    m_pages = std::move(pages);
    m_page = std::clamp(m_page, 0, std::max(0, pageCount() - 1));
    m_canvas->setPage(m_pages, m_page);
    m_stack->setCurrentWidget(m_scroll);
    updateNavigation();
}

void ReportPreview::showMessage(const QString& text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
    m_pages.reset();
    m_canvas->setPage(nullptr, 0);
    updateNavigation();
}

int ReportPreview::pageCount() const
{
    return m_pages ? m_pages->pageCount() : 0;
}

void ReportPreview::setCurrentPage(int page)
{
    if (page < 0 || page >= pageCount() || page == m_page)
        return;
    m_page = page;
    m_canvas->setPage(m_pages, m_page);
    m_scroll->verticalScrollBar()->setValue(0);
    updateNavigation();
}

QImage ReportPreview::currentPageImage() const
{
    return m_canvas->image();
}

void ReportPreview::updateNavigation()
{
    const int count = pageCount();
    m_previous->setEnabled(count > 0 && m_page > 0);
    m_next->setEnabled(count > 0 && m_page + 1 < count);
    m_pageLabel->setText(count > 0 ? tr("Page %1/%2").arg(m_page + 1).arg(count) : QString());
    m_pageLabel->setAccessibleName(m_pageLabel->text());
}

void ReportPreview::retranslate()
{
    m_previous->setToolTip(tr("Previous page (Page Up)"));
    m_previous->setAccessibleName(tr("Previous page"));
    m_next->setToolTip(tr("Next page (Page Down)"));
    m_next->setAccessibleName(tr("Next page"));
    updateNavigation();
}

void ReportPreview::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReportPreview::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_PageDown) {
        setCurrentPage(m_page + 1);
        return;
    }
    if (event->key() == Qt::Key_PageUp) {
        setCurrentPage(m_page - 1);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace xaso::desktop
