#pragma once

#include "error/Result.h"
#include "interchange/InterchangeData.h"
#include "interchange/RegisterExchange.h"

#include <functional>

namespace mladesk {

class ServiceGuard;

// Import and export of a register's records in the interchange format
// (docs/interchange.md). Every action passes the ServiceGuard (role, audit,
// change events).
class ExchangeService {
public:
    explicit ExchangeService(ServiceGuard& guard)
        : m_guard(guard) {}

    // An administrator importing into an empty register restores it
    // (statuses, drafters and approvals as the file records them); any other
    // import is new work: outgoing requests enter as drafts drafted by this
    // user, approvals in the file are set aside (access/ImportPolicy). All or
    // nothing, with its audit entries in its transaction. progress(done,
    // total) is optional. Announces Requests, References and Deadlines, and
    // Register for a restore.
    Result<ImportSummary> importData(InterchangeData data,
                                     const std::function<void(int, int)>& progress = {});
    // Every record (Export); audited with the number of requests.
    Result<InterchangeData> exportData();

private:
    ServiceGuard& m_guard;
};

} // namespace mladesk
