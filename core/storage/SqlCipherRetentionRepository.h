#pragma once

#include "domain/Deadline.h"
#include "domain/Entities.h"
#include "error/Result.h"
#include "repositories/RetentionRecords.h"
#include "repositories/RetentionRepository.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mladesk {

class Catalogue;
class Database;
class Register;
class Transaction;

// The retention sunsets of a register (retention, retention_reviews) and the
// purge that crypto-shreds the data at the end (DESIGN.md, "The register").
// Writes run in the caller's transaction and recompute the request's
// deadlines, so the "retention-end" deadline follows.
class SqlCipherRetentionRepository final : public RetentionRepository {
public:
    // catalogue: the instruments' retention rules; nullptr: the register's.
    explicit SqlCipherRetentionRepository(Database& db, const Catalogue* catalogue = nullptr);

    Result<std::optional<RetentionRecord>> current(const QString& requestId) override;
    Result<QList<RetentionReview>> reviews(const QString& requestId) override;

    // Sets (or shortens) the retention. Without a date, the instrument's
    // retention.defaultDays counted from the request's "produced" or
    // "executed" event; refused when the instrument leaves it to the case.
    Result<RetentionRecord> set(const Request& request, const RetentionDecision& decision,
                                const QString& user) override;
    // Keeps the data longer: a later date and a reason; the basis becomes "extension".
    Result<RetentionRecord> extend(const Request& request, const QDateTime& until, const QString& reason,
                                   const QString& user) override;
    // Unpurged retentions whose reminder falls within withinDays of now
    // (until - reminder_days <= now + withinDays); withinDays < 0: all.
    Result<QList<Sunset>> sunsets(int withinDays,
                                  const QDateTime& now = QDateTime::currentDateTimeUtc()) override;

    // Inside the caller's transaction: destroys every attachment key of the
    // request, redacts its free text (and the full-text index), records the
    // purge. Refused when already purged.
    Result<PurgePlan> purge(const Request& request, const QString& reason, const QString& user) override;
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
    // The end of a change of retention: its review record, the deadlines it
    // moves, the commit of its savepoint.
    Status finishChange(Transaction& tx, const QString& requestId, const QString& decision,
                        const RetentionRecord& record, const QString& user);

    Database& m_db;
    const Catalogue* m_catalogue;
};

} // namespace mladesk
