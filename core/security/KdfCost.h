#pragma once

#include <cstdint>

namespace mladesk {

// Argon2id cost of a passphrase key slot. Stored with each slot, so a register
// keeps opening when the default changes.
struct KdfCost {
    std::uint64_t opsLimit;
    std::uint64_t memLimitBytes;

    // The default for users' registers: libsodium's "moderate" (3 passes, 256 MiB).
    static KdfCost standard();
    // For the sandbox and the tests: libsodium's "interactive" (2 passes, 64 MiB).
    static KdfCost interactive();
    // What a slot read from disk may ask for; more is refused as hostile (a
    // tampered key-slot file must not make unlocking allocate gigabytes).
    bool isAcceptable() const;
};

} // namespace mladesk
