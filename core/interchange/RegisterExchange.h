#pragma once

#include "error/Result.h"
#include "interchange/InterchangeData.h"

#include <functional>

namespace mladesk {

class Database;

struct ImportSummary {
    int states = 0;
    int authorities = 0;
    int cases = 0;
    int requests = 0;
    // Set by ExchangeService::importData (access/ImportPolicy): whether the import
    // restored a whole register, and what of the file's workflow it did not
    // keep, in words (empty: everything as the file says).
    bool restored = false;
    QString adjustments;
};

// Moves interchange data into and out of a register.
class RegisterExchange {
public:
    // Checks everything against the register first (duplicates, references
    // to cases, authorities, states and linked requests), then writes it in
    // one transaction: all or nothing. progress(done, total) is optional;
    // beforeCommit (optional) runs inside that transaction after the data is
    // in (the audit entry), and its failure undoes the import.
    //
    // Call it outside any transaction: inside one, the import's savepoint
    // makes SQLite keep a copy of every page each statement changes until
    // the end (an in-memory sub-journal with temp_store = MEMORY), about
    // 60 KB a request (docs/performance.md).
    static Result<ImportSummary>
    importAll(Database& db, const InterchangeData& data, const std::function<void(int, int)>& progress = {},
              const std::function<Status(const ImportSummary&)>& beforeCommit = {});
    // Every record, in no particular order (InterchangeFormat::write sorts).
    static Result<InterchangeData> exportAll(Database& db);
};

} // namespace mladesk
