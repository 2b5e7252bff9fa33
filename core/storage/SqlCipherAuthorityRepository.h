#pragma once

#include "domain/Entities.h"
#include "error/Result.h"
#include "repositories/AuthorityRepository.h"

namespace mladesk {

class Database;

// AuthorityRepository on the local register (table authorities).
class SqlCipherAuthorityRepository final : public AuthorityRepository {
public:
    explicit SqlCipherAuthorityRepository(Database& db)
        : m_db(db) {}
    Status insert(const Authority& authority) override;
    Status update(const Authority& authority) override;
    Result<QList<Authority>> all() override;
    Result<Authority> find(const QString& id) override;

private:
    Database& m_db;
};

} // namespace mladesk
