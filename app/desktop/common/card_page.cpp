#include "common/card_page.h"

#include "common/theme.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

CardPage::CardPage(QWidget* parent, int cardWidth) : QWidget(parent)
{
    auto* card = new QFrame;
    card->setObjectName(u"card"_s);
    card->setFixedWidth(cardWidth);
    m_cardLayout = new QVBoxLayout(card);
    m_cardLayout->setContentsMargins(32, 28, 32, 28);
    m_cardLayout->setSpacing(12);

    auto* inner = new QWidget;
    inner->setObjectName(u"cardHolder"_s);
    inner->setAttribute(Qt::WA_TranslucentBackground);
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(card);
    row->addStretch();
    auto* column = new QVBoxLayout(inner);
    column->addStretch();
    column->addLayout(row);
    column->addStretch(2);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setStyleSheet(u"QScrollArea { background: transparent; } QScrollArea > QWidget > QWidget { background: transparent; }"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

QLabel* CardPage::addLabel(const char* role, const QString& objectName)
{
    auto* label = new QLabel;
    setRole(label, role);
    label->setWordWrap(true);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    m_cardLayout->addWidget(label);
    return label;
}

QWidget* CardPage::addBusyIndicator()
{
    m_busy = new QWidget;
    m_busy->setObjectName(u"busyIndicator"_s);
    auto* bar = new QProgressBar;
    bar->setRange(0, 0); // indeterminate: Argon2id gives no progress to report
    bar->setTextVisible(false);
    bar->setFixedHeight(6);
    m_busyCaption = new QLabel;
    setRole(m_busyCaption, "hint");
    auto* layout = new QVBoxLayout(m_busy);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_busyCaption);
    layout->addWidget(bar);
    m_busy->setVisible(false);
    m_cardLayout->addWidget(m_busy);
    return m_busy;
}

void CardPage::setBusy(bool busy, const QString& caption)
{
    if (!m_busy)
        return;
    m_busyCaption->setText(caption);
    m_busy->setVisible(busy);
}

void CardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace xaso::desktop
