#include "Session.h"

#include "access/ImportPolicy.h"
#include "domain/RequestWorkflow.h"
#include "interchange/EntityJson.h"
#include "storage/Database.h"
#include "storage/ReferenceRepositories.h"
#include "storage/Register.h"
#include "storage/RequestRepository.h"
#include "storage/RequestTextRepository.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <algorithm>

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

} // namespace

Result<std::unique_ptr<Session>> Session::start(Register& reg) {
    if (!reg.isUnlocked())
        return makeError(ErrorCode::Locked, QStringLiteral("Unlock the register first."));
    Database& db = reg.database();
    UserDirectory directory(db);
    auto all = directory.all();
    if (!all)
        return all.error();
    const auto found =
        std::find_if(all->begin(), all->end(), [&](const UserRecord& u) { return u.name == reg.user(); });
    UserRecord user;
    AuditTrail audit(db);
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    if (found != all->end()) {
        user = *found;
    } else if (all->isEmpty()) {
        // The first user of a register administers it and works in it.
        user = {reg.user(),
                {roles::kAdministrator, roles::kLiaisonOfficer},
                false,
                QDateTime::currentDateTimeUtc()};
        if (auto st = directory.save(user); !st)
            return st.error();
        if (auto st =
                audit.append(user.name, QStringLiteral("user-added"), QStringLiteral("user:") + user.name,
                             QStringLiteral("roles: %1 (first user)").arg(user.roles.join(u", ")));
            !st)
            return st.error();
    } else {
        return makeError(ErrorCode::Forbidden,
                         QStringLiteral("\"%1\" has a key slot but no role in this register. "
                                        "Ask an administrator to give you one.")
                             .arg(reg.user()));
    }
    for (const QString& line : reg.failedUnlocks()) {
        const QStringList parts = line.split(QLatin1Char('\t'));
        if (auto st = audit.append(parts.value(1), QStringLiteral("unlock-failed"),
                                   QStringLiteral("register"), QStringLiteral("at %1").arg(parts.value(0)));
            !st)
            return st.error();
    }
    if (auto st = audit.append(user.name, QStringLiteral("unlock"), QStringLiteral("register")); !st)
        return st.error();
    // What was done to the key slots at unlock, before there was a session
    // ("remember on this computer", done or refused).
    for (const Register::AuditNote& note : reg.auditNotes())
        if (auto st = audit.append(note.user, note.action, QStringLiteral("register"), note.detail); !st)
            return st.error();
    if (auto st = tx.value()->commit(); !st)
        return st.error();
    reg.forgetFailedUnlocks();
    reg.clearAuditNotes();
    return std::unique_ptr<Session>(new Session(reg, user));
}

void Session::end() {
    if (m_register.isUnlocked()) {
        const Status recorded =
            AuditTrail(database()).append(user(), QStringLiteral("lock"), QStringLiteral("register"));
        Q_UNUSED(recorded); // locking goes ahead regardless: the key must go
    }
}

Database& Session::database() {
    return m_register.database();
}

bool Session::can(Action action) const {
    return allows(m_user.roles, action, m_user.contentAccess);
}

Status Session::require(Action action) const {
    if (!m_register.isUnlocked())
        return makeError(ErrorCode::Locked, QStringLiteral("The register is locked."));
    if (can(action))
        return {};
    return makeError(ErrorCode::Forbidden,
                     QStringLiteral("%1 (%2) may not %3.")
                         .arg(m_user.name,
                              m_user.roles.isEmpty() ? QStringLiteral("no role") : m_user.roles.join(u", "),
                              actionName(action)));
}

Status Session::record(const QString& action, const QString& object, const QString& detail) {
    return AuditTrail(database()).append(user(), action, object, detail);
}

QString Session::contentHash(const Request& request) {
    QJsonObject content = toJson(request);
    for (const char* volatileField : {"status", "created_at", "updated_at", "events"})
        content.remove(QString::fromLatin1(volatileField));
    return QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(content).toJson(QJsonDocument::Compact),
                                                        QCryptographicHash::Sha256)
                                   .toHex());
}

Result<Request> Session::viewRequest(const QString& idOrReference) {
    if (auto st = require(Action::ViewContent); !st)
        return st.error();
    auto request = RequestRepository(database()).find(idOrReference);
    if (!request)
        return request;
    if (auto st = record(QStringLiteral("view"), requestObject(request->id)); !st)
        return st.error();
    return request;
}

Status Session::createRequest(const Request& request) {
    if (auto st = require(Action::EditContent); !st)
        return st;
    if (request.direction == QLatin1String("outgoing") && !approvalrule::isBeforeApproval(request.status))
        return makeError(
            ErrorCode::Conflict,
            QStringLiteral("A new outgoing request starts as a draft, not \"%1\": it is approved "
                           "and sent through the workflow.")
                .arg(request.status));
    return inTransaction([&]() -> Status {
        if (auto st = RequestRepository(database()).insert(request, {}, user()); !st)
            return st;
        return record(QStringLiteral("create"), requestObject(request.id),
                      QStringLiteral("reference %1").arg(request.reference));
    });
}

Status Session::updateRequest(const Request& request) {
    if (auto st = require(Action::EditContent); !st)
        return st;
    RequestRepository repository(database());
    auto stored = repository.find(request.id);
    if (!stored)
        return stored.error();
    if (stored->status != request.status)
        return makeError(ErrorCode::Conflict, QStringLiteral("A change of status goes through the workflow's "
                                                             "actions, not an edit."));
    Request changed = request;
    const bool withdraws =
        stored->status == QLatin1String("approved") && contentHash(*stored) != contentHash(request);
    if (withdraws)
        changed.status = QStringLiteral("draft");
    const QStringList fields = changedFields(stored.value(), changed);
    return inTransaction([&]() -> Status {
        if (auto st = repository.update(changed); !st)
            return st;
        // A reviewed translation of a text that changed is a draft again.
        auto demoted = RequestTextRepository(database()).followSource(changed);
        if (!demoted)
            return demoted.error();
        QString detail = QStringLiteral("fields: %1").arg(fields.join(u", "));
        if (!demoted->isEmpty())
            detail += QStringLiteral("; translations back to draft: %1").arg(demoted->join(u", "));
        if (auto st = record(QStringLiteral("change"), requestObject(request.id), detail); !st)
            return st;
        if (!withdraws)
            return {};
        if (auto st = withdrawApproval(request.id); !st)
            return st;
        return record(QStringLiteral("approval-withdrawn"), requestObject(request.id),
                      QStringLiteral("content changed after approval; approved -> draft"));
    });
}

Status Session::withdrawApproval(const QString& requestId) {
    auto withdraw =
        database().prepare(QStringLiteral("UPDATE approvals SET withdrawn_at = ?, withdrawn_by = ? "
                                          "WHERE request_id = ? AND withdrawn_at IS NULL"));
    if (!withdraw)
        return withdraw.error();
    withdraw->bind(1, utcText(QDateTime::currentDateTimeUtc())).bind(2, user()).bind(3, requestId);
    return withdraw->run();
}

Status Session::changeStatus(const QString& idOrReference, const QString& status) {
    if (auto st = require(Action::ChangeStatus); !st)
        return st;
    if (status == QLatin1String("approved"))
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("Approval needs a prosecutor who did not draft the "
                                        "request, confirming with their passphrase."));
    RequestRepository repository(database());
    auto stored = repository.find(idOrReference);
    if (!stored)
        return stored.error();
    if (status == QLatin1String("sent")) {
        if (auto st = requireComplete(stored.value(), QStringLiteral("sent")); !st)
            return st;
        // (A move the workflow does not allow is refused as such below.)
        if (RequestWorkflow::canMove(stored->direction, stored->status, status))
            if (auto st = requireApprovalToSend(stored.value()); !st)
                return st;
    }
    // A request with no drafter on record (imported before MLA Desk recorded
    // one) is drafted by whoever submits it for review: they cannot also
    // approve it.
    bool takesDrafter = false;
    if (status == QLatin1String("in-review")) {
        auto drafter = drafterOf(stored->id);
        if (!drafter)
            return drafter.error();
        takesDrafter = drafter->isEmpty();
    }
    return inTransaction([&]() -> Status {
        if (auto st = repository.changeStatus(stored->id, status); !st)
            return st;
        if (takesDrafter) {
            auto take = database().prepare(QStringLiteral("UPDATE requests SET drafted_by = ? WHERE id = ?"));
            if (!take)
                return take.error();
            take->bind(1, user()).bind(2, stored->id);
            if (auto st = take->run(); !st)
                return st;
        }
        // Back to draft, or withdrawn: the approval no longer lets it out.
        if ((stored->status == QLatin1String("approved") && status == QLatin1String("draft")) ||
            status == QLatin1String("withdrawn"))
            if (auto st = withdrawApproval(stored->id); !st)
                return st;
        return record(QStringLiteral("status"), requestObject(stored->id),
                      QStringLiteral("%1 -> %2").arg(stored->status, status));
    });
}

Result<QString> Session::drafterOf(const QString& requestId) {
    auto st = database().prepare(QStringLiteral("SELECT drafted_by FROM requests WHERE id = ?"));
    if (!st)
        return st.error();
    st->bind(1, requestId);
    auto row = st->step();
    if (!row)
        return row.error();
    return row.value() ? st->text(0) : QString();
}

Result<Authentication> Session::authenticate(const SecureBytes& passphrase) const {
    if (auto st = m_register.verifyPassphrase(m_user.name, passphrase); !st)
        return makeError(
            ErrorCode::WrongPassphrase,
            QStringLiteral("The passphrase of %1 is wrong; nothing was approved.").arg(m_user.name));
    return Authentication(m_user.name);
}

Status Session::approve(const QString& idOrReference, const SecureBytes& passphrase, const QString& comment) {
    if (auto st = require(Action::Approve); !st)
        return st; // refused before any passphrase check
    auto proof = authenticate(passphrase);
    if (!proof)
        return proof.error();
    return approve(idOrReference, proof.value(), comment);
}

Status Session::approve(const QString& idOrReference, const Authentication& proof, const QString& comment) {
    if (auto st = require(Action::Approve); !st)
        return st;
    if (proof.user() != user())
        return makeError(ErrorCode::Forbidden,
                         QStringLiteral("The approval must be confirmed by %1.").arg(user()));
    RequestRepository repository(database());
    auto request = repository.find(idOrReference);
    if (!request)
        return request.error();
    if (request->direction != QLatin1String("outgoing"))
        return makeError(ErrorCode::Conflict, QStringLiteral("Only outgoing requests are approved."));
    if (request->status != QLatin1String("in-review"))
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("Request %1 is \"%2\"; it must be in review to be "
                                        "approved.")
                             .arg(request->reference, request->status));
    if (auto st = requireComplete(request.value(), QStringLiteral("approved")); !st)
        return st;
    auto drafter = drafterOf(request->id);
    if (!drafter)
        return drafter.error();
    if (drafter->isEmpty())
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("No drafter is on record for request %1, so four eyes cannot be "
                                        "shown. Move it back to draft; whoever submits it for review again "
                                        "is recorded as its drafter.")
                             .arg(request->reference));
    auto wrote = wroteContentSinceLastApproval(request->id);
    if (!wrote)
        return wrote.error();
    if (wrote.value())
        return makeError(ErrorCode::Forbidden,
                         QStringLiteral("%1 changed request %2 since it was last approved and cannot also "
                                        "approve it: a prosecutor who did not write it must (four eyes).")
                             .arg(user(), request->reference));
    if (drafter.value() == user())
        return makeError(ErrorCode::Forbidden,
                         QStringLiteral("%1 drafted request %2 and cannot also approve it: "
                                        "a second prosecutor must (four eyes).")
                             .arg(user(), request->reference));
    return inTransaction([&]() -> Status {
        auto insert =
            database().prepare(QStringLiteral("INSERT INTO approvals (request_id, approver, at, comment, "
                                              "content_hash) VALUES (?, ?, ?, ?, ?)"));
        if (!insert)
            return insert.error();
        insert->bind(1, request->id).bind(2, user()).bind(3, utcText(QDateTime::currentDateTimeUtc()));
        insert->bindOptional(4, comment).bind(5, contentHash(request.value()));
        if (auto st = insert->run(); !st)
            return st;
        if (auto st = repository.changeStatus(request->id, QStringLiteral("approved")); !st)
            return st;
        return record(QStringLiteral("approve"), requestObject(request->id),
                      comment.isEmpty() ? QStringLiteral("in-review -> approved")
                                        : QStringLiteral("in-review -> approved, with a comment"));
    });
}

Result<QList<AuditEntry>> Session::requestHistory(const QString& requestId) {
    if (auto st = require(Action::ViewContent); !st)
        return st.error();
    AuditFilter filter;
    filter.object = requestObject(requestId);
    return AuditTrail(database()).entries(filter);
}

Result<std::optional<Approval>> Session::currentApproval(const QString& requestId) {
    if (auto st = require(Action::ViewContent); !st)
        return st.error();
    auto st = database().prepare(QStringLiteral("SELECT approver, at, comment, content_hash, withdrawn_at, "
                                                "withdrawn_by FROM approvals WHERE request_id = ? "
                                                "ORDER BY withdrawn_at IS NULL DESC, at DESC LIMIT 1"));
    if (!st)
        return st.error();
    st->bind(1, requestId);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<Approval>();
    return std::optional<Approval>(Approval{st->text(0), parseUtc(st->text(1)), st->text(2), st->text(3),
                                            parseUtc(st->text(4)), st->text(5)});
}

Status Session::requireApprovalToSend(const Request& request) {
    auto approval = currentApproval(request.id);
    if (!approval)
        return approval.error();
    if (!approval->has_value() || !approval.value()->isCurrent())
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("%1 is %2 but no prosecutor's approval is on record for it in this "
                                        "register (it came in by an import, or its approval was withdrawn): "
                                        "it cannot go out. Move it back to draft and have it approved.")
                             .arg(request.reference, request.status));
    const Approval& current = *approval.value();
    if (current.contentHash != contentHash(request))
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("%1 was changed after %2 approved it: it cannot go out as approved. "
                                        "Move it back to draft and have the changed request approved.")
                             .arg(request.reference, current.approver));
    auto approver = UserDirectory(database()).find(current.approver);
    const bool isProsecutor = approver && approver->roles.contains(roles::kProsecutor);
    auto drafter = drafterOf(request.id);
    if (!drafter)
        return drafter.error();
    if (!isProsecutor || drafter.value() == current.approver)
        return makeError(
            ErrorCode::Conflict,
            QStringLiteral("%1 was approved by %2, who is not a prosecutor of this register other than its "
                           "drafter (an approval a restore carried counts once an administrator has made "
                           "%2 a prosecutor here): it cannot go out. Move it back to draft and have it "
                           "approved.")
                .arg(request.reference, current.approver));
    return {};
}

Result<bool> Session::wroteContentSinceLastApproval(const QString& requestId) {
    AuditFilter filter;
    filter.object = requestObject(requestId);
    auto entries = AuditTrail(database()).entries(filter);
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

Status Session::saveCase(const Case& kase, bool isNew) {
    if (auto st = require(Action::EditContent); !st)
        return st;
    return inTransaction([&]() -> Status {
        CaseRepository repository(database());
        if (auto st = isNew ? repository.insert(kase) : repository.update(kase); !st)
            return st;
        return record(isNew ? QStringLiteral("create") : QStringLiteral("change"),
                      QStringLiteral("case:") + kase.id);
    });
}

Status Session::saveAuthority(const Authority& authority, bool isNew) {
    if (auto st = require(Action::EditContent); !st)
        return st;
    return inTransaction([&]() -> Status {
        AuthorityRepository repository(database());
        if (auto st = isNew ? repository.insert(authority) : repository.update(authority); !st)
            return st;
        return record(isNew ? QStringLiteral("create") : QStringLiteral("change"),
                      QStringLiteral("authority:") + authority.id);
    });
}

Status Session::saveState(const State& state) {
    if (auto st = require(Action::EditContent); !st)
        return st;
    return inTransaction([&]() -> Status {
        if (auto st = StateRepository(database()).save(state); !st)
            return st;
        return record(QStringLiteral("change"), QStringLiteral("state:") + state.code);
    });
}

Result<ImportSummary> Session::importData(InterchangeData data,
                                          const std::function<void(int, int)>& progress) {
    if (auto st = require(Action::Import); !st)
        return st.error();
    auto empty = database().queryInt(
        QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM requests) AND NOT EXISTS (SELECT 1 FROM cases) "
                       "AND NOT EXISTS (SELECT 1 FROM authorities)"));
    if (!empty)
        return empty.error();
    const ImportKind kind =
        ImportPolicy::kindFor(m_user.roles.contains(roles::kAdministrator), empty.value() != 0);
    const ImportAdjustments adjustments = ImportPolicy::apply(data, kind, user());
    const QString adjusted = ImportPolicy::describe(adjustments);
    // The import's own transaction holds the audit entries too; no
    // transaction around it (see RegisterExchange::importAll on memory).
    auto imported =
        RegisterExchange::importAll(database(), data, progress, [&](const ImportSummary& summary) -> Status {
            QString detail =
                QStringLiteral("%1: %2 requests, %3 cases, %4 authorities, %5 states")
                    .arg(kind == ImportKind::Restore ? QStringLiteral("restore") : QStringLiteral("new work"))
                    .arg(summary.requests)
                    .arg(summary.cases)
                    .arg(summary.authorities)
                    .arg(summary.states);
            if (!adjusted.isEmpty())
                detail += QStringLiteral("; ") + adjusted;
            if (auto st = record(QStringLiteral("import"), QStringLiteral("register"), detail); !st)
                return st;
            // Each approval a restore carries, as imported: who, when, not given here.
            for (auto it = data.accountability.cbegin(); it != data.accountability.cend(); ++it)
                for (const Approval& a : it->approvals)
                    if (auto st =
                            record(QStringLiteral("approval-imported"), requestObject(it.key()),
                                   QStringLiteral("approved by %1 at %2%3, as the restored file records it")
                                       .arg(a.approver, utcText(a.at),
                                            a.isCurrent() ? QString()
                                                          : QStringLiteral(", withdrawn at %1 by %2")
                                                                .arg(utcText(a.withdrawnAt), a.withdrawnBy)));
                        !st)
                        return st;
            return {};
        });
    if (!imported)
        return imported;
    imported->restored = kind == ImportKind::Restore;
    imported->adjustments = adjusted;
    return imported;
}

Result<InterchangeData> Session::exportData() {
    if (auto st = require(Action::Export); !st)
        return st.error();
    auto data = RegisterExchange::exportAll(database());
    if (!data)
        return data;
    if (auto st = record(QStringLiteral("export"), QStringLiteral("register"),
                         QStringLiteral("%1 requests").arg(data->requests.size()));
        !st)
        return st.error();
    return data;
}

Result<QList<UserRecord>> Session::users() {
    if (!can(Action::ManageUsers) && !can(Action::ReadAudit))
        return require(Action::ManageUsers).error();
    return UserDirectory(database()).all();
}

Status Session::requireAdministratorLeft(const QString& name, const QStringList& newRoles) {
    auto admins = UserDirectory(database()).countWithRole(roles::kAdministrator);
    if (!admins)
        return admins.error();
    auto current = UserDirectory(database()).find(name);
    if (!current)
        return current.error();
    if (current->roles.contains(roles::kAdministrator) && !newRoles.contains(roles::kAdministrator) &&
        admins.value() <= 1)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("%1 is the last administrator of this register; make "
                                        "someone else an administrator first.")
                             .arg(name));
    return {};
}

Status Session::addUser(const QString& name, const QStringList& userRoles, const SecureBytes& passphrase,
                        KdfCost cost) {
    if (auto st = require(Action::ManageUsers); !st)
        return st;
    if (name.trimmed().isEmpty() || name.contains(QLatin1Char('\t')) || name.contains(QLatin1Char('\n')))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A user needs a name on one line."));
    if (UserDirectory(database()).find(name) || m_register.keySlots().users().contains(name))
        return makeError(ErrorCode::Conflict, QStringLiteral("There is already a user \"%1\".").arg(name));
    auto tx = Transaction::begin(database());
    if (!tx)
        return tx.error();
    if (auto st = UserDirectory(database()).save({name, userRoles, false, QDateTime::currentDateTimeUtc()});
        !st)
        return st;
    if (auto st = record(QStringLiteral("user-added"), QStringLiteral("user:") + name,
                         QStringLiteral("roles: %1").arg(userRoles.join(u", ")));
        !st)
        return st;
    // The key slot last: if it cannot be written, the transaction rolls back.
    if (auto st = m_register.addUserSlot(name, passphrase, cost); !st)
        return st;
    if (auto st = tx.value()->commit(); !st) {
        const Status undone = m_register.removeUserSlot(name);
        Q_UNUSED(undone);
        return st;
    }
    return {};
}

Status Session::removeUser(const QString& name) {
    if (auto st = require(Action::ManageUsers); !st)
        return st;
    if (auto st = requireAdministratorLeft(name, {}); !st)
        return st;
    auto tx = Transaction::begin(database());
    if (!tx)
        return tx.error();
    if (auto st = UserDirectory(database()).remove(name); !st)
        return st;
    if (auto st = record(QStringLiteral("user-removed"), QStringLiteral("user:") + name); !st)
        return st;
    if (auto st = m_register.removeUserSlot(name); !st)
        return st;
    return tx.value()->commit();
}

Status Session::setRoles(const QString& name, const QStringList& userRoles, bool contentAccess) {
    if (auto st = require(Action::ManageUsers); !st)
        return st;
    if (auto st = requireAdministratorLeft(name, userRoles); !st)
        return st;
    auto current = UserDirectory(database()).find(name);
    if (!current)
        return current.error();
    return inTransaction([&]() -> Status {
        if (auto st = UserDirectory(database()).save({name, userRoles, contentAccess, current->createdAt});
            !st)
            return st;
        if (name == user())
            m_user.roles = userRoles, m_user.contentAccess = contentAccess;
        return record(QStringLiteral("roles-changed"), QStringLiteral("user:") + name,
                      QStringLiteral("roles: %1%2")
                          .arg(userRoles.join(u", "),
                               contentAccess ? QStringLiteral("; content access granted") : QString()));
    });
}

Status Session::changeOwnPassphrase(const SecureBytes& current, const SecureBytes& next, KdfCost cost) {
    if (auto st = m_register.verifyPassphrase(user(), current); !st)
        return makeError(ErrorCode::WrongPassphrase,
                         QStringLiteral("The current passphrase is wrong; nothing was changed."));
    if (auto st = m_register.setUserPassphrase(user(), next, cost); !st)
        return st;
    return record(QStringLiteral("passphrase-changed"), QStringLiteral("user:") + user());
}

Status Session::resetAccess(const QString& name, const SecureBytes& passphrase, KdfCost cost) {
    if (auto st = require(Action::ManageUsers); !st)
        return st;
    if (auto st = m_register.setUserPassphrase(name, passphrase, cost); !st)
        return st;
    return record(QStringLiteral("access-reset"), QStringLiteral("user:") + name);
}

Result<QList<AuditEntry>> Session::auditEntries(const AuditFilter& filter, int limit) {
    if (auto st = require(Action::ReadAudit); !st)
        return st.error();
    return AuditTrail(database()).entries(filter, limit);
}

Result<AuditVerification> Session::verifyAudit() {
    if (auto st = require(Action::ReadAudit); !st)
        return st.error();
    return AuditTrail(database()).verify();
}

} // namespace mladesk
