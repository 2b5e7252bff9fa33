#include "SqlCipherRequestRepository.h"

#include "common/ListJson.h"
#include "common/UtcText.h"
#include "domain/RequestWorkflow.h"
#include "domain/Validation.h"
#include "error/CoreText.h"
#include "storage/Database.h"
#include "storage/SqlCipherDeadlineRepository.h"

namespace mladesk {

namespace {

// The insert of a request has eight forms: + 1 with a text language, + 2
// with a drafter, + 4 with options.
enum StatementSlot { kInsertEvent, kInsertLink, kUpdateRequest, kInsertRequest };

// The columns readRequest reads, 0 to 27 (27: options, schema v11).
#define MLADESK_REQUEST_COLUMNS                                                                              \
    "SELECT r.id, r.reference, r.direction, r.instrument, r.case_id, r.status, r.urgency, "                  \
    "r.requesting_state, r.requesting_authority_id, r.requested_state, r.requested_authority_id, "           \
    "r.service_provider, r.summary, r.facts, r.offence, r.legal_qualification, r.assistance_sought, "        \
    "r.measures, r.identifiers, r.date_ranges, r.data_categories, r.necessity, r.persons, r.procedures, "    \
    "r.purpose, r.created_at, r.updated_at, r.options"
const QString kListColumns = QStringLiteral(MLADESK_REQUEST_COLUMNS " FROM requests r");
// The same and, as column 28, the text language (schema v5).
const QString kColumnsWithTextLanguage =
    QStringLiteral(MLADESK_REQUEST_COLUMNS ", r.text_language FROM requests r");
#undef MLADESK_REQUEST_COLUMNS

Request readRequest(const Statement& s) {
    Request r;
    r.id = s.text(0);
    r.reference = s.text(1);
    r.direction = s.text(2);
    r.instrument = s.text(3);
    r.caseId = s.text(4);
    r.status = s.text(5);
    r.urgency = s.text(6);
    r.requestingState = s.text(7);
    r.requestingAuthorityId = s.text(8);
    r.requestedState = s.text(9);
    r.requestedAuthorityId = s.text(10);
    r.serviceProvider = s.text(11);
    r.summary = s.text(12);
    r.facts = s.text(13);
    r.offence = s.text(14);
    r.legalQualification = s.text(15);
    r.assistanceSought = s.text(16);
    // The list columns, read straight from their JSON text.
    r.measures = stringsFromJson(s.utf8(17));
    r.identifiers = identifiersFromJson(s.utf8(18));
    r.dateRanges = dateRangesFromJson(s.utf8(19));
    r.dataCategories = stringsFromJson(s.utf8(20));
    r.necessity = s.text(21);
    r.persons = personsFromJson(s.utf8(22));
    r.procedures = s.text(23);
    r.purpose = s.text(24);
    r.createdAt = parseUtc(s.text(25));
    r.updatedAt = parseUtc(s.text(26));
    r.options = stringsFromJson(s.utf8(27));
    return r;
}

// Binds the request's content columns 2..27 (1 is the id in both statements).
void bindContent(Statement& st, const Request& r) {
    st.bind(2, r.reference).bind(3, r.direction).bind(4, r.instrument).bindOptional(5, r.caseId);
    st.bind(6, r.status)
        .bind(7, r.urgency)
        .bind(8, r.requestingState)
        .bindOptional(9, r.requestingAuthorityId);
    st.bind(10, r.requestedState)
        .bindOptional(11, r.requestedAuthorityId)
        .bindOptional(12, r.serviceProvider);
    st.bind(13, r.summary).bindOptional(14, r.facts).bindOptional(15, r.offence);
    st.bindOptional(16, r.legalQualification).bindOptional(17, r.assistanceSought);
    st.bindUtf8(18, listJson(r.measures)).bindUtf8(19, listJson(r.identifiers));
    st.bindUtf8(20, listJson(r.dateRanges)).bindUtf8(21, listJson(r.dataCategories));
    st.bindOptional(22, r.necessity).bindUtf8(23, listJson(r.persons));
    st.bindOptional(24, r.procedures).bindOptional(25, r.purpose);
    st.bind(26, utcText(r.createdAt)).bind(27, utcText(r.updatedAt));
}

Status invalid(const Request& r, const QList<FieldProblem>& problems) {
    QStringList lines;
    for (const FieldProblem& p : problems)
        lines << QStringLiteral("%1: %2").arg(p.field, p.message);
    return makeError(
        ErrorCode::InvalidInput,
        text::Storage::tr("Request \"%1\" is not valid:\n  %2").arg(r.reference, lines.join(u"\n  ")));
}

} // namespace

SqlCipherRequestRepository::SqlCipherRequestRepository(Database& db)
    : m_db(db)
    , m_deadlines(std::make_unique<SqlCipherDeadlineRepository>(db)) {
}
SqlCipherRequestRepository::~SqlCipherRequestRepository() = default;

Result<Statement*> SqlCipherRequestRepository::cached(int slot, const QString& sql) {
    if (!m_statements[slot]) {
        auto st = m_db.prepare(sql);
        if (!st)
            return st.error();
        m_statements[slot] = std::make_unique<Statement>(std::move(st.value()));
    }
    return m_statements[slot].get();
}

Status SqlCipherRequestRepository::insert(const Request& r, const QString& textLanguage,
                                          const QString& draftedBy) {
    if (const auto problems = validateRequest(r); !problems.isEmpty())
        return invalid(r, problems);
    // The deadlines go in with the request: no second write of its row.
    auto deadlines = m_deadlines->deadlinesOfNew(r);
    if (!deadlines)
        return deadlines.error();
    // With a text language, a drafter or options, the columns of schema v5,
    // v3 and v11 are written with the row (not updated after it); without
    // them the statement names only what every schema has, so that registers
    // of older schemas (fixtures) can be filled too.
    const QString columns =
        QStringLiteral("INSERT INTO requests (id, reference, direction, instrument, case_id, status, "
                       "urgency, requesting_state, requesting_authority_id, requested_state, "
                       "requested_authority_id, service_provider, summary, facts, offence, "
                       "legal_qualification, assistance_sought, measures, identifiers, date_ranges, "
                       "data_categories, necessity, persons, procedures, purpose, created_at, "
                       "updated_at, next_due_at");
    const QString values = QStringLiteral(") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
                                          "?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, "
                                          "?25, ?26, ?27, ?28");
    const int form =
        (textLanguage.isEmpty() ? 0 : 1) + (draftedBy.isEmpty() ? 0 : 2) + (r.options.isEmpty() ? 0 : 4);
    auto st = cached(kInsertRequest + form,
                     columns + (form & 1 ? QStringLiteral(", text_language") : QString()) +
                         (form & 2 ? QStringLiteral(", drafted_by") : QString()) +
                         (form & 4 ? QStringLiteral(", options") : QString()) + values +
                         (form & 1 ? QStringLiteral(", ?29") : QString()) +
                         (form & 2 ? QStringLiteral(", ?30") : QString()) +
                         (form & 4 ? QStringLiteral(", ?31") : QString()) + QStringLiteral(")"));
    if (!st)
        return st.error();
    if (!r.options.isEmpty())
        st.value()->bindUtf8(31, listJson(r.options));
    if (!textLanguage.isEmpty())
        st.value()->bind(29, textLanguage);
    if (!draftedBy.isEmpty())
        st.value()->bind(30, draftedBy);
    st.value()->bind(1, r.id);
    bindContent(*st.value(), r);
    const QDateTime next = SqlCipherDeadlineRepository::nextDue(deadlines.value());
    if (next.isValid())
        st.value()->bind(28, utcText(next));
    else
        st.value()->bindNull(28);
    if (auto done = st.value()->run(); !done)
        return done;
    if (auto done = writeChildren(r); !done)
        return done;
    return m_deadlines->storeNew(r.id, deadlines.value());
}

Status SqlCipherRequestRepository::writeChildren(const Request& r) {
    auto event = cached(kInsertEvent,
                        QStringLiteral("INSERT INTO request_events (request_id, name, at) VALUES (?, ?, ?)"));
    if (!event)
        return event.error();
    for (const RequestEvent& e : r.events) {
        event.value()->bind(1, r.id).bind(2, e.name).bind(3, utcText(e.at));
        if (auto done = event.value()->run(); !done)
            return done;
    }
    auto link = cached(kInsertLink,
                       QStringLiteral("INSERT INTO request_links (from_id, to_id, kind) VALUES (?, ?, ?)"));
    if (!link)
        return link.error();
    for (const RequestLink& l : r.links) {
        link.value()->bind(1, r.id).bind(2, l.toId).bind(3, l.kind);
        if (auto done = link.value()->run(); !done)
            return done;
    }
    return {};
}

Status SqlCipherRequestRepository::update(const Request& r) {
    if (const auto problems = validateRequest(r); !problems.isEmpty())
        return invalid(r, problems);
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto st =
        cached(kUpdateRequest,
               QStringLiteral("UPDATE requests SET reference = ?2, direction = ?3, instrument = ?4, "
                              "case_id = ?5, status = ?6, urgency = ?7, requesting_state = ?8, "
                              "requesting_authority_id = ?9, requested_state = ?10, "
                              "requested_authority_id = ?11, service_provider = ?12, summary = ?13, "
                              "facts = ?14, offence = ?15, legal_qualification = ?16, "
                              "assistance_sought = ?17, measures = ?18, identifiers = ?19, "
                              "date_ranges = ?20, data_categories = ?21, necessity = ?22, persons = ?23, "
                              "procedures = ?24, purpose = ?25, created_at = ?26, updated_at = ?27, "
                              "options = ?28 WHERE id = ?1"));
    if (!st)
        return st.error();
    st.value()->bind(1, r.id);
    bindContent(*st.value(), r);
    st.value()->bindUtf8(28, listJson(r.options));
    if (auto done = st.value()->run(); !done)
        return done;
    if (m_db.lastChanges() != 1)
        return makeError(ErrorCode::NotFound,
                         text::Storage::tr("There is no request \"%1\" to update.").arg(r.id));
    for (const QString& sql : {QStringLiteral("DELETE FROM request_events WHERE request_id = ?"),
                               QStringLiteral("DELETE FROM request_links WHERE from_id = ?")}) {
        auto del = m_db.prepare(sql);
        if (!del)
            return del.error();
        del->bind(1, r.id);
        if (auto done = del->run(); !done)
            return done;
    }
    if (auto done = writeChildren(r); !done)
        return done;
    if (auto done = m_deadlines->recompute(r); !done)
        return done;
    return transaction.value()->commit();
}

Status SqlCipherRequestRepository::changeStatus(const QString& idOrReference, const QString& newStatus) {
    auto found = find(idOrReference);
    if (!found)
        return found.error();
    Request r = std::move(found.value());
    if (!RequestWorkflow::canMove(r.direction, r.status, newStatus)) {
        const QStringList next = RequestWorkflow::allowedNext(r.direction, r.status);
        return makeError(
            ErrorCode::Conflict,
            text::Storage::tr("Request %1 cannot go from \"%2\" to \"%3\". From \"%2\" it can go to: %4.")
                .arg(r.reference, r.status, newStatus,
                     next.isEmpty() ? text::Storage::tr("nothing (it is closed)") : next.join(u", ")));
    }
    r.status = newStatus;
    r.updatedAt = QDateTime::currentDateTimeUtc();
    return update(r);
}

Result<Request> SqlCipherRequestRepository::find(const QString& idOrReference) {
    auto st = m_db.prepare(kListColumns + QStringLiteral(" WHERE r.id = ?1 OR r.reference = ?1"));
    if (!st)
        return st.error();
    st->bind(1, idOrReference);
    auto found = st->step();
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(
            ErrorCode::NotFound,
            text::Storage::tr("There is no request \"%1\" in this register. \"mladesk-cli list\" shows "
                              "the ids and references.")
                .arg(idOrReference));
    Request r = readRequest(st.value());

    auto events = m_db.prepare(QStringLiteral("SELECT name, at FROM request_events WHERE request_id = ? "
                                              "ORDER BY at, name"));
    if (!events)
        return events.error();
    events->bind(1, r.id);
    if (auto done = events->forEachRow([&](const Statement& row) {
            r.events.append({row.text(0), parseUtc(row.text(1))});
        });
        !done)
        return done.error();
    auto links = m_db.prepare(QStringLiteral("SELECT to_id, kind FROM request_links WHERE from_id = ? "
                                             "ORDER BY to_id, kind"));
    if (!links)
        return links.error();
    links->bind(1, r.id);
    if (auto done = links->forEachRow([&](const Statement& row) {
            r.links.append({row.text(0), row.text(1)});
        });
        !done)
        return done.error();
    return r;
}

Result<QList<Request>> SqlCipherRequestRepository::list(const RequestFilter& filter, int limit, int offset) {
    const SqlWhere where = whereClause(filter);
    auto st = m_db.prepare(kListColumns + where.sql +
                           QStringLiteral(" ORDER BY r.reference LIMIT %1 OFFSET %2").arg(limit).arg(offset));
    if (!st)
        return st.error();
    for (int i = 0; i < where.values.size(); ++i)
        st->bind(i + 1, where.values[i]);
    QList<Request> result;
    if (auto done = st->forEachRow([&](const Statement& row) { result.append(readRequest(row)); }); !done)
        return done.error();
    return result;
}

Result<QList<Request>>
SqlCipherRequestRepository::allWithTextLanguages(QHash<QString, QString>& textLanguages) {
    auto st = m_db.prepare(kColumnsWithTextLanguage);
    if (!st)
        return st.error();
    QList<Request> result;
    if (auto done = st->forEachRow([&](const Statement& row) {
            result.append(readRequest(row));
            if (!row.isNull(27))
                textLanguages.insert(result.last().id, row.text(28));
        });
        !done)
        return done.error();
    return result;
}

Result<qint64> SqlCipherRequestRepository::count(const RequestFilter& filter) {
    const SqlWhere where = whereClause(filter);
    auto st = m_db.prepare(QStringLiteral("SELECT count(*) FROM requests r") + where.sql);
    if (!st)
        return st.error();
    for (int i = 0; i < where.values.size(); ++i)
        st->bind(i + 1, where.values[i]);
    auto row = st->step();
    if (!row)
        return row.error();
    return st->integer(0);
}

Result<QString> SqlCipherRequestRepository::lastReferenceWithPrefix(const QString& prefix) {
    // A range on the unique index, not LIKE (which would read every request).
    auto st = m_db.prepare(QStringLiteral("SELECT reference FROM requests WHERE reference >= ?1 AND "
                                          "reference < ?2 ORDER BY reference DESC LIMIT 1"));
    if (!st)
        return st.error();
    // The prefix with its last character raised by one ends the range ('.' follows '-').
    QString end = prefix;
    if (!end.isEmpty())
        end.back() = QChar(end.back().unicode() + 1);
    st->bind(1, prefix).bind(2, end);
    auto row = st->step();
    if (!row)
        return row.error();
    return row.value() ? st->text(0) : QString();
}

Result<QString> SqlCipherRequestRepository::latestOutgoingRequestingState() {
    auto st =
        m_db.prepare(QStringLiteral("SELECT requesting_state FROM requests NOT INDEXED WHERE direction = "
                                    "'outgoing' ORDER BY rowid DESC LIMIT 1"));
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    return row.value() ? st->text(0) : QString();
}

} // namespace mladesk
