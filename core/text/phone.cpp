#include "text/phone.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace xaso::text {
namespace {

QString tr(const char* source)
{
    return QCoreApplication::translate("VietnamesePhone", source);
}

Error invalid(QString message)
{
    return makeError(ErrorCode::InvalidArgument, std::move(message));
}

bool isSeparator(QChar c)
{
    return c.isSpace() || c == u'.' || c == u'-' || c == u'(' || c == u')';
}

} // namespace

Result<QString> normalizeVietnamesePhone(const QString& text)
{
    QString digits;
    digits.reserve(text.size());
    int position = 0; // 1-based, as a person counts the characters they typed
    for (const QChar c : text) {
        ++position;
        if (isSeparator(c))
            continue;
        const bool leadingPlus = c == u'+' && digits.isEmpty();
        if (!leadingPlus && (c < u'0' || c > u'9')) {
            return invalid(tr("Character %1 (“%2”) is not allowed in a phone number: use digits, "
                              "spaces, dots or dashes.")
                               .arg(position)
                               .arg(c));
        }
        digits.append(c);
    }
    if (digits.isEmpty())
        return invalid(tr("The phone number is empty."));

    // International forms of +84: "+84…", "0084…", and "84…" where no national number would begin.
    if (digits.startsWith(u"+84"_s))
        digits = u"0"_s + digits.mid(3);
    else if (digits.startsWith(u"0084"_s))
        digits = u"0"_s + digits.mid(4);
    else if (digits.startsWith(u"84"_s) && digits.size() >= 11)
        digits = u"0"_s + digits.mid(2);
    else if (digits.startsWith(u'+'))
        return invalid(tr("Only Vietnamese numbers (+84) are accepted."));
    if (digits.startsWith(u"00"_s)) // "+84 (0) 912 …": the trunk zero written after the country code
        digits.remove(0, 1);

    if (!digits.startsWith(u'0'))
        return invalid(tr("A Vietnamese phone number starts with 0 (or +84)."));

    if (digits.size() < 10)
        return invalid(tr("The phone number has only %1 digits; Vietnamese numbers have 10 (mobile) "
                          "or 11 (landline).")
                           .arg(digits.size()));
    const QChar kind = digits.at(1);
    if (kind == u'2') {
        if (digits.size() != 11) {
            return invalid(tr("A landline number (02x) has 11 digits; this one has %1.").arg(digits.size()));
        }
        return digits;
    }
    if (kind == u'3' || kind == u'5' || kind == u'7' || kind == u'8' || kind == u'9') {
        if (digits.size() != 10)
            return invalid(tr("A mobile number has 10 digits; this one has %1.").arg(digits.size()));
        return digits;
    }
    if (kind == u'1') {
        return invalid(tr("Mobile numbers starting 01 were renumbered in 2018 (to 03, 05, 07, 08): "
                          "ask for the current number."));
    }
    return invalid(tr("No Vietnamese phone number starts with “%1”: mobiles start 03, 05, 07, 08 or 09, "
                      "landlines 02.")
                       .arg(digits.left(2)));
}

} // namespace xaso::text
