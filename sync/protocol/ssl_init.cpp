#include "protocol/ssl_init.h"

#include <Poco/Net/SSLManager.h>

#include <mutex>

namespace xaso::sync {

void ensureSslInitialized()
{
    static std::once_flag once;
    std::call_once(once, [] { Poco::Net::initializeSSL(); });
}

} // namespace xaso::sync
