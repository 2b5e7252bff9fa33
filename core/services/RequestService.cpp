#include "RequestService.h"

#include "common/UtcText.h"
#include "domain/RequestWorkflow.h"
#include "error/CoreText.h"
#include "interchange/EntityJson.h"
#include "repositories/AccountabilityRepository.h"
#include "repositories/RequestRepository.h"
#include "repositories/RequestTextRepository.h"
#include "repositories/UserRepository.h"
#include "services/RequestCompleteness.h"
#include "services/ServiceGuard.h"
#include "services/Session.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QUuid>

namespace mladesk {

namespace {

QString requestObject(const QString& id) {
    return QStringLiteral("request:") + id;
}

// Field names whose values differ, for a minimal "what changed".
QStringList changedFields(const Request& before, const Request& after) {
    const QJsonObject a = toJson(before);
    const QJsonObject b = toJson(after);
    QStringList fields;
    for (auto it = b.begin(); it != b.end(); ++it)
        if (it.key() != QLatin1String("updated_at") && a.value(it.key()) != it.value())
            fields << it.key();
    return fields;
}

// What changes a request changes its deadlines too (the repository recomputes them in the same
// transaction).
void announceRequest(ActionScope& scope, const QString& id) {
    scope.announce(Change::Kind::Request, id);
    scope.announce(Change::Kind::Deadlines, id);
}

} // namespace

QString RequestService::user() const {
    return m_guard.session().user();
}

QString RequestService::contentHash(const Request& request) {
    QJsonObject content = toJson(request);
    for (const char* volatileField : {"status", "created_at", "updated_at", "events"})
        content.remove(QString::fromLatin1(volatileField));
    return QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(content).toJson(QJsonDocument::Compact),
                                                        QCryptographicHash::Sha256)
                                   .toHex());
}

Result<Request> RequestService::view(const QString& idOrReference) {
    return m_guard.run(Action::ViewContent, [&](ActionScope& scope) -> Result<Request> {
        auto request = scope.storage().requests().find(idOrReference);
        if (!request)
            return request;
        if (auto st = scope.audit(QStringLiteral("view"), requestObject(request->id)); !st)
            return st.error();
        return request;
    });
}

Result<Request> RequestService::find(const QString& idOrReference) {
    if (Status allowed = m_guard.require(Action::ViewContent); !allowed)
        return allowed.error();
    return m_guard.storage().requests().find(idOrReference);
}

Result<QList<Request>> RequestService::list(const RequestFilter& filter, int limit, int offset) {
    if (Status allowed = m_guard.require(Action::ViewContent); !allowed)
        return allowed.error();
    return m_guard.storage().requests().list(filter, limit, offset);
}

Result<qint64> RequestService::count(const RequestFilter& filter) {
    if (Status allowed = m_guard.require(Action::ViewContent); !allowed)
        return allowed.error();
    return m_guard.storage().requests().count(filter);
}

Result<QList<AuditEntry>> RequestService::history(const QString& requestId) {
    if (Status allowed = m_guard.require(Action::ViewContent); !allowed)
        return allowed.error();
    AuditFilter filter;
    filter.object = requestObject(requestId);
    return m_guard.storage().audit().entries(filter);
}

Result<QString> RequestService::nextReference(const QString& direction) {
    if (Status allowed = m_guard.require(Action::ViewContent); !allowed)
        return allowed.error();
    const QString prefix =
        QStringLiteral("%1-%2-")
            .arg(direction == QLatin1String("outgoing") ? QStringLiteral("OUT") : QStringLiteral("IN"))
            .arg(QDate::currentDate().year());
    auto last = m_guard.storage().requests().lastReferenceWithPrefix(prefix);
    if (!last)
        return last.error();
    const int next = last->isEmpty() ? 1 : last->mid(prefix.size()).toInt() + 1;
    return QString(prefix + QStringLiteral("%1").arg(next, 6, 10, QLatin1Char('0')));
}

Result<QString> RequestService::homeState() {
    if (Status allowed = m_guard.require(Action::ViewContent); !allowed)
        return allowed.error();
    return m_guard.storage().requests().latestOutgoingRequestingState();
}

Request RequestService::draft(const QString& direction) {
    Request r;
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.direction = direction;
    r.status = RequestWorkflow::initialStatus(direction);
    // A reference that cannot be read starts the year's numbering; the register's unique index refuses
    // a duplicate when it is saved.
    auto reference = nextReference(direction);
    r.reference = reference ? reference.value()
                            : QStringLiteral("%1-%2-000001")
                                  .arg(direction == QLatin1String("outgoing") ? QStringLiteral("OUT")
                                                                              : QStringLiteral("IN"))
                                  .arg(QDate::currentDate().year());
    r.instrument = QStringLiteral("mla");
    r.createdAt = QDateTime::currentDateTimeUtc();
    r.createdAt = r.createdAt.addMSecs(-r.createdAt.time().msec());
    r.updatedAt = r.createdAt;
    if (auto home = homeState(); home && !home->isEmpty()) {
        if (direction == QLatin1String("outgoing"))
            r.requestingState = home.value();
        else
            r.requestedState = home.value();
    }
    return r;
}

Status RequestService::create(const Request& request) {
    if (Status allowed = m_guard.require(Action::EditContent); !allowed)
        return allowed;
    if (request.direction == QLatin1String("outgoing") && !approvalrule::isBeforeApproval(request.status))
        return makeError(ErrorCode::Conflict,
                         text::Services::tr("A new outgoing request starts as a draft, not \"%1\": it is "
                                            "approved and sent through the workflow.")
                             .arg(request.status));
    return m_guard.inTransaction([&](ActionScope& scope) -> Status {
        if (auto st = scope.storage().requests().insert(request, {}, user()); !st)
            return st;
        announceRequest(scope, request.id);
        return scope.audit(QStringLiteral("create"), requestObject(request.id),
                           QStringLiteral("reference %1").arg(request.reference));
    });
}

Status RequestService::update(const Request& request) {
    return m_guard.run(Action::EditContent, [&](ActionScope& scope) -> Status {
        RequestRepository& repository = scope.storage().requests();
        auto stored = repository.find(request.id);
        if (!stored)
            return stored.error();
        if (stored->status != request.status)
            return makeError(ErrorCode::Conflict, text::Services::tr("A change of status goes through the "
                                                                     "workflow's actions, not an edit."));
        Request changed = request;
        const bool withdraws =
            stored->status == QLatin1String("approved") && contentHash(*stored) != contentHash(request);
        if (withdraws)
            changed.status = QStringLiteral("draft");
        const QStringList fields = changedFields(stored.value(), changed);
        if (auto st = repository.update(changed); !st)
            return st;
        announceRequest(scope, request.id);
        // A reviewed translation of a text that changed is a draft again.
        auto demoted = scope.storage().requestTexts().followSource(changed);
        if (!demoted)
            return demoted.error();
        QString detail = QStringLiteral("fields: %1").arg(fields.join(u", "));
        if (!demoted->isEmpty()) {
            detail += QStringLiteral("; translations back to draft: %1").arg(demoted->join(u", "));
            scope.announce(Change::Kind::Translations, request.id);
        }
        if (auto st = scope.audit(QStringLiteral("change"), requestObject(request.id), detail); !st)
            return st;
        if (!withdraws)
            return {};
        if (auto st = scope.storage().accountability().withdrawApproval(request.id, user(),
                                                                        QDateTime::currentDateTimeUtc());
            !st)
            return st;
        return scope.audit(QStringLiteral("approval-withdrawn"), requestObject(request.id),
                           QStringLiteral("content changed after approval; approved -> draft"));
    });
}

Status RequestService::changeStatus(const QString& idOrReference, const QString& status,
                                    const QDateTime& sentAt) {
    if (Status allowed = m_guard.require(Action::ChangeStatus); !allowed)
        return allowed;
    if (status == QLatin1String("approved"))
        return makeError(ErrorCode::Conflict,
                         text::Services::tr("Approval needs a prosecutor who did not draft the request, "
                                            "confirming with their passphrase."));
    return m_guard.inTransaction([&](ActionScope& scope) -> Status {
        RequestRepository& repository = scope.storage().requests();
        auto stored = repository.find(idOrReference);
        if (!stored)
            return stored.error();
        if (status == QLatin1String("sent")) {
            if (auto st = requireComplete(scope, stored.value(), true); !st)
                return st;
            // (A move the workflow does not allow is refused as such below.)
            if (RequestWorkflow::canMove(stored->direction, stored->status, status))
                if (auto st = requireApprovalToSend(stored.value()); !st)
                    return st;
        }
        // A request with no drafter on record (imported before MLA Desk recorded one) is drafted by
        // whoever submits it for review: they cannot also approve it.
        bool takesDrafter = false;
        if (status == QLatin1String("in-review")) {
            auto drafter = scope.storage().accountability().drafterOf(stored->id);
            if (!drafter)
                return drafter.error();
            takesDrafter = drafter->isEmpty();
        }
        if (auto st = repository.changeStatus(stored->id, status); !st)
            return st;
        if (status == QLatin1String("sent") && stored->direction == QLatin1String("outgoing"))
            if (auto st = recordSent(repository, stored->id, sentAt); !st)
                return st;
        if (takesDrafter)
            if (auto st = scope.storage().accountability().setDrafter(stored->id, user()); !st)
                return st;
        // Back to draft, or withdrawn: the approval no longer lets it out.
        if ((stored->status == QLatin1String("approved") && status == QLatin1String("draft")) ||
            status == QLatin1String("withdrawn"))
            if (auto st = scope.storage().accountability().withdrawApproval(stored->id, user(),
                                                                            QDateTime::currentDateTimeUtc());
                !st)
                return st;
        announceRequest(scope, stored->id);
        return scope.audit(QStringLiteral("status"), requestObject(stored->id),
                           QStringLiteral("%1 -> %2").arg(stored->status, status));
    });
}

Status RequestService::recordSent(RequestRepository& repository, const QString& id, const QDateTime& sentAt) {
    auto sent = repository.find(id);
    if (!sent)
        return sent.error();
    const bool recorded = std::any_of(sent->events.begin(), sent->events.end(),
                                      [](const RequestEvent& e) { return e.name == QLatin1String("sent"); });
    if (recorded)
        return {};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime at = (sentAt.isValid() ? sentAt : now).toUTC();
    if (at > now.addSecs(60))
        return makeError(
            ErrorCode::InvalidInput,
            text::Services::tr("A request cannot have been sent in the future (%1).").arg(utcText(at)));
    sent->events.append(
        {QStringLiteral("sent"),
         QDateTime(at.date(), QTime(at.time().hour(), at.time().minute(), at.time().second()), Qt::UTC)});
    return repository.update(sent.value());
}

Result<QString> RequestService::drafterOf(const QString& requestId) {
    return m_guard.storage().accountability().drafterOf(requestId);
}

Result<Authentication> RequestService::authenticate(const SecureBytes& passphrase) const {
    // Who is signed in proves it (the key slots): the session makes the proof.
    return m_guard.session().authenticate(passphrase);
}

Status RequestService::approve(const QString& idOrReference, const SecureBytes& passphrase,
                               const QString& comment) {
    if (Status allowed = m_guard.require(Action::Approve); !allowed)
        return allowed; // refused before any passphrase check
    auto proof = authenticate(passphrase);
    if (!proof)
        return proof.error();
    return approve(idOrReference, proof.value(), comment);
}

Status RequestService::approve(const QString& idOrReference, const Authentication& proof,
                               const QString& comment) {
    return m_guard.run(Action::Approve, [&](ActionScope& scope) -> Status {
        if (proof.user() != user())
            return makeError(ErrorCode::Forbidden,
                             text::Services::tr("The approval must be confirmed by %1.").arg(user()));
        RequestRepository& repository = scope.storage().requests();
        auto request = repository.find(idOrReference);
        if (!request)
            return request.error();
        if (request->direction != QLatin1String("outgoing"))
            return makeError(ErrorCode::Conflict, text::Services::tr("Only outgoing requests are approved."));
        if (request->status != QLatin1String("in-review"))
            return makeError(ErrorCode::Conflict,
                             text::Services::tr("Request %1 is \"%2\"; it must be in review to be approved.")
                                 .arg(request->reference, request->status));
        if (auto st = requireComplete(scope, request.value(), false); !st)
            return st;
        auto drafter = scope.storage().accountability().drafterOf(request->id);
        if (!drafter)
            return drafter.error();
        if (drafter->isEmpty())
            return makeError(ErrorCode::Conflict,
                             text::Services::tr("No drafter is on record for request %1, so four eyes cannot "
                                                "be shown. Move it back to draft; whoever submits it for "
                                                "review again is recorded as its drafter.")
                                 .arg(request->reference));
        auto wrote = wroteContentSinceLastApproval(scope, request->id);
        if (!wrote)
            return wrote.error();
        if (wrote.value())
            return makeError(ErrorCode::Forbidden,
                             text::Services::tr("%1 changed request %2 since it was last approved and cannot "
                                                "also approve it: a prosecutor who did not write it must "
                                                "(four eyes).")
                                 .arg(user(), request->reference));
        if (drafter.value() == user())
            return makeError(ErrorCode::Forbidden,
                             text::Services::tr("%1 drafted request %2 and cannot also approve it: a second "
                                                "prosecutor must (four eyes).")
                                 .arg(user(), request->reference));
        const Approval approval{
            user(), QDateTime::currentDateTimeUtc(), comment, contentHash(request.value()), {}, {}};
        if (auto st = scope.storage().accountability().addApproval(request->id, approval); !st)
            return st;
        if (auto st = repository.changeStatus(request->id, QStringLiteral("approved")); !st)
            return st;
        announceRequest(scope, request->id);
        return scope.audit(QStringLiteral("approve"), requestObject(request->id),
                           comment.isEmpty() ? QStringLiteral("in-review -> approved")
                                             : QStringLiteral("in-review -> approved, with a comment"));
    });
}

Result<std::optional<Approval>> RequestService::currentApproval(const QString& requestId) {
    if (Status allowed = m_guard.require(Action::ViewContent); !allowed)
        return allowed.error();
    return m_guard.storage().accountability().currentApproval(requestId);
}

Status RequestService::requireApprovalToSend(const Request& request) {
    auto approval = currentApproval(request.id);
    if (!approval)
        return approval.error();
    if (!approval->has_value() || !approval.value()->isCurrent())
        return makeError(
            ErrorCode::Conflict,
            text::Services::tr("%1 is %2 but no prosecutor's approval is on record for it in this "
                               "register (it came in by an import, or its approval was "
                               "withdrawn): it cannot go out. Move it back to draft and have it "
                               "approved.")
                .arg(request.reference, request.status));
    const Approval& current = *approval.value();
    if (current.contentHash != contentHash(request))
        return makeError(ErrorCode::Conflict,
                         text::Services::tr("%1 was changed after %2 approved it: it cannot go out as "
                                            "approved. Move it back to draft and have the changed request "
                                            "approved.")
                             .arg(request.reference, current.approver));
    auto approver = m_guard.storage().users().find(current.approver);
    const bool isProsecutor = approver && approver->roles.contains(roles::kProsecutor);
    auto drafter = drafterOf(request.id);
    if (!drafter)
        return drafter.error();
    if (!isProsecutor || drafter.value() == current.approver)
        return makeError(ErrorCode::Conflict,
                         text::Services::tr("%1 was approved by %2, who is not a prosecutor of this register "
                                            "other than its drafter (an approval a restore carried counts "
                                            "once an administrator has made %2 a prosecutor here): it "
                                            "cannot go out. Move it back to draft and have it approved.")
                             .arg(request.reference, current.approver));
    return {};
}

Result<bool> RequestService::wroteContentSinceLastApproval(ActionScope& scope, const QString& requestId) {
    AuditFilter filter;
    filter.object = requestObject(requestId);
    auto entries = scope.storage().audit().entries(filter);
    if (!entries)
        return entries.error();
    bool wrote = false;
    for (const AuditEntry& e : entries.value()) { // oldest first
        if (e.action == QLatin1String("approve") || e.action == QLatin1String("approval-imported"))
            wrote = false; // what was written before it was approved then
        else if ((e.action == QLatin1String("create") || e.action == QLatin1String("change")) &&
                 e.user == user())
            wrote = true;
    }
    return wrote;
}

Status RequestService::requireComplete(ActionScope& scope, const Request& request, bool sending) {
    auto missing = missingElements(scope.storage(), request);
    if (!missing)
        return missing.error();
    if (isComplete(missing.value()))
        return {};
    QStringList items;
    for (const MissingElement& m : missing.value())
        if (!m.advisory)
            items << QStringLiteral("%1 (%2): %3").arg(m.label, m.article, m.message);
    const QString lacks = items.join(QStringLiteral("; "));
    return makeError(ErrorCode::Conflict,
                     sending ? text::Services::tr("Request %1 cannot be sent: it lacks what its instrument "
                                                  "requires. %2.")
                                   .arg(request.reference, lacks)
                             : text::Services::tr("Request %1 cannot be approved: it lacks what its "
                                                  "instrument requires. %2.")
                                   .arg(request.reference, lacks));
}

} // namespace mladesk
