#include "crypto/password_policy.h"

#include "text/folding.h"

#include <QCoreApplication>
#include <QSet>

namespace xaso::crypto {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("PasswordPolicy", text);
}

// Words people pick first, Vietnamese and English. A password that is one of them dressed up with
// capitals, digits and symbols ("P@ssw0rd2026!", "Mật khẩu@2026") passes the length and class
// counts but is among the first guesses of any attacker (Nghị định 85/2016 asks for strong ones).
const char* const kCommonWords[] = {
    "matkhau", "password", "passwd",   "admin",    "administrator", "quantri", "qwerty",
    "asdfgh",  "zxcvbn",   "iloveyou", "anhyeuem", "emyeuanh",      "welcome", "letmein",
    "abc",     "test",     "user",     "root",     "login",         "xaso",    "vietnam",
    "hanoi",   "saigon",   "hello",    "xinchao",  "changeme",      "secret",  "master",
    "dragon",  "monkey",   "football", "sunshine", "princess",      "congan",  "ubnd"};

// The letters of the folded password, two readings: digits and symbols dropped, and the same after
// undoing look-alike swaps inside a word (@→a, 0→o, 1→i, 3→e, 4→a, 5→s, $→s, 7→t).
QStringList letterReadings(const QString& password)
{
    static const QString from = QStringLiteral("@01345$7");
    static const QString to = QStringLiteral("aoieasst");
    const QString folded = text::foldForSearch(password);
    QString plain, unswapped;
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const QChar c = folded.at(i);
        if (c.isLetter()) {
            plain += c;
            unswapped += c;
            continue;
        }
        // A run of look-alikes counts as letters only when letters stand on both sides of it.
        qsizetype end = i;
        while (end < folded.size() && from.contains(folded.at(end)))
            ++end;
        const bool inWord = end > i && i > 0 && folded.at(i - 1).isLetter() && end < folded.size() &&
                            folded.at(end).isLetter();
        if (inWord) {
            for (; i < end; ++i)
                unswapped += to.at(from.indexOf(folded.at(i)));
            --i;
        }
    }
    return {plain, unswapped};
}

// True when what is left of the letters after taking out one common word is under 4 letters.
bool isCommonWordDressedUp(const QString& password)
{
    for (const QString& letters : letterReadings(password)) {
        for (const char* word : kCommonWords) {
            const QString w = QString::fromLatin1(word);
            if (letters.contains(w) && letters.size() - w.size() < 4)
                return true;
        }
    }
    return false;
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
    const bool common = isCommonWordDressedUp(password);
    if (common)
        score = std::min(score, 1);
    s.score = std::min(score, 4);

    if (len < 10)
        s.hints << tr("Use at least 10 characters.");
    if (classes < 3)
        s.hints << tr("Mix lower-case and capital letters, digits and symbols.");
    if (distinct.size() < len / 2 || sequences > len / 4)
        s.hints << tr("Avoid repeated characters and runs such as 'abc' or '111'.");
    if (common)
        s.hints << tr("Avoid common words such as 'password' or 'matkhau', even with capitals, digits or "
                      "symbols added.");
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
