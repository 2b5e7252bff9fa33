#pragma once

#include "error/Result.h"
#include "repositories/UserRepository.h"

#include <QDateTime>
#include <QStringList>

namespace mladesk {

class Database;

// The users table: each person's roles. Their key slots are in the register's
// key-slot file; access/Session keeps the two in step.
class SqlCipherUserRepository final : public UserRepository {
public:
    explicit SqlCipherUserRepository(Database& db)
        : m_db(db) {}
    Result<QList<UserRecord>> all() override;
    Result<UserRecord> find(const QString& name) override;
    Status save(const UserRecord& user) override; // inserts or updates
    Status remove(const QString& name) override;
    Result<int> countWithRole(const QString& role) override;

private:
    Database& m_db;
};

} // namespace mladesk
