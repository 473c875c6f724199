#include "common/record_labels.h"

#include <QCoreApplication>

namespace xaso::desktop {

QString verificationLabel(int state)
{
    switch (state) {
    case 1:
        return QCoreApplication::translate("RecordLabels", "Verified");
    case 2:
        return QCoreApplication::translate("RecordLabels", "Mismatch");
    case 3:
        return QCoreApplication::translate("RecordLabels", "Not in the extract");
    default:
        return QCoreApplication::translate("RecordLabels", "Unverified");
    }
}

QColor verificationColour(int state)
{
    switch (state) {
    case 1:
        return QColor(0x2e, 0x7d, 0x32);
    case 2:
        return QColor(0xb3, 0x26, 0x1e);
    case 3:
        return QColor(0x8a, 0x4b, 0x00);
    default:
        return QColor(0x5d, 0x68, 0x78);
    }
}

QString sexLabel(bool male)
{
    return male ? QCoreApplication::translate("RecordLabels", "Male")
                : QCoreApplication::translate("RecordLabels", "Female");
}

} // namespace xaso::desktop
