#pragma once

#include "repositories/Storage.h"

namespace mladesk {

class Database;
class Register;
class SqlCipherAccountabilityRepository;
class SqlCipherAttachmentRepository;
class SqlCipherAuditRepository;
class SqlCipherAuthorityRepository;
class SqlCipherCaseRepository;
class SqlCipherCustodyRepository;
class SqlCipherDeadlineRepository;
class SqlCipherRequestListRepository;
class SqlCipherRequestRepository;
class SqlCipherRequestTextRepository;
class SqlCipherRetentionRepository;
class SqlCipherStateProfileRepository;
class SqlCipherStateRepository;
class SqlCipherTrustRepository;
class SqlCipherUserRepository;

// The local encrypted register (storage/Register, SQLCipher) as a Storage:
// its repositories on the register's one connection, created when first
// asked for and kept while the register is open. openReader() gives another
// SqlCipherStorage on a read-only connection of its own, which keeps no
// reference to the Register (a worker may still hold it after the lock).
class SqlCipherStorage final : public Storage {
public:
    explicit SqlCipherStorage(Register& reg);
    ~SqlCipherStorage() override;

    Result<std::unique_ptr<StorageTransaction>> begin() override;
    bool isOpen() const override;
    QString openedBy() const override;
    QList<PendingAuditNote> pendingAuditNotes() const override;
    void forgetPendingAuditNotes() override;
    Result<std::unique_ptr<Storage>> openReader() override;
    Status checkIntegrity() override;
    void interrupt() override;

    RequestRepository& requests() override;
    RequestListRepository& requestList() override;
    RequestTextRepository& requestTexts() override;
    AccountabilityRepository& accountability() override;
    DeadlineRepository& deadlines() override;
    RetentionRepository& retention() override;
    AttachmentRepository& attachments() override;
    PurgeReport destroyRemains(const PurgePlan& plan) override;
    TrustRepository& trust() override;
    CustodyRepository& custody() override;
    StateProfileRepository& stateProfiles() override;
    StateRepository& states() override;
    AuthorityRepository& authorities() override;
    CaseRepository& cases() override;
    UserRepository& users() override;
    Credentials& credentials() override;
    QString registerId() const override;
    AuditRepository& audit() override;
    Result<bool> holdsNoRecords() override;
    Result<ImportSummary> importAll(const InterchangeData& data,
                                    const std::function<void(int, int)>& progress,
                                    const std::function<Status(const ImportSummary&)>& beforeCommit) override;
    Result<InterchangeData> exportAll() override;
    Result<std::unique_ptr<BackupCopier>> backupCopier() override;

    // The register behind it, for what only a local register has (key
    // slots, the attachments folder, backups).
    // Not on a reader.
    Register& registerFolder() { return *m_register; }

private:
    Database& database();
    template <typename T, typename... Args> T& lazily(std::unique_ptr<T>& slot, Args&&... args);

    // A reader: its own connection, and what it keeps of the register.
    SqlCipherStorage(std::unique_ptr<Database> connection, QString attachmentsPath, QString registerId);

    Register* m_register = nullptr; // null on a reader
    std::unique_ptr<Database> m_connection;
    QString m_attachmentsPath;
    QString m_registerId;
    std::unique_ptr<SqlCipherRequestRepository> m_requests;
    std::unique_ptr<SqlCipherRequestListRepository> m_requestList;
    std::unique_ptr<SqlCipherRequestTextRepository> m_requestTexts;
    std::unique_ptr<SqlCipherAccountabilityRepository> m_accountability;
    std::unique_ptr<SqlCipherDeadlineRepository> m_deadlines;
    std::unique_ptr<SqlCipherRetentionRepository> m_retention;
    std::unique_ptr<SqlCipherAttachmentRepository> m_attachments;
    std::unique_ptr<SqlCipherTrustRepository> m_trust;
    std::unique_ptr<SqlCipherCustodyRepository> m_custody;
    std::unique_ptr<SqlCipherStateProfileRepository> m_stateProfiles;
    std::unique_ptr<SqlCipherStateRepository> m_states;
    std::unique_ptr<SqlCipherAuthorityRepository> m_authorities;
    std::unique_ptr<SqlCipherCaseRepository> m_cases;
    std::unique_ptr<SqlCipherUserRepository> m_users;
    std::unique_ptr<Credentials> m_credentials;
    std::unique_ptr<SqlCipherAuditRepository> m_audit;
};

} // namespace mladesk
