#pragma once

#include "error/Result.h"
#include "security/SecureBytes.h"

#include <QByteArrayView>
#include <QString>
#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace mladesk {

class Statement;

// One SQLCipher connection, keyed with a raw 256-bit key. Not thread-safe:
// one thread at a time.
class Database {
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating when allowed) and keys the database, then reads from it
    // to prove the key: SQLCipher accepts any key and fails on first use.
    static Result<std::unique_ptr<Database>> open(const QString& path, const SecureBytes& rawKey,
                                                  bool create);
    // Opens an existing database read-only, to check it before anything may
    // write to it: such a connection never checkpoints, truncates or deletes
    // the write-ahead log, not even when it closes. Without a log beside the
    // database (the register was closed cleanly) it is opened immutable, so
    // it creates no -wal or -shm file either. With a log and a -shm index
    // beside it, the index is read as it is, not truncated or rebuilt, when
    // SQLite can use it so.
    static Result<std::unique_ptr<Database>> openReadOnly(const QString& path, const SecureBytes& rawKey);

    Status exec(const QString& sql);
    Result<Statement> prepare(const QString& sql);
    Result<qint64> queryInt(const QString& sql);
    QString cipherVersion() const { return m_cipherVersion; }
    int lastChanges() const;
    bool inTransaction() const;

    // Stops what the connection is running (from any thread); the statement
    // fails with an interruption.
    void interrupt();

    // Turns the connection's current error into an Error a user can act on.
    Error error(const QString& doing) const;
    sqlite3* handle() { return m_db; }

private:
    enum class Access { Create, ReadWrite, ReadOnly, ReadOnlyIndex };
    // failedWith: SQLite's extended result code when the read proving the key failed.
    static Result<std::unique_ptr<Database>> open(const QString& path, const SecureBytes& rawKey,
                                                  Access access, int* failedWith = nullptr);
    explicit Database(sqlite3* db)
        : m_db(db) {}
    sqlite3* m_db;
    QString m_cipherVersion;
};

// A prepared statement; bind with 1-based indexes, step, read columns.
class Statement {
public:
    Statement(Database* db, sqlite3_stmt* stmt)
        : m_db(db)
        , m_stmt(stmt) {}
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;

    Statement& bind(int index, const QString& text);
    // Text already in UTF-8 (JSON written as bytes).
    Statement& bindUtf8(int index, QByteArray utf8);
    Statement& bind(int index, qint64 value);
    Statement& bindNull(int index);
    // Binds a null for an empty string (optional text fields).
    Statement& bindOptional(int index, const QString& text);

    // true while a row is available; check ok() after the loop.
    Result<bool> step();
    // Runs a statement that returns no rows.
    Status run();
    // Steps through every row, calling row(*this) for each.
    template <typename RowFn> Status forEachRow(RowFn row) {
        while (true) {
            auto next = step();
            if (!next)
                return next.error();
            if (!next.value())
                return {};
            row(static_cast<const Statement&>(*this));
        }
    }
    void reset();

    QString text(int column) const;
    // The column's UTF-8 as SQLite holds it: valid until the next step or reset.
    QByteArrayView utf8(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;

private:
    Database* m_db;
    sqlite3_stmt* m_stmt;
    std::vector<QByteArray> m_texts; // bound text by parameter, kept while SQLite may read it
};

// BEGIN IMMEDIATE ... COMMIT, or a SAVEPOINT inside a transaction already
// open; rolls back unless committed.
class Transaction {
public:
    static Result<std::unique_ptr<Transaction>> begin(Database& db);
    ~Transaction();
    Status commit();

private:
    Transaction(Database& db, QString savepoint)
        : m_db(db)
        , m_savepoint(std::move(savepoint)) {}
    Database& m_db;
    QString m_savepoint; // empty for the outermost transaction
    bool m_done = false;
};

} // namespace mladesk
