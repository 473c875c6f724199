#include "overview/chart_card.h"

#include "common/theme.h"

#include <QChartView>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QStackedLayout>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xaso::desktop::overview {

ChartCard::ChartCard(const QString& objectName, QWidget* content, QWidget* parent)
    : QFrame(parent), m_content(content)
{
    setObjectName(objectName);
    setFrameShape(QFrame::NoFrame);
    // By name, so the border stays on the card and not on every frame inside it.
    setStyleSheet(u"QFrame#%1 { background: #ffffff; border: 1px solid #d5dce6; border-radius: 8px; }"_s.arg(
        objectName));
    m_title = new QLabel;
    m_title->setStyleSheet(u"font-size: 11pt; font-weight: 600; color: #17365d;"_s);
    m_title->setWordWrap(true);
    m_summary = new QLabel;
    setRole(m_summary, "hint");
    m_summary->setWordWrap(true);
    m_summary->hide();
    m_save = new QToolButton;
    m_save->setObjectName(objectName + u"Save"_s);
    m_save->setAutoRaise(true);
    m_save->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_error = new QLabel;
    setRole(m_error, "hint");
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignCenter);

    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_save, 0, Qt::AlignTop);
    auto* body = new QWidget;
    m_stack = new QStackedLayout(body);
    m_stack->addWidget(m_content);
    m_stack->addWidget(m_error);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(4);
    layout->addLayout(titleRow);
    layout->addWidget(m_summary);
    layout->addWidget(body, 1);

    connect(m_save, &QToolButton::clicked, this, &ChartCard::saveWithDialog);
    retranslate();
}

void ChartCard::setTitle(const QString& title)
{
    m_title->setText(title);
    m_save->setAccessibleName(tr("Save the chart \"%1\" as a PNG image").arg(title));
}

QString ChartCard::title() const
{
    return m_title->text();
}

void ChartCard::setSummary(const QString& summary)
{
    m_summary->setText(summary);
    m_summary->setVisible(!summary.isEmpty());
}

void ChartCard::setError(const QString& message)
{
    m_error->setText(message);
    m_stack->setCurrentWidget(message.isEmpty() ? m_content : static_cast<QWidget*>(m_error));
    m_save->setEnabled(message.isEmpty());
}

QChartView* ChartCard::chartView() const
{
    return qobject_cast<QChartView*>(m_content);
}

Status ChartCard::savePng(const QString& path) const
{
    // The whole card (title and summary too), so the image explains itself on a slide.
    const QPixmap image = const_cast<ChartCard*>(this)->grab();
    if (image.isNull() || image.width() == 0)
        return makeError(ErrorCode::Internal, tr("The chart \"%1\" could not be drawn.").arg(title()));
    if (!image.save(path, "PNG"))
        return makeError(ErrorCode::Io,
                         tr("The image could not be written to %1.").arg(QDir::toNativeSeparators(path)));
    return {};
}

void ChartCard::saveWithDialog()
{
    const QString suggested = QDir::home().filePath(objectName() + u".png"_s);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the chart as PNG"), suggested, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const QString file = path.endsWith(u".png"_s, Qt::CaseInsensitive) ? path : path + u".png"_s;
    if (Status saved = savePng(file); !saved)
        QMessageBox::warning(this, tr("Save as PNG"), saved.message());
}

void ChartCard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void ChartCard::retranslate()
{
    m_save->setText(tr("Save as PNG"));
    m_save->setToolTip(tr("Save this chart as a PNG image"));
}

} // namespace xaso::desktop::overview
