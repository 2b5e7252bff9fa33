#pragma once

#include "error/Result.h"

namespace mladesk {

class Database;

// Forward-only schema migrations. Version N is resources/schema/migrations/
// 000N-*.sql; each runs in its own transaction together with the bump of
// PRAGMA user_version, so a failed migration leaves the previous version.
class Migrations {
public:
    static int latestVersion();
    static Result<int> currentVersion(Database& db);
    // Migrates up to targetVersion (the latest by default). Refuses a register
    // whose version is newer than this program knows.
    static Status migrate(Database& db, int targetVersion = latestVersion());
};

} // namespace mladesk
