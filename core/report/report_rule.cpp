#include "report/report_rule.h"

#include <QPainter>
#include <QPen>

namespace xaso {

QSizeF ReportRuleHandler::intrinsicSize(QTextDocument*, int, const QTextFormat& format)
{
    return {format.doubleProperty(ReportRuleWidth), format.doubleProperty(ReportRuleHeight)};
}

void ReportRuleHandler::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                                   const QTextFormat& format)
{
    painter->save();
    QPen pen(Qt::black);
    pen.setWidthF(format.doubleProperty(ReportRuleThickness));
    pen.setCapStyle(Qt::FlatCap);
    painter->setPen(pen);
    const qreal y = rect.center().y();
    painter->drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
    painter->restore();
}

} // namespace xaso
