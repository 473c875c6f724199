#include "report/report_units.h"

#include <QFont>
#include <QFontInfo>

namespace xaso {

qreal defaultLayoutDpi()
{
    // A font asked for in pixels reports its size in points at the default dpi.
    constexpr int pixels = 1000;
    QFont probe;
    probe.setPixelSize(pixels);
    const qreal points = QFontInfo(probe).pointSizeF();
    return points > 0 ? pixels * 72.0 / points : 96.0;
}

} // namespace xaso
