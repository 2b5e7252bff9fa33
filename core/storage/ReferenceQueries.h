#pragma once

#include "domain/Validation.h"
#include "error/CoreText.h"
#include "error/Result.h"
#include "storage/Database.h"

#include <QList>
#include <QString>
#include <QStringList>

// What the repositories of states, authorities and cases share: reading rows
// of one table, one record by key, and the refusal of an invalid record.
namespace mladesk::referencequeries {

template <typename T, typename Read>
inline Result<QList<T>> queryAll(Database& db, const QString& sql, const QString& key, Read read) {
    auto statement = db.prepare(sql);
    if (!statement)
        return statement.error();
    if (!key.isNull())
        statement->bind(1, key);
    QList<T> result;
    if (auto done = statement->forEachRow([&](const Statement& row) { result.append(read(row)); }); !done)
        return done.error();
    return result;
}

template <typename T>
inline Result<T> single(Result<QList<T>> rows, const QString& what, const QString& key) {
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return makeError(ErrorCode::NotFound,
                         text::Storage::tr("There is no %1 \"%2\" in this register.").arg(what, key));
    return rows->first();
}

inline Status invalid(const QString& what, const QString& name, const QList<FieldProblem>& problems) {
    QStringList lines;
    for (const FieldProblem& p : problems)
        lines << QStringLiteral("%1: %2").arg(p.field, p.message);
    return makeError(ErrorCode::InvalidInput, text::Storage::tr("%1 \"%2\" is not valid:\n  %3")
                                                  .arg(what, name, lines.join(QStringLiteral("\n  "))));
}

} // namespace mladesk::referencequeries
