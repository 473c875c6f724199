// The sync wire decoders (sync/protocol): a push batch (decodeBatch: header, lengths, sequence
// contiguity, the hash chain) and its Ed25519 signature check against the fuzz device's key; a
// single change (decodeChange, with the field codec inside); and a pull page (decodePullPage), the
// server's answer a device decodes. Whatever decodes must re-encode to the same value.

#include "fuzz_support.h"

#include "protocol/batch.h"
#include "protocol/pull_page.h"

#include <cstdio>

using namespace xaso;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::initialize();
    static const QByteArray trusted = fuzz::fuzzPublicKey();
    static const QByteArray stranger(32, '\x5a');
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));

    auto batch = sync::decodeBatch(bytes);
    if (batch) {
        if (batch->changes.size() != batch->chainHashes.size() || batch->changes.isEmpty())
            fuzz::propertyFailed("decodeBatch: changes and chain hashes differ");
        const bool signedByFuzzDevice = bool(sync::verifyBatchSignature(*batch, trusted));
        (void)sync::verifyBatchSignature(*batch, stranger);
        (void)sync::verifyBatchSignature(*batch, QByteArray());
        for (const sync::ChangeRecord& c : batch->changes) {
            auto again = sync::decodeChange(sync::encodeChange(c));
            if (!again || !(*again == c))
                fuzz::propertyFailed("a decoded change does not survive encodeChange/decodeChange");
        }
        // A batch signed by the fuzz key re-encodes to the same signed bytes (canonical layout).
        if (signedByFuzzDevice) {
            static const crypto::SecureBytes secret = fuzz::fuzzSecretKey();
            const QByteArray re = sync::encodeBatch(batch->header, batch->changes, secret);
            if (re.left(re.size() - 64) != batch->signedBytes)
                fuzz::propertyFailed("a signed batch does not re-encode to its signed bytes");
        }
    }

    static const bool verbose = qEnvironmentVariableIsSet("XASO_FUZZ_VERBOSE");
    if (verbose)
        std::fprintf(stderr, "batch: %s\n", batch ? "decoded" : batch.message().toLocal8Bit().constData());

    auto change = sync::decodeChange(bytes);
    if (change) {
        if (sync::encodeChange(*change) != bytes)
            fuzz::propertyFailed("decodeChange accepted a non-canonical change");
    }

    auto page = sync::decodePullPage(bytes);
    if (page) {
        auto again = sync::decodePullPage(sync::encodePullPage(*page));
        if (!again || again->changes.size() != page->changes.size() || again->nextAfter != page->nextAfter)
            fuzz::propertyFailed("a pull page does not survive encodePullPage/decodePullPage");
    }
    return 0;
}
