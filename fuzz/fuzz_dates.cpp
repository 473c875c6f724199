// Vietnamese date parsing (core/text/dates.h): dd/mm/yyyy and its variants, ISO order, year-only
// birth dates, the messages for impossible dates; Excel serial dates; and the formatters, checked
// by round trip (a parsed date formats and parses back to itself).

#include "fuzz_support.h"

#include "text/dates.h"

#include <algorithm>
#include <cmath>
#include <cstring>

using namespace xaso;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::initialize();
    if (size > 4096)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));

    auto full = text::parseVietnameseDate(text);
    if (full) {
        if (!full->isValid())
            fuzz::propertyFailed("parseVietnameseDate returned an invalid date");
        const QString shown = text::formatVietnameseDate(*full);
        auto back = text::parseVietnameseDate(shown);
        if (full->year() >= 1000 && full->year() <= 9999 && (!back || *back != *full))
            fuzz::propertyFailed("formatVietnameseDate does not parse back");
        (void)text::formatReportDateLine(u"Hưng Đông"_s, *full);
    } else if (full.message().isEmpty()) {
        fuzz::propertyFailed("parseVietnameseDate refused without a message");
    }

    auto loose = text::parseVietnameseDate(text, text::DateInput::AllowYearOnly);
    if (full && (!loose || loose->date != *full))
        fuzz::propertyFailed("AllowYearOnly refused or changed a full date");

    // The first eight bytes as an Excel serial (any double, NaN and infinities included).
    double serial = 0;
    std::memcpy(&serial, data, std::min(size, sizeof serial));
    const QDate fromSerial = text::fromExcelSerial(serial);
    (void)text::formatVietnameseDate(fromSerial);
    (void)text::fromExcelSerial(std::trunc(serial)); // whole days, as most cells hold
    (void)text::formatReportDateLine(text, fromSerial);
    return 0;
}
