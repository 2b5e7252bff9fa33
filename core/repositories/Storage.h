#pragma once

#include "error/Result.h"

#include <QList>
#include <QString>
#include <functional>
#include <memory>

namespace mladesk {

class AccountabilityRepository;
class BackupCopier;
class AttachmentRepository;
class AuditRepository;
class AuthorityRepository;
class CaseRepository;
class Credentials;
class CustodyRepository;
class DeadlineRepository;
class RequestListRepository;
class RequestRepository;
class RequestTextRepository;
class RetentionRepository;
class StateProfileRepository;
class StateRepository;
class TrustRepository;
class UserRepository;
struct PurgePlan;
struct PurgeReport;
struct ImportSummary;
struct InterchangeData;

// One transaction (or a savepoint inside one already open); rolls back
// unless committed.
class StorageTransaction {
public:
    virtual ~StorageTransaction() = default;
    virtual Status commit() = 0;
};

// Something done to the register before anyone was signed in (a failed
// unlock, "remember on this computer"), for the audit trail at sign-in.
struct PendingAuditNote {
    QString user;
    QString action;
    QString detail;
};

// Where one register keeps its records: the repositories, one per aggregate,
// and transactions over them. The services reach storage only through this
// (docs/decisions.md "One application layer"); storage/SqlCipherStorage is
// the local encrypted register. Repositories live as long as the storage and
// use its one connection: one thread at a time.
class Storage {
public:
    virtual ~Storage() = default;

    virtual Result<std::unique_ptr<StorageTransaction>> begin() = 0;
    virtual bool isOpen() const = 0;

    // Who opened the register (whose credentials unlocked it), and what was
    // noted before a session could record it.
    virtual QString openedBy() const = 0;
    virtual QList<PendingAuditNote> pendingAuditNotes() const = 0;
    // Called once the notes are in the committed audit trail.
    virtual void forgetPendingAuditNotes() = 0;

    // A second, read-only connection to the same register, with repositories
    // of its own, for reads on another thread (services/RegisterReader): it
    // does not wait for this one's writes, and lives on after this storage
    // is locked until its holder lets it go. Fails when the register is
    // locked or cannot be opened again.
    virtual Result<std::unique_ptr<Storage>> openReader() = 0;
    // The register's own check that its records are intact (ErrorCode::Damaged
    // when not). Slow on a large register: run it on a reader.
    virtual Status checkIntegrity() = 0;
    // Stops the read or check running on this storage's connection; it fails
    // with an interruption. The one call that may come from another thread.
    virtual void interrupt() = 0;

    virtual RequestRepository& requests() = 0;
    virtual RequestListRepository& requestList() = 0;
    virtual RequestTextRepository& requestTexts() = 0;
    // Drafters and approvals (four eyes).
    virtual AccountabilityRepository& accountability() = 0;
    virtual DeadlineRepository& deadlines() = 0;
    virtual RetentionRepository& retention() = 0;
    virtual AttachmentRepository& attachments() = 0;
    // After a purge's transaction has committed: what is left of the purged
    // data outside the records (the attachment files, the write-ahead log,
    // the register's backups). Never fails half-silently: problems are listed.
    virtual PurgeReport destroyRemains(const PurgePlan& plan) = 0;
    virtual TrustRepository& trust() = 0;
    virtual CustodyRepository& custody() = 0;
    virtual StateProfileRepository& stateProfiles() = 0;
    virtual StateRepository& states() = 0;
    virtual AuthorityRepository& authorities() = 0;
    virtual CaseRepository& cases() = 0;
    virtual UserRepository& users() = 0;
    // Who may open the register, checked by passphrase (key slots; services/UserService).
    virtual Credentials& credentials() = 0;
    // The register's own identifier (anchors of its audit trail name it).
    virtual QString registerId() const = 0;
    virtual AuditRepository& audit() = 0;

    // Bulk, in the interchange format (services/ExchangeService). Whether the
    // register holds no request, case or authority (an import into it may be
    // a restore).
    virtual Result<bool> holdsNoRecords() = 0;
    // Everything in, checked against the register first, all or nothing in
    // a transaction of its own; beforeCommit runs inside it (the audit
    // entries). Not inside another transaction: see RegisterExchange::importAll.
    virtual Result<ImportSummary>
    importAll(const InterchangeData& data, const std::function<void(int, int)>& progress,
              const std::function<Status(const ImportSummary&)>& beforeCommit) = 0;
    virtual Result<InterchangeData> exportAll() = 0;

    // A copier of the whole register into one encrypted backup file
    // (repositories/Backup.h), to run on another thread. Refused on a reader.
    virtual Result<std::unique_ptr<BackupCopier>> backupCopier() = 0;
};

} // namespace mladesk
