#pragma once

#include "error/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace mladesk {

struct UserRecord {
    QString name;
    QStringList roles;
    bool contentAccess = false; // an auditor granted sight of case content
    QDateTime createdAt;
};

// The register's users and each one's roles: what someone may do. Whether
// they are who they say is Credentials' (Storage::credentials()); the
// UserService keeps the two in step.
class UserRepository {
public:
    virtual ~UserRepository() = default;

    virtual Result<QList<UserRecord>> all() = 0;
    virtual Result<UserRecord> find(const QString& name) = 0;
    virtual Status save(const UserRecord& user) = 0; // inserts or updates
    virtual Status remove(const QString& name) = 0;
    virtual Result<int> countWithRole(const QString& role) = 0;
};

} // namespace mladesk
