#pragma once

#include "domain/StateProfile.h"
#include "error/Result.h"
#include "repositories/StateProfileRepository.h"
#include "rules/Catalogue.h"

namespace mladesk {

class Database;

// The register's view of the catalogue: the shipped files, the user's edited
// states on top, and a weekends-only profile for states the register knows
// but the catalogue does not.
class SqlCipherStateProfileRepository final : public StateProfileRepository {
public:
    explicit SqlCipherStateProfileRepository(Database& db)
        : m_db(db) {}

    Result<Catalogue> catalogue() override;
    // Stores the user's version of a state; the shipped file stays as it is.
    Status save(StateProfile profile) override;
    // Back to the shipped version.
    Status reset(const QString& code) override;

private:
    Database& m_db;
};

} // namespace mladesk
