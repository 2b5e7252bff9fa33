#pragma once

#include "domain/Deadline.h"
#include "domain/Entities.h"
#include "error/Result.h"
#include "repositories/RetentionRecords.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace mladesk {

// The retention sunsets of a register (the decisions and their reviews) and
// the purge that crypto-shreds the data at the end (DESIGN.md, "The
// register"). Writes run in the caller's transaction and recompute the
// request's deadlines, so the "retention-end" deadline follows. What a purge
// leaves outside the transaction is Storage::destroyRemains's.
class RetentionRepository {
public:
    virtual ~RetentionRepository() = default;

    virtual Result<std::optional<RetentionRecord>> current(const QString& requestId) = 0;
    virtual Result<QList<RetentionReview>> reviews(const QString& requestId) = 0;

    // Sets (or shortens) the retention. Without a date, the instrument's
    // retention.defaultDays counted from the request's "produced" or
    // "executed" event; refused when the instrument leaves it to the case.
    virtual Result<RetentionRecord> set(const Request& request, const RetentionDecision& decision,
                                        const QString& user) = 0;
    // Keeps the data longer: a later date and a reason; the basis becomes "extension".
    virtual Result<RetentionRecord> extend(const Request& request, const QDateTime& until,
                                           const QString& reason, const QString& user) = 0;
    // Unpurged retentions whose reminder falls within withinDays of now
    // (until - reminder days <= now + withinDays); withinDays < 0: all.
    virtual Result<QList<Sunset>> sunsets(int withinDays,
                                          const QDateTime& now = QDateTime::currentDateTimeUtc()) = 0;

    // Inside the caller's transaction: destroys every attachment key of the
    // request, redacts its free text (and what is indexed of it), records the
    // purge. Refused when already purged.
    virtual Result<PurgePlan> purge(const Request& request, const QString& reason, const QString& user) = 0;
};

} // namespace mladesk
