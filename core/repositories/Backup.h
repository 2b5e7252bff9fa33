#pragma once

#include "error/Result.h"

#include <QDateTime>
#include <QString>
#include <functional>

namespace mladesk {

// The file name ending of register backups (docs/backups.md).
inline constexpr char kBackupSuffix[] = ".mladesk-backup";

// What a register backup holds (docs/backups.md), as written or as read
// back from its backup.json.
struct BackupFacts {
    QString file;       // the backup file's path
    QString sha256;     // of the whole file, lower-case hex
    qint64 bytes = 0;   // the file's size
    QString registerId; // the register it is a copy of
    QString registerName;
    QDateTime takenAt; // UTC
    QString takenBy;   // the user who made it
    int schemaVersion = 0;
    qint64 requests = 0;
    int attachments = 0;
    QStringList users; // who can restore it (their key slots are in it)
};

// done and total in bytes (total 0 while not known); return false to stop.
using BackupProgress = std::function<bool(qint64 done, qint64 total)>;

// Makes a consistent, encrypted copy of an open register in one file, on
// any thread (Storage::backupCopier, storage/RegisterBackup). It reads
// through a connection of its own: the register stays in use meanwhile.
class BackupCopier {
public:
    virtual ~BackupCopier() = default;
    // Writes out (never over an existing file), verifies what it wrote, and
    // leaves nothing under out's name when it fails.
    virtual Result<BackupFacts> write(const QString& out, const BackupProgress& progress = {}) = 0;
};

} // namespace mladesk
