#pragma once

#include "error/Result.h"
#include "repositories/Credentials.h"
#include "repositories/UserRepository.h"
#include "security/KdfCost.h"
#include "security/SecureBytes.h"

#include <QStringList>

namespace mladesk {

class Authentication;
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
    // The slow half of add, resetAccess and changeOwnPassphrase (Argon2id,
    // no database): the window runs the sealer on a worker thread, then
    // calls the variant that takes the prepared credential. Anyone signed in
    // may have one (for their own passphrase); storing is what is guarded.
    Result<CredentialSealer> sealer();

    // A new user with roles and a passphrase of their own (ManageUsers).
    Status add(const QString& name, const QStringList& roles, const SecureBytes& passphrase, KdfCost cost);
    Status add(const QString& name, const QStringList& roles, const PreparedCredential& credential);
    Status remove(const QString& name);
    // contentAccess: an auditor granted sight of case content.
    Status setRoles(const QString& name, const QStringList& roles, bool contentAccess = false);
    // The signed-in user's own passphrase, confirmed by the current one
    // (proof: Session::authenticate, also slow, on the worker thread too).
    Status changeOwnPassphrase(const SecureBytes& current, const SecureBytes& next, KdfCost cost);
    Status changeOwnPassphrase(const Authentication& proof, const PreparedCredential& next);
    // An administrator gives a user who lost their passphrase a new one.
    Status resetAccess(const QString& name, const SecureBytes& passphrase, KdfCost cost);
    Status resetAccess(const QString& name, const PreparedCredential& credential);

private:
    // Refuses to take the administrator role from the last administrator.
    static Status requireAdministratorLeft(Storage& storage, const QString& name,
                                           const QStringList& newRoles);
    // Seals passphrase for name with the current sealer (the slow part, on this thread).
    Result<PreparedCredential> seal(const QString& name, const SecureBytes& passphrase, KdfCost cost);

    ServiceGuard& m_guard;
};

} // namespace mladesk
