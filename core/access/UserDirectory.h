#pragma once

#include "error/Result.h"

#include <QDateTime>
#include <QStringList>

namespace mladesk {

class Database;

struct UserRecord {
    QString name;
    QStringList roles;
    bool contentAccess = false; // an auditor granted sight of case content
    QDateTime createdAt;
};

// The users table: each person's roles. Their key slots are in the register's
// key-slot file; access/Session keeps the two in step.
class UserDirectory {
public:
    explicit UserDirectory(Database& db)
        : m_db(db) {}
    Result<QList<UserRecord>> all();
    Result<UserRecord> find(const QString& name);
    Status save(const UserRecord& user); // inserts or updates
    Status remove(const QString& name);
    Result<int> countWithRole(const QString& role);

private:
    Database& m_db;
};

} // namespace mladesk
