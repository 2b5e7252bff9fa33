#pragma once

#include "domain/Approval.h"
#include "error/Result.h"

#include <optional>

namespace mladesk {

class Database;

// Who drafted each request and the prosecutors' approvals of outgoing ones
// (four eyes, docs/audit.md): the requests' drafted_by column (schema v3)
// and the approvals table. RequestService decides; this only stores.
class AccountabilityStore {
public:
    explicit AccountabilityStore(Database& db)
        : m_db(db) {}

    // Empty when none is on record (imported before drafters were recorded).
    Result<QString> drafterOf(const QString& requestId);
    Status setDrafter(const QString& requestId, const QString& user);

    // The approval in force, else the latest withdrawn one; none if the
    // request was never approved.
    Result<std::optional<Approval>> currentApproval(const QString& requestId);
    Status addApproval(const QString& requestId, const Approval& approval);
    // Marks the approval in force (if any) withdrawn.
    Status withdrawApproval(const QString& requestId, const QString& by, const QDateTime& at);

private:
    Database& m_db;
};

} // namespace mladesk
