#include "overview/headline_strip.h"

#include "common/theme.h"
#include "overview/overview_style.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xaso::desktop::overview {

HeadlineStrip::HeadlineStrip(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"overviewHeadline"_s);
    struct Spec
    {
        QString name;
        QColor accent;
    };
    const Spec specs[] = {{u"done"_s, statusColour(plan::ModelStatus::Done)},
                          {u"inProgress"_s, statusColour(plan::ModelStatus::InProgress)},
                          {u"overdue"_s, statusColour(plan::ModelStatus::Overdue)},
                          {u"residents"_s, QColor(0x17, 0x36, 0x5d)},
                          {u"verified"_s, verificationColour(u"verified"_s)},
                          {u"vneid"_s, QColor(0x1f, 0x5f, 0xa8)},
                          {u"welfare"_s, QColor(0x6a, 0x3d, 0x9a)}};
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(8);
    int column = 0;
    for (const Spec& s : specs) {
        auto* frame = new QFrame;
        frame->setObjectName(u"headline_"_s + s.name);
        frame->setStyleSheet(
            u"QFrame#headline_%1 { background: #ffffff; border: 1px solid #d5dce6;"
            " border-top: 4px solid %2; border-radius: 6px; }"_s.arg(s.name, s.accent.name()));
        Tile t{s.name, new QLabel, new QLabel, new QLabel};
        t.value->setObjectName(u"headlineValue_"_s + s.name);
        t.value->setStyleSheet(u"font-size: 17pt; font-weight: 700; color: %1;"_s.arg(s.accent.name()));
        t.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        t.caption->setStyleSheet(u"color: #2d3a4b;"_s);
        t.caption->setTextFormat(Qt::RichText);
        t.caption->setWordWrap(true);
        setRole(t.detail, "hint");
        t.detail->setWordWrap(true);
        frame->setMinimumHeight(118); // three short lines under the figure, without clipping
        auto* v = new QVBoxLayout(frame);
        v->setContentsMargins(10, 6, 10, 8);
        v->setSpacing(1);
        v->addWidget(t.value);
        v->addWidget(t.caption);
        t.detail->hide(); // kept for its accessible text; the caption label shows it
        v->addWidget(t.detail);
        v->addStretch();
        layout->addWidget(frame, 0, column);
        layout->setColumnStretch(column, 1);
        ++column;
        m_tiles.append(t);
    }
    retranslate();
}

HeadlineStrip::Tile* HeadlineStrip::tile(const QString& name)
{
    for (Tile& t : m_tiles) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

QString HeadlineStrip::figure(const QString& name) const
{
    for (const Tile& t : m_tiles) {
        if (t.name == name)
            return t.value->text();
    }
    return {};
}

void HeadlineStrip::setHeadline(const Headline& headline)
{
    m_headline = headline;
    retranslate();
}

void HeadlineStrip::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HeadlineStrip::retranslate()
{
    const Headline& h = m_headline;
    const QString models = groupedNumber(h.models);
    auto set = [this](const QString& name, const QString& value, const QString& caption,
                      const QString& detail) {
        Tile* t = tile(name);
        t->value->setText(value);
        // One word-wrapped label for both lines: two stacked ones overlapped when a caption wrapped.
        t->caption->setText(u"<b>%1</b><br><span style=\"color:#5d6878\">%2</span>"_s.arg(
            caption.toHtmlEscaped(), detail.toHtmlEscaped()));
        t->detail->setText(detail);
        t->value->setAccessibleName(caption + u": "_s + value);
    };
    set(u"done"_s, u"%1/%2"_s.arg(groupedNumber(h.done), models), tr("Models done"),
        tr("of the plan's %n models", nullptr, h.models));
    set(u"inProgress"_s, u"%1/%2"_s.arg(groupedNumber(h.inProgress), models), tr("In progress"),
        tr("started, ongoing or blocked"));
    set(u"overdue"_s, u"%1/%2"_s.arg(groupedNumber(h.overdue), models), tr("Overdue"),
        tr("past the deadline, not done"));
    set(u"residents"_s, groupedNumber(h.residents), tr("Residents"), tr("digitised in this vault"));
    set(u"verified"_s, percentText(h.verifiedShare), tr("Residents verified"),
        tr("%1 people checked").arg(groupedNumber(h.residentsVerified)));
    set(u"vneid"_s, percentText(h.vneidShare), tr("VNeID level 2 (model 19)"),
        tr("of residents aged 14 or more"));
    set(u"welfare"_s, groupedNumber(h.welfareBeneficiaries), tr("Welfare beneficiaries"),
        tr("%1/month").arg(dongText(h.welfareMonthlyTotal)));
}

} // namespace xaso::desktop::overview
