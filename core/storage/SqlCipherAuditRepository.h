#pragma once

#include "error/Result.h"
#include "repositories/AuditRecords.h"
#include "repositories/AuditRepository.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace mladesk {

class Database;

// The register's append-only, hash-chained audit trail. Each entry's SHA-256
// covers a canonical encoding of its fields and the previous entry's hash, so
// a changed, removed, inserted or reordered entry breaks the chain from there
// on. The chain has no key: whoever holds the database key can rewrite it and
// recompute every hash, or cut entries from the end. Both are found only
// against an anchor, a signed statement of an earlier head kept outside the
// register (AuditAnchor; docs/audit.md says what the trail can prove).
class SqlCipherAuditRepository final : public AuditRepository {
public:
    explicit SqlCipherAuditRepository(Database& db)
        : m_db(db) {}
    // Appends inside the caller's transaction, if any.
    Status append(const QString& user, const QString& action, const QString& object,
                  const QString& detail = {}) override;
    Result<QList<AuditEntry>> entries(const AuditFilter& filter = {}, int limit = -1) override;
    using AuditRepository::verify;
    // The chain, and each anchor against it: the entry at the anchor's seq
    // must be there with exactly the anchored hash, and the chain intact up
    // to it (the register id is the caller's to compare).
    Result<AuditVerification> verify(const QList<AuditHead>& anchors) override;
    // The last entry; seq 0 when the trail is empty.
    Result<AuditEntry> head() override;

private:
    Database& m_db;
};

} // namespace mladesk
