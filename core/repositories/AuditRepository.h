#pragma once

#include "error/Result.h"
#include "repositories/AuditRecords.h"

#include <QList>
#include <QString>

namespace mladesk {

// The register's append-only, hash-chained audit trail (audit/AuditChain
// makes and checks the chain; a back end stores the entries). The chain has
// no key: whoever can write the entries can rewrite it and recompute every
// hash, or cut entries from the end. Both are found only against an anchor,
// a signed statement of an earlier head kept outside the register
// (AuditAnchor; docs/audit.md says what the trail can prove).
class AuditRepository {
public:
    virtual ~AuditRepository() = default;

    // Appends inside the caller's transaction, if any.
    virtual Status append(const QString& user, const QString& action, const QString& object,
                          const QString& detail = {}) = 0;
    virtual Result<QList<AuditEntry>> entries(const AuditFilter& filter = {}, int limit = -1) = 0;
    Result<AuditVerification> verify() { return verify({}); }
    // The chain, and each anchor against it: the entry at the anchor's seq
    // must be there with exactly the anchored hash, and the chain intact up
    // to it (the register id is the caller's to compare).
    virtual Result<AuditVerification> verify(const QList<AuditHead>& anchors) = 0;
    // The last entry; seq 0 when the trail is empty.
    virtual Result<AuditEntry> head() = 0;
};

} // namespace mladesk
