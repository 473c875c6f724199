#pragma once
// The services every desktop screen may need, passed down through constructors (no singletons).
// main() builds the real ones; tests build theirs over temporary folders.

#include "crypto/crypto.h"

namespace xaso {
class Clock;
class RoleCatalog;
namespace storage {
class AttemptGuard;
}
} // namespace xaso

namespace xaso::desktop {

class AppSettings;
class LanguageManager;
class ProfileDirectory;

struct DesktopServices
{
    const Clock& clock;
    const RoleCatalog& roleCatalog;
    storage::AttemptGuard& attemptGuard;
    ProfileDirectory& profiles;
    AppSettings& settings;
    LanguageManager& language;
    // Argon2id limits for new profiles: moderate for real ones; the tour and tests may go lower.
    crypto::KdfLimits kdfLimits = crypto::KdfLimits::moderate();
};

} // namespace xaso::desktop
