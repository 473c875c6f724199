// CSV/TSV reader (core/io/csv_reader.h) as an import drives it: encoding and separator detection,
// RFC 4180 quoting, the header locator over Vietnamese headers, then the data rows. Every input is
// also read once more with one of the forced separators or encodings the import dialog offers.

#include "fuzz_support.h"

#include "io/csv_reader.h"
#include "io/data_row_reader.h"
#include "io/header_locator.h"

using namespace xaso;
using namespace Qt::StringLiterals;

namespace {

QList<io::FieldSpec> residentSpecs()
{
    return {{u"fullName"_s, {u"Họ và tên"_s, u"Họ tên"_s}, true},
            {u"personalId"_s, {u"Số định danh cá nhân"_s, u"Số CCCD"_s, u"CCCD/ĐDCN"_s}, true},
            {u"birthDate"_s, {u"Ngày sinh"_s, u"Ngày, tháng, năm sinh"_s}, false},
            {u"sex"_s, {u"Giới tính"_s}, false},
            {u"address"_s, {u"Địa chỉ"_s, u"Nơi thường trú"_s}, false}};
}

void readAll(const QString& path, const io::CsvReader::Options& options)
{
    io::CsvReader reader(options);
    if (!reader.open(path))
        return;
    (void)reader.separator();
    (void)reader.totalBytes();
    static const io::HeaderLocator locator(residentSpecs());
    QList<io::TableRow> after;
    auto match = locator.locate(reader, after);
    if (!match)
        return;
    (void)match->mapping.checkRequired(locator.specs());
    io::DataRowReader rows(reader, std::move(after));
    io::TableRow row;
    for (int i = 0; i < 1000000; ++i) {
        auto more = rows.next(row);
        if (!more || !*more)
            break;
        (void)match->mapping.value(row, u"fullName"_s);
        (void)reader.bytesRead();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::initialize();
    static const QString path = fuzz::scratchPath(u"input.csv"_s);
    if (!fuzz::writeScratch(path, data, size))
        return 0;
    readAll(path, {});

    io::CsvReader::Options forced;
    switch (size % 5) {
    case 0:
        forced.separator = QLatin1Char(';');
        break;
    case 1:
        forced.separator = QLatin1Char('\t');
        break;
    case 2:
        forced.encoding = io::TextEncoding::Utf16Le;
        break;
    case 3:
        forced.encoding = io::TextEncoding::Utf16Be;
        break;
    default:
        forced.encoding = io::TextEncoding::Utf8;
        forced.separator = QLatin1Char('|');
        break;
    }
    readAll(path, forced);

    // The separator guess on its own, over the raw text as a sample.
    (void)io::CsvReader::detectSeparator(
        QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size)), size % 2 == 0);
    return 0;
}
