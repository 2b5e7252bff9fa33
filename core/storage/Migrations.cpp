#include "Migrations.h"

#include "error/CoreText.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>

namespace mladesk {

namespace {

QStringList migrationFiles() {
    const QDir dir(QStringLiteral(":/schema/migrations"));
    return dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
}

} // namespace

int Migrations::latestVersion() {
    return static_cast<int>(migrationFiles().size());
}

Result<int> Migrations::currentVersion(Database& db) {
    auto version = db.queryInt(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    return static_cast<int>(version.value());
}

Status Migrations::migrate(Database& db, int targetVersion) {
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    if (current.value() > latestVersion())
        return makeError(
            ErrorCode::Damaged,
            text::Storage::tr("This register has schema version %1, but this MLA Desk knows only up to "
                              "version %2. Open it with a newer MLA Desk.")
                .arg(current.value())
                .arg(latestVersion()));
    const QStringList files = migrationFiles();
    for (int version = current.value() + 1; version <= targetVersion; ++version) {
        QFile file(QStringLiteral(":/schema/migrations/") + files.at(version - 1));
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io,
                             text::Storage::tr("Migration %1 is missing from this build.").arg(version));
        const QString sql = QString::fromUtf8(file.readAll());
        auto transaction = Transaction::begin(db);
        if (!transaction)
            return transaction.error();
        if (auto st = db.exec(sql); !st)
            return makeError(st.error().code, text::Storage::tr("Migrating the register to schema version %1 "
                                                                "failed; it is unchanged. %2")
                                                  .arg(version)
                                                  .arg(st.error().message));
        if (auto st = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)); !st)
            return st;
        if (auto st = transaction.value()->commit(); !st)
            return st;
    }
    return {};
}

} // namespace mladesk
