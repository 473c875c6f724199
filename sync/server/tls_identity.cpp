#include "server/tls_identity.h"

#include <QCoreApplication>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace xaso::sync {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TlsIdentity", text);
}

template <typename T, void (*F)(T*)>
struct Deleter
{
    void operator()(T* p) const { F(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
void bioFree(BIO* b)
{
    BIO_free(b);
}
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, bioFree>>;

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(n));
}

Error failed(const char* step)
{
    return makeError(ErrorCode::Internal, tr("Could not create the server's TLS certificate (%1).")
                                              .arg(QString::fromLatin1(step)));
}

} // namespace

Result<TlsPems> generateTlsIdentity(const QString& commonName, int validDays)
{
    PKeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        return failed("key");
    X509Ptr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), 2) != 1)
        return failed("certificate");
    BIGNUM* serial = BN_new();
    BN_rand(serial, 64, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY);
    BN_to_ASN1_INTEGER(serial, X509_get_serialNumber(cert.get()));
    BN_free(serial);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(validDays) * 86400L);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME* name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(cn.constData()), -1,
                               -1, 0);
    X509_set_issuer_name(cert.get(), name);
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0)
        return failed("signature");
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    BioPtr certBio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) ||
        !PEM_write_bio_X509(certBio.get(), cert.get()))
        return failed("PEM");
    return TlsPems{bioBytes(keyBio.get()), bioBytes(certBio.get())};
}

Result<QString> certificateFingerprint(const QByteArray& certPem)
{
    BioPtr bio(BIO_new_mem_buf(certPem.constData(), int(certPem.size())));
    X509Ptr cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!cert)
        return makeError(ErrorCode::Tampered, tr("The server's certificate cannot be read."));
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    if (X509_digest(cert.get(), EVP_sha256(), md, &n) != 1)
        return failed("fingerprint");
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(md), int(n)).toHex());
}

} // namespace xaso::sync
