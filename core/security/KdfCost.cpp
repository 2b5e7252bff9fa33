#include "KdfCost.h"

#include <sodium.h>

namespace mladesk {

KdfCost KdfCost::standard() {
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfCost KdfCost::interactive() {
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

bool KdfCost::isAcceptable() const {
    constexpr std::uint64_t kMaxOps = 20;
    constexpr std::uint64_t kMaxMemory = 1024ull * 1024 * 1024;
    return opsLimit >= crypto_pwhash_OPSLIMIT_MIN && opsLimit <= kMaxOps &&
           memLimitBytes >= crypto_pwhash_MEMLIMIT_MIN && memLimitBytes <= kMaxMemory;
}

} // namespace mladesk
