#include "AuditAnchoring.h"

#include "storage/Database.h"
#include "storage/Register.h"

namespace mladesk {

Result<AuditHead> AuditAnchoring::anchor(const QString& detail,
                                         const std::function<Status(const AuditHead&)>& seal) {
    if (auto st = m_session.require(Action::ReadAudit); !st)
        return st.error();
    auto tx = Transaction::begin(m_session.database());
    if (!tx)
        return tx.error();
    AuditTrail trail(m_session.database());
    auto chain = trail.verify();
    if (!chain)
        return chain.error();
    if (!chain->intact)
        return makeError(
            ErrorCode::Conflict,
            QStringLiteral("The audit trail is broken from entry %1 (%2): an anchor would vouch for "
                           "it. Nothing was recorded; find out what happened first (docs/audit.md).")
                .arg(chain->firstBadSeq)
                .arg(chain->reason));
    if (auto st =
            m_session.record(QLatin1String(AuditTrail::kAnchorAction), QStringLiteral("register"), detail);
        !st)
        return st.error();
    auto last = trail.head();
    if (!last)
        return last.error();
    AuditHead head;
    head.registerId = m_session.registerFolder().keySlots().registerId();
    head.seq = last->seq;
    head.hash = last->hash;
    head.at = last->at;
    head.anchoredAt = last->at;
    head.anchoredBy = m_session.user();
    if (auto st = seal(head); !st)
        return st.error();
    if (auto st = tx.value()->commit(); !st)
        return st.error();
    return head;
}

Result<AuditVerification> AuditAnchoring::verify(const QList<AuditHead>& anchors) {
    if (auto st = m_session.require(Action::ReadAudit); !st)
        return st.error();
    auto v = AuditTrail(m_session.database()).verify(anchors);
    if (!v)
        return v;
    const QString here = m_session.registerFolder().keySlots().registerId();
    for (AnchorCheck& check : v->anchors)
        if (check.anchor.registerId != here) {
            check.holds = false;
            check.finding = QStringLiteral("the anchor is of another register (%1), not of this one (%2)")
                                .arg(check.anchor.registerId, here);
        }
    return v;
}

} // namespace mladesk
