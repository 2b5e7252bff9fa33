#include "SqlCipherRetentionRepository.h"

#include "common/UtcText.h"
#include "error/CoreText.h"
#include "rules/Catalogue.h"
#include "storage/Database.h"
#include "storage/Register.h"
#include "storage/SqlCipherAttachmentRepository.h"
#include "storage/SqlCipherDeadlineRepository.h"
#include "storage/SqlCipherRequestRepository.h"

#include <QDir>
#include <QFileInfo>

namespace mladesk {

namespace {

const QString kPurgedText = QStringLiteral("[purged]");
const QStringList kEvents{QStringLiteral("produced"), QStringLiteral("executed")};
constexpr int kMaxReminderDays = 3650;

QString day(const QDateTime& instant) {
    return instant.toUTC().date().toString(Qt::ISODate);
}

Result<bool> hasTable(Database& db, const QString& name) {
    auto st =
        db.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"));
    if (!st)
        return st.error();
    st->bind(1, name);
    auto row = st->step();
    if (!row)
        return row.error();
    return row.value() && st->integer(0) > 0;
}

Status run(Database& db, const QString& sql, const QStringList& texts) {
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    for (int i = 0; i < texts.size(); ++i)
        st->bind(i + 1, texts.at(i));
    return st->run();
}

// Destroys what a purge destroys in one database: the register's own, or a
// backup of it at whatever schema version the backup was made (a table that
// did not exist yet holds nothing to destroy). In the caller's transaction.
Status purgeIn(Database& db, const PurgePlan& plan) {
    {
        auto exists = db.prepare(QStringLiteral("SELECT count(*) FROM requests WHERE id = ?"));
        if (!exists)
            return exists.error();
        exists->bind(1, plan.requestId);
        auto row = exists->step();
        if (!row)
            return row.error();
        if (!row.value() || exists->integer(0) == 0)
            return {}; // a backup made before the request existed
    }
    const QString at = utcText(plan.at);
    auto attachments = hasTable(db, QStringLiteral("attachments"));
    if (!attachments)
        return attachments.error();
    // The key goes, and the file name with it (it may name a person); size and
    // SHA-256 stay as the record of what was destroyed.
    if (attachments.value())
        if (auto st = run(db,
                          QStringLiteral("UPDATE attachments SET file_key = NULL, name = ?3, purged_at = "
                                         "coalesce(purged_at, ?1) WHERE request_id = ?2"),
                          {at, plan.requestId, kPurgedText});
            !st)
            return st;
    // The search triggers (0002-request-search.sql) re-index the row: the old
    // terms are marked deleted, and "optimize" merges them out of the index.
    if (auto st = run(db,
                      QStringLiteral("UPDATE requests SET summary = ?1, facts = ?2, offence = ?2, "
                                     "legal_qualification = ?2, assistance_sought = ?2, necessity = ?2, "
                                     "procedures = ?2, purpose = ?2, persons = '[]', identifiers = '[]' "
                                     "WHERE id = ?3"),
                      {SqlCipherRetentionRepository::purgedSummary(plan.at), kPurgedText, plan.requestId});
        !st)
        return st;
    // The translations of the free texts go with them (schema v5).
    auto texts = hasTable(db, QStringLiteral("request_texts"));
    if (!texts)
        return texts.error();
    if (texts.value())
        if (auto st =
                run(db, QStringLiteral("DELETE FROM request_texts WHERE request_id = ?1"), {plan.requestId});
            !st)
            return st;
    auto search = hasTable(db, QStringLiteral("request_search"));
    if (!search)
        return search.error();
    if (search.value())
        if (auto st =
                db.exec(QStringLiteral("INSERT INTO request_search(request_search) VALUES('optimize')"));
            !st)
            return st;
    auto retention = hasTable(db, QStringLiteral("retention"));
    if (!retention)
        return retention.error();
    if (retention.value()) {
        if (auto st = run(db,
                          QStringLiteral("UPDATE retention SET purged_at = ?1, purged_by = ?2 WHERE "
                                         "request_id = ?3"),
                          {at, plan.user, plan.requestId});
            !st)
            return st;
        if (db.lastChanges() == 0)
            if (auto st = run(db,
                              QStringLiteral("INSERT INTO retention (request_id, until_at, basis, reason, "
                                             "reminder_days, purged_at, purged_by) VALUES (?1, ?2, "
                                             "'case-decision', ?3, 0, ?2, ?4)"),
                              {plan.requestId, at, plan.reason, plan.user});
                !st)
                return st;
    }
    return {};
}

// Empties the write-ahead log into the database and truncates it. false when
// another connection's read kept it from finishing.
Result<bool> checkpoint(Database& db) {
    auto st = db.prepare(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    return !row.value() || st->integer(0) == 0;
}

} // namespace

SqlCipherRetentionRepository::SqlCipherRetentionRepository(Database& db, const Catalogue* catalogue)
    : m_db(db)
    , m_catalogue(catalogue) {
}

QString SqlCipherRetentionRepository::purgedSummary(const QDateTime& at) {
    return QStringLiteral("[Purged on %1: retention ended]").arg(day(at));
}

Result<const Catalogue*> SqlCipherRetentionRepository::catalogue() {
    if (m_catalogue)
        return m_catalogue;
    // Retention rules are the instruments'; a register's edits touch states only.
    const auto& shipped = Catalogue::shipped();
    if (!shipped)
        return shipped.error();
    return &shipped.value();
}

Result<std::optional<RetentionRecord>> SqlCipherRetentionRepository::current(const QString& requestId) {
    auto st =
        m_db.prepare(QStringLiteral("SELECT until_at, basis, article, reason, reminder_days, purged_at, "
                                    "purged_by FROM retention WHERE request_id = ?"));
    if (!st)
        return st.error();
    st->bind(1, requestId);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<RetentionRecord>();
    return std::optional<RetentionRecord>(RetentionRecord{
        requestId, parseUtc(st->text(0)), st->text(1), st->text(2), st->text(3), int(st->integer(4)),
        st->isNull(5) ? QDateTime() : parseUtc(st->text(5)), st->text(6)});
}

Result<QList<RetentionReview>> SqlCipherRetentionRepository::reviews(const QString& requestId) {
    auto st = m_db.prepare(QStringLiteral("SELECT decision, until_at, reason, decided_by, decided_at FROM "
                                          "retention_reviews WHERE request_id = ? ORDER BY id"));
    if (!st)
        return st.error();
    st->bind(1, requestId);
    QList<RetentionReview> result;
    if (auto done = st->forEachRow([&](const Statement& row) {
            result.append({row.text(0), row.isNull(1) ? QDateTime() : parseUtc(row.text(1)), row.text(2),
                           row.text(3), parseUtc(row.text(4))});
        });
        !done)
        return done.error();
    return result;
}

Status SqlCipherRetentionRepository::writeReview(const QString& requestId, const QString& decision,
                                                 const QDateTime& until, const QString& reason,
                                                 const QString& user, const QDateTime& at) {
    auto st = m_db.prepare(QStringLiteral("INSERT INTO retention_reviews (request_id, decision, until_at, "
                                          "reason, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!st)
        return st.error();
    st->bind(1, requestId).bind(2, decision);
    if (until.isValid())
        st->bind(3, utcText(until));
    else
        st->bindNull(3);
    st->bind(4, reason).bind(5, user).bind(6, utcText(at));
    return st->run();
}

Status SqlCipherRetentionRepository::finishChange(Transaction& tx, const QString& requestId,
                                                  const QString& decision, const RetentionRecord& record,
                                                  const QString& user) {
    if (auto st = writeReview(requestId, decision, record.until, record.reason, user,
                              QDateTime::currentDateTimeUtc());
        !st)
        return st;
    if (auto st = recompute(requestId); !st)
        return st;
    return tx.commit();
}

Status SqlCipherRetentionRepository::recompute(const QString& requestId) {
    auto request = SqlCipherRequestRepository(m_db).find(requestId);
    if (!request)
        return request.error();
    return SqlCipherDeadlineRepository(m_db).recompute(request.value());
}

Result<RetentionRecord> SqlCipherRetentionRepository::set(const Request& request,
                                                          const RetentionDecision& decision,
                                                          const QString& user) {
    if (!decision.basis.isEmpty() && decision.basis != QLatin1String("instrument") &&
        decision.basis != QLatin1String("case-decision"))
        return makeError(ErrorCode::InvalidInput,
                         text::Storage::tr("The basis of a retention is \"instrument\" or \"case-decision\" "
                                           "(an extension is made with extend)."));
    if (decision.reminderDays > kMaxReminderDays)
        return makeError(
            ErrorCode::InvalidInput,
            text::Storage::tr("A reminder more than %1 days ahead is not a reminder.").arg(kMaxReminderDays));
    auto existing = current(request.id);
    if (!existing)
        return existing.error();
    if (existing->has_value() && existing->value().purgedAt.isValid())
        return makeError(ErrorCode::Conflict,
                         text::Storage::tr("The data of request %1 were purged on %2; there is no retention "
                                           "left to decide.")
                             .arg(request.reference, day(existing->value().purgedAt)));
    auto rulesOf = catalogue();
    if (!rulesOf)
        return rulesOf.error();
    const InstrumentRules* rules = rulesOf.value()->instrument(request.instrument);

    RetentionRecord record;
    record.requestId = request.id;
    record.reason = decision.reason.trimmed();
    record.reminderDays = decision.reminderDays >= 0 ? decision.reminderDays
                          : rules                    ? rules->retention.reminderDays
                                                     : 30;
    if (decision.until.isValid()) {
        record.until = decision.until.toUTC();
        record.basis = decision.basis.isEmpty() ? QStringLiteral("case-decision") : decision.basis;
    } else {
        if (decision.basis == QLatin1String("case-decision"))
            return makeError(ErrorCode::InvalidInput,
                             text::Storage::tr("A case decision sets the date until which the data are kept: "
                                               "give it."));
        if (!rules || rules->retention.defaultDays <= 0)
            return makeError(
                ErrorCode::InvalidInput,
                text::Storage::tr("The instrument of request %1 (%2%3) sets no retention period: the case "
                                  "decision must set the date until which the data are kept.")
                    .arg(request.reference, request.instrument,
                         rules && !rules->retention.article.isEmpty()
                             ? QStringLiteral(", ") + rules->retention.article
                             : QString()));
        QDateTime from;
        QString fromEvent;
        for (const RequestEvent& event : request.events)
            if (kEvents.contains(event.name) && (!from.isValid() || event.at > from))
                from = event.at, fromEvent = event.name;
        if (!from.isValid())
            return makeError(
                ErrorCode::InvalidInput,
                text::Storage::tr("The retention of %1 days (%2) counts from the \"produced\" or "
                                  "\"executed\" event, which request %3 does not have yet: record "
                                  "it, or give the date.")
                    .arg(rules->retention.defaultDays)
                    .arg(rules->retention.article, request.reference));
        record.until = from.toUTC().addDays(rules->retention.defaultDays);
        record.basis = QStringLiteral("instrument");
    }
    if (!decision.article.isEmpty())
        record.article = decision.article;
    else if (record.basis == QLatin1String("instrument") && rules)
        record.article = rules->retention.article;
    if (existing->has_value() && record.until > existing->value().until)
        return makeError(ErrorCode::Conflict,
                         text::Storage::tr("The retention of request %1 already ends on %2. To keep the data "
                                           "longer, extend it, with the reason.")
                             .arg(request.reference, day(existing->value().until)));

    auto tx = Transaction::begin(m_db); // a savepoint inside the caller's transaction
    if (!tx)
        return tx.error();
    auto insert =
        m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO retention (request_id, until_at, basis, "
                                    "article, reason, reminder_days, purged_at, purged_by) VALUES "
                                    "(?, ?, ?, ?, ?, ?, NULL, NULL)"));
    if (!insert)
        return insert.error();
    insert->bind(1, request.id).bind(2, utcText(record.until)).bind(3, record.basis).bind(4, record.article);
    insert->bind(5, record.reason).bind(6, qint64(record.reminderDays));
    if (auto st = insert->run(); !st)
        return st.error();
    if (auto st = finishChange(*tx.value(), request.id, QStringLiteral("set"), record, user); !st)
        return st.error();
    return record;
}

Result<RetentionRecord> SqlCipherRetentionRepository::extend(const Request& request, const QDateTime& until,
                                                             const QString& reason, const QString& user) {
    auto existing = current(request.id);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return makeError(ErrorCode::NotFound,
                         text::Storage::tr("No retention is set for request %1; set it before extending it.")
                             .arg(request.reference));
    RetentionRecord record = existing->value();
    if (record.purgedAt.isValid())
        return makeError(ErrorCode::Conflict,
                         text::Storage::tr("The data of request %1 were purged on %2; they cannot be kept "
                                           "longer.")
                             .arg(request.reference, day(record.purgedAt)));
    if (!until.isValid() || until.toUTC() <= record.until)
        return makeError(ErrorCode::InvalidInput,
                         text::Storage::tr("An extension keeps the data longer: give a date later than the "
                                           "current end of retention, %1.")
                             .arg(record.until.toString(Qt::ISODate)));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         text::Storage::tr("Give the reason for keeping the data longer."));
    record.until = until.toUTC();
    record.basis = QStringLiteral("extension");
    record.reason = reason.trimmed();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto st = run(m_db,
                      QStringLiteral("UPDATE retention SET until_at = ?, basis = ?, reason = ? WHERE "
                                     "request_id = ?"),
                      {utcText(record.until), record.basis, record.reason, request.id});
        !st)
        return st.error();
    if (auto st = finishChange(*tx.value(), request.id, QStringLiteral("extend"), record, user); !st)
        return st.error();
    return record;
}

Result<QList<Sunset>> SqlCipherRetentionRepository::sunsets(int withinDays, const QDateTime& now) {
    auto st = m_db.prepare(
        QStringLiteral("SELECT t.request_id, r.reference, r.instrument, r.direction, t.until_at, t.basis, "
                       "t.article, t.reminder_days, (SELECT count(*) FROM attachments a WHERE a.request_id "
                       "= t.request_id AND a.file_key IS NOT NULL) FROM retention t JOIN requests r ON r.id "
                       "= t.request_id WHERE t.purged_at IS NULL ORDER BY t.until_at, r.reference"));
    if (!st)
        return st.error();
    const QDateTime horizon = now.toUTC().addDays(withinDays);
    QList<Sunset> result;
    if (auto done = st->forEachRow([&](const Statement& row) {
            Sunset s;
            s.requestId = row.text(0);
            s.reference = row.text(1);
            s.instrument = row.text(2);
            s.direction = row.text(3);
            s.until = parseUtc(row.text(4));
            s.basis = row.text(5);
            s.article = row.text(6);
            s.reminderDays = int(row.integer(7));
            s.attachments = int(row.integer(8));
            s.remindFrom = s.until.addDays(-s.reminderDays);
            if (withinDays < 0 || s.remindFrom <= horizon)
                result.append(s);
        });
        !done)
        return done.error();
    return result;
}

Result<PurgePlan> SqlCipherRetentionRepository::purge(const Request& request, const QString& reason,
                                                      const QString& user) {
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         text::Storage::tr("Give the reason for destroying the data (for example the end of "
                                           "the retention decided in the case)."));
    auto existing = current(request.id);
    if (!existing)
        return existing.error();
    if (existing->has_value() && existing->value().purgedAt.isValid())
        return makeError(
            ErrorCode::Conflict,
            text::Storage::tr("The data of request %1 were already purged on %2 by %3; there is "
                              "nothing left to destroy.")
                .arg(request.reference, day(existing->value().purgedAt), existing->value().purgedBy));
    PurgePlan plan;
    plan.requestId = request.id;
    plan.reference = request.reference;
    plan.at = QDateTime::currentDateTimeUtc();
    plan.user = user;
    plan.reason = reason.trimmed();
    plan.beforeUntil = existing->has_value() && plan.at < existing->value().until;
    auto ids = m_db.prepare(QStringLiteral("SELECT id FROM attachments WHERE request_id = ? ORDER BY id"));
    if (!ids)
        return ids.error();
    ids->bind(1, request.id);
    if (auto done = ids->forEachRow([&](const Statement& row) { plan.attachmentIds << row.text(0); }); !done)
        return done.error();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto st = purgeIn(m_db, plan); !st)
        return st.error();
    if (auto st = writeReview(request.id, QStringLiteral("purge"), QDateTime(), plan.reason, user, plan.at);
        !st)
        return st.error();
    if (auto st = recompute(request.id); !st)
        return st.error();
    if (auto st = tx.value()->commit(); !st)
        return st.error();
    return plan;
}

PurgeReport SqlCipherRetentionRepository::destroyRemains(Register& reg, const PurgePlan& plan) {
    PurgeReport report;
    report.requestId = plan.requestId;
    report.at = plan.at;
    report.attachments = int(plan.attachmentIds.size());

    SqlCipherAttachmentRepository files(reg.database(), reg.attachmentsPath());
    for (const QString& id : plan.attachmentIds) {
        if (auto st = files.shredFile(id); st)
            ++report.filesRemoved;
        else
            report.problems << st.error().message;
    }

    // Old page images in the write-ahead log go with it.
    auto emptied = checkpoint(reg.database());
    if (!emptied)
        report.problems << emptied.error().message;
    else
        report.walEmptied = emptied.value();

    const QDir backups(reg.backupsPath());
    for (const QString& name : backups.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString path = QDir(backups.filePath(name)).filePath(QStringLiteral("register.db"));
        if (!QFileInfo::exists(path))
            continue;
        auto fail = [&](const Error& error) {
            report.problems << text::Storage::tr("The backup %1 still holds the purged data: it could not be "
                                                 "changed (%2). Delete that backup, or purge it by hand.")
                                   .arg(name, error.message);
        };
        auto db = reg.openBackup(path, Register::BackupAccess::Purge);
        if (!db) {
            fail(db.error());
            continue;
        }
        auto tx = Transaction::begin(*db.value());
        if (!tx) {
            fail(tx.error());
            continue;
        }
        if (auto st = purgeIn(*db.value(), plan); !st) {
            fail(st.error());
            continue;
        }
        if (auto st = tx.value()->commit(); !st) {
            fail(st.error());
            continue;
        }
        tx.value().reset();
        if (auto done = checkpoint(*db.value()); !done)
            fail(done.error());
        else
            report.backups << name;
    }
    return report;
}

} // namespace mladesk
