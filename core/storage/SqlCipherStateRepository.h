#pragma once

#include "domain/Entities.h"
#include "error/Result.h"
#include "repositories/StateRepository.h"

namespace mladesk {

class Database;

// StateRepository on the local register (table states).
class SqlCipherStateRepository final : public StateRepository {
public:
    explicit SqlCipherStateRepository(Database& db)
        : m_db(db) {}
    Status save(const State& state) override;
    Result<QList<State>> all() override;
    Result<State> find(const QString& code) override;

private:
    Database& m_db;
};

} // namespace mladesk
