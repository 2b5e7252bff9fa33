#pragma once

#include "interchange/InterchangeData.h"

namespace mladesk::test {

// A small, fixed set of records: one state pair, two authorities, one case,
// an outgoing EPOC-PR and an outgoing EPOC linked to it. Every field is set,
// and the texts hold markers that must never appear in plaintext on disk.
InterchangeData sampleData();
// What every register fixture in tests/data/registers holds (sampleData()
// before its facts were lengthened). Frozen: changing it breaks the fixtures.
InterchangeData fixtureData();
inline constexpr const char* kSecretMarker = "Zyxwvut-Marker-Heinrich-Plaintext";

} // namespace mladesk::test
