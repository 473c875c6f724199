#include "common/page_header.h"

#include "common/theme.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

PageHeader::PageHeader(const QString& iconPath, QWidget* parent) : QWidget(parent)
{
    auto* icon = new QLabel;
    icon->setPixmap(QIcon(iconPath).pixmap(36, 36));
    m_title = new QLabel;
    m_title->setObjectName(u"pageTitle"_s);
    setRole(m_title, "title");
    m_description = new QLabel;
    m_description->setObjectName(u"pageDescription"_s);
    setRole(m_description, "subtitle");
    m_description->setWordWrap(true);
    auto* texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_title);
    texts->addWidget(m_description);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addSpacing(6);
    layout->addLayout(texts, 1);
}

void PageHeader::setTexts(const QString& title, const QString& description)
{
    m_title->setText(title);
    m_description->setText(description);
    setAccessibleName(title);
}

QString PageHeader::title() const
{
    return m_title->text();
}

} // namespace xaso::desktop
