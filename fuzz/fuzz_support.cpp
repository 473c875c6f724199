#include "fuzz_support.h"

#include "crypto/crypto.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <sodium.h>

#include <cstdio>
#include <cstdlib>

namespace xaso::fuzz {

namespace {

void quietHandler(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtFatalMsg || qEnvironmentVariableIsSet("XASO_FUZZ_VERBOSE"))
        std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
}

QTemporaryDir& scratchDir()
{
    static QTemporaryDir dir;
    return dir;
}

const unsigned char* keySeed()
{
    static unsigned char seed[crypto_sign_SEEDBYTES];
    for (size_t i = 0; i < sizeof seed; ++i)
        seed[i] = static_cast<unsigned char>(0xa0 + i);
    return seed;
}

} // namespace

void initialize()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    qInstallMessageHandler(quietHandler);
    static int argc = 1;
    static char name[] = "xaso-fuzz";
    static char* argv[] = {name, nullptr};
    // Never destroyed: static destructors of Qt and of the targets' own statics (a server vault)
    // may still need it at exit. Reachable from this pointer, so not a leak to LeakSanitizer.
    static QCoreApplication* const app =
        QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    Q_UNUSED(app)
    if (auto s = crypto::initializeCrypto(); !s) {
        std::fprintf(stderr, "crypto self-test failed: %s\n", s.message().toLocal8Bit().constData());
        std::abort();
    }
    if (!scratchDir().isValid()) {
        std::fprintf(stderr, "no temporary folder for the fuzz inputs\n");
        std::abort();
    }
}

QString scratchPath(const QString& name)
{
    return scratchDir().filePath(name);
}

bool writeScratch(const QString& path, const uint8_t* data, size_t size)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(reinterpret_cast<const char*>(data), qint64(size)) == qint64(size);
}

QString fuzzDeviceId()
{
    return QStringLiteral("f0220000000000000000000000000001");
}

QByteArray fuzzPublicKey()
{
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    crypto_sign_seed_keypair(pk, sk, keySeed());
    sodium_memzero(sk, sizeof sk);
    return QByteArray(reinterpret_cast<const char*>(pk), sizeof pk);
}

crypto::SecureBytes fuzzSecretKey()
{
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    crypto::SecureBytes sk(crypto_sign_SECRETKEYBYTES);
    crypto_sign_seed_keypair(pk, sk.data(), keySeed());
    return sk;
}

void propertyFailed(const char* what)
{
    std::fprintf(stderr, "==fuzz== property failed: %s\n", what);
    std::abort();
}

} // namespace xaso::fuzz
