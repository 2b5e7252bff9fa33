#pragma once

#include "domain/Entities.h"
#include "error/Result.h"
#include "repositories/CaseRepository.h"

namespace mladesk {

class Database;

// CaseRepository on the local register (table cases).
class SqlCipherCaseRepository final : public CaseRepository {
public:
    explicit SqlCipherCaseRepository(Database& db)
        : m_db(db) {}
    Status insert(const Case& kase) override;
    Status update(const Case& kase) override;
    Result<QList<Case>> all() override;
    Result<Case> find(const QString& idOrReference) override;

private:
    Database& m_db;
};

} // namespace mladesk
