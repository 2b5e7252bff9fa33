#include "Database.h"

#include "error/CoreText.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <atomic>
#include <sqlcipher/sqlite3.h>

namespace mladesk {

namespace {
constexpr int kBusyTimeoutMs = 5000;
}

Database::~Database() {
    if (m_db)
        sqlite3_close_v2(m_db); // SQLCipher wipes its key material on close
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const SecureBytes& rawKey,
                                                 bool create) {
    return open(path, rawKey, create ? Access::Create : Access::ReadWrite);
}

Result<std::unique_ptr<Database>> Database::openReadOnly(const QString& path, const SecureBytes& rawKey) {
    // A killed writer's log and index: the first connection would truncate the
    // index and rebuild it from the log, so the index is opened read-only
    // (readonly_shm, in SQLite since 3.7.x, so in SQLCipher 3.4.1's 3.15.2)
    // and read as it is. SQLite refuses that when the index cannot be used
    // as it stands (it would have to be rebuilt, or no read mark fits); then,
    // and only then, the index is left to SQLite to rebuild: the log was
    // found whole before (checkWriteAheadLog), so the index holds nothing the
    // log does not.
    const bool indexBeside = QFileInfo(path + QStringLiteral("-wal")).size() > 0 &&
                             QFileInfo(path + QStringLiteral("-shm")).size() > 0;
    if (indexBeside) {
        int failedWith = SQLITE_OK;
        auto db = open(path, rawKey, Access::ReadOnlyIndex, &failedWith);
        const int primary = failedWith & 0xff;
        const bool indexRefused = primary == SQLITE_READONLY || primary == SQLITE_CANTOPEN ||
                                  failedWith == SQLITE_IOERR_SHMOPEN || failedWith == SQLITE_IOERR_SHMSIZE ||
                                  failedWith == SQLITE_IOERR_SHMMAP || failedWith == SQLITE_IOERR_SHMLOCK;
        if (db || !indexRefused)
            return db;
    }
    return open(path, rawKey, Access::ReadOnly);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const SecureBytes& rawKey,
                                                 Access access, int* failedWith) {
    if (rawKey.size() != 32)
        return makeError(ErrorCode::InvalidInput, text::Storage::tr("The database key must be 256 bits."));
    if (access != Access::Create && !QFile::exists(path))
        return makeError(
            ErrorCode::Damaged,
            text::Storage::tr("The register's database %1 is missing. Restore it from a backup.").arg(path));
    sqlite3* raw = nullptr;
    int flags = SQLITE_OPEN_FULLMUTEX;
    QByteArray name = QFile::encodeName(path);
    const bool readOnly = access == Access::ReadOnly || access == Access::ReadOnlyIndex;
    if (readOnly) {
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        // Without a log there is nothing but the file to read: immutable, so
        // SQLite creates no log or index to read it with. With one, SQLite
        // reads it (a read-only connection never checkpoints it).
        const bool logBeside = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
        name = "file:" + QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/") +
               (!logBeside                        ? QByteArray("?immutable=1")
                : access == Access::ReadOnlyIndex ? QByteArray("?readonly_shm=1")
                                                  : QByteArray());
    } else {
        flags |= SQLITE_OPEN_READWRITE | (access == Access::Create ? SQLITE_OPEN_CREATE : 0);
    }
    const int rc = sqlite3_open_v2(name.constData(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(raw));
    if (rc != SQLITE_OK)
        return makeError(ErrorCode::Io,
                         text::Storage::tr("Could not open %1: %2. Check that the folder exists "
                                           "and is writable.")
                             .arg(path, QString::fromUtf8(sqlite3_errstr(rc))));
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    sqlite3_extended_result_codes(raw, 1);

    // The raw key goes to SQLCipher as x'<64 hex>' so its own passphrase KDF is
    // never used. The hex form lives only in secure memory.
    {
        SecureBytes blob(67);
        const SecureBytes hex = rawKey.toHex();
        blob.data()[0] = 'x';
        blob.data()[1] = '\'';
        std::copy(hex.data(), hex.data() + hex.size(), blob.data() + 2);
        blob.data()[66] = '\'';
        if (sqlite3_key(raw, blob.data(), static_cast<int>(blob.size())) != SQLITE_OK)
            return makeError(ErrorCode::Io, text::Storage::tr("SQLCipher refused the key."));
    }

    auto version = db->prepare(QStringLiteral("PRAGMA cipher_version"));
    if (version && version->step().ok())
        db->m_cipherVersion = version->text(0);
    if (db->m_cipherVersion.isEmpty())
        return makeError(ErrorCode::Io,
                         text::Storage::tr("This SQLite library has no encryption (SQLCipher is "
                                           "required). Refusing to store a register unencrypted."));
    // Pin SQLCipher 3 settings (Debian 12 ships 3.4.1) so a register made on
    // either major version opens on the other.
    if (!db->m_cipherVersion.startsWith(QLatin1Char('3'))) {
        if (auto st = db->exec(QStringLiteral("PRAGMA cipher_compatibility = 3")); !st)
            return st.error();
    }
    // 4 KiB pages: a quarter of the page encryptions and HMACs of SQLCipher
    // 3's 1 KiB default. Pinned so SQLCipher 3 and 4 agree on it.
    if (auto st = db->exec(QStringLiteral("PRAGMA cipher_page_size = 4096")); !st)
        return st.error();

    // Prove the key with a real read.
    auto check = db->queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!check) {
        if (failedWith)
            *failedWith = sqlite3_extended_errcode(raw);
        return check.error();
    }

    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY",
                               "PRAGMA secure_delete = ON", "PRAGMA synchronous = FULL",
                               // 16 MiB of decrypted pages in memory (never on disk) per
                               // connection: the list's queries read indexes, and the window
                               // holds several connections. Bulk imports raise it for their
                               // duration (RegisterExchange::importAll).
                               "PRAGMA cache_size = -16384"}) {
        if (auto st = db->exec(QString::fromLatin1(pragma)); !st)
            return st.error();
    }
    if (readOnly)
        return db;
    auto mode = db->prepare(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return mode.error();
    if (auto stepped = mode->step(); !stepped)
        return stepped.error();
    return db;
}

void Database::interrupt() {
    sqlite3_interrupt(m_db);
}

Error Database::error(const QString& doing) const {
    const int code = sqlite3_extended_errcode(m_db) & 0xff;
    const QString detail = QString::fromUtf8(sqlite3_errmsg(m_db));
    switch (code) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return makeError(
            ErrorCode::Damaged,
            text::Storage::tr("The register's database is damaged or is not an MLA Desk database "
                              "(%1 while %2). Nothing was changed. Open a backup of the register.")
                .arg(detail, doing));
    case SQLITE_FULL:
        return makeError(ErrorCode::Io,
                         text::Storage::tr("The disk is full (while %1). Nothing was saved; free "
                                           "some space and try again.")
                             .arg(doing));
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return makeError(
            ErrorCode::Io,
            text::Storage::tr("The register could not be written or read (%1 while %2). Check the "
                              "disk and the folder's permissions.")
                .arg(detail, doing));
    case SQLITE_CONSTRAINT:
        return makeError(ErrorCode::Conflict, text::Storage::tr("%1 (while %2).").arg(detail, doing));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return makeError(ErrorCode::Io, text::Storage::tr("The register is in use by another program (while "
                                                          "%1). Close it there and try again.")
                                            .arg(doing));
    default:
        return makeError(ErrorCode::Io, text::Storage::tr("Database error while %1: %2.").arg(doing, detail));
    }
}

Status Database::exec(const QString& sql) {
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        sqlite3_free(message);
        return error(QStringLiteral("running \"%1\"").arg(sql.left(60).simplified()));
    }
    return {};
}

Result<Statement> Database::prepare(const QString& sql) {
    sqlite3_stmt* stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &stmt, nullptr) !=
        SQLITE_OK)
        return error(QStringLiteral("preparing \"%1\"").arg(sql.left(60).simplified()));
    return Statement(this, stmt);
}

Result<qint64> Database::queryInt(const QString& sql) {
    auto statement = prepare(sql);
    if (!statement)
        return statement.error();
    auto row = statement->step();
    if (!row)
        return row.error();
    return row.value() ? statement->integer(0) : 0;
}

int Database::lastChanges() const {
    return sqlite3_changes(m_db);
}

Statement::~Statement() {
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_texts(std::move(other.m_texts)) {
}

Statement& Statement::bind(int index, const QString& text) {
    // The UTF-8 stays with the statement until it is reset or the parameter
    // bound again (SQLITE_STATIC): SQLite does not copy it a second time.
    return bindUtf8(index, text.toUtf8());
}

Statement& Statement::bindUtf8(int index, QByteArray utf8) {
    if (index < 1)
        return *this; // no such parameter; SQLite would refuse it too
    if (std::size_t(index) > m_texts.size())
        m_texts.resize(index);
    QByteArray& kept = m_texts[index - 1];
    kept = std::move(utf8);
    sqlite3_bind_text(m_stmt, index, kept.constData(), static_cast<int>(kept.size()), SQLITE_STATIC);
    return *this;
}

Statement& Statement::bind(int index, qint64 value) {
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bindNull(int index) {
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement& Statement::bindOptional(int index, const QString& text) {
    return text.isEmpty() ? bindNull(index) : bind(index, text);
}

Result<bool> Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return m_db->error(
        QStringLiteral("running \"%1\"").arg(QString::fromUtf8(sqlite3_sql(m_stmt)).left(60).simplified()));
}

Status Statement::run() {
    auto stepped = step();
    reset();
    if (!stepped)
        return stepped.error();
    return {};
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    for (QByteArray& text : m_texts)
        text.clear();
}

QString Statement::text(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArrayView Statement::utf8(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

qint64 Statement::integer(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

bool Database::inTransaction() const {
    return sqlite3_get_autocommit(m_db) == 0;
}

Result<std::unique_ptr<Transaction>> Transaction::begin(Database& db) {
    static std::atomic<int> counter{0};
    const QString savepoint = db.inTransaction() ? QStringLiteral("nested_%1").arg(++counter) : QString();
    if (auto st = db.exec(savepoint.isEmpty() ? QStringLiteral("BEGIN IMMEDIATE")
                                              : QStringLiteral("SAVEPOINT ") + savepoint);
        !st)
        return st.error();
    return std::unique_ptr<Transaction>(new Transaction(db, savepoint));
}

Transaction::~Transaction() {
    if (!m_done) {
        // Nothing more can be done if even the rollback fails; SQLite rolls
        // back an unfinished transaction when the connection closes.
        const Status rolledBack =
            m_savepoint.isEmpty() ? m_db.exec(QStringLiteral("ROLLBACK"))
                                  : m_db.exec(QStringLiteral("ROLLBACK TO %1; RELEASE %1").arg(m_savepoint));
        Q_UNUSED(rolledBack);
    }
}

Status Transaction::commit() {
    auto st = m_db.exec(m_savepoint.isEmpty() ? QStringLiteral("COMMIT")
                                              : QStringLiteral("RELEASE ") + m_savepoint);
    if (!st) {
        return st;
    }
    m_done = true;
    return {};
}

} // namespace mladesk
