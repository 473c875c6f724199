// Personal-ID parsers (core/reference/personal_id.h): the 12-digit số định danh cá nhân with its
// place code, sex/century digit and birth year, the old 9/12-digit CMND, the comparison with a
// record's birth year and sex; and the telephone normaliser (core/text/phone.h), the other
// identifier an officer types into the same forms. The bytes are read as UTF-8 and, for odd QChar
// content (unpaired surrogates, full-width digits), once more as UTF-16.

#include "fuzz_support.h"

#include "reference/personal_id.h"
#include "text/phone.h"

#include <cstring>

using namespace xaso;

namespace {

void exercise(const QString& text)
{
    auto id = PersonalId::parse(text);
    if (id) {
        (void)id->placeCode();
        (void)id->bornAbroad();
        (void)id->provinceName();
        (void)id->sex();
        const int year = id->birthYear();
        if (year < id->century() || year > id->century() + 99)
            fuzz::propertyFailed("birthYear() outside its century");
        for (int y : {1900, year, year + 1, 2026, -1})
            (void)id->checkAgainst(y, Sex::Female, 2026);
        (void)id->checkAgainst(std::nullopt, std::nullopt);
        // Parsing is idempotent: the digits parse back to the same ID.
        auto again = PersonalId::parse(id->digits());
        if (!again || !(*again == *id))
            fuzz::propertyFailed("PersonalId::parse(digits()) differs");
    } else if (id.message().isEmpty()) {
        fuzz::propertyFailed("PersonalId::parse refused without a message");
    }
    (void)PersonalId::parseOldCmnd(text);

    auto phone = text::normalizeVietnamesePhone(text);
    if (phone) {
        auto again = text::normalizeVietnamesePhone(*phone);
        if (!again || *again != *phone)
            fuzz::propertyFailed("normalizeVietnamesePhone is not idempotent");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::initialize();
    if (size > 4096)
        return 0; // a form field; longer text only repeats the same paths slower
    exercise(QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size)));
    QString utf16(qsizetype(size / 2), Qt::Uninitialized);
    if (size >= 2)
        std::memcpy(utf16.data(), data, (size / 2) * 2);
    exercise(utf16);
    return 0;
}
