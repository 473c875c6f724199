#pragma once
// The server's TLS identity: a P-256 key and a self-signed certificate made with OpenSSL at
// `xaso-server init`. Clients pin the certificate's SHA-256 fingerprint at enrolment, so no CA is
// involved and a replaced certificate is refused.

#include "protocol/fingerprint.h"
#include "server/server_store.h"

namespace xaso::sync {

Result<TlsPems> generateTlsIdentity(const QString& commonName, int validDays);
// SHA-256 of the certificate's DER bytes, 64 lower-case hex.
Result<QString> certificateFingerprint(const QByteArray& certPem);

} // namespace xaso::sync
