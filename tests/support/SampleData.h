#pragma once

#include "interchange/InterchangeData.h"

namespace mladesk::test {

// A small, fixed set of records: one state pair, two authorities, one case,
// an outgoing EPOC-PR and an outgoing EPOC linked to it. Every field is set,
// and the texts hold markers that must never appear in plaintext on disk.
InterchangeData sampleData();
inline constexpr const char* kSecretMarker = "Zyxwvut-Marker-Heinrich-Plaintext";

} // namespace mladesk::test
