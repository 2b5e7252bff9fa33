#pragma once

#include "error/Result.h"
#include "repositories/AuditRepository.h"

#include <functional>

namespace mladesk {

class ServiceGuard;

// The audit trail: reading it, verifying its chain (and against anchors kept
// outside the register, docs/audit.md "Anchors"), anchoring it, and recording
// actions whose work happens elsewhere. Reading, verifying and anchoring are
// for whoever may read the trail (auditor, administrator). Every action
// passes the ServiceGuard (role, transaction, audit, change events).
class AuditService {
public:
    explicit AuditService(ServiceGuard& guard)
        : m_guard(guard) {}

    Result<QList<AuditEntry>> entries(const AuditFilter& filter = {}, int limit = -1);
    // The chain, and each anchor against it; an anchor of another register
    // does not hold.
    Result<AuditVerification> verify(const QList<AuditHead>& anchors = {});
    // Records an "audit-anchor" entry (detail: who signs) and hands seal the
    // chain head that ends with that entry; seal signs the statement and
    // writes the anchor file. One transaction: when seal fails, nothing is
    // recorded. Refused while the chain is broken: an anchor would vouch for it.
    Result<AuditHead> anchor(const QString& detail, const std::function<Status(const AuditHead&)>& seal);
    // For actions whose work happens elsewhere (render, export, bundles), as
    // the signed-in user, once the caller has been allowed the action.
    Status record(const QString& action, const QString& object, const QString& detail = {});

private:
    ServiceGuard& m_guard;
};

} // namespace mladesk
