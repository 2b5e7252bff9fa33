#include "Workspace.h"

#include "error/CoreText.h"
#include "repositories/AuditRepository.h"
#include "repositories/Storage.h"
#include "services/AuditService.h"
#include "services/BackupService.h"
#include "services/ChangeEvents.h"
#include "services/DeadlineService.h"
#include "services/ExchangeService.h"
#include "services/ReferenceService.h"
#include "services/RegisterReader.h"
#include "services/RequestService.h"
#include "services/RetentionService.h"
#include "services/ServiceGuard.h"
#include "services/Session.h"
#include "services/ShippedStates.h"
#include "services/TranslationService.h"
#include "services/TrustService.h"
#include "services/UserService.h"
#include "storage/SqlCipherStorage.h"

#include <algorithm>

namespace mladesk {

Result<std::unique_ptr<Workspace>> Workspace::start(Register& reg) {
    auto storage = std::make_unique<SqlCipherStorage>(reg);
    auto user = signIn(*storage);
    if (!user)
        return user.error();
    auto session = std::make_unique<Session>(std::move(user.value()), storage->credentials());
    return std::unique_ptr<Workspace>(new Workspace(std::move(storage), std::move(session)));
}

Result<UserRecord> Workspace::signIn(Storage& storage) {
    if (!storage.isOpen())
        return makeError(ErrorCode::Locked, text::Services::tr("Unlock the register first."));
    const QString name = storage.openedBy();
    auto all = storage.users().all();
    if (!all)
        return all.error();
    const auto found =
        std::find_if(all->begin(), all->end(), [&](const UserRecord& u) { return u.name == name; });
    auto tx = storage.begin();
    if (!tx)
        return tx.error();
    AuditRepository& audit = storage.audit();
    UserRecord user;
    if (found != all->end()) {
        user = *found;
    } else if (all->isEmpty()) {
        // The first user of a register administers it and works in it.
        user = {
            name, {roles::kAdministrator, roles::kLiaisonOfficer}, false, QDateTime::currentDateTimeUtc()};
        if (auto st = storage.users().save(user); !st)
            return st.error();
        if (auto st =
                audit.append(user.name, QStringLiteral("user-added"), QStringLiteral("user:") + user.name,
                             QStringLiteral("roles: %1 (first user)").arg(user.roles.join(u", ")));
            !st)
            return st.error();
        // A new register lists the states MLA Desk knows from the start.
        auto states = addShippedStates(storage);
        if (!states)
            return states.error();
        if (states.value() > 0)
            if (auto st = audit.append(
                    user.name, QStringLiteral("states-added"), QStringLiteral("register"),
                    QStringLiteral("%1 states from MLA Desk's state profiles").arg(states.value()));
                !st)
                return st.error();
    } else {
        return makeError(ErrorCode::Forbidden,
                         text::Services::tr("\"%1\" has a key slot but no role in this "
                                            "register. Ask an administrator to give you "
                                            "one.")
                             .arg(name));
    }
    // Failed unlocks came before this unlock; what was done to the key slots
    // at unlock ("remember on this computer", done or refused), after it.
    const QList<PendingAuditNote> notes = storage.pendingAuditNotes();
    const auto isFailedUnlock = [](const PendingAuditNote& n) {
        return n.action == QLatin1String("unlock-failed");
    };
    for (const PendingAuditNote& note : notes)
        if (isFailedUnlock(note))
            if (auto st = audit.append(note.user, note.action, QStringLiteral("register"), note.detail); !st)
                return st.error();
    if (auto st = audit.append(user.name, QStringLiteral("unlock"), QStringLiteral("register")); !st)
        return st.error();
    for (const PendingAuditNote& note : notes)
        if (!isFailedUnlock(note))
            if (auto st = audit.append(note.user, note.action, QStringLiteral("register"), note.detail); !st)
                return st.error();
    if (auto st = tx.value()->commit(); !st)
        return st.error();
    // Only now that they are in the committed trail.
    storage.forgetPendingAuditNotes();
    return user;
}

Workspace::Workspace(std::unique_ptr<Storage> storage, std::unique_ptr<Session> session)
    : m_storage(std::move(storage))
    , m_session(std::move(session))
    , m_events(std::make_unique<ChangeEvents>())
    , m_guard(std::make_unique<ServiceGuard>(*m_session, *m_storage, *m_events))
    , m_requests(std::make_unique<RequestService>(*m_guard))
    , m_references(std::make_unique<ReferenceService>(*m_guard))
    , m_deadlines(std::make_unique<DeadlineService>(*m_guard))
    , m_retention(std::make_unique<RetentionService>(*m_guard))
    , m_translations(std::make_unique<TranslationService>(*m_guard))
    , m_trust(std::make_unique<TrustService>(*m_guard))
    , m_users(std::make_unique<UserService>(*m_guard))
    , m_audit(std::make_unique<AuditService>(*m_guard))
    , m_exchange(std::make_unique<ExchangeService>(*m_guard))
    , m_backups(std::make_unique<BackupService>(*m_guard)) {
}

Workspace::~Workspace() = default;

bool Workspace::isOpen() const {
    return m_storage->isOpen();
}

Result<std::shared_ptr<RegisterReader>> Workspace::openReader() {
    auto storage = m_storage->openReader();
    if (!storage)
        return storage.error();
    RegisterReader::User user{m_session->user(), m_session->roles(), false};
    // What the roles alone do not allow but the session does: content an
    // administrator granted an auditor.
    user.contentGranted = m_session->can(Action::ViewContent) && !allows(user.roles, Action::ViewContent);
    return std::make_shared<RegisterReader>(std::move(storage.value()), std::move(user));
}

void Workspace::end() {
    // Locking goes ahead regardless: the key must go.
    const Status recorded = m_guard->inTransaction([&](ActionScope& scope) -> Status {
        return scope.audit(QStringLiteral("lock"), QStringLiteral("register"));
    });
    Q_UNUSED(recorded);
}

} // namespace mladesk
