#pragma once
// Shared by the fuzz targets: one-time process set-up (crypto self-test, quiet logging), a scratch
// folder for the readers that take a path, and the fixed device identity the seed generator signs
// the corpus batches and requests with, so the signature-valid paths are reachable.

#include "crypto/secure_bytes.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace xaso::fuzz {

// Once per process: libsodium and its self-test, a QCoreApplication, and a message handler that
// drops warnings (the code under test logs every refusal; millions of lines would drown a crash).
// Aborts when the crypto self-test fails: nothing else would be meaningful.
void initialize();

// A file path inside a per-process temporary folder (removed at exit).
QString scratchPath(const QString& name);
// Replaces the file's content; false if it cannot be written (the target then skips the input).
bool writeScratch(const QString& path, const uint8_t* data, size_t size);

// The fixed Ed25519 device key (from a constant seed) and its device id: fuzz corpora are signed
// with it, and the batch and server targets trust it.
QString fuzzDeviceId();
QByteArray fuzzPublicKey();
crypto::SecureBytes fuzzSecretKey();

// Stops the process with a message when a property the code promises does not hold (a round trip
// that changes the value): a fuzz finding like a crash.
[[noreturn]] void propertyFailed(const char* what);

} // namespace xaso::fuzz
