// XLSX reader (core/io/xlsx_reader.h): the zip container (libzip), the workbook and shared string
// parts, the sheet streamed through QXmlStreamReader, cell types and date styles; then the header
// locator and data rows as an import reads them. The file kind is detected first as the import does.

#include "fuzz_support.h"

#include "io/data_row_reader.h"
#include "io/header_locator.h"
#include "io/xlsx_reader.h"

using namespace xaso;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::initialize();
    static const QString path = fuzz::scratchPath(u"input.xlsx"_s);
    if (!fuzz::writeScratch(path, data, size))
        return 0;
    (void)io::detectFileKind(path);

    io::XlsxReader reader;
    // Half the inputs ask for a sheet by name, so the lookup by name runs too.
    if (size % 2)
        reader.setSheetName(u"Danh sách"_s);
    if (!reader.open(path))
        return 0;
    (void)reader.sheetNames();
    (void)reader.currentSheetName();
    static const io::HeaderLocator locator({{u"fullName"_s, {u"Họ và tên"_s}, true},
                                            {u"personalId"_s, {u"Số CCCD"_s}, true},
                                            {u"birthDate"_s, {u"Ngày sinh"_s}, false}});
    QList<io::TableRow> after;
    auto match = locator.locate(reader, after);
    if (!match)
        return 0;
    io::DataRowReader rows(reader, std::move(after));
    io::TableRow row;
    for (int i = 0; i < 1000000; ++i) {
        auto more = rows.next(row);
        if (!more || !*more)
            break;
        (void)reader.bytesRead();
        (void)reader.totalBytes();
    }
    return 0;
}
