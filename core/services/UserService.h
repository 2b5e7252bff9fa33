#pragma once

#include "error/Result.h"
#include "repositories/UserRepository.h"
#include "security/KdfCost.h"
#include "security/SecureBytes.h"

#include <QStringList>

namespace mladesk {

class ServiceGuard;
class Storage;

// Users of the register: their roles (the users table) and their credentials
// (Storage::credentials(), the key slots), kept in step. Every action passes
// the ServiceGuard (role, transaction, audit) and announces Change::Users.
class UserService {
public:
    explicit UserService(ServiceGuard& guard)
        : m_guard(guard) {}

    // For administrators, and for auditors (the trail names users).
    Result<QList<UserRecord>> users();
    // A new user with roles and a passphrase of their own (ManageUsers).
    Status add(const QString& name, const QStringList& roles, const SecureBytes& passphrase, KdfCost cost);
    Status remove(const QString& name);
    // contentAccess: an auditor granted sight of case content.
    Status setRoles(const QString& name, const QStringList& roles, bool contentAccess = false);
    // The signed-in user's own passphrase, confirmed by the current one.
    Status changeOwnPassphrase(const SecureBytes& current, const SecureBytes& next, KdfCost cost);
    // An administrator gives a user who lost their passphrase a new one.
    Status resetAccess(const QString& name, const SecureBytes& passphrase, KdfCost cost);

private:
    // Refuses to take the administrator role from the last administrator.
    static Status requireAdministratorLeft(Storage& storage, const QString& name,
                                           const QStringList& newRoles);

    ServiceGuard& m_guard;
};

} // namespace mladesk
