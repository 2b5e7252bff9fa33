#pragma once

#include "domain/Entities.h"
#include "error/Result.h"
#include "repositories/RequestRepository.h"
#include "storage/RequestFilter.h"

#include <QHash>
#include <memory>

namespace mladesk {

class Database;
class SqlCipherDeadlineRepository;
class Statement;

// Requests with their events and links. Every write checks the record with
// domain/Validation first; status changes follow RequestWorkflow; the
// request's deadlines are recomputed in the same transaction.
class SqlCipherRequestRepository final : public RequestRepository {
public:
    explicit SqlCipherRequestRepository(Database& db);
    ~SqlCipherRequestRepository() override;

    // Inserts the request, its events and its links, and its stated text
    // language (schema v5) and its drafter (the user who wrote it, four
    // eyes: schema v3) if given. Callers wrap bulk inserts in one
    // Transaction.
    Status insert(const Request& request, const QString& textLanguage = {},
                  const QString& draftedBy = {}) override;
    // Replaces the stored content of an existing request (same id).
    Status update(const Request& request) override;
    // Moves a request to a new status, if its workflow allows it.
    Status changeStatus(const QString& idOrReference, const QString& newStatus) override;

    // The full request, addressed by id or reference.
    Result<Request> find(const QString& idOrReference) override;
    // Rows for lists, in reference order, without events and links.
    Result<QList<Request>> list(const RequestFilter& filter, int limit = -1, int offset = 0) override;
    Result<qint64> count(const RequestFilter& filter = {}) override;
    // The greatest reference that starts with prefix ("OUT-2026-"), or empty
    // (reference numbering, RequestService::nextReference).
    Result<QString> lastReferenceWithPrefix(const QString& prefix) override;
    // The requesting state of the outgoing request stored last, or empty:
    // the register's own state (RequestService::homeState).
    Result<QString> latestOutgoingRequestingState() override;
    // Every request, without events and links, and each stated text language
    // by request id, from one scan of the table in storage order (the
    // export: no index walk, which would read the table's pages at random).
    Result<QList<Request>> allWithTextLanguages(QHash<QString, QString>& textLanguages) override;

private:
    Status writeChildren(const Request& request);
    Result<Statement*> cached(int slot, const QString& sql);

    Database& m_db;
    std::unique_ptr<Statement> m_statements[11]; // StatementSlot: three, then the eight insert forms
    std::unique_ptr<SqlCipherDeadlineRepository> m_deadlines;
};

} // namespace mladesk
