#pragma once

#include "error/Result.h"
#include "repositories/Backup.h"
#include "security/SecureBytes.h"

#include <memory>

namespace mladesk {

class Register;

// Backups of a local register in one file (docs/backups.md): a tar archive
// (storage/BackupArchive) of a consistent copy of register.db taken with
// SQLite's online backup API while the register stays open, the key slots
// (without "remember on this computer" slots: a backup opens with a user's
// passphrase only), the encrypted attachments its records hold keys for,
// and backup.json. Everything in it was encrypted already; nothing is
// decrypted to make it.
class RegisterBackup {
public:
    // A copier for the unlocked register (Storage::backupCopier): it holds a
    // connection of its own and a copy of the master key, and runs on any
    // thread, also after the register locks.
    static Result<std::unique_ptr<BackupCopier>> copier(Register& reg);

    // What a backup file says it holds, after checking every file in it
    // against its backup.json (sizes and SHA-256). Needs no passphrase and
    // proves nothing about the passphrase; ErrorCode::Damaged when the file
    // is not a whole backup.
    static Result<BackupFacts> inspect(const QString& file);

    // Restores file into the folder to, which must not exist (a restore never
    // overwrites a register): unpacked beside it, checked against
    // backup.json, unlocked with user's passphrase (any user of the
    // register), integrity-checked and migrated like any register, and only
    // then given its name. Nothing is left under to when it fails. The
    // restored register comes back unlocked, for its audit entry.
    struct Restored {
        BackupFacts facts;
        std::unique_ptr<Register> reg;
    };
    static Result<Restored> restore(const QString& file, const QString& to, const SecureBytes& passphrase,
                                    const QString& user = {});
};

} // namespace mladesk
