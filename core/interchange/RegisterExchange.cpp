#include "RegisterExchange.h"

#include "error/CoreText.h"
#include "interchange/EntityJson.h"
#include "interchange/ImportProblems.h"
#include "interchange/InterchangeFormat.h"
#include "storage/Database.h"
#include "storage/SqlCipherAuthorityRepository.h"
#include "storage/SqlCipherCaseRepository.h"
#include "storage/SqlCipherRequestRepository.h"
#include "storage/SqlCipherRequestTextRepository.h"
#include "storage/SqlCipherStateRepository.h"

#include <QHash>
#include <QScopeGuard>
#include <QSet>
#include <optional>

namespace mladesk {

namespace {

// Up to 512 MiB of decrypted pages while importing, never on disk; only what
// the register's pages need is taken (docs/performance.md).
constexpr int kImportCacheKiB = 512 * 1024;

// The keys of one column already in the register.
Result<QSet<QString>> existingKeys(Database& db, const QString& sql) {
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    QSet<QString> keys;
    if (auto done = st->forEachRow([&](const Statement& row) { keys.insert(row.text(0)); }); !done)
        return done.error();
    return keys;
}

// Drops the indexes of the tables that a bulk insert can build afterwards
// and returns their SQL (to run again before commit): no UNIQUE index and no
// index of a primary key (they check rows as they come), and none whose first
// column is a foreign key's child column: SQLite finds the child rows of a
// parent through it, and without it every insert that settles a deferred
// violation (a link to a request later in the file) scans the child table.
Result<QStringList> dropIndexesForBulkInsert(Database& db, const QStringList& tables) {
    QSet<QString> childColumns; // "table.column"
    auto allTables = existingKeys(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    if (!allTables)
        return allTables.error();
    for (const QString& table : std::as_const(*allTables)) {
        auto keys = db.prepare(QStringLiteral("PRAGMA foreign_key_list(\"%1\")").arg(table));
        if (!keys)
            return keys.error();
        if (auto st = keys->forEachRow(
                [&](const Statement& row) { childColumns.insert(table + QLatin1Char('.') + row.text(3)); });
            !st)
            return st.error();
    }
    auto indexes =
        db.prepare(QStringLiteral("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' "
                                  "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE %'"));
    if (!indexes)
        return indexes.error();
    struct Candidate {
        QString name, table, sql;
    };
    QList<Candidate> candidates;
    if (auto st = indexes->forEachRow([&](const Statement& row) {
            if (tables.contains(row.text(1)))
                candidates.append({row.text(0), row.text(1), row.text(2)});
        });
        !st)
        return st.error();
    QList<Candidate> droppable;
    for (const Candidate& index : std::as_const(candidates)) {
        auto columns = db.prepare(QStringLiteral("PRAGMA index_info(\"%1\")").arg(index.name));
        if (!columns)
            return columns.error();
        auto first = columns->step();
        if (!first)
            return first.error();
        if (!first.value() || !childColumns.contains(index.table + QLatin1Char('.') + columns->text(2)))
            droppable.append(index);
    }
    // No statement is running any more: a DROP waits for none.
    QStringList dropped;
    for (const Candidate& index : std::as_const(droppable)) {
        if (auto st = db.exec(QStringLiteral("DROP INDEX \"%1\"").arg(index.name)); !st)
            return st.error();
        dropped << index.sql;
    }
    return dropped;
}

// Names of records are built only for a problem: most imports have none.
// Past the first ImportProblems::kKept problems, they are only counted.
class CrossCheck {
public:
    ImportProblems problems;

    void unique(const QString& list, int index, const QString& field, const QString& value,
                QHash<QString, int>& seen, const QSet<QString>& stored) {
        if (stored.contains(value)) {
            if (problems.full())
                return problems.count();
            problems << text::Import::tr("%1[%2].%3: \"%4\" is already in the register")
                            .arg(list, QString::number(index), field, value);
            return;
        }
        const auto it = seen.constFind(value);
        if (it == seen.cend())
            seen.insert(value, index);
        else if (problems.full())
            problems.count();
        else
            problems << text::Import::tr("%1[%2].%3: \"%4\" is a duplicate of %1[%5]")
                            .arg(list, QString::number(index), field, value, QString::number(it.value()));
    }
    // record() names the record, only called for a problem.
    template <typename Record>
    void exists(const Record& record, const QString& field, const QString& value,
                const QHash<QString, int>& inFile, const QSet<QString>& stored, const QString& what) {
        if (value.isEmpty() || inFile.contains(value) || stored.contains(value))
            return;
        if (problems.full())
            problems.count();
        else
            problems << text::Import::tr("%1.%2: %3 \"%4\" is neither in the file nor in the register")
                            .arg(record(), field, what, value);
    }
};

} // namespace

Result<ImportSummary>
RegisterExchange::importAll(Database& db, const InterchangeData& data,
                            const std::function<void(int, int)>& progress,
                            const std::function<Status(const ImportSummary&)>& beforeCommit) {
    const QString headline = text::Import::tr("Nothing was imported; the register is unchanged.");
    auto states = existingKeys(db, QStringLiteral("SELECT code FROM states"));
    auto authorities = existingKeys(db, QStringLiteral("SELECT id FROM authorities"));
    auto caseIds = existingKeys(db, QStringLiteral("SELECT id FROM cases"));
    auto caseRefs = existingKeys(db, QStringLiteral("SELECT reference FROM cases"));
    auto requestIds = existingKeys(db, QStringLiteral("SELECT id FROM requests"));
    auto requestRefs = existingKeys(db, QStringLiteral("SELECT reference FROM requests"));
    for (auto* r : {&states, &authorities, &caseIds, &caseRefs, &requestIds, &requestRefs})
        if (!*r)
            return r->error();

    CrossCheck check;
    QHash<QString, int> fileStates, fileAuthorities, fileCaseIds, fileCaseRefs, fileRequestIds,
        fileRequestRefs;
    fileCaseIds.reserve(data.cases.size());
    fileCaseRefs.reserve(data.cases.size());
    fileRequestIds.reserve(data.requests.size());
    fileRequestRefs.reserve(data.requests.size());
    const QSet<QString> none;
    for (int i = 0; i < data.states.size(); ++i)
        check.unique(QStringLiteral("states"), i, QStringLiteral("code"), data.states[i].code, fileStates,
                     none);
    for (int i = 0; i < data.authorities.size(); ++i) {
        const Authority& a = data.authorities[i];
        check.unique(QStringLiteral("authorities"), i, QStringLiteral("id"), a.id, fileAuthorities,
                     *authorities);
        check.exists([i] { return QStringLiteral("authorities[%1]").arg(i); }, QStringLiteral("state"),
                     a.state, fileStates, *states, QStringLiteral("state"));
    }
    for (int i = 0; i < data.cases.size(); ++i) {
        check.unique(QStringLiteral("cases"), i, QStringLiteral("id"), data.cases[i].id, fileCaseIds,
                     *caseIds);
        check.unique(QStringLiteral("cases"), i, QStringLiteral("reference"), data.cases[i].reference,
                     fileCaseRefs, *caseRefs);
    }
    for (int i = 0; i < data.requests.size(); ++i) {
        const Request& r = data.requests[i];
        check.unique(QStringLiteral("requests"), i, QStringLiteral("id"), r.id, fileRequestIds, *requestIds);
        check.unique(QStringLiteral("requests"), i, QStringLiteral("reference"), r.reference, fileRequestRefs,
                     *requestRefs);
    }
    for (int i = 0; i < data.requests.size(); ++i) {
        const Request& r = data.requests[i];
        const auto record = [i, &r] {
            return QStringLiteral("requests[%1] (\"%2\")").arg(i).arg(r.reference);
        };
        check.exists(record, QStringLiteral("case_id"), r.caseId, fileCaseIds, *caseIds,
                     QStringLiteral("case"));
        check.exists(record, QStringLiteral("requesting_authority_id"), r.requestingAuthorityId,
                     fileAuthorities, *authorities, QStringLiteral("authority"));
        check.exists(record, QStringLiteral("requested_authority_id"), r.requestedAuthorityId,
                     fileAuthorities, *authorities, QStringLiteral("authority"));
        for (int l = 0; l < r.links.size(); ++l)
            check.exists(record, QStringLiteral("links[") + QString::number(l) + QStringLiteral("].to"),
                         r.links[l].toId, fileRequestIds, *requestIds, QStringLiteral("request"));
    }
    // Texts belong to a request of the file, and each is valid on its own.
    for (auto it = data.texts.cbegin(); it != data.texts.cend(); ++it) {
        const int i = fileRequestIds.value(it.key(), -1);
        if (i < 0) {
            check.problems
                << text::Import::tr("translations: request \"%1\" is not in the file").arg(it.key());
            continue;
        }
        const QString record = QStringLiteral("requests[%1] (\"%2\")").arg(i).arg(data.requests[i].reference);
        if (!it->textLanguage.isEmpty() && !isLanguageCode(it->textLanguage))
            check.problems << text::Import::tr("%1.text_language: \"%2\" is not an ISO 639-1 language code")
                                  .arg(record, it->textLanguage);
        for (int t = 0; t < it->translations.size(); ++t)
            for (const FieldProblem& p : validateRequestText(it->translations[t], it->sourceLanguage()))
                check.problems << QStringLiteral("%1.translations[%2].%3: %4")
                                      .arg(record)
                                      .arg(t)
                                      .arg(p.field, p.message);
    }
    // Drafters and approvals (a restore's: ExchangeService::importData) belong to a
    // request of the file, and approvals to an outgoing one whose status
    // they account for.
    for (auto it = data.accountability.cbegin(); it != data.accountability.cend(); ++it) {
        const int i = fileRequestIds.value(it.key(), -1);
        if (i < 0) {
            check.problems << text::Import::tr("approvals: request \"%1\" is not in the file").arg(it.key());
            continue;
        }
        const Request& r = data.requests[i];
        const QString record = QStringLiteral("requests[%1] (\"%2\")").arg(i).arg(r.reference);
        if (!it->approvals.isEmpty() && r.direction != QLatin1String("outgoing"))
            check.problems << record + text::Import::tr(".approvals: only an outgoing request is approved");
        QSet<QDateTime> times;
        int current = 0;
        for (int a = 0; a < it->approvals.size(); ++a) {
            const Approval& approval = it->approvals[a];
            if (times.contains(approval.at))
                check.problems << text::Import::tr("%1.approvals[%2].at: two approvals at the same time")
                                      .arg(record)
                                      .arg(a);
            times.insert(approval.at);
            current += approval.isCurrent() ? 1 : 0;
        }
        if (current > 1)
            check.problems << record + text::Import::tr(".approvals: more than one approval is current "
                                                        "(not withdrawn)");
    }
    for (int i = 0; i < data.requests.size(); ++i) {
        const Request& r = data.requests[i];
        if (r.direction != QLatin1String("outgoing") || r.status != QLatin1String("approved"))
            continue;
        const auto it = data.accountability.constFind(r.id);
        if (it == data.accountability.cend() || !it->hasCurrentApproval())
            check.problems << text::Import::tr(
                                  "requests[%1] (\"%2\").status: \"approved\" needs a prosecutor's "
                                  "approval on record, and the file carries none")
                                  .arg(i)
                                  .arg(r.reference);
    }
    if (!check.problems.isEmpty())
        return makeError(ErrorCode::InvalidInput, describeProblems(headline, check.problems));

    // A larger page cache for the import's duration than connections keep:
    // pages that leave the cache during the transaction are encrypted into
    // the WAL and, when touched again, decrypted and encrypted once more.
    auto cacheSize = db.queryInt(QStringLiteral("PRAGMA cache_size"));
    if (!cacheSize)
        return cacheSize.error();
    if (auto st = db.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kImportCacheKiB)); !st)
        return st.error();
    const auto restoreCache = qScopeGuard([&db, previous = cacheSize.value()] {
        const Status restored = db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(previous));
        Q_UNUSED(restored); // a larger cache than asked for is harmless
    });
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    // Links may point forward in the file: check foreign keys at commit.
    if (auto st = db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")); !st)
        return st.error();
    const auto failed = [&](const Error& e) {
        return makeError(e.code, headline + QLatin1Char(' ') + e.message);
    };
    SqlCipherStateRepository stateRepository(db);
    for (const State& s : data.states)
        if (auto st = stateRepository.save(s); !st)
            return failed(st.error());
    SqlCipherAuthorityRepository authorityRepository(db);
    for (const Authority& a : data.authorities)
        if (auto st = authorityRepository.insert(a); !st)
            return failed(st.error());
    SqlCipherCaseRepository caseRepository(db);
    for (const Case& c : data.cases)
        if (auto st = caseRepository.insert(c); !st)
            return failed(st.error());
    // Full-text indexing of the new requests happens once, after they are in.
    if (auto st = db.exec(QStringLiteral("INSERT INTO request_search_bulk (since_rowid) "
                                         "SELECT coalesce(max(rowid), 0) FROM requests"));
        !st)
        return failed(st.error());
    // The insert triggers go for the import and come back before commit
    // (their SQL as stored, so they are exactly the schema's). With a
    // trigger, each INSERT INTO requests is a multi-row write that SQLite
    // guards with a statement journal: a copy of every page the statement
    // changes, encrypted by SQLCipher on the way in, about ten pages per
    // request (100,000 requests: 14 -> 24 s of CPU with schema v10's
    // four-eyes trigger). Without them the insert is a single write and
    // needs none. What they hold is held here meanwhile: the search index is
    // filled below, and four eyes were checked above (an "approved" request
    // comes with a current approval of the file, written before it).
    QList<std::pair<QString, QString>> insertTriggers; // name, SQL
    {
        auto triggers = db.prepare(QStringLiteral(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'requests' "
            "AND name IN ('requests_search_insert', 'requests_four_eyes_insert')"));
        if (!triggers)
            return failed(triggers.error());
        if (auto st = triggers->forEachRow([&](const Statement& row) {
                insertTriggers.append({row.text(0), row.text(1)});
            });
            !st)
            return failed(st.error());
    }
    for (const auto& [name, sql] : std::as_const(insertTriggers))
        if (auto st = db.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(name)); !st)
            return failed(st.error());
    // The indexes that hold no constraint and serve no foreign key on the
    // tables an import fills row by row (requests: the list's orders of
    // schema v7 and the filters'; request_deadlines) are built once after a
    // large import, from the sorted rows, instead of kept row by row: when
    // the import at least doubles the register.
    QStringList laterIndexes; // their SQL, as stored
    if (!data.requests.isEmpty() && data.requests.size() >= requestIds->size()) {
        auto dropped =
            dropIndexesForBulkInsert(db, {QStringLiteral("requests"), QStringLiteral("request_deadlines")});
        if (!dropped)
            return failed(dropped.error());
        laterIndexes = std::move(dropped.value());
    }
    SqlCipherRequestRepository requestRepository(db);
    // Only when there are texts: a register older than schema v5 (a fixture
    // being made) has nowhere to put them.
    std::optional<SqlCipherRequestTextRepository> textRepository;
    if (!data.texts.isEmpty())
        textRepository.emplace(db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int total = static_cast<int>(data.requests.size());
    std::optional<Statement> insertApproval;
    for (int i = 0; i < total; ++i) {
        // A request's approvals go in before it (foreign keys are checked at
        // commit): schema v10 stores an approved request only with one.
        const auto accountable = data.accountability.constFind(data.requests[i].id);
        const bool hasAccountability = accountable != data.accountability.cend();
        if (hasAccountability)
            for (const Approval& a : accountable->approvals) {
                if (!insertApproval) {
                    auto prepared = db.prepare(QStringLiteral(
                        "INSERT INTO approvals (request_id, approver, at, comment, content_hash, "
                        "withdrawn_at, withdrawn_by) VALUES (?, ?, ?, ?, ?, ?, ?)"));
                    if (!prepared)
                        return failed(prepared.error());
                    insertApproval.emplace(std::move(prepared.value()));
                }
                insertApproval->bind(1, data.requests[i].id).bind(2, a.approver).bind(3, utcText(a.at));
                insertApproval->bindOptional(4, a.comment).bind(5, a.contentHash);
                insertApproval->bindOptional(6, utcText(a.withdrawnAt)).bindOptional(7, a.withdrawnBy);
                if (auto st = insertApproval->run(); !st)
                    return failed(st.error());
            }
        // The text language and the drafter go in with the row, the translations after it.
        const auto texts = textRepository ? data.texts.constFind(data.requests[i].id) : data.texts.cend();
        const bool hasTexts = texts != data.texts.cend();
        if (auto st = requestRepository.insert(data.requests[i], hasTexts ? texts->textLanguage : QString(),
                                               hasAccountability ? accountable->draftedBy : QString());
            !st)
            return failed(st.error());
        if (hasTexts && !texts->translations.isEmpty())
            if (auto st = textRepository->importTranslations(data.requests[i], *texts, now); !st)
                return failed(st.error());
        if (progress && (i % 1000 == 0 || i + 1 == total))
            progress(i + 1, total);
    }
    if (auto st =
            db.exec(QStringLiteral("INSERT INTO request_search (docid, reference, summary, parties, persons) "
                                   "SELECT r.rowid, r.reference, r.summary, coalesce(a1.name, '') || ' ' || "
                                   "coalesce(a2.name, '') || ' ' "
                                   "|| coalesce(r.service_provider, ''), r.persons FROM requests r "
                                   "LEFT JOIN authorities a1 ON a1.id = r.requesting_authority_id "
                                   "LEFT JOIN authorities a2 ON a2.id = r.requested_authority_id "
                                   "WHERE r.rowid > (SELECT since_rowid FROM request_search_bulk)"));
        !st)
        return failed(st.error());
    if (auto st = db.exec(QStringLiteral("DELETE FROM request_search_bulk")); !st)
        return failed(st.error());
    for (const auto& [name, sql] : std::as_const(insertTriggers))
        if (auto st = db.exec(sql); !st)
            return failed(st.error());
    for (const QString& index : std::as_const(laterIndexes))
        if (auto st = db.exec(index); !st)
            return failed(st.error());
    ImportSummary summary;
    summary.states = static_cast<int>(data.states.size());
    summary.authorities = static_cast<int>(data.authorities.size());
    summary.cases = static_cast<int>(data.cases.size());
    summary.requests = total;
    if (beforeCommit)
        if (auto st = beforeCommit(summary); !st)
            return failed(st.error());
    if (auto st = transaction.value()->commit(); !st)
        return failed(st.error());
    return summary;
}

Result<InterchangeData> RegisterExchange::exportAll(Database& db) {
    InterchangeData data;
    auto states = SqlCipherStateRepository(db).all();
    if (!states)
        return states.error();
    data.states = std::move(states.value());
    auto authorities = SqlCipherAuthorityRepository(db).all();
    if (!authorities)
        return authorities.error();
    data.authorities = std::move(authorities.value());
    auto cases = SqlCipherCaseRepository(db).all();
    if (!cases)
        return cases.error();
    data.cases = std::move(cases.value());

    SqlCipherRequestRepository requests(db);
    QHash<QString, QString> textLanguages;
    auto rows = requests.allWithTextLanguages(textLanguages);
    if (!rows)
        return rows.error();
    // Events and links for all requests in two passes, not one query per request.
    QHash<QString, int> index;
    index.reserve(rows->size());
    for (int i = 0; i < rows->size(); ++i)
        index.insert(rows.value()[i].id, i);
    auto events = db.prepare(QStringLiteral("SELECT request_id, name, at FROM request_events"));
    if (!events)
        return events.error();
    const Status readEvents = events->forEachRow([&](const Statement& row) {
        rows.value()[index.value(row.text(0))].events.append({row.text(1), parseUtc(row.text(2))});
    });
    if (!readEvents)
        return readEvents.error();
    auto links = db.prepare(QStringLiteral("SELECT from_id, to_id, kind FROM request_links"));
    if (!links)
        return links.error();
    const Status readLinks = links->forEachRow([&](const Statement& row) {
        rows.value()[index.value(row.text(0))].links.append({row.text(1), row.text(2)});
    });
    if (!readLinks)
        return readLinks.error();
    // Drafters and approvals, for a restore (docs/interchange.md).
    auto drafters =
        db.prepare(QStringLiteral("SELECT id, drafted_by FROM requests WHERE drafted_by IS NOT NULL"));
    if (!drafters)
        return drafters.error();
    if (auto st = drafters->forEachRow(
            [&](const Statement& row) { data.accountability[row.text(0)].draftedBy = row.text(1); });
        !st)
        return st.error();
    auto approvals = db.prepare(QStringLiteral("SELECT request_id, approver, at, comment, content_hash, "
                                               "withdrawn_at, withdrawn_by FROM approvals"));
    if (!approvals)
        return approvals.error();
    if (auto st = approvals->forEachRow([&](const Statement& row) {
            data.accountability[row.text(0)].approvals.append({row.text(1), parseUtc(row.text(2)),
                                                               row.text(3), row.text(4),
                                                               parseUtc(row.text(5)), row.text(6)});
        });
        !st)
        return st.error();
    auto texts = SqlCipherRequestTextRepository(db).all(rows.value(), textLanguages);
    if (!texts)
        return texts.error();
    for (auto it = texts->cbegin(); it != texts->cend(); ++it)
        data.texts.insert(it.key(), it.value());
    data.requests = std::move(rows.value());
    return data;
}

} // namespace mladesk
