#pragma once

#include "domain/Deadline.h"
#include "domain/Entities.h"
#include "error/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mladesk {

class Catalogue;
class Database;
class Register;

// A decision on how long the data received under a request are kept.
struct RetentionDecision {
    QDateTime until;       // UTC; invalid: the instrument's default period, where it sets one
    QString basis;         // instrument | case-decision; empty: case-decision when until is given
    QString article;       // empty: the instrument's retention article
    QString reason;        // why (free text, kept in retention_reviews)
    int reminderDays = -1; // -1: the instrument's reminder
};

// One entry of retention_reviews: every decision, kept after a purge.
struct RetentionReview {
    QString decision; // set | extend | purge
    QDateTime until;  // invalid for a purge
    QString reason;
    QString decidedBy;
    QDateTime decidedAt;
};

// A request whose data's retention ends, or whose reminder is due.
struct Sunset {
    QString requestId;
    QString reference;
    QString instrument;
    QString direction;
    QDateTime until;      // UTC
    QDateTime remindFrom; // until - reminderDays
    QString basis;
    QString article;
    int reminderDays = 30;
    int attachments = 0; // still readable (their key is present)
};

// What a purge destroyed inside the database; the rest (files, write-ahead
// log, backups) follows after the transaction commits: destroyRemains().
struct PurgePlan {
    QString requestId;
    QString reference;
    QStringList attachmentIds;
    QDateTime at; // UTC
    QString user;
    QString reason;
    bool beforeUntil = false; // purged before the retention date
};

struct PurgeReport {
    QString requestId;
    QDateTime at;
    int attachments = 0;     // keys destroyed
    int filesRemoved = 0;    // encrypted files overwritten and removed
    QStringList backups;     // backups/NAME folders cleaned as well
    QStringList problems;    // what could not be done, in words a user can act on
    bool walEmptied = false; // the write-ahead log was checkpointed and truncated
};

// The retention sunsets of a register (retention, retention_reviews) and the
// purge that crypto-shreds the data at the end (DESIGN.md, "The register").
// Writes run in the caller's transaction and recompute the request's
// deadlines, so the "retention-end" deadline follows.
class RetentionStore {
public:
    // catalogue: the instruments' retention rules; nullptr: the register's.
    explicit RetentionStore(Database& db, const Catalogue* catalogue = nullptr);

    Result<std::optional<RetentionRecord>> current(const QString& requestId);
    Result<QList<RetentionReview>> reviews(const QString& requestId);

    // Sets (or shortens) the retention. Without a date, the instrument's
    // retention.defaultDays counted from the request's "produced" or
    // "executed" event; refused when the instrument leaves it to the case.
    Result<RetentionRecord> set(const Request& request, const RetentionDecision& decision,
                                const QString& user);
    // Keeps the data longer: a later date and a reason; the basis becomes "extension".
    Result<RetentionRecord> extend(const Request& request, const QDateTime& until, const QString& reason,
                                   const QString& user);
    // Unpurged retentions whose reminder falls within withinDays of now
    // (until - reminder_days <= now + withinDays); withinDays < 0: all.
    Result<QList<Sunset>> sunsets(int withinDays, const QDateTime& now = QDateTime::currentDateTimeUtc());

    // Inside the caller's transaction: destroys every attachment key of the
    // request, redacts its free text (and the full-text index), records the
    // purge. Refused when already purged.
    Result<PurgePlan> purge(const Request& request, const QString& reason, const QString& user);
    // After the commit: overwrites and removes the attachment files, empties
    // the write-ahead log, and purges the same data from every backup under
    // backups/*/register.db. Never fails half-silently: problems are listed.
    static PurgeReport destroyRemains(Register& reg, const PurgePlan& plan);

    // The text a purged request's summary becomes.
    static QString purgedSummary(const QDateTime& at);

private:
    Result<const Catalogue*> catalogue();
    Status writeReview(const QString& requestId, const QString& decision, const QDateTime& until,
                       const QString& reason, const QString& user, const QDateTime& at);
    Status recompute(const QString& requestId);

    Database& m_db;
    const Catalogue* m_catalogue;
};

} // namespace mladesk
