#pragma once

#include "error/Result.h"
#include "repositories/Backup.h"
#include "security/SecureBytes.h"

#include <memory>

namespace mladesk {

class ServiceGuard;

// Backups of the whole register (docs/backups.md) through the ServiceGuard:
// who may make one (Action::BackUp), and the audit trail of each backup
// made and of the restore a register came from.
class BackupService {
public:
    explicit BackupService(ServiceGuard& guard)
        : m_guard(guard) {}

    // Checks the role; the copier then runs on any thread (the window's
    // worker, the CLI's own). Record what it wrote with recordBackup.
    Result<std::unique_ptr<BackupCopier>> copier();
    // The audit entry "backup": file name, size, SHA-256, requests.
    Status recordBackup(const BackupFacts& facts);
    // In a register just restored: the audit entry "restore", naming the
    // backup (its SHA-256 and when it was taken). Any user who could unlock
    // the copy may record it.
    Status recordRestore(const BackupFacts& facts);

    // What a backup file holds, checked against its backup.json; no
    // passphrase needed (storage/RegisterBackup::inspect).
    static Result<BackupFacts> inspect(const QString& file);
    // Restores file into the new folder to with the passphrase of any of its
    // users (storage/RegisterBackup::restore), records "restore" in the
    // copy's trail as that user, and leaves it locked. The facts of the
    // backup, with file as given.
    static Result<BackupFacts> restore(const QString& file, const QString& to, const SecureBytes& passphrase,
                                       const QString& user = {});

private:
    ServiceGuard& m_guard;
};

} // namespace mladesk
