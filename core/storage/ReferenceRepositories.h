#pragma once

#include "domain/Entities.h"
#include "error/Result.h"

namespace mladesk {

class Database;

// States, authorities and cases: the records requests refer to.
class StateRepository {
public:
    explicit StateRepository(Database& db)
        : m_db(db) {}
    Status save(const State& state); // updates, or inserts a new one
    Result<QList<State>> all();
    Result<State> find(const QString& code);

private:
    Database& m_db;
};

class AuthorityRepository {
public:
    explicit AuthorityRepository(Database& db)
        : m_db(db) {}
    Status insert(const Authority& authority);
    Status update(const Authority& authority);
    Result<QList<Authority>> all();
    Result<Authority> find(const QString& id);

private:
    Database& m_db;
};

class CaseRepository {
public:
    explicit CaseRepository(Database& db)
        : m_db(db) {}
    Status insert(const Case& kase);
    Status update(const Case& kase);
    Result<QList<Case>> all();
    Result<Case> find(const QString& idOrReference);

private:
    Database& m_db;
};

} // namespace mladesk
