#pragma once

#include "access/Role.h"
#include "error/Result.h"
#include "repositories/UserRepository.h"
#include "security/SecureBytes.h"

namespace mladesk {

class Credentials;

// Proof that the session's user has just typed their passphrase. Only a
// Session makes one; approving takes one instead of checking the passphrase
// itself, so the slow check can run on a worker thread without the database.
class Authentication {
public:
    QString user() const { return m_user; }

private:
    friend class Session;
    explicit Authentication(QString user)
        : m_user(std::move(user)) {}
    QString m_user;
};

// Who is signed in: their name, roles and content access, as the users table
// had them at sign-in (Workspace::start) and as UserService changes them.
// The services ask it what the user may do (access/Role); the ServiceGuard
// refuses the rest. It holds no register: whether one is open is the
// guard's check.
class Session {
public:
    Session(UserRecord user, const Credentials& credentials)
        : m_user(std::move(user))
        , m_credentials(credentials) {}

    QString user() const { return m_user.name; }
    QStringList roles() const { return m_user.roles; }
    bool contentAccess() const { return m_user.contentAccess; }
    bool can(Action action) const;
    // Forbidden, naming the user, their roles and the action, unless they may.
    Status require(Action action) const;
    // The signed-in user's roles changed (services/UserService, once committed).
    void setRoles(const QStringList& roles, bool contentAccess);

    // Proves that the signed-in user has just typed their passphrase (slow,
    // Argon2id, touches no database: safe on a worker thread). Approval
    // takes the proof (services/RequestService::approve).
    Result<Authentication> authenticate(const SecureBytes& passphrase) const;

private:
    UserRecord m_user;
    const Credentials& m_credentials;
};

} // namespace mladesk
