#include "crypto/password_policy.h"

#include <QCoreApplication>
#include <QSet>

namespace xaso::crypto {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("PasswordPolicy", text);
}
} // namespace

PasswordStrength evaluatePassword(const QString& password)
{
    PasswordStrength s;
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : password) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    const int classes = int(lower) + int(upper) + int(digit) + int(other);
    const QSet<QChar> distinct(password.cbegin(), password.cend());
    int sequences = 0;
    for (qsizetype i = 2; i < password.size(); ++i) {
        const int a = password.at(i - 2).unicode(), b = password.at(i - 1).unicode(), c = password.at(i).unicode();
        if ((b - a == 1 && c - b == 1) || (a == b && b == c))
            ++sequences;
    }
    const qsizetype len = password.size();
    int score = 0;
    if (len >= 10)
        ++score;
    if (len >= 14)
        ++score;
    if (classes >= 3)
        ++score;
    if (classes == 4 || len >= 20)
        ++score;
    if (distinct.size() < len / 2 || sequences > len / 4)
        score = std::max(0, score - 2);
    if (len < 10)
        score = std::min(score, 1);
    s.score = std::min(score, 4);

    if (len < 10)
        s.hints << tr("Use at least 10 characters.");
    if (classes < 3)
        s.hints << tr("Mix lower-case and capital letters, digits and symbols.");
    if (distinct.size() < len / 2 || sequences > len / 4)
        s.hints << tr("Avoid repeated characters and runs such as 'abc' or '111'.");
    return s;
}

Status checkPasswordAcceptable(const QString& password)
{
    const PasswordStrength s = evaluatePassword(password);
    if (s.score >= 3)
        return {};
    return makeError(ErrorCode::InvalidArgument,
                     tr("The password is too weak. %1").arg(s.hints.join(QLatin1Char(' '))));
}

} // namespace xaso::crypto
