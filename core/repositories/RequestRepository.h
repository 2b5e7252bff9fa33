#pragma once

#include "domain/Entities.h"
#include "error/Result.h"
#include "repositories/RequestListing.h"

#include <QHash>
#include <QList>
#include <QString>

namespace mladesk {

// Requests with their events and links. Every write checks the record with
// domain/Validation first; status changes follow RequestWorkflow; the
// request's deadlines are recomputed in the same transaction. No rights are
// checked here: that is the services' job.
class RequestRepository {
public:
    virtual ~RequestRepository() = default;

    // Inserts the request, its events and its links, and its stated text
    // language and its drafter (the user who wrote it, four eyes) if given.
    virtual Status insert(const Request& request, const QString& textLanguage = {},
                          const QString& draftedBy = {}) = 0;
    // Replaces the stored content of an existing request (same id).
    virtual Status update(const Request& request) = 0;
    // Moves a request to a new status, if its workflow allows it.
    virtual Status changeStatus(const QString& idOrReference, const QString& newStatus) = 0;

    // The full request, addressed by id or reference.
    virtual Result<Request> find(const QString& idOrReference) = 0;
    // Rows for lists, in reference order, without events and links.
    virtual Result<QList<Request>> list(const RequestFilter& filter, int limit = -1, int offset = 0) = 0;
    virtual Result<qint64> count(const RequestFilter& filter = {}) = 0;
    // The greatest reference that starts with prefix ("OUT-2026-"), or empty
    // (reference numbering, RequestService::nextReference).
    virtual Result<QString> lastReferenceWithPrefix(const QString& prefix) = 0;
    // The requesting state of the outgoing request stored last, or empty:
    // the register's own state (RequestService::homeState).
    virtual Result<QString> latestOutgoingRequestingState() = 0;
    // Every request, without events and links, and each stated text language
    // by request id (the export), read in whatever order is cheapest.
    virtual Result<QList<Request>> allWithTextLanguages(QHash<QString, QString>& textLanguages) = 0;
};

} // namespace mladesk
