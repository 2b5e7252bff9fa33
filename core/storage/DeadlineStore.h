#pragma once

#include "domain/Deadline.h"
#include "domain/DueItem.h"
#include "domain/Entities.h"
#include "error/Result.h"
#include "rules/Catalogue.h"

#include <QDateTime>
#include <memory>
#include <optional>

namespace mladesk {

class Database;
class Statement;
struct DeadlineInput;

// A due item with its full deadline (trail, local time in the governing state).
struct DueDeadline {
    DueItem item;
    Deadline deadline;
};

struct DueFilter {
    QDateTime now = QDateTime::currentDateTimeUtc();
    int withinDays = -1; // -1: no limit
    bool overdueOnly = false;
    QStringList kinds; // empty: every kind
};

// Stores the deadlines the engine computes (request_deadlines, the requests'
// next_due_at) and the user's adjustments. Every write of a request's events,
// status or retention calls recompute() in the same transaction.
class DeadlineStore {
public:
    explicit DeadlineStore(Database& db);
    ~DeadlineStore();

    Status recompute(const Request& request);
    // For a request not stored yet (no adjustments, no retention): its
    // deadlines, to be written with storeNew() after the request's INSERT.
    Result<QList<Deadline>> deadlinesOfNew(const Request& request);
    Status storeNew(const QString& requestId, const QList<Deadline>& deadlines);
    // The earliest open due instant, for requests.next_due_at.
    static QDateTime nextDue(const QList<Deadline>& deadlines);
    // Every request, when the catalogue changed since the last computation
    // (a new version of the application, a schema upgrade).
    Status refreshIfStale();
    Status recomputeAll();
    // After a state's profile changed: the running deadlines of the requests
    // it may govern.
    Status recomputeForState(const QString& code);

    // The request's deadlines with their trails, computed now.
    Result<QList<Deadline>> deadlinesOf(const Request& request);
    Result<QList<DeadlineAdjustment>> adjustments(const QString& requestId);
    // Checks the adjustment against the request's deadlines, stores it, recomputes.
    Status addAdjustment(const Request& request, const DeadlineAdjustment& adjustment, const QString& user);
    Result<QList<DueItem>> due(const DueFilter& filter);
    Result<QList<DueDeadline>> dueWithTrails(const DueFilter& filter);

    Result<const Catalogue*> catalogue();

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
