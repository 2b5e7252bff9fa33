#pragma once

#include "error/Result.h"
#include "security/KdfCost.h"
#include "security/SecureBytes.h"

#include <QStringList>
#include <QVariant>
#include <functional>

namespace mladesk {

// What lets each user open the register: one credential per user, checked by
// their passphrase (a key slot of the local register; an account of a shared
// one). Kept beside the users table, not in it: the users table says what
// someone may do, this says that they are who they say. Checking and writing a
// passphrase is slow (Argon2id) and touches no database: verify() may run on a
// worker thread.
// A passphrase made into a credential before it is stored: the slow half of
// writing one (Argon2id), done without the database by a CredentialSealer, so
// that the window runs it on a worker thread and only the quick store runs on
// its own. Opaque: the back end's own form (a key slot of the local register).
struct PreparedCredential {
    QString user;
    QVariant sealed;
};

// Makes prepared credentials. It holds what it needs (a copy of the
// register's key), so it may run on any thread, after the call that made it.
using CredentialSealer = std::function<Result<PreparedCredential>(
    const QString& user, const SecureBytes& passphrase, KdfCost cost)>;

class Credentials {
public:
    virtual ~Credentials() = default;

    // The users who have a credential.
    virtual QStringList users() const = 0;
    // Needs the register unlocked.
    virtual Result<CredentialSealer> sealer() const = 0;
    // Stores a prepared credential for a new user.
    virtual Status add(const PreparedCredential& credential) = 0;
    // A new passphrase for a user who has one (their own change, or an administrator's reset).
    virtual Status change(const PreparedCredential& credential) = 0;
    virtual Status remove(const QString& user) = 0;
    // Whether the passphrase is the user's (a wrong one fails with WrongPassphrase).
    virtual Status verify(const QString& user, const SecureBytes& passphrase) const = 0;
};

} // namespace mladesk
