#pragma once
// Poco::Net::initializeSSL once per process, for the server and the client transport alike.

namespace xaso::sync {

void ensureSslInitialized();

} // namespace xaso::sync
