#include "AuditService.h"

#include "audit/AuditChain.h"
#include "error/CoreText.h"
#include "repositories/Storage.h"
#include "services/ServiceGuard.h"
#include "services/Session.h"

namespace mladesk {

Result<QList<AuditEntry>> AuditService::entries(const AuditFilter& filter, int limit) {
    if (auto st = m_guard.require(Action::ReadAudit); !st)
        return st.error();
    return m_guard.storage().audit().entries(filter, limit);
}

Result<AuditVerification> AuditService::verify(const QList<AuditHead>& anchors) {
    if (auto st = m_guard.require(Action::ReadAudit); !st)
        return st.error();
    auto v = m_guard.storage().audit().verify(anchors);
    if (!v)
        return v;
    const QString here = m_guard.storage().registerId();
    for (AnchorCheck& check : v->anchors)
        if (check.anchor.registerId != here) {
            check.holds = false;
            check.finding = text::Audit::tr("the anchor is of another register (%1), not of this one (%2)")
                                .arg(check.anchor.registerId, here);
        }
    return v;
}

Result<AuditHead> AuditService::anchor(const QString& detail,
                                       const std::function<Status(const AuditHead&)>& seal) {
    return m_guard.run(Action::ReadAudit, [&](ActionScope& scope) -> Result<AuditHead> {
        AuditRepository& trail = scope.storage().audit();
        auto chain = trail.verify();
        if (!chain)
            return chain.error();
        if (!chain->intact)
            return makeError(ErrorCode::Conflict,
                             text::Audit::tr("The audit trail is broken from entry %1 (%2): an anchor would "
                                             "vouch for it. Nothing was recorded; find out what happened "
                                             "first (docs/audit.md).")
                                 .arg(chain->firstBadSeq)
                                 .arg(chain->reason));
        if (auto st =
                scope.audit(QLatin1String(AuditChain::kAnchorAction), QStringLiteral("register"), detail);
            !st)
            return st.error();
        auto last = trail.head();
        if (!last)
            return last.error();
        AuditHead head;
        head.registerId = scope.storage().registerId();
        head.seq = last->seq;
        head.hash = last->hash;
        head.at = last->at;
        head.anchoredAt = last->at;
        head.anchoredBy = m_guard.session().user();
        if (auto st = seal(head); !st)
            return st.error();
        return head;
    });
}

Status AuditService::record(const QString& action, const QString& object, const QString& detail) {
    return m_guard.inTransaction(
        [&](ActionScope& scope) -> Status { return scope.audit(action, object, detail); });
}

} // namespace mladesk
