#include "SqlCipherStorage.h"

#include "error/CoreText.h"
#include "interchange/RegisterExchange.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "storage/KeySlotCredentials.h"
#include "storage/Register.h"
#include "storage/RegisterBackup.h"
#include "storage/SqlCipherAccountabilityRepository.h"
#include "storage/SqlCipherAttachmentRepository.h"
#include "storage/SqlCipherAuditRepository.h"
#include "storage/SqlCipherAuthorityRepository.h"
#include "storage/SqlCipherCaseRepository.h"
#include "storage/SqlCipherCustodyRepository.h"
#include "storage/SqlCipherDeadlineRepository.h"
#include "storage/SqlCipherRequestListRepository.h"
#include "storage/SqlCipherRequestRepository.h"
#include "storage/SqlCipherRequestTextRepository.h"
#include "storage/SqlCipherRetentionRepository.h"
#include "storage/SqlCipherStateProfileRepository.h"
#include "storage/SqlCipherStateRepository.h"
#include "storage/SqlCipherTrustRepository.h"
#include "storage/SqlCipherUserRepository.h"

namespace mladesk {

namespace {

class SqlCipherTransaction final : public StorageTransaction {
public:
    explicit SqlCipherTransaction(std::unique_ptr<Transaction> tx)
        : m_tx(std::move(tx)) {}
    Status commit() override { return m_tx->commit(); }

private:
    std::unique_ptr<Transaction> m_tx;
};

} // namespace

SqlCipherStorage::SqlCipherStorage(Register& reg)
    : m_register(&reg) {
}

SqlCipherStorage::SqlCipherStorage(std::unique_ptr<Database> connection, QString attachmentsPath,
                                   QString registerId)
    : m_connection(std::move(connection))
    , m_attachmentsPath(std::move(attachmentsPath))
    , m_registerId(std::move(registerId)) {
}

SqlCipherStorage::~SqlCipherStorage() = default;

Database& SqlCipherStorage::database() {
    return m_connection ? *m_connection : m_register->database();
}

template <typename T, typename... Args>
T& SqlCipherStorage::lazily(std::unique_ptr<T>& slot, Args&&... args) {
    if (!slot)
        slot = std::make_unique<T>(database(), std::forward<Args>(args)...);
    return *slot;
}

Result<std::unique_ptr<StorageTransaction>> SqlCipherStorage::begin() {
    if (!isOpen())
        return makeError(ErrorCode::Locked, QStringLiteral("The register is locked."));
    auto tx = Transaction::begin(database());
    if (!tx)
        return tx.error();
    return std::unique_ptr<StorageTransaction>(new SqlCipherTransaction(std::move(tx.value())));
}

Result<std::unique_ptr<BackupCopier>> SqlCipherStorage::backupCopier() {
    if (!m_register)
        return makeError(ErrorCode::InvalidInput, text::Storage::tr("A reader makes no backup."));
    return RegisterBackup::copier(*m_register);
}

Result<std::unique_ptr<Storage>> SqlCipherStorage::openReader() {
    if (!m_register) // a reader has no key to open another connection with
        return makeError(ErrorCode::InvalidInput, text::Storage::tr("A reader opens no other reader."));
    auto connection = m_register->openConnection();
    if (!connection)
        return connection.error();
    // A reader only reads: SQLite refuses any write on this connection.
    if (Status readOnly = connection.value()->exec(QStringLiteral("PRAGMA query_only = ON")); !readOnly)
        return readOnly.error();
    return std::unique_ptr<Storage>(
        new SqlCipherStorage(std::move(connection.value()), m_register->attachmentsPath(), registerId()));
}

Status SqlCipherStorage::checkIntegrity() {
    return mladesk::checkIntegrity(database());
}

void SqlCipherStorage::interrupt() {
    // sqlite3_interrupt may be called from any thread while the connection is open.
    database().interrupt();
}

bool SqlCipherStorage::isOpen() const {
    return m_connection ? true : m_register->isUnlocked();
}

QString SqlCipherStorage::openedBy() const {
    return m_register ? m_register->user() : QString();
}

QList<PendingAuditNote> SqlCipherStorage::pendingAuditNotes() const {
    QList<PendingAuditNote> notes;
    if (!m_register)
        return notes;
    for (const QString& line : m_register->failedUnlocks()) {
        const QStringList parts = line.split(QLatin1Char('\t'));
        notes.append(
            {parts.value(1), QStringLiteral("unlock-failed"), QStringLiteral("at %1").arg(parts.value(0))});
    }
    for (const Register::AuditNote& note : m_register->auditNotes())
        notes.append({note.user, note.action, note.detail});
    return notes;
}

void SqlCipherStorage::forgetPendingAuditNotes() {
    if (!m_register)
        return;
    m_register->forgetFailedUnlocks();
    m_register->clearAuditNotes();
}

RequestRepository& SqlCipherStorage::requests() {
    return lazily(m_requests);
}
RequestListRepository& SqlCipherStorage::requestList() {
    return lazily(m_requestList);
}
RequestTextRepository& SqlCipherStorage::requestTexts() {
    return lazily(m_requestTexts);
}
AccountabilityRepository& SqlCipherStorage::accountability() {
    return lazily(m_accountability);
}
DeadlineRepository& SqlCipherStorage::deadlines() {
    return lazily(m_deadlines);
}
RetentionRepository& SqlCipherStorage::retention() {
    return lazily(m_retention);
}
AttachmentRepository& SqlCipherStorage::attachments() {
    return lazily(m_attachments, m_register ? m_register->attachmentsPath() : m_attachmentsPath);
}
PurgeReport SqlCipherStorage::destroyRemains(const PurgePlan& plan) {
    if (m_register)
        return SqlCipherRetentionRepository::destroyRemains(*m_register, plan);
    // A reader writes nothing: the purge's own storage does this.
    PurgeReport report;
    report.requestId = plan.requestId;
    report.at = plan.at;
    report.attachments = int(plan.attachmentIds.size());
    report.problems << text::Storage::tr("The files and backups of the purged data were not reached: "
                                         "this connection only reads.");
    return report;
}
TrustRepository& SqlCipherStorage::trust() {
    return lazily(m_trust);
}
CustodyRepository& SqlCipherStorage::custody() {
    return lazily(m_custody);
}
StateProfileRepository& SqlCipherStorage::stateProfiles() {
    return lazily(m_stateProfiles);
}
StateRepository& SqlCipherStorage::states() {
    return lazily(m_states);
}
AuthorityRepository& SqlCipherStorage::authorities() {
    return lazily(m_authorities);
}
CaseRepository& SqlCipherStorage::cases() {
    return lazily(m_cases);
}
UserRepository& SqlCipherStorage::users() {
    return lazily(m_users);
}
Credentials& SqlCipherStorage::credentials() {
    if (!m_credentials)
        m_credentials = std::make_unique<KeySlotCredentials>(*m_register);
    return *m_credentials;
}
QString SqlCipherStorage::registerId() const {
    return m_register ? m_register->keySlots().registerId() : m_registerId;
}
AuditRepository& SqlCipherStorage::audit() {
    return lazily(m_audit);
}

Result<bool> SqlCipherStorage::holdsNoRecords() {
    auto empty = database().queryInt(
        QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM requests) AND NOT EXISTS (SELECT 1 FROM cases) "
                       "AND NOT EXISTS (SELECT 1 FROM authorities)"));
    if (!empty)
        return empty.error();
    return empty.value() != 0;
}

Result<ImportSummary>
SqlCipherStorage::importAll(const InterchangeData& data, const std::function<void(int, int)>& progress,
                            const std::function<Status(const ImportSummary&)>& beforeCommit) {
    return RegisterExchange::importAll(database(), data, progress, beforeCommit);
}

Result<InterchangeData> SqlCipherStorage::exportAll() {
    return RegisterExchange::exportAll(database());
}

} // namespace mladesk
