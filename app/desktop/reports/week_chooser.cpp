#include "reports/week_chooser.h"

#include "common/formatting.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

WeekChooser::WeekChooser(QWidget* parent) : QWidget(parent)
{
    m_previous = new QToolButton;
    m_previous->setObjectName(u"previousWeek"_s);
    m_previous->setArrowType(Qt::LeftArrow);
    m_next = new QToolButton;
    m_next->setObjectName(u"nextWeek"_s);
    m_next->setArrowType(Qt::RightArrow);
    m_label = new QLabel;
    m_label->setObjectName(u"weekLabel"_s);
    m_label->setMinimumWidth(300);
    m_label->setAlignment(Qt::AlignCenter);
    QFont bold = m_label->font();
    bold.setBold(true);
    m_label->setFont(bold);
    m_thisWeek = new QPushButton;
    m_thisWeek->setObjectName(u"thisWeek"_s);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_previous);
    layout->addWidget(m_label);
    layout->addWidget(m_next);
    layout->addSpacing(8);
    layout->addWidget(m_thisWeek);

    connect(m_previous, &QToolButton::clicked, this, [this] { setWeek(m_week.previous()); });
    connect(m_next, &QToolButton::clicked, this, [this] { setWeek(m_week.next()); });
    connect(m_thisWeek, &QPushButton::clicked, this, [this] { setWeek(m_current); });
    retranslate();
}

void WeekChooser::setCurrentWeek(const plan::IsoWeek& current)
{
    m_current = current;
    if (!m_week.isValid() || m_week.monday() > current.monday())
        setWeek(current);
    else
        retranslate();
}

void WeekChooser::setWeek(const plan::IsoWeek& week)
{
    plan::IsoWeek chosen = week;
    if (m_current.isValid() && chosen.monday() > m_current.monday())
        chosen = m_current;
    const bool changed = !(chosen == m_week);
    m_week = chosen;
    retranslate();
    if (changed)
        emit weekChanged(m_week);
}

void WeekChooser::retranslate()
{
    m_previous->setToolTip(tr("Previous week"));
    m_previous->setAccessibleName(tr("Previous week"));
    m_next->setToolTip(tr("Next week"));
    m_next->setAccessibleName(tr("Next week"));
    m_thisWeek->setText(tr("This week"));
    m_thisWeek->setAccessibleName(tr("Go to this week"));
    m_next->setEnabled(m_week.isValid() && m_current.isValid() && m_week.monday() < m_current.monday());
    m_thisWeek->setEnabled(!(m_week == m_current));
    if (!m_week.isValid()) {
        m_label->clear();
        return;
    }
    m_label->setText(tr("Week %1/%2 (%3 – %4)")
                         .arg(m_week.week)
                         .arg(m_week.year)
                         .arg(formatDate(m_week.monday()), formatDate(m_week.sunday())));
    m_label->setAccessibleName(m_label->text());
}

void WeekChooser::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace xaso::desktop
