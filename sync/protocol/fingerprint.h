#pragma once
// The pinned server certificate fingerprint: SHA-256 of the certificate's DER bytes, 64 hex.

#include <QString>

namespace xaso::sync {

// Accepts "AB:CD:…" or plain hex, upper or lower case; returns 64 lower-case hex, or an empty
// string when the text is not a SHA-256 fingerprint.
inline QString normaliseFingerprint(const QString& text)
{
    QString hex;
    for (QChar c : text) {
        if (c == QLatin1Char(':') || c == QLatin1Char(' '))
            continue;
        const QChar l = c.toLower();
        if (!((l >= QLatin1Char('0') && l <= QLatin1Char('9')) || (l >= QLatin1Char('a') && l <= QLatin1Char('f'))))
            return {};
        hex.append(l);
    }
    return hex.size() == 64 ? hex : QString();
}

} // namespace xaso::sync
