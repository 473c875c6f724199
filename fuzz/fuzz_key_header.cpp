// The vault key header parser (core/storage/key_header.h): magic, format version (newer and
// downgraded), exact length, KDF algorithm and limits. A header that parses must serialise back to
// the same bytes, and its slots are tried (and must fail) with a wrong key, as unlocking would.

#include "fuzz_support.h"

#include "crypto/crypto.h"
#include "storage/key_header.h"

using namespace xaso;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::initialize();
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto header = storage::KeyHeader::parse(bytes);
    if (!header) {
        if (header.message().isEmpty())
            fuzz::propertyFailed("KeyHeader::parse refused without a message");
        return 0;
    }
    if (header->serialize() != bytes)
        fuzz::propertyFailed("a parsed key header does not serialise to the same bytes");
    static const crypto::SecureBytes wrongKey =
        crypto::SecureBytes::copyOf(QByteArray(crypto::kKeyBytes, '\x11'));
    using Slot = storage::KeyHeader::Slot;
    auto p = crypto::openSealed(wrongKey, header->passwordSlot, header->authenticatedPrefix(Slot::Password));
    auto r = crypto::openSealed(wrongKey, header->recoverySlot, header->authenticatedPrefix(Slot::Recovery));
    if (p || r)
        fuzz::propertyFailed("a key slot opened with a wrong key");
    return 0;
}
