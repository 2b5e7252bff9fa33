#include "DeadlineService.h"

#include "common/UtcText.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/RequestRepository.h"
#include "repositories/Storage.h"
#include "services/DeadlineReads.h"
#include "services/RequestCompleteness.h"
#include "services/ServiceGuard.h"
#include "services/Session.h"

namespace mladesk {

Result<QList<Deadline>> DeadlineService::deadlinesOf(const QString& idOrReference) {
    if (auto st = m_guard.require(Action::ViewContent); !st)
        return st.error();
    return DeadlineReads(m_guard.storage()).deadlinesOf(idOrReference);
}

Result<QList<DueItem>> DeadlineService::due(const DueFilter& filter) {
    if (auto st = m_guard.require(Action::ViewContent); !st)
        return st.error();
    return DeadlineReads(m_guard.storage()).due(filter);
}

Result<DeadlineCounts> DeadlineService::counts() {
    if (auto st = m_guard.require(Action::ViewContent); !st)
        return st.error();
    return DeadlineReads(m_guard.storage()).counts();
}

Result<QList<DueDeadline>> DeadlineService::dueWithTrails(const DueFilter& filter) {
    if (auto st = m_guard.require(Action::ViewContent); !st)
        return st.error();
    return DeadlineReads(m_guard.storage()).dueWithTrails(filter);
}

Status DeadlineService::adjust(const QString& idOrReference, const DeadlineAdjustment& adjustment) {
    return m_guard.run(Action::ChangeStatus, [&](ActionScope& scope) -> Status {
        auto request = scope.storage().requests().find(idOrReference);
        if (!request)
            return request.error();
        if (auto st = scope.storage().deadlines().addAdjustment(request.value(), adjustment,
                                                                m_guard.session().user());
            !st)
            return st;
        scope.announce(Change::Kind::Deadlines, request->id);
        // The request's next due date (the lists show it) moved with it.
        scope.announce(Change::Kind::Request, request->id);
        return scope.audit(
            QStringLiteral("deadline-adjusted"), QStringLiteral("request:") + request->id,
            QStringLiteral("%1: %2 at %3")
                .arg(adjustment.kind, adjustmentTypeName(adjustment.type), utcText(adjustment.at)));
    });
}

Result<QList<MissingElement>> DeadlineService::completeness(const QString& idOrReference) {
    if (auto st = m_guard.require(Action::ViewContent); !st)
        return st.error();
    auto request = m_guard.storage().requests().find(idOrReference);
    if (!request)
        return request.error();
    return missingElements(m_guard.storage(), request.value());
}

} // namespace mladesk
