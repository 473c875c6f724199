#include "main/placeholder_page.h"

#include "common/page_header.h"
#include "common/theme.h"

#include <QEvent>
#include <QFrame>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

QWidget* placeholderPage(const SectionContext&, const SectionInfo& section)
{
    return new PlaceholderPage(section);
}

PlaceholderPage::PlaceholderPage(const SectionInfo& section, QWidget* parent) : QWidget(parent), m_section(section)
{
    setObjectName(u"placeholder_"_s + section.id);
    m_header = new PageHeader(section.iconPath);
    auto* card = new QFrame;
    card->setObjectName(u"card"_s);
    auto* icon = new QLabel;
    icon->setPixmap(QIcon(section.iconPath).pixmap(72, 72));
    icon->setAlignment(Qt::AlignCenter);
    icon->setStyleSheet(u"QLabel { opacity: 0.5; }"_s);
    m_note = new QLabel;
    m_note->setObjectName(u"placeholderNote"_s);
    setRole(m_note, "hint");
    m_note->setAlignment(Qt::AlignCenter);
    m_note->setWordWrap(true);
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(40, 48, 40, 48);
    cardLayout->addStretch();
    cardLayout->addWidget(icon);
    cardLayout->addSpacing(12);
    cardLayout->addWidget(m_note);
    cardLayout->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 22);
    layout->addWidget(m_header);
    layout->addWidget(card, 1);
    retranslate();
}

void PlaceholderPage::retranslate()
{
    m_header->setTexts(m_section.title(), m_section.description());
    m_note->setText(tr("This section is being prepared and will arrive in a coming version of Xã Số."));
}

void PlaceholderPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace xaso::desktop
