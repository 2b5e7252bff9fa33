#include "RegisterBackup.h"

#include "error/CoreText.h"
#include "error/FileError.h"
#include "security/KeySlots.h"
#include "storage/BackupArchive.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "storage/Migrations.h"
#include "storage/Register.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QThread>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>

namespace mladesk {

namespace {

constexpr auto kFormat = "mladesk-backup";
constexpr int kFormatVersion = 1;
constexpr auto kManifest = "backup.json";
constexpr auto kDatabase = "register.db";
constexpr auto kKeySlots = "keyslots";
constexpr auto kAttachments = "attachments";
constexpr qint64 kMaxManifestSize = 64ll * 1024 * 1024; // a million attachments listed
constexpr int kPagesPerStep = 1024;                     // 4 MiB of a register per backup step

struct FileRecord {
    qint64 size = 0;
    QString sha256;
};

constexpr auto kStagingPrefix = ".mladesk-backup-";

// The staging folders of backups that were killed (power cut, SIGKILL)
// beside a new one: only encrypted files, but as large as the register.
// Each is named after the process writing it (.mladesk-backup-PID-XXXXXX);
// one whose process is gone is removed, a running backup's is left alone.
void removeAbandonedStaging(const QDir& folder) {
    for (const QFileInfo& dir : folder.entryInfoList({QLatin1String(kStagingPrefix) + QLatin1Char('*')},
                                                     QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)) {
        bool numbered = false;
        const qint64 pid =
            dir.fileName().mid(qsizetype(qstrlen(kStagingPrefix))).section(u'-', 0, 0).toLongLong(&numbered);
        const bool running = numbered && pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
        if (!running)
            QDir(dir.absoluteFilePath()).removeRecursively();
    }
}

bool isBackupName(const QString& name) {
    static const QRegularExpression attachment(QStringLiteral("^attachments/[A-Za-z0-9-]{1,64}$"));
    return name == QLatin1String(kManifest) || name == QLatin1String(kDatabase) ||
           name == QLatin1String(kKeySlots) || attachment.match(name).hasMatch();
}

Status privateFolder(const QString& path) {
    if (!QDir().mkpath(path))
        return makeError(
            ErrorCode::Io,
            text::Storage::tr("Could not create the folder %1. Check that the location is writable.")
                .arg(path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return {};
}

QString sha256Of(const QString& path) {
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

QJsonObject manifestOf(const BackupFacts& facts, const QMap<QString, FileRecord>& files) {
    QJsonArray list;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        list.append(QJsonObject{{QStringLiteral("name"), it.key()},
                                {QStringLiteral("size"), it.value().size},
                                {QStringLiteral("sha256"), it.value().sha256}});
    return QJsonObject{
        {QStringLiteral("format"), QLatin1String(kFormat)},
        {QStringLiteral("format_version"), kFormatVersion},
        {QStringLiteral("register_id"), facts.registerId},
        {QStringLiteral("register_name"), facts.registerName},
        {QStringLiteral("taken_at"), facts.takenAt.toString(Qt::ISODate)},
        {QStringLiteral("taken_by"), facts.takenBy},
        {QStringLiteral("schema_version"), facts.schemaVersion},
        {QStringLiteral("requests"), facts.requests},
        {QStringLiteral("attachments"), facts.attachments},
        {QStringLiteral("users"), QJsonArray::fromStringList(facts.users)},
        {QStringLiteral("files"), list},
    };
}

Error notABackup(const QString& why) {
    return makeError(
        ErrorCode::Damaged,
        text::Storage::tr("This is not a readable MLA Desk backup (%1). Nothing was restored; use "
                          "another copy of the backup.")
            .arg(why));
}

Result<std::pair<BackupFacts, QMap<QString, FileRecord>>> parseManifest(const QByteArray& json) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    const QJsonObject o = document.object();
    if (error.error != QJsonParseError::NoError || !document.isObject() ||
        o.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return notABackup(text::Storage::tr("its backup.json is not an MLA Desk backup manifest"));
    if (o.value(QStringLiteral("format_version")).toInt() != kFormatVersion)
        return notABackup(text::Storage::tr("it was made by a newer MLA Desk (format %1); update MLA Desk")
                              .arg(o.value(QStringLiteral("format_version")).toInt()));
    BackupFacts facts;
    facts.registerId = o.value(QStringLiteral("register_id")).toString();
    facts.registerName = o.value(QStringLiteral("register_name")).toString();
    facts.takenAt = QDateTime::fromString(o.value(QStringLiteral("taken_at")).toString(), Qt::ISODate);
    facts.takenBy = o.value(QStringLiteral("taken_by")).toString();
    facts.schemaVersion = o.value(QStringLiteral("schema_version")).toInt();
    facts.requests = o.value(QStringLiteral("requests")).toInteger();
    facts.attachments = o.value(QStringLiteral("attachments")).toInt();
    for (const QJsonValue& user : o.value(QStringLiteral("users")).toArray())
        facts.users << user.toString();
    QMap<QString, FileRecord> files;
    for (const QJsonValue& value : o.value(QStringLiteral("files")).toArray()) {
        const QJsonObject f = value.toObject();
        const QString name = f.value(QStringLiteral("name")).toString();
        if (!isBackupName(name) || name == QLatin1String(kManifest) || files.contains(name))
            return notABackup(text::Storage::tr("its backup.json lists %1").arg(name));
        files.insert(name, {f.value(QStringLiteral("size")).toInteger(-1),
                            f.value(QStringLiteral("sha256")).toString()});
    }
    if (facts.registerId.isEmpty() || !facts.takenAt.isValid() || !files.contains(QLatin1String(kDatabase)) ||
        !files.contains(QLatin1String(kKeySlots)))
        return notABackup(text::Storage::tr("its backup.json is incomplete"));
    return std::pair{facts, files};
}

// Reads a backup archive, checking each file against backup.json (which
// comes last); every file goes to keep(name, device) first (restore writes
// it out, inspect only reads it).
Result<BackupFacts> readBackup(const QString& file,
                               const std::function<Status(const QString&, QIODevice&)>& keep) {
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         text::Storage::tr("Could not open the backup %1: %2").arg(file, in.errorString()));
    QMap<QString, FileRecord> found;
    QByteArray manifest;
    auto st = BackupArchiveReader::read(
        in, isBackupName, [&](const QString& name, qint64 size, QIODevice& entry) -> Status {
            if (name == QLatin1String(kManifest)) {
                if (size > kMaxManifestSize)
                    return notABackup(
                        text::Storage::tr("its backup.json is larger than %1 bytes").arg(kMaxManifestSize));
                manifest = entry.readAll();
                return {};
            }
            if (!manifest.isEmpty())
                return notABackup(text::Storage::tr("%1 comes after backup.json").arg(name));
            // Hash what keep() reads, and what it leaves.
            class Hashing : public QIODevice {
            public:
                explicit Hashing(QIODevice& source)
                    : m_source(source) {
                    open(QIODevice::ReadOnly);
                }
                bool isSequential() const override { return true; }
                QCryptographicHash hash{QCryptographicHash::Sha256};
                qint64 count = 0;

            protected:
                qint64 readData(char* data, qint64 max) override {
                    const qint64 got = m_source.read(data, max);
                    if (got > 0) {
                        hash.addData(QByteArrayView(data, got));
                        count += got;
                    }
                    if (got < 0)
                        setErrorString(m_source.errorString());
                    return got;
                }
                qint64 writeData(const char*, qint64) override { return -1; }

            private:
                QIODevice& m_source;
            } hashing(entry);
            if (auto kept = keep(name, hashing); !kept)
                return kept;
            QByteArray rest;
            while (!(rest = hashing.read(1 << 20)).isEmpty()) {
            }
            if (hashing.count != size)
                return notABackup(text::Storage::tr("the archive ends inside %1").arg(name));
            found.insert(name, {size, QString::fromLatin1(hashing.hash.result().toHex())});
            return {};
        });
    if (!st)
        return st.error();
    if (manifest.isEmpty())
        return notABackup(text::Storage::tr("it has no backup.json"));
    auto parsed = parseManifest(manifest);
    if (!parsed)
        return parsed.error();
    const auto& [facts, listed] = parsed.value();
    for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
        if (!found.contains(it.key()))
            return notABackup(text::Storage::tr("%1 is missing from it").arg(it.key()));
        if (found.value(it.key()).size != it.value().size ||
            found.value(it.key()).sha256 != it.value().sha256)
            return notABackup(
                text::Storage::tr("%1 is not as it was when the backup was made").arg(it.key()));
    }
    for (auto it = found.cbegin(); it != found.cend(); ++it)
        if (!listed.contains(it.key()))
            return notABackup(
                text::Storage::tr("it holds %1, which its backup.json does not list").arg(it.key()));
    BackupFacts result = facts;
    result.file = file;
    result.bytes = in.size();
    result.sha256 = sha256Of(file);
    return result;
}

class SqlCipherBackupCopier final : public BackupCopier {
public:
    SqlCipherBackupCopier(std::unique_ptr<Database> source, std::shared_ptr<const SecureBytes> key,
                          const Register& reg)
        : m_source(std::move(source))
        , m_key(std::move(key))
        , m_keySlots(reg.keySlotsPath())
        , m_attachments(reg.attachmentsPath())
        , m_registerId(reg.keySlots().registerId())
        , m_registerName(reg.name())
        , m_user(reg.user()) {}

    Result<BackupFacts> write(const QString& out, const BackupProgress& progress) override {
        const QFileInfo target(out);
        if (target.exists())
            return makeError(
                ErrorCode::Conflict,
                text::Storage::tr("%1 exists already; a backup never replaces a file. Choose another "
                                  "name, or move that file away.")
                    .arg(out));
        if (!target.absoluteDir().exists())
            return makeError(ErrorCode::NotFound,
                             text::Storage::tr("The folder %1 does not exist.").arg(target.absolutePath()));
        removeAbandonedStaging(target.absoluteDir());
        // Staged beside the target (same disk), private; only encrypted files
        // go there. Its name says which process is writing it.
        QTemporaryDir staging(target.absoluteDir().filePath(
            QLatin1String(kStagingPrefix) + QString::number(QCoreApplication::applicationPid()) +
            QStringLiteral("-XXXXXX")));
        if (!staging.isValid())
            return makeError(ErrorCode::Io,
                             text::Storage::tr("Could not write in %1: %2. Check the free disk "
                                               "space and the folder's permissions.")
                                 .arg(target.absolutePath(), staging.errorString()));
        QFile::setPermissions(staging.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        BackupFacts facts;
        facts.registerId = m_registerId;
        facts.registerName = m_registerName;
        facts.takenBy = m_user;
        facts.takenAt = QDateTime::currentDateTimeUtc();
        const QString database = staging.filePath(QLatin1String(kDatabase));
        qint64 done = 0;
        qint64 total = 0;
        auto advance = [&](qint64 bytes) {
            return !progress || progress(done += bytes, total);
        };

        if (auto st = snapshot(database, total, advance); !st)
            return st.error();
        QStringList attachmentIds;
        if (auto st = checkCopy(database, facts, attachmentIds); !st)
            return st.error();
        for (const QString& id : attachmentIds)
            total += QFileInfo(QDir(m_attachments).filePath(id)).size();

        auto onDisk = KeySlots::load(m_keySlots);
        if (!onDisk)
            return onDisk.error();
        if (onDisk->registerId() != m_registerId)
            return makeError(ErrorCode::Conflict,
                             text::Storage::tr("The key slots belong to another register."));
        onDisk->removeDeviceSlots();
        facts.users = onDisk->users();
        const QString keySlots = staging.filePath(QLatin1String(kKeySlots));
        if (auto st = onDisk->save(keySlots); !st)
            return st.error();

        auto written = writeArchive(out, facts, database, keySlots, attachmentIds, advance);
        if (!written)
            return written.error();
        // Read back what is on disk: every file as it was staged and checked.
        auto verified = readBackup(out, [](const QString&, QIODevice&) { return Status{}; });
        if (!verified || verified->registerId != m_registerId) {
            QFile::remove(out);
            return makeError(
                ErrorCode::Io,
                text::Storage::tr("The backup %1 did not read back as it was written (%2); it was "
                                  "removed. Check the disk and try again.")
                    .arg(out, verified ? QString() : verified.error().message));
        }
        return verified;
    }

private:
    // A consistent copy of the database through SQLite's online backup
    // API: pages are read in the source's snapshot, re-encrypted by the
    // copy's own pager with the same key. A change made meanwhile through
    // another connection restarts it, as SQLite documents.
    Status snapshot(const QString& path, qint64& total, const std::function<bool(qint64)>& advance) {
        auto copy = Database::open(path, *m_key, true);
        if (!copy)
            return copy.error();
        sqlite3_backup* backup =
            sqlite3_backup_init(copy.value()->handle(), "main", m_source->handle(), "main");
        if (!backup)
            return copy.value()->error(text::Storage::tr("starting the backup"));
        int rc = SQLITE_OK;
        int copied = 0;
        while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            rc = sqlite3_backup_step(backup, kPagesPerStep);
            const int pages = sqlite3_backup_pagecount(backup);
            const int now = pages - sqlite3_backup_remaining(backup);
            total = qint64(pages) * 4096 * 2; // the copy, then the archive
            if (!advance(qint64(std::max(0, now - copied)) * 4096)) {
                sqlite3_backup_finish(backup);
                return makeError(ErrorCode::Io, text::Storage::tr("The backup was cancelled."));
            }
            copied = now;
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                QThread::msleep(50);
        }
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE)
            return makeError(ErrorCode::Io,
                             text::Storage::tr("Could not copy the register for the backup: %1. "
                                               "Check the free disk space.")
                                 .arg((rc & 0xff) == SQLITE_FULL ? text::Storage::tr("the disk is full")
                                                                 : QString::fromUtf8(sqlite3_errstr(rc))));
        // Everything into the file itself; closing removes the log.
        if (auto st = copy.value()->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !st)
            return st;
        copy.value().reset();
        if (QFileInfo(path + QStringLiteral("-wal")).size() > 0)
            return makeError(ErrorCode::Io, text::Storage::tr("The backup's copy kept a write-ahead log."));
        return {};
    }

    // The copy opens with the key, passes the integrity check, and says
    // what it holds; the attachments whose keys it holds.
    Status checkCopy(const QString& path, BackupFacts& facts, QStringList& attachmentIds) {
        auto copy = Database::openReadOnly(path, *m_key);
        if (!copy)
            return copy.error();
        if (auto st = checkIntegrity(*copy.value()); !st)
            return st;
        auto version = Migrations::currentVersion(*copy.value());
        if (!version)
            return version.error();
        facts.schemaVersion = version.value();
        auto requests = copy.value()->queryInt(QStringLiteral("SELECT count(*) FROM requests"));
        if (!requests)
            return requests.error();
        facts.requests = requests.value();
        auto ids = copy.value()->prepare(
            QStringLiteral("SELECT id FROM attachments WHERE file_key IS NOT NULL ORDER BY id"));
        if (!ids)
            return ids.error();
        for (;;) {
            auto row = ids->step();
            if (!row)
                return row.error();
            if (!row.value())
                break;
            attachmentIds << ids->text(0);
        }
        facts.attachments = int(attachmentIds.size());
        return {};
    }

    Status writeArchive(const QString& out, const BackupFacts& facts, const QString& database,
                        const QString& keySlots, const QStringList& attachmentIds,
                        const std::function<bool(qint64)>& advance) {
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly))
            return makeError(
                ErrorCode::Io,
                text::Storage::tr("Could not write the backup %1: %2").arg(out, fileProblem(file)));
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        BackupArchiveWriter archive(file, facts.takenAt.toSecsSinceEpoch());
        QMap<QString, FileRecord> files;
        auto add = [&](const QString& name, const QString& path) -> Status {
            FileRecord record{QFileInfo(path).size(), {}};
            if (auto st = archive.addFile(name, path, &record.sha256, advance); !st)
                return st;
            files.insert(name, record);
            return {};
        };
        if (auto st = add(QLatin1String(kKeySlots), keySlots); !st)
            return st;
        if (auto st = add(QLatin1String(kDatabase), database); !st)
            return st;
        for (const QString& id : attachmentIds) {
            const QString path = QDir(m_attachments).filePath(id);
            if (!QFileInfo::exists(path))
                return makeError(
                    ErrorCode::Conflict,
                    text::Storage::tr("The attachment file %1 is missing (purged while the backup "
                                      "ran?). Nothing was written; make the backup again.")
                        .arg(id));
            if (auto st = add(QLatin1String(kAttachments) + QLatin1Char('/') + id, path); !st)
                return st;
        }
        const QByteArray manifest = QJsonDocument(manifestOf(facts, files)).toJson(QJsonDocument::Indented);
        if (auto st = archive.addBytes(QLatin1String(kManifest), manifest); !st)
            return st;
        if (auto st = archive.finish(); !st)
            return st;
        if (!commitSaved(file))
            return makeError(
                ErrorCode::Io,
                text::Storage::tr("Could not write the backup %1: %2. Check the free disk space; "
                                  "nothing was left under that name.")
                    .arg(out, fileProblem(file)));
        return {};
    }

    std::unique_ptr<Database> m_source;
    std::shared_ptr<const SecureBytes> m_key;
    QString m_keySlots;
    QString m_attachments;
    QString m_registerId;
    QString m_registerName;
    QString m_user;
};

} // namespace

Result<std::unique_ptr<BackupCopier>> RegisterBackup::copier(Register& reg) {
    auto connection = reg.openConnection();
    if (!connection)
        return connection.error();
    // The copier only reads the register.
    if (auto st = connection.value()->exec(QStringLiteral("PRAGMA query_only = ON")); !st)
        return st.error();
    return std::unique_ptr<BackupCopier>(
        new SqlCipherBackupCopier(std::move(connection.value()), reg.masterKeyForWorker(), reg));
}

Result<BackupFacts> RegisterBackup::inspect(const QString& file) {
    return readBackup(file, [](const QString&, QIODevice&) { return Status{}; });
}

Result<RegisterBackup::Restored> RegisterBackup::restore(const QString& file, const QString& to,
                                                         const SecureBytes& passphrase, const QString& user) {
    const QFileInfo target(to);
    if (target.exists())
        return makeError(
            ErrorCode::Conflict,
            text::Storage::tr("%1 exists already; a restore never replaces a register or a folder. "
                              "Choose a new folder.")
                .arg(to));
    if (!target.absoluteDir().exists())
        return makeError(ErrorCode::NotFound,
                         text::Storage::tr("The folder %1 does not exist.").arg(target.absolutePath()));
    QTemporaryDir staging(target.absoluteDir().filePath(QStringLiteral(".mladesk-restore-XXXXXX")));
    if (!staging.isValid())
        return makeError(
            ErrorCode::Io,
            text::Storage::tr("Could not write in %1: %2").arg(target.absolutePath(), staging.errorString()));
    QFile::setPermissions(staging.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    for (const char* folder : {kAttachments, "backups"})
        if (auto st = privateFolder(staging.filePath(QLatin1String(folder))); !st)
            return st.error();

    auto facts = readBackup(file, [&](const QString& name, QIODevice& entry) -> Status {
        QFile out(staging.filePath(name));
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return makeError(ErrorCode::Io,
                             text::Storage::tr("Could not write %1: %2. Check the free disk space.")
                                 .arg(out.fileName(), fileProblem(out)));
        out.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        QByteArray piece;
        while (!(piece = entry.read(1 << 20)).isEmpty())
            if (out.write(piece) != piece.size())
                return makeError(ErrorCode::Io,
                                 text::Storage::tr("Could not write %1: %2. Check the free disk "
                                                   "space.")
                                     .arg(out.fileName(), fileProblem(out)));
        if (!out.flush())
            return makeError(ErrorCode::Io, fileProblem(out));
        return {};
    });
    if (!facts)
        return facts.error();

    auto reg = Register::load(staging.path());
    if (!reg)
        return reg.error();
    if (reg.value()->keySlots().registerId() != facts->registerId)
        return notABackup(text::Storage::tr("its key slots belong to another register"));
    auto unwrapped = reg.value()->deriveMasterKey(passphrase, user);
    if (!unwrapped)
        return unwrapped.error();
    const QString unlockedBy = unwrapped->user;
    const SecureBytes key = SecureBytes::fromRaw(unwrapped->key.data(), unwrapped->key.size());
    if (auto st = reg.value()->unlockWithMasterKey(std::move(unwrapped.value())); !st)
        return st.error();
    reg.value()->lock();
    reg.value().reset();

    // Into place only if nothing took the name meanwhile (no replacing).
    if (::renameat2(AT_FDCWD, QFile::encodeName(staging.path()).constData(), AT_FDCWD,
                    QFile::encodeName(target.absoluteFilePath()).constData(), RENAME_NOREPLACE) != 0)
        return makeError(ErrorCode::Conflict,
                         text::Storage::tr("Could not put the restored register at %1: %2. Nothing was "
                                           "replaced; choose a new folder.")
                             .arg(to, QString::fromLocal8Bit(std::strerror(errno))));
    staging.setAutoRemove(false);
    auto restored = Register::load(target.absoluteFilePath());
    if (!restored)
        return restored.error();
    if (auto st = restored.value()->unlockWithMasterKey(
            {SecureBytes::fromRaw(key.data(), key.size()), unlockedBy}, -1, IntegrityCheck::ByCaller);
        !st)
        return st.error();
    return Restored{facts.value(), std::move(restored.value())};
}

} // namespace mladesk
