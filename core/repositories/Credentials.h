#pragma once

#include "error/Result.h"
#include "security/KdfCost.h"
#include "security/SecureBytes.h"

#include <QStringList>

namespace mladesk {

// What lets each user open the register: one credential per user, checked by
// their passphrase (a key slot of the local register; an account of a shared
// one). Kept beside the users table, not in it: the users table says what
// someone may do, this says that they are who they say. Checking and writing a
// passphrase is slow (Argon2id) and touches no database: verify() may run on a
// worker thread.
class Credentials {
public:
    virtual ~Credentials() = default;

    // The users who have a credential.
    virtual QStringList users() const = 0;
    virtual Status add(const QString& user, const SecureBytes& passphrase, KdfCost cost) = 0;
    // A new passphrase for a user who has one (their own change, or an administrator's reset).
    virtual Status change(const QString& user, const SecureBytes& passphrase, KdfCost cost) = 0;
    virtual Status remove(const QString& user) = 0;
    // Whether the passphrase is the user's (a wrong one fails with WrongPassphrase).
    virtual Status verify(const QString& user, const SecureBytes& passphrase) const = 0;
};

} // namespace mladesk
