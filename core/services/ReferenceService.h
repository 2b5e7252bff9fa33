#pragma once

#include "domain/Entities.h"
#include "domain/StateProfile.h"
#include "error/Result.h"
#include "rules/Catalogue.h"

namespace mladesk {

class ServiceGuard;

// Cases, authorities, states and state profiles, and the instrument catalogue: the records requests refer to.
// Every action passes the ServiceGuard (role, transaction, audit, change events); every change announces
// Change::Kind::References, and a state profile's also every request's deadlines (Change::Kind::Deadlines).
class ReferenceService {
public:
    explicit ReferenceService(ServiceGuard& guard)
        : m_guard(guard) {}

    // Reads (ViewContent: a case's and an authority's content).
    Result<QList<Case>> cases();
    Result<Case> findCase(const QString& idOrReference);
    Result<QList<Authority>> authorities();
    Result<Authority> findAuthority(const QString& id);
    Result<QList<State>> states();
    Result<State> findState(const QString& code);
    // The shipped catalogue with the register's edited states on top (no role: instruments and
    // holidays are no case content).
    Result<Catalogue> catalogue();

    Status saveCase(const Case& kase, bool isNew);
    Status saveAuthority(const Authority& authority, bool isNew);
    Status saveState(const State& state);
    // The user's version of a state (holidays, languages, contacts); deadlines of the requests it governs
    // are recomputed.
    Status saveStateProfile(const StateProfile& profile);
    Status resetStateProfile(const QString& code);

private:
    ServiceGuard& m_guard;
};

} // namespace mladesk
