#pragma once

#include "error/Result.h"
#include "repositories/UserRepository.h"

#include <memory>

namespace mladesk {

class AuditService;
class BackupService;
class ChangeEvents;
class DeadlineService;
class ExchangeService;
class ReferenceService;
class Register;
class RegisterReader;
class RequestService;
class RetentionService;
class ServiceGuard;
class Session;
class Storage;
class TranslationService;
class TrustService;
class UserService;

// An open register with its signed-in user: the services that the window, the
// CLI and the bench call, one per feature, all through one ServiceGuard, and
// the change events they announce. Lives from sign-in to lock.
class Workspace {
public:
    // Signs in whoever's credentials unlocked the register: the first user
    // of a register becomes its administrator; failed unlocks and what was
    // done at unlock (Storage::pendingAuditNotes) go into the audit trail
    // with the unlock, in one transaction.
    static Result<std::unique_ptr<Workspace>> start(Register& reg);
    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    // Records the lock; call before the register is locked (RegisterAccess::lock does).
    void end();

    Session& session() { return *m_session; }
    ChangeEvents& events() { return *m_events; }
    // Whether the register is still open (a lock closes it under the views).
    bool isOpen() const;
    // The read side for one background consumer (a list, the dashboard, the
    // notifier, the integrity check): a connection of its own, checked against
    // the signed-in user's roles (services/RegisterReader).
    Result<std::shared_ptr<RegisterReader>> openReader();

    RequestService& requests() { return *m_requests; }
    ReferenceService& references() { return *m_references; }
    DeadlineService& deadlines() { return *m_deadlines; }
    RetentionService& retention() { return *m_retention; }
    TranslationService& translations() { return *m_translations; }
    TrustService& trust() { return *m_trust; }
    UserService& users() { return *m_users; }
    AuditService& audit() { return *m_audit; }
    ExchangeService& exchange() { return *m_exchange; }
    BackupService& backups() { return *m_backups; }

private:
    // The user the storage was opened by, as the users table knows them;
    // records the sign-in (see start).
    static Result<UserRecord> signIn(Storage& storage);
    Workspace(std::unique_ptr<Storage> storage, std::unique_ptr<Session> session);

    std::unique_ptr<Storage> m_storage;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ChangeEvents> m_events;
    std::unique_ptr<ServiceGuard> m_guard;
    std::unique_ptr<RequestService> m_requests;
    std::unique_ptr<ReferenceService> m_references;
    std::unique_ptr<DeadlineService> m_deadlines;
    std::unique_ptr<RetentionService> m_retention;
    std::unique_ptr<TranslationService> m_translations;
    std::unique_ptr<TrustService> m_trust;
    std::unique_ptr<UserService> m_users;
    std::unique_ptr<AuditService> m_audit;
    std::unique_ptr<ExchangeService> m_exchange;
    std::unique_ptr<BackupService> m_backups;
};

} // namespace mladesk
