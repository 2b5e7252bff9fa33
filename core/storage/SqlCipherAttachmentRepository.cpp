#include "SqlCipherAttachmentRepository.h"

#include "common/UtcText.h"
#include "error/CoreText.h"
#include "error/FileError.h"
#include "security/SecureBytes.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QUuid>
#include <cstring>
#include <sodium.h>
#include <sqlcipher/sqlite3.h>
#include <unistd.h>
#include <utility>

namespace mladesk {

namespace {

// The first bytes of every attachment file: what it is and its format version.
constexpr char kMagic[] = "MLADESK-ATTACHMENT-1\n";
constexpr qint64 kMagicSize = sizeof(kMagic) - 1;
constexpr std::size_t kKeySize = crypto_secretstream_xchacha20poly1305_KEYBYTES;
constexpr qint64 kHeaderSize = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr qint64 kOverhead = crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr qint64 kCipherChunkSize = SqlCipherAttachmentRepository::kChunkSize + kOverhead;
const QString kColumns = QStringLiteral(
    "id, request_id, name, media_type, size, sha256, file_key IS NOT NULL, added_at, purged_at");

// Zeroes a stack object holding key-derived state when it goes out of scope.
template <typename T> class Wiped {
public:
    Wiped() { sodium_memzero(&m_value, sizeof(T)); }
    ~Wiped() { sodium_memzero(&m_value, sizeof(T)); }
    Wiped(const Wiped&) = delete;
    Wiped& operator=(const Wiped&) = delete;
    T* get() { return &m_value; }

private:
    T m_value;
};

// Statement binds text and integers; the key is a BLOB, bound and read here
// straight from and into secure memory.
class BlobStatement {
public:
    BlobStatement(Database& db, const char* sql)
        : m_db(db) {
        m_rc = sqlite3_prepare_v2(db.handle(), sql, -1, &m_stmt, nullptr);
    }
    ~BlobStatement() { sqlite3_finalize(m_stmt); }
    BlobStatement(const BlobStatement&) = delete;
    BlobStatement& operator=(const BlobStatement&) = delete;

    bool prepared() const { return m_rc == SQLITE_OK; }
    sqlite3_stmt* get() { return m_stmt; }
    Error error(const QString& doing) const { return m_db.error(doing); }
    void bindText(int index, const QString& text) {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }

private:
    Database& m_db;
    sqlite3_stmt* m_stmt = nullptr;
    int m_rc = SQLITE_ERROR;
};

Attachment attachmentFrom(const Statement& row) {
    Attachment a;
    a.id = row.text(0);
    a.requestId = row.text(1);
    a.name = row.text(2);
    a.mediaType = row.text(3);
    a.size = row.integer(4);
    a.sha256 = row.text(5);
    a.hasKey = row.integer(6) != 0;
    a.addedAt = parseUtc(row.text(7));
    a.purgedAt = row.isNull(8) ? QDateTime() : parseUtc(row.text(8));
    return a;
}

// Reads up to size bytes, waiting on devices that deliver in pieces; fewer
// only at the end of the data. -1 on a read error.
qint64 readUpTo(QIODevice& device, char* into, qint64 size) {
    qint64 total = 0;
    while (total < size) {
        const qint64 n = device.read(into + total, size - total);
        if (n < 0) {
            // A sequential device answers -1 at its end as well as on an error.
            if (device.isSequential() && device.atEnd())
                break;
            return -1;
        }
        if (n == 0) {
            if (device.isSequential() && device.waitForReadyRead(30000))
                continue;
            break;
        }
        total += n;
    }
    return total;
}

QString hexDigest(crypto_hash_sha256_state* state) {
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(state, digest);
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return QString::fromLatin1(hex);
}

Error damaged(const Attachment& a, const QString& what) {
    return makeError(ErrorCode::Damaged,
                     text::Storage::tr("The attachment \"%1\" (%2) is damaged: %3. Its content cannot be "
                                       "trusted and was not used; restore the file from a backup of the "
                                       "register or ask the sender for it again.")
                         .arg(a.name, a.id, what));
}

} // namespace

SqlCipherAttachmentRepository::SqlCipherAttachmentRepository(Database& db, QString attachmentsDir)
    : m_db(db)
    , m_dir(std::move(attachmentsDir)) {
}

QString SqlCipherAttachmentRepository::filePath(const QString& attachmentId) const {
    return QDir(m_dir).filePath(attachmentId);
}

Result<Attachment> SqlCipherAttachmentRepository::add(const QString& requestId, const QString& sourcePath) {
    const QFileInfo info(sourcePath);
    if (!info.exists())
        return makeError(ErrorCode::Io, text::Storage::tr("There is no file %1.").arg(sourcePath));
    if (!info.isFile())
        return makeError(ErrorCode::InvalidInput,
                         text::Storage::tr("%1 is not a file; attach files one by one.").arg(sourcePath));
    QFile source(sourcePath);
    // Unbuffered: the plaintext goes straight into locked memory, not through
    // Qt's read buffer.
    if (!source.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return makeError(ErrorCode::Io,
                         text::Storage::tr("Could not read %1: %2.").arg(sourcePath, source.errorString()));
    return add(requestId, source, info.fileName());
}

Result<Attachment> SqlCipherAttachmentRepository::add(const QString& requestId, QIODevice& source,
                                                      const QString& name) {
    {
        auto exists = m_db.prepare(QStringLiteral("SELECT r.reference, t.purged_at FROM requests r LEFT "
                                                  "JOIN retention t ON t.request_id = r.id WHERE r.id = ?"));
        if (!exists)
            return exists.error();
        exists->bind(1, requestId);
        auto row = exists->step();
        if (!row)
            return row.error();
        if (!row.value())
            return makeError(ErrorCode::NotFound,
                             text::Storage::tr("There is no request %1.").arg(requestId));
        if (!exists->isNull(1))
            return makeError(
                ErrorCode::Conflict,
                text::Storage::tr("The data received under request %1 were purged on %2 at the end "
                                  "of their retention; nothing more can be attached to it.")
                    .arg(exists->text(0), parseUtc(exists->text(1)).date().toString(Qt::ISODate)));
    }
    if (!QDir().mkpath(m_dir))
        return makeError(ErrorCode::Io, text::Storage::tr("Could not create the folder %1.").arg(m_dir));
    QFile::setPermissions(m_dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    Attachment a;
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.requestId = requestId;
    a.name = name;
    a.mediaType = QMimeDatabase().mimeTypeForFileNameAndData(name, &source).name();
    a.addedAt = QDateTime::currentDateTimeUtc();
    a.hasKey = true;
    const QByteArray additional = a.id.toLatin1();
    const QString path = filePath(a.id);

    auto writeError = [&](const QString& why) {
        return makeError(ErrorCode::Io,
                         text::Storage::tr("Could not write the encrypted attachment %1: %2. Nothing was "
                                           "attached; check the free disk space.")
                             .arg(path, why));
    };

    SecureBytes key = SecureBytes::random(kKeySize);
    {
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return writeError(fileProblem(out));
        out.setPermissions(QFile::ReadOwner | QFile::WriteOwner);

        Wiped<crypto_secretstream_xchacha20poly1305_state> state;
        Wiped<crypto_hash_sha256_state> hash;
        unsigned char header[kHeaderSize];
        crypto_secretstream_xchacha20poly1305_init_push(state.get(), header, key.data());
        crypto_hash_sha256_init(hash.get());
        if (out.write(kMagic, kMagicSize) != kMagicSize ||
            out.write(reinterpret_cast<const char*>(header), kHeaderSize) != kHeaderSize) {
            const QString why = fileProblem(out); // before cancelling, which replaces the message
            out.cancelWriting();
            return writeError(why);
        }

        // Read one chunk ahead: the last chunk pushed carries the FINAL tag.
        SecureBytes current(kChunkSize);
        SecureBytes next(kChunkSize);
        QByteArray cipher(kCipherChunkSize, Qt::Uninitialized);
        qint64 currentSize = readUpTo(source, reinterpret_cast<char*>(current.data()), kChunkSize);
        while (true) {
            if (currentSize < 0) {
                out.cancelWriting();
                return makeError(ErrorCode::Io, text::Storage::tr("Could not read \"%1\": %2. Nothing was "
                                                                  "attached.")
                                                    .arg(name, source.errorString()));
            }
            const qint64 nextSize = currentSize < kChunkSize
                                        ? 0
                                        : readUpTo(source, reinterpret_cast<char*>(next.data()), kChunkSize);
            const bool last = nextSize == 0;
            crypto_hash_sha256_update(hash.get(), current.data(),
                                      static_cast<unsigned long long>(currentSize));
            a.size += currentSize;
            unsigned long long cipherSize = 0;
            crypto_secretstream_xchacha20poly1305_push(
                state.get(), reinterpret_cast<unsigned char*>(cipher.data()), &cipherSize, current.data(),
                static_cast<unsigned long long>(currentSize),
                reinterpret_cast<const unsigned char*>(additional.constData()),
                static_cast<unsigned long long>(additional.size()),
                last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
            if (out.write(cipher.constData(), qint64(cipherSize)) != qint64(cipherSize)) {
                const QString why = fileProblem(out);
                out.cancelWriting();
                return writeError(why);
            }
            if (last)
                break;
            std::swap(current, next);
            currentSize = nextSize;
        }
        a.sha256 = hexDigest(hash.get());
        if (!commitSaved(out))
            return writeError(fileProblem(out));
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

    BlobStatement insert(m_db, "INSERT INTO attachments (id, request_id, name, media_type, size, sha256, "
                               "file_key, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert.prepared()) {
        discardFile(a.id);
        return insert.error(text::Storage::tr("storing an attachment"));
    }
    insert.bindText(1, a.id);
    insert.bindText(2, a.requestId);
    insert.bindText(3, a.name);
    insert.bindText(4, a.mediaType);
    sqlite3_bind_int64(insert.get(), 5, a.size);
    insert.bindText(6, a.sha256);
    // SQLCipher copies the key into its own memory, which it wipes when freed.
    sqlite3_bind_blob(insert.get(), 7, key.data(), int(key.size()), SQLITE_TRANSIENT);
    insert.bindText(8, utcText(a.addedAt));
    if (sqlite3_step(insert.get()) != SQLITE_DONE) {
        Error error = insert.error(text::Storage::tr("storing an attachment"));
        discardFile(a.id);
        return error;
    }
    return a;
}

Status SqlCipherAttachmentRepository::read(const QString& attachmentId, QIODevice& sink) {
    auto found = find(attachmentId);
    if (!found)
        return found.error();
    const Attachment& a = found.value();
    if (!a.hasKey)
        return makeError(
            ErrorCode::NotFound,
            text::Storage::tr("The attachment \"%1\" was destroyed%2 at the end of its retention: "
                              "its key is gone and its content can no longer be read.")
                .arg(a.name, a.purgedAt.isValid()
                                 ? QStringLiteral(" on ") + a.purgedAt.date().toString(Qt::ISODate)
                                 : QString()));
    SecureBytes key;
    {
        BlobStatement select(m_db, "SELECT file_key FROM attachments WHERE id = ?");
        if (!select.prepared())
            return select.error(text::Storage::tr("reading an attachment key"));
        select.bindText(1, attachmentId);
        const int rc = sqlite3_step(select.get());
        if (rc != SQLITE_ROW)
            return select.error(text::Storage::tr("reading an attachment key"));
        const void* blob = sqlite3_column_blob(select.get(), 0);
        const int bytes = sqlite3_column_bytes(select.get(), 0);
        if (!blob || std::size_t(bytes) != kKeySize)
            return damaged(a, text::Storage::tr("its key in the register is not a 256-bit key"));
        key = SecureBytes::fromRaw(blob, kKeySize);
    }

    QFile file(filePath(a.id));
    if (!file.exists())
        return damaged(a, text::Storage::tr("its file %1 is missing").arg(file.fileName()));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Io,
            text::Storage::tr("Could not read %1: %2.").arg(file.fileName(), file.errorString()));
    char magic[kMagicSize];
    unsigned char header[kHeaderSize];
    if (readUpTo(file, magic, kMagicSize) != kMagicSize || std::memcmp(magic, kMagic, kMagicSize) != 0)
        return damaged(a, text::Storage::tr("it is not an MLA Desk attachment file"));
    if (readUpTo(file, reinterpret_cast<char*>(header), kHeaderSize) != kHeaderSize)
        return damaged(a, text::Storage::tr("it is cut short"));

    Wiped<crypto_secretstream_xchacha20poly1305_state> state;
    Wiped<crypto_hash_sha256_state> hash;
    if (crypto_secretstream_xchacha20poly1305_init_pull(state.get(), header, key.data()) != 0)
        return damaged(a, text::Storage::tr("its header is invalid"));
    key.clear();
    crypto_hash_sha256_init(hash.get());
    const QByteArray additional = a.id.toLatin1();
    QByteArray cipher(kCipherChunkSize, Qt::Uninitialized);
    SecureBytes plain(kChunkSize);
    qint64 total = 0;
    bool final = false;
    while (!final) {
        const qint64 n = readUpTo(file, cipher.data(), kCipherChunkSize);
        if (n < 0)
            return makeError(
                ErrorCode::Io,
                text::Storage::tr("Could not read %1: %2.").arg(file.fileName(), file.errorString()));
        if (n < kOverhead)
            return damaged(a, text::Storage::tr("it is cut short (its end is missing)"));
        unsigned long long plainSize = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                state.get(), plain.data(), &plainSize, &tag,
                reinterpret_cast<const unsigned char*>(cipher.data()), static_cast<unsigned long long>(n),
                reinterpret_cast<const unsigned char*>(additional.constData()),
                static_cast<unsigned long long>(additional.size())) != 0)
            return damaged(a, text::Storage::tr("a part of it at byte %1 fails its authentication check")
                                  .arg(kMagicSize + kHeaderSize + total / kChunkSize * kCipherChunkSize));
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        if (!final && n < kCipherChunkSize)
            return damaged(a, text::Storage::tr("it is cut short (its end is missing)"));
        crypto_hash_sha256_update(hash.get(), plain.data(), plainSize);
        total += qint64(plainSize);
        if (total > a.size)
            return damaged(a, text::Storage::tr("it holds more data than was recorded"));
        if (sink.write(reinterpret_cast<const char*>(plain.data()), qint64(plainSize)) != qint64(plainSize))
            return makeError(ErrorCode::Io, text::Storage::tr("Could not write the attachment \"%1\": %2.")
                                                .arg(a.name, sink.errorString()));
    }
    if (!file.atEnd())
        return damaged(a, text::Storage::tr("there are bytes after its end"));
    if (total != a.size)
        return damaged(a, text::Storage::tr("its size is %1 bytes, %2 were recorded").arg(total).arg(a.size));
    if (hexDigest(hash.get()) != a.sha256)
        return damaged(a, text::Storage::tr("its SHA-256 differs from the one recorded"));
    return {};
}

Result<Attachment> SqlCipherAttachmentRepository::find(const QString& attachmentId) {
    auto st = m_db.prepare(QStringLiteral("SELECT %1 FROM attachments WHERE id = ?").arg(kColumns));
    if (!st)
        return st.error();
    st->bind(1, attachmentId);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::NotFound,
                         text::Storage::tr("There is no attachment %1.").arg(attachmentId));
    return attachmentFrom(st.value());
}

Result<QList<Attachment>> SqlCipherAttachmentRepository::list(const QString& requestId) {
    auto st = m_db.prepare(
        QStringLiteral("SELECT %1 FROM attachments WHERE request_id = ? ORDER BY added_at, name, id")
            .arg(kColumns));
    if (!st)
        return st.error();
    st->bind(1, requestId);
    QList<Attachment> result;
    if (auto done = st->forEachRow([&](const Statement& row) { result.append(attachmentFrom(row)); }); !done)
        return done.error();
    return result;
}

void SqlCipherAttachmentRepository::discardFile(const QString& attachmentId) {
    QFile::remove(filePath(attachmentId));
}

Status SqlCipherAttachmentRepository::shredFile(const QString& attachmentId) {
    const QString path = filePath(attachmentId);
    QFile file(path);
    if (!file.exists())
        return {};
    auto failed = [&](const QString& doing) {
        return makeError(ErrorCode::Io,
                         text::Storage::tr("Could not %1 the attachment file %2: %3. Remove it by "
                                           "hand; its key is already destroyed.")
                             .arg(doing, path, file.errorString()));
    };
    if (!file.open(QIODevice::ReadWrite | QIODevice::Unbuffered))
        return failed(QStringLiteral("open"));
    const QByteArray zeros(kCipherChunkSize, '\0');
    for (qint64 left = file.size(); left > 0;) {
        const qint64 n = std::min(left, qint64(zeros.size()));
        if (file.write(zeros.constData(), n) != n)
            return failed(QStringLiteral("overwrite"));
        left -= n;
    }
    if (!file.flush() || ::fsync(file.handle()) != 0)
        return failed(QStringLiteral("overwrite"));
    file.close();
    if (!file.remove())
        return failed(QStringLiteral("remove"));
    return {};
}

} // namespace mladesk
