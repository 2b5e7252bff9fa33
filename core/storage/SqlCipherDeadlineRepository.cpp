#include "SqlCipherDeadlineRepository.h"

#include "common/UtcText.h"
#include "error/CoreText.h"
#include "rules/DeadlineEngine.h"
#include "storage/Database.h"
#include "storage/SqlCipherRequestRepository.h"
#include "storage/SqlCipherStateProfileRepository.h"

namespace mladesk {

namespace {

enum Slot { kAdjustments, kDeleteDeadlines, kInsertDeadline, kNextDue, kRetention, kEventsOf };
const QString kFingerprint = QStringLiteral("deadlines-catalogue");

} // namespace

SqlCipherDeadlineRepository::SqlCipherDeadlineRepository(Database& db)
    : m_db(db) {
}

SqlCipherDeadlineRepository::~SqlCipherDeadlineRepository() = default;

Result<Statement*> SqlCipherDeadlineRepository::cached(int slot, const QString& sql) {
    if (!m_statements[slot]) {
        auto st = m_db.prepare(sql);
        if (!st)
            return st.error();
        m_statements[slot] = std::make_unique<Statement>(std::move(st.value()));
    }
    m_statements[slot]->reset();
    return m_statements[slot].get();
}

Result<const Catalogue*> SqlCipherDeadlineRepository::catalogue() {
    if (!m_catalogue) {
        auto loaded = SqlCipherStateProfileRepository(m_db).catalogue();
        if (!loaded)
            return loaded.error();
        m_catalogue = std::move(loaded).value();
    }
    return &*m_catalogue;
}

Result<QList<DeadlineAdjustment>> SqlCipherDeadlineRepository::adjustments(const QString& requestId) {
    auto st =
        cached(kAdjustments, QStringLiteral("SELECT kind, type, at, amount, reason, article FROM "
                                            "deadline_adjustments WHERE request_id = ? ORDER BY at, id"));
    if (!st)
        return st.error();
    st.value()->bind(1, requestId);
    QList<DeadlineAdjustment> result;
    if (auto done = st.value()->forEachRow([&](const Statement& row) {
            DeadlineAdjustment a;
            a.kind = row.text(0);
            adjustmentTypeFromName(row.text(1), &a.type);
            a.at = parseUtc(row.text(2));
            a.amount = int(row.integer(3));
            a.reason = row.text(4);
            a.article = row.text(5);
            result.append(a);
        });
        !done)
        return done.error();
    return result;
}

Result<std::optional<RetentionRecord>> SqlCipherDeadlineRepository::retentionOf(const QString& requestId) {
    auto st = cached(kRetention,
                     QStringLiteral("SELECT until_at, basis, article, reason, reminder_days, purged_at, "
                                    "purged_by FROM retention WHERE request_id = ?"));
    if (!st)
        return st.error();
    st.value()->bind(1, requestId);
    std::optional<RetentionRecord> record;
    if (auto done = st.value()->forEachRow([&](const Statement& row) {
            record = RetentionRecord{requestId,
                                     parseUtc(row.text(0)),
                                     row.text(1),
                                     row.text(2),
                                     row.text(3),
                                     int(row.integer(4)),
                                     row.isNull(5) ? QDateTime() : parseUtc(row.text(5)),
                                     row.text(6)};
        });
        !done)
        return done.error();
    return record;
}

Result<DeadlineInput*> SqlCipherDeadlineRepository::inputFor(const Request& request, DeadlineInput* input) {
    auto adjustments = this->adjustments(request.id);
    if (!adjustments)
        return adjustments.error();
    auto retention = retentionOf(request.id);
    if (!retention)
        return retention.error();
    *input = DeadlineInput::of(request, adjustments.value());
    input->retention = retention.value();
    return input;
}

Result<QList<Deadline>> SqlCipherDeadlineRepository::deadlinesOf(const Request& request) {
    auto catalogue = this->catalogue();
    if (!catalogue)
        return catalogue.error();
    DeadlineInput input;
    if (auto built = inputFor(request, &input); !built)
        return built.error();
    return computeDeadlines(input, *catalogue.value());
}

Result<QList<Deadline>> SqlCipherDeadlineRepository::deadlinesOfNew(const Request& request) {
    auto catalogue = this->catalogue();
    if (!catalogue)
        return catalogue.error();
    return computeDeadlines(DeadlineInput::of(request, {}), *catalogue.value());
}

QDateTime SqlCipherDeadlineRepository::nextDue(const QList<Deadline>& deadlines) {
    QDateTime next;
    for (const Deadline& d : deadlines)
        if (d.state == Deadline::State::Open && d.due.isValid() && (!next.isValid() || d.due < next))
            next = d.due;
    return next;
}

Status SqlCipherDeadlineRepository::insertRows(const QString& requestId, const QList<Deadline>& deadlines) {
    auto insert =
        cached(kInsertDeadline,
               // The request's reference, summary, instrument and direction go with
               // each row, for the dashboard (schema v9).
               QStringLiteral("INSERT OR REPLACE INTO request_deadlines (request_id, kind, variant, "
                              "due_at, state, governing_state, time_zone, reference, summary, instrument, "
                              "direction) SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, r.reference, r.summary, "
                              "r.instrument, r.direction FROM requests r WHERE r.id = ?1"));
    if (!insert)
        return insert.error();
    for (const Deadline& d : deadlines) {
        insert.value()->reset();
        insert.value()->bind(1, requestId).bind(2, d.kind).bind(3, d.variant);
        if (d.due.isValid())
            insert.value()->bind(4, utcText(d.due));
        else
            insert.value()->bindNull(4);
        insert.value()->bind(5, deadlineStateName(d.state));
        if (d.governingState.isEmpty())
            insert.value()->bindNull(6);
        else
            insert.value()->bind(6, d.governingState);
        if (d.timeZone.isEmpty())
            insert.value()->bindNull(7);
        else
            insert.value()->bind(7, d.timeZone);
        if (auto st = insert.value()->run(); !st)
            return st;
        if (m_db.lastChanges() != 1)
            return makeError(ErrorCode::NotFound,
                             text::Storage::tr("No request %1 to store deadlines for.").arg(requestId));
    }
    return {};
}

Status SqlCipherDeadlineRepository::storeNew(const QString& requestId, const QList<Deadline>& deadlines) {
    return insertRows(requestId, deadlines);
}

Status SqlCipherDeadlineRepository::recompute(const Request& request) {
    auto deadlines = deadlinesOf(request);
    if (!deadlines)
        return deadlines.error();
    auto del = cached(kDeleteDeadlines, QStringLiteral("DELETE FROM request_deadlines WHERE request_id = ?"));
    if (!del)
        return del.error();
    del.value()->bind(1, request.id);
    if (auto st = del.value()->run(); !st)
        return st;
    if (auto st = insertRows(request.id, deadlines.value()); !st)
        return st;
    auto nextDue = cached(kNextDue, QStringLiteral("UPDATE requests SET next_due_at = ? WHERE id = ?"));
    if (!nextDue)
        return nextDue.error();
    const QDateTime next = SqlCipherDeadlineRepository::nextDue(deadlines.value());
    if (next.isValid())
        nextDue.value()->bind(1, utcText(next));
    else
        nextDue.value()->bindNull(1);
    nextDue.value()->bind(2, request.id);
    return nextDue.value()->run();
}

Status SqlCipherDeadlineRepository::recomputeSelected(Statement& ids) {
    QStringList selected;
    if (auto st = ids.forEachRow([&](const Statement& row) { selected << row.text(0); }); !st)
        return st;
    SqlCipherRequestRepository requests(m_db);
    for (const QString& id : std::as_const(selected)) {
        auto request = requests.find(id);
        if (!request)
            return request.error();
        if (auto st = recompute(request.value()); !st)
            return st;
    }
    return {};
}

Status SqlCipherDeadlineRepository::recomputeAll() {
    auto ids = m_db.prepare(QStringLiteral("SELECT id FROM requests ORDER BY rowid"));
    if (!ids)
        return ids.error();
    return recomputeSelected(ids.value());
}

Status SqlCipherDeadlineRepository::recomputeForState(const QString& code) {
    m_catalogue.reset();
    // Only deadlines still running can change what anyone must do; met and
    // closed ones keep the date they were met against (their trail is
    // recomputed on demand anyway).
    auto ids = m_db.prepare(QStringLiteral("SELECT DISTINCT r.id FROM request_deadlines d JOIN requests r ON "
                                           "r.id = d.request_id WHERE d.state IN ('open', 'stopped') AND "
                                           "(r.requested_state = ?1 OR r.requesting_state = ?1)"));
    if (!ids)
        return ids.error();
    ids->bind(1, code);
    return recomputeSelected(ids.value());
}

Status SqlCipherDeadlineRepository::refreshIfStale() {
    const auto& shipped = Catalogue::shipped();
    if (!shipped)
        return shipped.error();
    auto stored = m_db.prepare(QStringLiteral("SELECT value FROM derived WHERE name = ?"));
    if (!stored)
        return stored.error();
    stored->bind(1, kFingerprint);
    QString fingerprint;
    if (auto st = stored->forEachRow([&](const Statement& row) { fingerprint = row.text(0); }); !st)
        return st;
    if (fingerprint == shipped->fingerprint())
        return {};
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    if (auto st = recomputeAll(); !st)
        return st;
    auto save = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO derived (name, value) VALUES (?, ?)"));
    if (!save)
        return save.error();
    save->bind(1, kFingerprint).bind(2, shipped->fingerprint());
    if (auto st = save->run(); !st)
        return st;
    return transaction.value()->commit();
}

Status SqlCipherDeadlineRepository::addAdjustment(const Request& request,
                                                  const DeadlineAdjustment& adjustment, const QString& user) {
    auto current = deadlinesOf(request);
    if (!current)
        return current.error();
    const Deadline* target = nullptr;
    QStringList kinds;
    for (const Deadline& d : current.value()) {
        kinds << d.kind;
        if (d.kind == adjustment.kind)
            target = &d;
    }
    if (!target)
        return makeError(ErrorCode::InvalidInput,
                         text::Storage::tr("Request %1 has no \"%2\" deadline. Its deadlines are: %3.")
                             .arg(request.reference, adjustment.kind,
                                  kinds.isEmpty()
                                      ? text::Storage::tr("none yet (record the event they count from)")
                                      : kinds.join(u", ")));
    if (!adjustment.at.isValid())
        return makeError(ErrorCode::InvalidInput, text::Storage::tr("The adjustment needs a date and time."));
    if (target->kind == QLatin1String("retention-end") || target->kind == QLatin1String("provider-deletion"))
        return makeError(ErrorCode::InvalidInput,
                         text::Storage::tr("The \"%1\" date is changed where it is recorded, not adjusted.")
                             .arg(target->kind));
    switch (adjustment.type) {
    case DeadlineAdjustment::Type::Stop:
        if (target->state == Deadline::State::Stopped)
            return makeError(
                ErrorCode::Conflict,
                text::Storage::tr("The clock of \"%1\" is already stopped.").arg(adjustment.kind));
        if (adjustment.at < target->startEvent)
            return makeError(ErrorCode::InvalidInput,
                             text::Storage::tr("The clock cannot stop before the period started (%1).")
                                 .arg(target->startEvent.toString(Qt::ISODate)));
        break;
    case DeadlineAdjustment::Type::Restart:
        if (target->state != Deadline::State::Stopped)
            return makeError(ErrorCode::Conflict,
                             text::Storage::tr("The clock of \"%1\" is not stopped.").arg(adjustment.kind));
        break;
    case DeadlineAdjustment::Type::Extend:
    case DeadlineAdjustment::Type::Earlier:
        break;
    }
    if (adjustment.type != DeadlineAdjustment::Type::Earlier && adjustment.reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         text::Storage::tr("Give the reason (for example the clarification awaited, or the "
                                           "reasons given for the extension)."));
    auto insert = m_db.prepare(QStringLiteral("INSERT INTO deadline_adjustments (request_id, kind, type, at, "
                                              "amount, reason, article, created_by, created_at) VALUES "
                                              "(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, request.id)
        .bind(2, adjustment.kind)
        .bind(3, adjustmentTypeName(adjustment.type))
        .bind(4, utcText(adjustment.at))
        .bind(5, qint64(adjustment.amount))
        .bind(6, adjustment.reason)
        .bind(7, adjustment.article)
        .bind(8, user)
        .bind(9, utcText(QDateTime::currentDateTimeUtc()));
    if (auto st = insert->run(); !st)
        return st;
    return recompute(request);
}

Result<DeadlineCounts> SqlCipherDeadlineRepository::counts() {
    auto all = m_db.queryInt(QStringLiteral("SELECT count(*) FROM request_deadlines"));
    if (!all)
        return all.error();
    auto open = m_db.queryInt(QStringLiteral("SELECT count(*) FROM request_deadlines WHERE state = 'open'"));
    if (!open)
        return open.error();
    return DeadlineCounts{all.value(), open.value()};
}

Result<QList<DueItem>> SqlCipherDeadlineRepository::due(const DueFilter& filter) {
    QString sql = QStringLiteral(
        "SELECT d.request_id, d.reference, d.summary, d.instrument, d.direction, d.kind, "
        "d.variant, d.state, d.due_at, d.governing_state, d.time_zone FROM request_deadlines d "
        "WHERE (d.state = 'open'");
    sql += filter.overdueOnly || filter.withinDays >= 0 ? QStringLiteral(")")
                                                        : QStringLiteral(" OR d.state = 'stopped')");
    if (filter.overdueOnly)
        sql += QStringLiteral(" AND d.due_at < ?1");
    else if (filter.withinDays >= 0)
        sql += QStringLiteral(" AND d.due_at < ?2");
    sql += QStringLiteral(" ORDER BY d.due_at IS NULL, d.due_at, d.reference, d.kind");
    auto st = m_db.prepare(sql);
    if (!st)
        return st.error();
    if (filter.overdueOnly)
        st->bind(1, utcText(filter.now));
    else if (filter.withinDays >= 0)
        st->bind(2, utcText(filter.now.addDays(filter.withinDays)));
    QList<DueItem> items;
    if (auto done = st->forEachRow([&](const Statement& row) {
            if (!filter.kinds.isEmpty() && !filter.kinds.contains(row.text(5)))
                return;
            items.append({row.text(0), row.text(1), row.text(2), row.text(3), row.text(4), row.text(5),
                          row.text(6), row.text(7), row.isNull(8) ? QDateTime() : parseUtc(row.text(8)),
                          row.isNull(9) ? QString() : row.text(9),
                          row.isNull(10) ? QString() : row.text(10)});
        });
        !done)
        return done.error();
    return items;
}

Result<QList<DueDeadline>> SqlCipherDeadlineRepository::dueWithTrails(const DueFilter& filter) {
    auto items = due(filter);
    if (!items)
        return items.error();
    SqlCipherRequestRepository requests(m_db);
    QHash<QString, QList<Deadline>> byRequest;
    QList<DueDeadline> result;
    for (const DueItem& item : items.value()) {
        auto computed = byRequest.constFind(item.requestId);
        if (computed == byRequest.constEnd()) {
            auto request = requests.find(item.requestId);
            if (!request)
                return request.error();
            auto deadlines = deadlinesOf(request.value());
            if (!deadlines)
                return deadlines.error();
            computed = byRequest.insert(item.requestId, deadlines.value());
        }
        for (const Deadline& d : *computed)
            if (d.kind == item.kind && d.variant == item.variant)
                result.append({item, d});
    }
    return result;
}

} // namespace mladesk
