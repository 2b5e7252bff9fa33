#pragma once

#include "error/Result.h"
#include "security/KdfCost.h"
#include "security/KeySlots.h"
#include "security/SecureBytes.h"

#include <QString>
#include <functional>
#include <memory>

class QObject;

namespace mladesk {

class Register;
class Workspace;

// The front door to one register for the window, the CLI and the bench:
// finding, creating and loading it, unlocking it (services/UnlockPolicy),
// signing its user in (the Workspace, which lives until lock()),
// remembering it on this computer, and locking it. Front ends hold this and
// never the storage behind it (docs/decisions.md "One application layer").
class RegisterAccess {
public:
    // The user's default register, or MLADESK_REGISTER when set.
    static QString defaultLocation();
    static bool exists(const QString& folder);
    // The register in folder, locked.
    static Result<std::unique_ptr<RegisterAccess>> load(const QString& folder);
    // A new register with its first user, unlocked. Refuses to overwrite.
    // Slow (Argon2id): safe on a worker thread.
    static Result<std::unique_ptr<RegisterAccess>> create(const QString& folder, const QString& user,
                                                          const SecureBytes& passphrase, KdfCost cost);
    // Around a register already in hand (core tools and tests); the second
    // leaves it to its owner, who keeps it beyond this.
    explicit RegisterAccess(std::unique_ptr<Register> reg);
    explicit RegisterAccess(Register& reg);
    // Locks (recording the lock) if still unlocked.
    ~RegisterAccess();
    RegisterAccess(const RegisterAccess&) = delete;
    RegisterAccess& operator=(const RegisterAccess&) = delete;

    QString name() const;
    QString folder() const;
    QString registerId() const;
    // The users who can unlock it (their key slots, as the file holds them
    // now: a user added elsewhere is there); readable while locked.
    QStringList users() const;
    bool isUnlocked() const;
    // Whether a key of this computer's keychain opens it ("remember on this computer").
    bool isRemembered() const;

    // The unlocking user's workspace: started on the first call after an
    // unlock (which records the unlock), the same one until lock().
    Result<Workspace*> signIn();
    // The workspace signed in, or nullptr.
    Workspace* workspace() const { return m_workspace.get(); }
    // Ends the workspace (records the lock), then locks: the key is wiped.
    void lock();
    // Ends the workspace as lock() does, recorded as a lock, but leaves the
    // register open for the next sign-in: for work done on a worker thread
    // (a sandbox filled) before the window signs in on its own thread.
    void signOut();

    // Remembers the register on this computer (a new key in the system
    // keychain, then a device key slot for it) or forgets it. Done or refused,
    // the attempt goes into the audit trail at the next sign-in. done() gets
    // an empty string, or what went wrong in words for the user.
    void setRemembered(bool remember, QObject* context, std::function<void(QString problem)> done);
    // Forgets it without unlocking: the device key slots go, then the
    // keychain's key. An error when the key-slot file cannot be written; else
    // what the keychain said when it could not remove its key (empty: done).
    Result<QString> forgetOnThisComputer();
    // A device key slot whose secret the caller keeps (the benchmark's
    // "remembered" register, without a keychain); needs the register unlocked.
    Result<SecureBytes> addDeviceKey();
    // Unlocks with such a secret, checking the register's integrity.
    Status unlockWithDeviceKey(const SecureBytes& secret);
    // The same in two steps, for the benchmark's timings: the master key
    // from the secret, then the open with it (checkIntegrityLater: the
    // caller checks the database beside, as the window does).
    Result<KeySlots::Unwrapped> deviceKey(const SecureBytes& secret) const;
    Status unlockWithKey(KeySlots::Unwrapped key, bool checkIntegrityLater);

private:
    // The local register behind, for the unlock policy only.
    friend class UnlockPolicy;
    Register& localRegister() { return *m_register; }

    std::unique_ptr<Register> m_owned;
    Register* m_register;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace mladesk
