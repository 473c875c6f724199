#pragma once
// The recovery key printed when a profile is created: 160 random bits written as 32 characters of
// Crockford base32 in 8 groups of 4 ("7KQ2-M9XD-…"). It unwraps the same data key as the password.
// Typing is forgiving: case, spaces and dashes are ignored; O→0 and I/L→1 are read as the digits.

#include "crypto/secure_bytes.h"
#include "util/result.h"

#include <QString>

namespace xaso::crypto {

class RecoveryKey
{
public:
    static constexpr int kBytes = 20;
    static constexpr int kChars = 32;

    static RecoveryKey generate();
    static Result<RecoveryKey> parse(const QString& typed);

    QString formatted() const; // grouped for printing
    const SecureBytes& bytes() const { return m_bytes; }

private:
    SecureBytes m_bytes;
};

} // namespace xaso::crypto
