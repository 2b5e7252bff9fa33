#pragma once

#include "domain/Approval.h"
#include "domain/Entities.h"
#include "error/Result.h"
#include "repositories/AuditRepository.h"
#include "security/SecureBytes.h"
#include "storage/RequestFilter.h"

#include <optional>

namespace mladesk {

class ActionScope;
class Authentication;
class RequestRepository;
class ServiceGuard;

// Requests: creating and changing them, their reference numbers and the home state, the workflow and
// four-eyes approval, their history. Every action passes the ServiceGuard (role, transaction, audit, change
// events): what changes a request announces Change::Kind::Request and, as its deadlines are recomputed
// with it, Change::Kind::Deadlines.
class RequestService {
public:
    explicit RequestService(ServiceGuard& guard)
        : m_guard(guard) {}

    // Reads (ViewContent). view records the view in the audit trail; find does not (lists, links, the
    // editor: what the window shows beside a request already viewed).
    Result<Request> view(const QString& idOrReference);
    Result<Request> find(const QString& idOrReference);
    // Rows for lists, in reference order, without events and links.
    Result<QList<Request>> list(const RequestFilter& filter, int limit = -1, int offset = 0);
    Result<qint64> count(const RequestFilter& filter = {});
    // The audit entries about one request, for whoever may read it.
    Result<QList<AuditEntry>> history(const QString& requestId);

    // The next free reference of this direction this year ("OUT-2026-000042"), and the register's own
    // state (the one its latest outgoing request came from; empty if none): a new request's defaults.
    Result<QString> nextReference(const QString& direction);
    Result<QString> homeState();
    // A new request of this direction with those defaults (not stored).
    Request draft(const QString& direction);

    Status create(const Request& request);
    // A change of content to an approved request withdraws the approval; reviewed translations of a
    // changed text become drafts again.
    Status update(const Request& request);
    // Any move the workflow allows, except to "approved": that is approve().
    // Moving an outgoing request to "sent" also records the event "sent"
    // (the deadlines count from it) at sentAt, else now, unless the request
    // has one: it may be earlier than the request's record, never in the future.
    Status changeStatus(const QString& idOrReference, const QString& status, const QDateTime& sentAt = {});

    // Four eyes: a prosecutor other than the drafter, confirming with their passphrase.
    Status approve(const QString& idOrReference, const SecureBytes& passphrase, const QString& comment = {});
    // The same in two steps: authenticate (slow, Argon2id, touches no database: safe on a worker
    // thread), then approve with the proof.
    Result<Authentication> authenticate(const SecureBytes& passphrase) const;
    Status approve(const QString& idOrReference, const Authentication& proof, const QString& comment = {});
    Result<std::optional<Approval>> currentApproval(const QString& requestId);
    // Four eyes before a request goes out (sent, or a signed bundle of it): its current approval covers
    // its content as it is now, and was given by a prosecutor of this register who did not draft it. An
    // approval a restore carried counts once its approver is such a prosecutor here. (Bundles call it.)
    Status requireApprovalToSend(const Request& request);
    Result<QString> drafterOf(const QString& requestId);

    // SHA-256 of what an approval covers: everything but status, timestamps and events.
    static QString contentHash(const Request& request);

private:
    static Status recordSent(RequestRepository& repository, const QString& id, const QDateTime& sentAt);
    // Whether the signed-in user wrote any of the request's content since it was last approved (or
    // ever, before a first approval): from the audit trail.
    Result<bool> wroteContentSinceLastApproval(ActionScope& scope, const QString& requestId);
    // Refuses approval or sending while required elements are missing.
    Status requireComplete(ActionScope& scope, const Request& request, bool sending);
    QString user() const;

    ServiceGuard& m_guard;
};

} // namespace mladesk
