#pragma once
// Page geometry of the report (Nghị định 30/2020, Phụ lục I) and the conversion of millimetres and
// points into the pixels a QTextDocument lays out in.
//
// The PDF document is laid out with no paint device, like QTextDocument::print does for a paged
// document: fonts then resolve at Qt's default dpi and every length of a QTextFormat is taken as is,
// so one unit serves fonts, margins and page size alike. (With a paint device set, Qt scales some
// format lengths by device dpi / default dpi and not others, e.g. frame margins but not indents.)
// The painter scales the finished layout to the PDF's resolution.

#include <QtGlobal>

namespace xaso {

struct ReportPage
{
    static constexpr qreal widthMm = 210.0; // A4
    static constexpr qreal heightMm = 297.0;
    static constexpr qreal topMm = 20.0;
    static constexpr qreal bottomMm = 20.0;
    static constexpr qreal leftMm = 30.0;
    static constexpr qreal rightMm = 15.0;
    static constexpr qreal textWidthMm = widthMm - leftMm - rightMm;
};

struct ReportUnits
{
    qreal dpi = 96.0; // pixels per inch of the layout

    qreal mm(qreal millimetres) const { return millimetres * dpi / 25.4; }
    qreal pt(qreal points) const { return points * dpi / 72.0; }
    qreal textWidth() const { return mm(ReportPage::textWidthMm); }
    qreal pageWidth() const { return mm(ReportPage::widthMm); }
    qreal pageHeight() const { return mm(ReportPage::heightMm); }
};

// The dpi at which fonts resolve without a paint device (the primary screen's logical dpi, 96 on
// most systems), read back from the font system so it is exactly the one the layout uses.
qreal defaultLayoutDpi();

} // namespace xaso
