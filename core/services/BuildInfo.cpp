#include "services/BuildInfo.h"

#include <QStringList>
#include <QtGlobal>
#include <openssl/crypto.h>
#include <sodium.h>
#include <sqlcipher/sqlite3.h>

namespace mladesk::buildInfo {

namespace {

// The cipher's version is a pragma of a connection; an in-memory database
// without a key is enough to ask it.
QString sqlCipherVersion() {
    sqlite3* db = nullptr;
    QString version;
    if (sqlite3_open(":memory:", &db) == SQLITE_OK) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW)
            version = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    if (version.isEmpty())
        version = QStringLiteral("unknown");
    return QStringLiteral("%1 (SQLite %2)").arg(version, QString::fromLatin1(sqlite3_libversion()));
}

} // namespace

QString version() {
    return QStringLiteral(MLADESK_VERSION);
}

QString commit() {
    return QStringLiteral(MLADESK_COMMIT);
}

QString licence() {
    return QStringLiteral("GPL-3.0-or-later");
}

QList<Component> components() {
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("SQLCipher"), sqlCipherVersion()},
        {QStringLiteral("OpenSSL"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING))},
        {QStringLiteral("libsodium"), QString::fromLatin1(sodium_version_string())},
    };
}

QStringList lines() {
    QStringList result{QStringLiteral("MLA Desk %1").arg(version()),
                       QStringLiteral("commit %1").arg(commit())};
    for (const Component& component : components())
        result << QStringLiteral("%1 %2").arg(component.name, component.version);
    result << QStringLiteral("licence %1").arg(licence());
    return result;
}

} // namespace mladesk::buildInfo
