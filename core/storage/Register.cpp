#include "Register.h"

#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "storage/Migrations.h"
#include "storage/SqlCipherDeadlineRepository.h"
#include "storage/WriteAheadLog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QStorageInfo>
#include <memory>

namespace mladesk {

namespace {

constexpr auto kDatabaseFile = "register.db";
constexpr auto kKeySlotsFile = "keyslots";
constexpr auto kAttachmentsDir = "attachments";
constexpr auto kBackupsDir = "backups";
constexpr int kFirstVersionWithDeadlines = 4;

QString child(const QString& folder, const char* name) {
    return QDir(folder).filePath(QString::fromLatin1(name));
}

Status makePrivateDir(const QString& path) {
    if (!QDir().mkpath(path))
        return makeError(ErrorCode::Io, QStringLiteral("Could not create the folder %1. Check that the "
                                                       "location is writable.")
                                            .arg(path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return {};
}

} // namespace

Register::Register(QString folder, KeySlots keySlots)
    : m_folder(std::move(folder))
    , m_keySlots(std::move(keySlots)) {
}

Register::~Register() {
    lock();
}

QString Register::defaultLocation() {
    const QString fromEnvironment = qEnvironmentVariable("MLADESK_REGISTER");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("default.mladesk"));
}

bool Register::exists(const QString& folder) {
    return QFileInfo::exists(child(folder, kKeySlotsFile)) || QFileInfo::exists(child(folder, kDatabaseFile));
}

QString Register::name() const {
    QString base = QFileInfo(m_folder).fileName();
    if (base.endsWith(QLatin1String(".mladesk")))
        base.chop(8);
    return base;
}

QString Register::databasePath() const {
    return child(m_folder, kDatabaseFile);
}
QString Register::keySlotsPath() const {
    return child(m_folder, kKeySlotsFile);
}
QString Register::attachmentsPath() const {
    return child(m_folder, kAttachmentsDir);
}
QString Register::backupsPath() const {
    return child(m_folder, kBackupsDir);
}

Result<std::unique_ptr<Register>> Register::create(const QString& folder, const QString& user,
                                                   const SecureBytes& passphrase, KdfCost cost,
                                                   int schemaVersion) {
    if (exists(folder))
        return makeError(
            ErrorCode::Conflict,
            QStringLiteral("A register already exists at %1; it was left untouched. Choose another "
                           "location.")
                .arg(folder));
    const QFileInfo info(folder);
    if (info.exists() && (!info.isDir() || !QDir(folder).isEmpty()))
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("%1 exists and is not an empty folder; it was left untouched. Choose "
                                        "another location.")
                             .arg(folder));
    const bool createdFolder = !info.exists();
    auto cleanUp = [&] {
        if (createdFolder)
            QDir(folder).removeRecursively();
    };
    for (const QString& dir : {folder, child(folder, kAttachmentsDir), child(folder, kBackupsDir)}) {
        if (auto st = makePrivateDir(dir); !st) {
            cleanUp();
            return st.error();
        }
    }
    KeySlots entries = KeySlots::createNew();
    SecureBytes master = SecureBytes::random(KeySlots::kMasterKeySize);
    if (auto st = entries.addPassphraseSlot(user, passphrase, master, cost); !st) {
        cleanUp();
        return st.error();
    }
    std::unique_ptr<Register> reg(new Register(QFileInfo(folder).absoluteFilePath(), std::move(entries)));
    auto db = Database::open(reg->databasePath(), master, true);
    if (!db) {
        cleanUp();
        return db.error();
    }
    reg->m_database = std::move(db.value());
    reg->m_masterKey = std::move(master);
    reg->m_user = user;
    const int target = schemaVersion < 0 ? Migrations::latestVersion() : schemaVersion;
    if (auto st = Migrations::migrate(*reg->m_database, target); !st) {
        reg->lock();
        cleanUp();
        return st.error();
    }
    // The key entries are written last: a register without them is unusable, so
    // a crash before this point leaves nothing that looks like a register.
    if (auto st = reg->m_keySlots.save(reg->keySlotsPath()); !st) {
        reg->lock();
        cleanUp();
        return st.error();
    }
    QFile::setPermissions(reg->databasePath(), QFile::ReadOwner | QFile::WriteOwner);
    return reg;
}

Result<std::unique_ptr<Register>> Register::load(const QString& folder) {
    if (!QFileInfo(folder).isDir())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("There is no register at %1. Create one with \"mladesk-cli init\" or "
                                        "choose another location.")
                             .arg(folder));
    auto entries = KeySlots::load(child(folder, kKeySlotsFile));
    if (!entries)
        return entries.error();
    return std::unique_ptr<Register>(
        new Register(QFileInfo(folder).absoluteFilePath(), std::move(entries.value())));
}

Result<KeySlots> Register::currentKeySlots() const {
    auto current = KeySlots::load(keySlotsPath());
    if (!current)
        return current.error();
    if (current->registerId() != m_keySlots.registerId())
        return makeError(
            ErrorCode::Damaged,
            QStringLiteral("The keyslots file in %1 belongs to another register. Put this register's "
                           "keyslots file back (from a backup).")
                .arg(m_folder));
    return current;
}

Result<KeySlots::Unwrapped> Register::deriveMasterKey(const SecureBytes& passphrase,
                                                      const QString& user) const {
    auto onDisk = currentKeySlots(); // a user added since this register was loaded unlocks too
    if (!onDisk)
        return onDisk.error();
    auto unwrapped = onDisk->unwrapWithPassphrase(passphrase, user);
    if (!unwrapped && unwrapped.error().code == ErrorCode::WrongPassphrase)
        noteFailedUnlock(user);
    return unwrapped;
}

Result<KeySlots::Unwrapped> Register::deriveMasterKeyFromDevice(const SecureBytes& deviceSecret) const {
    auto onDisk = currentKeySlots();
    if (!onDisk)
        return onDisk.error();
    return onDisk->unwrapWithDeviceSecret(deviceSecret);
}

QString Register::failedUnlocksPath() const {
    // Kept in the user's data folder, not in the register folder: a failed
    // attempt leaves the register's files exactly as they were. The path is
    // the one docs/audit.md names (~/.local/share/mladesk/failed-unlocks/ID on
    // Linux), the same for the window and the command line.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("mladesk/failed-unlocks/") + m_keySlots.registerId());
}

QString Register::earlierFailedUnlocksPath() const {
    // Where versions before this one noted them (the application's own data
    // folder, ~/.local/share/mladesk/mladesk/ on Linux): still taken in.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("failed-unlocks/") + m_keySlots.registerId());
}

void Register::noteFailedUnlock(const QString& user) const {
    // Only when and as whom: the register's content stays encrypted. The audit
    // trail takes these in at the next successful unlock.
    const QString path = failedUnlocksPath();
    const QString folder = QFileInfo(path).absolutePath();
    QDir().mkpath(folder);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile file(path);
    if (file.open(QIODevice::Append | QIODevice::Text)) {
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        file.write(QStringLiteral("%1\t%2\n")
                       .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                            user.isEmpty() ? QStringLiteral("?") : user)
                       .toUtf8());
    }
}

QStringList Register::failedUnlocks() const {
    QStringList lines;
    for (const QString& path : {earlierFailedUnlocksPath(), failedUnlocksPath()}) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly | QIODevice::Text))
            lines += QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    return lines;
}

void Register::forgetFailedUnlocks() const {
    for (const QString& path : {earlierFailedUnlocksPath(), failedUnlocksPath()})
        QFile::remove(path);
}

void Register::noteForAudit(const QString& action, const QString& detail) {
    m_auditNotes.append({m_user, action, detail});
}

Result<int> Register::checkBeforeWriting(const SecureBytes& masterKey, int target,
                                         IntegrityCheck check) const {
    // SQLite writes on its own: a read-write connection to an empty file would
    // be a new database, and the last connection to close checkpoints the
    // write-ahead log into the database, truncates it to what the log could
    // be read up to and deletes the log. So a register is checked whole on a
    // read-only connection first, and only then opened for writing.
    const QFileInfo file(databasePath());
    if (!file.exists())
        return makeError(
            ErrorCode::Damaged,
            QStringLiteral("The database of %1 (register.db) is missing: without it the register "
                           "holds nothing. Nothing was changed. Restore the register from a backup.")
                .arg(m_folder));
    if (file.size() == 0)
        return makeError(ErrorCode::Damaged,
                         QStringLiteral("The database of %1 (register.db) is empty: it was emptied or cut "
                                        "short, and holds no register. Nothing was changed. Restore the "
                                        "register from a backup.")
                             .arg(m_folder));
    if (auto st = checkWriteAheadLog(databasePath()); !st)
        return st.error();
    auto db = Database::openReadOnly(databasePath(), masterKey);
    if (!db) {
        if (db.error().code == ErrorCode::Damaged)
            return makeError(
                ErrorCode::Damaged,
                QStringLiteral("The key entries opened, but the database of %1 cannot be read with "
                               "their key: it is damaged or belongs to another register. Nothing "
                               "was changed. Open a backup of the register. (%2)")
                    .arg(m_folder, db.error().message));
        return db.error();
    }
    auto version = Migrations::currentVersion(*db.value());
    if (!version)
        return version.error();
    if (version.value() == 0)
        return makeError(ErrorCode::Damaged,
                         QStringLiteral("The database of %1 opens with the register's key but holds no "
                                        "register (no schema): it was replaced or never finished. Nothing "
                                        "was changed. Restore the register from a backup.")
                             .arg(m_folder));
    if (check == IntegrityCheck::AtUnlock || version.value() < target)
        if (auto st = checkIntegrity(*db.value()); !st)
            return st.error();
    return version;
}

Status Register::unlockWithMasterKey(KeySlots::Unwrapped unlocked, int schemaVersion, IntegrityCheck check) {
    lock();
    SecureBytes masterKey = std::move(unlocked.key);
    const int target = schemaVersion < 0 ? Migrations::latestVersion() : schemaVersion;
    auto version = checkBeforeWriting(masterKey, target, check);
    if (!version)
        return version.error();
    const bool migrating = version.value() < target;
    auto db = Database::open(databasePath(), masterKey, false);
    if (!db)
        return db.error();
    m_database = std::move(db.value());
    m_masterKey = std::move(masterKey);
    m_user = unlocked.user;

    if (migrating && version.value() > 0) {
        if (auto st = backUpBeforeMigration(version.value()); !st) {
            lock();
            return st;
        }
    }
    if (auto st = Migrations::migrate(*m_database, target); !st) {
        lock();
        return st;
    }
    // Deadlines are derived data: computed anew when the catalogue changed.
    if (target >= kFirstVersionWithDeadlines)
        if (auto st = SqlCipherDeadlineRepository(*m_database).refreshIfStale(); !st) {
            lock();
            return st;
        }
    return {};
}

Result<std::unique_ptr<Database>> Register::openConnection() const {
    if (!isUnlocked())
        return makeError(ErrorCode::Locked, QStringLiteral("The register is locked."));
    return Database::open(databasePath(), m_masterKey, false);
}

Result<std::unique_ptr<Database>> Register::openBackup(const QString& path, BackupAccess access) const {
    if (!isUnlocked())
        return makeError(ErrorCode::Locked, QStringLiteral("The register is locked."));
    const QString backups = QFileInfo(backupsPath()).canonicalFilePath();
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty() || backups.isEmpty() || !canonical.startsWith(backups + QLatin1Char('/')))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 is not a backup of this register.").arg(path));
    if (access == BackupAccess::Purge)
        return Database::open(canonical, m_masterKey, false);
    return Database::openReadOnly(canonical, m_masterKey);
}

Status Register::unlock(const SecureBytes& passphrase, const QString& user) {
    auto unwrapped = deriveMasterKey(passphrase, user);
    if (!unwrapped)
        return unwrapped.error();
    return unlockWithMasterKey(std::move(unwrapped.value()));
}

void Register::lock() {
    m_database.reset();
    m_masterKey.clear();
    m_user.clear();
}

Status Register::backUpBeforeMigration(int fromVersion) {
    // The database file is encrypted, so a byte copy is an encrypted backup.
    if (auto st = m_database->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !st)
        return st;
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const QString dir = QDir(child(m_folder, kBackupsDir))
                            .filePath(QStringLiteral("before-schema-v%1-%2").arg(fromVersion + 1).arg(stamp));
    if (auto st = makePrivateDir(dir); !st)
        return st;
    if (!QFile::copy(databasePath(), QDir(dir).filePath(QString::fromLatin1(kDatabaseFile))) ||
        !QFile::copy(keySlotsPath(), QDir(dir).filePath(QString::fromLatin1(kKeySlotsFile))))
        return makeError(ErrorCode::Io,
                         QStringLiteral("Could not back up the register to %1 before upgrading "
                                        "it; it was not upgraded. Check the free disk space.")
                             .arg(dir));
    return {};
}

Result<SecureBytes> Register::addDeviceSlot() {
    SecureBytes secret = SecureBytes::random(KeySlots::kMasterKeySize);
    if (auto st = addDeviceSlot(secret); !st)
        return st.error();
    return secret;
}

Status Register::addDeviceSlot(const SecureBytes& secret) {
    if (!isUnlocked())
        return makeError(ErrorCode::Locked, QStringLiteral("Unlock the register first."));
    return changeKeySlots([&](KeySlots& onDisk) {
        onDisk.removeDeviceSlots();
        onDisk.addDeviceSlot(secret, m_masterKey, m_user);
        return Status{};
    });
}

Status Register::changeKeySlots(const std::function<Status(KeySlots&)>& change) {
    QLockFile lock(keySlotsPath() + QStringLiteral(".lock"));
    if (!lock.tryLock(10000)) {
        if (lock.error() == QLockFile::LockFailedError)
            return makeError(
                ErrorCode::Conflict,
                QStringLiteral("Another program is changing the users of this register (%1). Try "
                               "again in a moment.")
                    .arg(lock.fileName()));
        // The lock file itself could not be written: nothing was changed.
        return makeError(
            ErrorCode::Io,
            QStringLiteral("The users of this register cannot be changed: %1 could not be written "
                           "(%2). Nothing was changed.")
                .arg(lock.fileName(), QStorageInfo(m_folder).bytesAvailable() <= 0
                                          ? QStringLiteral("the disk is full")
                                          : QStringLiteral("check the folder's permissions")));
    }
    auto current = currentKeySlots();
    if (!current)
        return current.error();
    KeySlots updated = std::move(current.value());
    if (auto st = change(updated); !st)
        return st;
    if (auto st = updated.save(keySlotsPath()); !st)
        return st;
    m_keySlots = std::move(updated);
    return {};
}

std::shared_ptr<const SecureBytes> Register::masterKeyForWorker() const {
    if (!isUnlocked())
        return std::make_shared<const SecureBytes>();
    return std::make_shared<const SecureBytes>(SecureBytes::fromRaw(m_masterKey.data(), m_masterKey.size()));
}

Result<CredentialSealer> Register::passphraseSealer() const {
    if (!isUnlocked())
        return makeError(ErrorCode::Locked, QStringLiteral("Unlock the register first."));
    // Copies: the sealer runs on a worker thread while this register may
    // lock. A slot is sealed for the register's id, which the loaded key
    // slots hold; the file is read when the slot is stored.
    auto master = masterKeyForWorker();
    return CredentialSealer([keySlots = m_keySlots, master](const QString& user,
                                                            const SecureBytes& passphrase,
                                                            KdfCost cost) -> Result<PreparedCredential> {
        auto slot = keySlots.passphraseSlot(user, passphrase, *master, cost);
        if (!slot)
            return slot.error();
        return PreparedCredential{user, QVariant::fromValue(std::move(slot.value()))};
    });
}

namespace {

Result<KeySlots::Slot> preparedSlot(const PreparedCredential& credential) {
    if (!credential.sealed.canConvert<KeySlots::Slot>())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Not a key slot of this register."));
    return credential.sealed.value<KeySlots::Slot>();
}

} // namespace

Status Register::addPreparedSlot(const PreparedCredential& credential) {
    auto slot = preparedSlot(credential);
    if (!slot)
        return slot.error();
    return changeKeySlots([&](KeySlots& onDisk) { return onDisk.addSlot(slot.value()); });
}

Status Register::replacePreparedSlot(const PreparedCredential& credential) {
    auto slot = preparedSlot(credential);
    if (!slot)
        return slot.error();
    return changeKeySlots([&](KeySlots& onDisk) { return onDisk.replaceSlot(slot.value()); });
}

Result<PreparedCredential> Register::sealNow(const QString& user, const SecureBytes& passphrase,
                                             KdfCost cost) const {
    auto sealer = passphraseSealer();
    if (!sealer)
        return sealer.error();
    return sealer.value()(user, passphrase, cost);
}

Status Register::addUserSlot(const QString& user, const SecureBytes& passphrase, KdfCost cost) {
    auto prepared = sealNow(user, passphrase, cost);
    return prepared ? addPreparedSlot(prepared.value()) : Status(prepared.error());
}

Status Register::setUserPassphrase(const QString& user, const SecureBytes& passphrase, KdfCost cost) {
    auto prepared = sealNow(user, passphrase, cost);
    return prepared ? replacePreparedSlot(prepared.value()) : Status(prepared.error());
}

Status Register::removeUserSlot(const QString& user) {
    return changeKeySlots([&](KeySlots& onDisk) { return onDisk.removePassphraseSlot(user); });
}

Status Register::verifyPassphrase(const QString& user, const SecureBytes& passphrase) const {
    auto unwrapped = deriveMasterKey(passphrase, user);
    if (!unwrapped)
        return unwrapped.error();
    return {};
}

Status Register::removeDeviceSlots() {
    return changeKeySlots([](KeySlots& keySlots) {
        keySlots.removeDeviceSlots();
        return Status{};
    });
}

} // namespace mladesk
