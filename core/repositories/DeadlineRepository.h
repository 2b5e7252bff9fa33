#pragma once

#include "domain/Deadline.h"
#include "domain/DueItem.h"
#include "domain/Entities.h"
#include "error/Result.h"
#include "repositories/DeadlineRecords.h"

#include <QList>
#include <QString>

namespace mladesk {

class Catalogue;

// The deadlines the engine computes for each request (kept with the request
// for the due lists and the next-due sort) and the user's adjustments. Every
// write of a request's events, status or retention recomputes them in the
// same transaction.
class DeadlineRepository {
public:
    virtual ~DeadlineRepository() = default;

    virtual Status recompute(const Request& request) = 0;
    // Every request, when the catalogue changed since the last computation
    // (a new version of the application, a schema upgrade).
    virtual Status refreshIfStale() = 0;
    virtual Status recomputeAll() = 0;
    // After a state's profile changed: the running deadlines of the requests
    // it may govern.
    virtual Status recomputeForState(const QString& code) = 0;

    // The request's deadlines with their trails, computed now.
    virtual Result<QList<Deadline>> deadlinesOf(const Request& request) = 0;
    virtual Result<QList<DeadlineAdjustment>> adjustments(const QString& requestId) = 0;
    // Checks the adjustment against the request's deadlines, stores it, recomputes.
    virtual Status addAdjustment(const Request& request, const DeadlineAdjustment& adjustment,
                                 const QString& user) = 0;
    virtual Result<QList<DueItem>> due(const DueFilter& filter) = 0;
    virtual Result<QList<DueDeadline>> dueWithTrails(const DueFilter& filter) = 0;
    virtual Result<DeadlineCounts> counts() = 0;

    // The catalogue the deadlines are computed with (the shipped rules and
    // the register's own state profiles); owned by the repository.
    virtual Result<const Catalogue*> catalogue() = 0;
};

} // namespace mladesk
