#pragma once

#include "access/Session.h"
#include "audit/AuditTrail.h"
#include "error/Result.h"

#include <functional>

namespace mladesk {

// Anchors of the session's register's audit trail (docs/audit.md, "Anchors"),
// for whoever may read the trail (auditor, administrator).
class AuditAnchoring {
public:
    explicit AuditAnchoring(Session& session)
        : m_session(session) {}

    // Records an "audit-anchor" entry (detail: who signs) and hands seal the
    // chain head that ends with that entry; seal signs the statement and
    // writes the anchor file. One transaction: when seal fails, nothing is
    // recorded. Refused while the chain is broken: an anchor would vouch for it.
    Result<AuditHead> anchor(const QString& detail, const std::function<Status(const AuditHead&)>& seal);
    // The chain and each anchor against it; an anchor of another register
    // does not hold.
    Result<AuditVerification> verify(const QList<AuditHead>& anchors);

private:
    Session& m_session;
};

} // namespace mladesk
