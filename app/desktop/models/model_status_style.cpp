#include "models/model_status_style.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace xaso::desktop {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ModelStatus", text);
}

} // namespace

QString modelStatusLabel(plan::ModelStatus status)
{
    switch (status) {
    case plan::ModelStatus::NotStarted:
        return tr("Not started");
    case plan::ModelStatus::InProgress:
        return tr("In progress");
    case plan::ModelStatus::Done:
        return tr("Done");
    case plan::ModelStatus::Blocked:
        return tr("Blocked");
    case plan::ModelStatus::Recurring:
        return tr("Recurring");
    case plan::ModelStatus::Overdue:
        return tr("Overdue");
    }
    return {};
}

QString reportedStatusLabel(plan::ReportedStatus status)
{
    switch (status) {
    case plan::ReportedStatus::NotStarted:
        return tr("Not started");
    case plan::ReportedStatus::InProgress:
        return tr("In progress");
    case plan::ReportedStatus::Done:
        return tr("Done");
    case plan::ReportedStatus::Blocked:
        return tr("Blocked");
    }
    return {};
}

QColor modelStatusColor(plan::ModelStatus status)
{
    switch (status) {
    case plan::ModelStatus::NotStarted:
        return QColor(0x6b, 0x72, 0x80); // grey
    case plan::ModelStatus::InProgress:
        return QColor(0x1f, 0x5f, 0xa8); // the theme's blue
    case plan::ModelStatus::Done:
        return QColor(0x2e, 0x7d, 0x32); // green
    case plan::ModelStatus::Blocked:
        return QColor(0x8a, 0x4b, 0x00); // amber
    case plan::ModelStatus::Recurring:
        return QColor(0x5e, 0x35, 0xb1); // violet: ongoing, neither late nor finished
    case plan::ModelStatus::Overdue:
        return QColor(0xb3, 0x26, 0x1e); // the theme's error red
    }
    return {};
}

QColor modelStatusTint(plan::ModelStatus status)
{
    QColor c = modelStatusColor(status);
    // Mix with white: readable black text on top.
    return QColor((c.red() + 7 * 255) / 8, (c.green() + 7 * 255) / 8, (c.blue() + 7 * 255) / 8);
}

QIcon modelStatusIcon(plan::ModelStatus status)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(modelStatusColor(status));
    painter.drawEllipse(QRectF(1.5, 1.5, 11, 11));
    painter.end();
    return QIcon(pixmap);
}

QList<plan::ModelStatus> allModelStatuses()
{
    return {plan::ModelStatus::Overdue, plan::ModelStatus::NotStarted, plan::ModelStatus::InProgress,
            plan::ModelStatus::Blocked, plan::ModelStatus::Recurring,  plan::ModelStatus::Done};
}

} // namespace xaso::desktop
