#pragma once

#include "error/Result.h"

namespace mladesk {

class Database;

// SQLite's quick check: structure and page integrity, without the slow
// cross-check of every index; SQLCipher's HMAC checks each page it reads.
// It reads and decrypts every page (0.65 s for 100,000 requests), so the
// window runs it on a connection of its own after it shows the register
// (docs/decisions.md). ErrorCode::Damaged when the check fails; interrupted
// through Database::interrupt, it returns the interruption's error.
Status checkIntegrity(Database& db);

// When the integrity check runs at unlock: before anything is shown (the CLI,
// the default), or later, by the caller, on a connection of its own (the
// window). A register about to be migrated is checked before either way.
enum class IntegrityCheck { AtUnlock, ByCaller };

} // namespace mladesk
