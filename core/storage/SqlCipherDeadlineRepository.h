#pragma once

#include "domain/Deadline.h"
#include "domain/Entities.h"
#include "error/Result.h"
#include "repositories/DeadlineRecords.h"
#include "repositories/DeadlineRepository.h"
#include "rules/Catalogue.h"

#include <QDateTime>
#include <memory>
#include <optional>

namespace mladesk {

class Database;
class Statement;
struct DeadlineInput;

// Stores the deadlines the engine computes (request_deadlines, the requests'
// next_due_at) and the user's adjustments. Every write of a request's events,
// status or retention calls recompute() in the same transaction.
class SqlCipherDeadlineRepository final : public DeadlineRepository {
public:
    explicit SqlCipherDeadlineRepository(Database& db);
    ~SqlCipherDeadlineRepository() override;

    Status recompute(const Request& request) override;
    // For a request not stored yet (no adjustments, no retention): its
    // deadlines, to be written with storeNew() after the request's INSERT.
    Result<QList<Deadline>> deadlinesOfNew(const Request& request);
    Status storeNew(const QString& requestId, const QList<Deadline>& deadlines);
    // The earliest open due instant, for requests.next_due_at.
    static QDateTime nextDue(const QList<Deadline>& deadlines);
    // Every request, when the catalogue changed since the last computation
    // (a new version of the application, a schema upgrade).
    Status refreshIfStale() override;
    Status recomputeAll() override;
    // After a state's profile changed: the running deadlines of the requests
    // it may govern.
    Status recomputeForState(const QString& code) override;

    // The request's deadlines with their trails, computed now.
    Result<QList<Deadline>> deadlinesOf(const Request& request) override;
    Result<QList<DeadlineAdjustment>> adjustments(const QString& requestId) override;
    // Checks the adjustment against the request's deadlines, stores it, recomputes.
    Status addAdjustment(const Request& request, const DeadlineAdjustment& adjustment,
                         const QString& user) override;
    Result<QList<DueItem>> due(const DueFilter& filter) override;
    Result<QList<DueDeadline>> dueWithTrails(const DueFilter& filter) override;
    Result<DeadlineCounts> counts() override;

    Result<const Catalogue*> catalogue() override;

private:
    Result<DeadlineInput*> inputFor(const Request& request, DeadlineInput* input);
    Result<std::optional<RetentionRecord>> retentionOf(const QString& requestId);
    Result<Statement*> cached(int slot, const QString& sql);
    Status insertRows(const QString& requestId, const QList<Deadline>& deadlines);
    Status recomputeSelected(Statement& ids); // every request whose id the statement yields

    Database& m_db;
    std::optional<Catalogue> m_catalogue;
    std::unique_ptr<Statement> m_statements[6];
};

} // namespace mladesk
