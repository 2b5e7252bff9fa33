#pragma once

#include "domain/Approval.h"
#include "error/Result.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace mladesk {

// Who drafted each request and the prosecutors' approvals of outgoing ones
// (four eyes, docs/audit.md). RequestService decides; this only stores.
class AccountabilityRepository {
public:
    virtual ~AccountabilityRepository() = default;

    // Empty when none is on record (imported before drafters were recorded).
    virtual Result<QString> drafterOf(const QString& requestId) = 0;
    virtual Status setDrafter(const QString& requestId, const QString& user) = 0;

    // The approval in force, else the latest withdrawn one; none if the
    // request was never approved.
    virtual Result<std::optional<Approval>> currentApproval(const QString& requestId) = 0;
    virtual Status addApproval(const QString& requestId, const Approval& approval) = 0;
    // Marks the approval in force (if any) withdrawn.
    virtual Status withdrawApproval(const QString& requestId, const QString& by, const QDateTime& at) = 0;
};

} // namespace mladesk
