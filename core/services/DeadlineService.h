#pragma once

#include "domain/Deadline.h"
#include "error/Result.h"
#include "repositories/DeadlineRecords.h"
#include "rules/Completeness.h"

namespace mladesk {

class ServiceGuard;

// Deadlines of requests, the due list, adjustments of the clock, and completeness against the instrument's
// required elements. Every action passes the ServiceGuard (role, transaction, audit, change events).
class DeadlineService {
public:
    explicit DeadlineService(ServiceGuard& guard)
        : m_guard(guard) {}

    // The request's deadlines with their trails, computed now.
    Result<QList<Deadline>> deadlinesOf(const QString& idOrReference);
    Result<QList<DueItem>> due(const DueFilter& filter);
    Result<QList<DueDeadline>> dueWithTrails(const DueFilter& filter);
    Result<DeadlineCounts> counts();
    // Extend, stop or restart the clock, or an earlier date asked by the other
    // side. Announces the request's deadlines changed.
    Status adjust(const QString& idOrReference, const DeadlineAdjustment& adjustment);
    // The required elements of the request's instrument it lacks (empty:
    // complete). Actions on a request in hand use missingElements()
    // (services/RequestCompleteness), which this shows.
    Result<QList<MissingElement>> completeness(const QString& idOrReference);

private:
    ServiceGuard& m_guard;
};

} // namespace mladesk
