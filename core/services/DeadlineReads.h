#pragma once

#include "domain/Deadline.h"
#include "error/Result.h"
#include "repositories/DeadlineRecords.h"

#include <optional>

namespace mladesk {

class Storage;

// What the deadline views read, on whichever storage they are given: the
// workspace's own (DeadlineService, on the UI thread) or a background
// reader's (the read side, off the UI thread). Checks no role and writes no
// audit entry: its callers check ViewContent first. Holds no state of its
// own, so a worker thread may make one per read.
class DeadlineReads {
public:
    explicit DeadlineReads(Storage& storage)
        : m_storage(storage) {}

    // The request's deadlines with their trails, computed now.
    Result<QList<Deadline>> deadlinesOf(const QString& idOrReference);
    Result<QList<DueItem>> due(const DueFilter& filter);
    Result<QList<DueDeadline>> dueWithTrails(const DueFilter& filter);
    Result<DeadlineCounts> counts();
    // The open deadlines with the state that governs each, stored with the
    // deadline; for rows stored before schema v8, from the engine once per
    // request (kept in cache until requests change).
    Result<QList<DueEntry>> dueEntries(const QDateTime& now, GoverningCache& cache);
    // One deadline of a request, with its trail; none when it is no longer
    // among the request's deadlines.
    Result<std::optional<Deadline>> deadline(const QString& requestId, const QString& kind,
                                             const QString& variant);
    // The open deadlines as an iCalendar file, and how many of them have a
    // due date (the events it holds).
    struct Calendar {
        QByteArray ics;
        int events = 0;
    };
    Result<Calendar> calendar(const QDateTime& now);

private:
    Storage& m_storage;
};

} // namespace mladesk
