#include "ServiceGuard.h"

#include "repositories/AuditRepository.h"
#include "services/Session.h"

namespace mladesk {

Status ActionScope::audit(const QString& action, const QString& object, const QString& detail) {
    if (Status st = m_storage.audit().append(m_user, action, object, detail); !st)
        return st;
    announce(Change::Kind::Audit);
    return {};
}

void ActionScope::announce(Change::Kind kind, const QString& id) {
    const Change change{kind, id};
    if (!m_pending.contains(change))
        m_pending.append(change);
}

Status ServiceGuard::require(Action action) const {
    if (!m_storage.isOpen())
        return makeError(ErrorCode::Locked, QStringLiteral("The register is locked."));
    return m_session.require(action);
}

QString ServiceGuard::userName() const {
    return m_session.user();
}

void ServiceGuard::finish(bool committed) {
    const QList<Change> changes = std::exchange(m_pending, {});
    if (committed)
        for (const Change& change : changes)
            m_events.publish(change);
}

} // namespace mladesk
