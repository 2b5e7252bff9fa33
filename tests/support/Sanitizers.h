#pragma once

// Whether this test program is built with AddressSanitizer
// (./scripts/test --sanitize): its shadow memory and quarantine make peak
// memory figures meaningless, so tests that measure them skip.
namespace mladesk::test {

#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kAddressSanitizer = true;
#else
inline constexpr bool kAddressSanitizer = false;
#endif
#else
inline constexpr bool kAddressSanitizer = false;
#endif

} // namespace mladesk::test
