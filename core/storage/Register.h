#pragma once

#include "error/Result.h"
#include "repositories/Credentials.h"
#include "security/KdfCost.h"
#include "security/KeySlots.h"
#include "security/SecureBytes.h"
#include "storage/IntegrityCheck.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
namespace mladesk {

class Database;

// A register: the folder NAME.mladesk/ with the SQLCipher database, the
// key-slot file, attachments/ and backups/. Loaded locked; unlocking derives
// the master key from a key slot and opens the database with it; locking
// closes the database and zeroes the key.
class Register {
public:
    ~Register();
    Register(const Register&) = delete;
    Register& operator=(const Register&) = delete;

    // The user's default register, or MLADESK_REGISTER when set.
    static QString defaultLocation();
    static bool exists(const QString& folder);

    // Creates a new register, unlocked, with one user. Refuses to overwrite.
    static Result<std::unique_ptr<Register>> create(const QString& folder, const QString& user,
                                                    const SecureBytes& passphrase, KdfCost cost,
                                                    int schemaVersion = -1);
    // Reads the key slots; the register stays locked.
    static Result<std::unique_ptr<Register>> load(const QString& folder);

    // Slow (Argon2id), safe to run on a worker thread. A wrong passphrase is
    // noted (time and user name only) in the user's data folder, for the
    // audit trail; the register's files stay untouched.
    Result<KeySlots::Unwrapped> deriveMasterKey(const SecureBytes& passphrase,
                                                const QString& user = {}) const;
    Result<KeySlots::Unwrapped> deriveMasterKeyFromDevice(const SecureBytes& deviceSecret) const;
    // Opens the database with the key, checks its integrity (at unlock, or
    // leaves that to the caller: IntegrityCheck), migrates it.
    Status unlockWithMasterKey(KeySlots::Unwrapped unlocked, int schemaVersion = -1,
                               IntegrityCheck check = IntegrityCheck::AtUnlock);
    Status unlock(const SecureBytes& passphrase, const QString& user = {});
    void lock();
    bool isUnlocked() const { return m_database != nullptr; }
    // Whose key slot unlocked the register.
    QString user() const { return m_user; }

    // Key slots of users (need the register unlocked). Changing a passphrase
    // rewrites the key-slot file only; the database is never re-encrypted.
    Status addUserSlot(const QString& user, const SecureBytes& passphrase, KdfCost cost);
    // Makes passphrase slots for this register off the caller's thread: holds
    // a copy of the key slots and of the master key (needs the register unlocked).
    Result<CredentialSealer> passphraseSealer() const;
    // Adds, or swaps in for its user, a slot the sealer made.
    Status addPreparedSlot(const PreparedCredential& credential);
    Status replacePreparedSlot(const PreparedCredential& credential);
    Status setUserPassphrase(const QString& user, const SecureBytes& passphrase, KdfCost cost);
    Status removeUserSlot(const QString& user);
    // Checks a user's passphrase (a prosecutor confirming an approval).
    Status verifyPassphrase(const QString& user, const SecureBytes& passphrase) const;

    // Failed unlocks noted since the last successful one: "time<TAB>user"
    // lines. Forgotten only once they are in the audit trail (committed).
    QStringList failedUnlocks() const;
    void forgetFailedUnlocks() const;

    // What was done to the key slots before a session could record it
    // ("remember on this computer" at unlock, done or refused): the next
    // sign-in (Workspace::start) writes these to the audit trail after the unlock.
    struct AuditNote {
        QString user;
        QString action;
        QString detail;
    };
    void noteForAudit(const QString& action, const QString& detail = {});
    QList<AuditNote> auditNotes() const { return m_auditNotes; }
    void clearAuditNotes() { m_auditNotes.clear(); }

    // Adds a device slot for "remember on this computer"; returns the secret
    // to keep in the keychain. Needs the register unlocked.
    Result<SecureBytes> addDeviceSlot();
    // The same for a secret the keychain already holds (RememberOnThisComputer
    // stores it there first, so a keychain that refuses changes no key slot).
    Status addDeviceSlot(const SecureBytes& secret);
    Status removeDeviceSlots();

    Database& database() { return *m_database; }
    // A copy of the master key for work that outlives the call on another
    // thread (a sealer, a backup copier), zeroed when its last holder lets
    // it go; empty when locked.
    std::shared_ptr<const SecureBytes> masterKeyForWorker() const;
    // A second connection to the unlocked register, for a worker thread (WAL:
    // its reads never block the main connection's writes).
    Result<std::unique_ptr<Database>> openConnection() const;
    // The key slots as last read (the register's id, whether a device slot
    // exists). Another process (mladesk-cli users add, a second window) may
    // have changed the file since: unlocking and every change read it anew.
    const KeySlots& keySlots() const { return m_keySlots; }
    // The key slots as the file holds them now; refused when the file is
    // another register's.
    Result<KeySlots> currentKeySlots() const;
    QString folder() const { return m_folder; }
    QString name() const;
    QString databasePath() const;
    QString keySlotsPath() const;
    QString attachmentsPath() const;
    QString backupsPath() const;
    // A backup database of this register (backups/NAME/register.db), opened
    // with the master key. Read-only unless it is opened to purge: reading a
    // backup changes nothing in it (no journal mode, no -wal or -shm beside
    // it); a purge reaches into the backups that hold the data.
    enum class BackupAccess { Read, Purge };
    Result<std::unique_ptr<Database>> openBackup(const QString& path,
                                                 BackupAccess access = BackupAccess::Read) const;

private:
    Register(QString folder, KeySlots keySlots);
    // Missing, empty, foreign or damaged (database or write-ahead log), found
    // without writing anything; the schema version when whole.
    Result<int> checkBeforeWriting(const SecureBytes& masterKey, int targetVersion,
                                   IntegrityCheck check) const;
    Status backUpBeforeMigration(int fromVersion);
    // Reads the key slots from the file, applies change and saves them, under
    // a lock file, so that a change made meanwhile by another process is kept.
    Status changeKeySlots(const std::function<Status(KeySlots&)>& change);
    // The sealer's work on this thread (the one-call forms addUserSlot, setUserPassphrase).
    Result<PreparedCredential> sealNow(const QString& user, const SecureBytes& passphrase,
                                       KdfCost cost) const;
    void noteFailedUnlock(const QString& user) const;
    QString failedUnlocksPath() const;
    QString earlierFailedUnlocksPath() const;

    QString m_folder;
    KeySlots m_keySlots;
    SecureBytes m_masterKey;
    QString m_user;
    std::unique_ptr<Database> m_database;
    QList<AuditNote> m_auditNotes;
};

} // namespace mladesk
