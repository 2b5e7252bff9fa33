#include "ReferenceService.h"

#include "error/CoreText.h"
#include "repositories/AuthorityRepository.h"
#include "repositories/CaseRepository.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/StateProfileRepository.h"
#include "repositories/StateRepository.h"
#include "services/ServiceGuard.h"

namespace mladesk {

Result<QList<Case>> ReferenceService::cases() {
    if (Status allowed = m_guard.require(Action::ViewContent); !allowed)
        return allowed.error();
    return m_guard.storage().cases().all();
}

Result<Case> ReferenceService::findCase(const QString& idOrReference) {
    if (Status allowed = m_guard.require(Action::ViewContent); !allowed)
        return allowed.error();
    return m_guard.storage().cases().find(idOrReference);
}

Result<QList<Authority>> ReferenceService::authorities() {
    if (Status allowed = m_guard.require(Action::ViewContent); !allowed)
        return allowed.error();
    return m_guard.storage().authorities().all();
}

Result<Authority> ReferenceService::findAuthority(const QString& id) {
    if (Status allowed = m_guard.require(Action::ViewContent); !allowed)
        return allowed.error();
    return m_guard.storage().authorities().find(id);
}

Result<QList<State>> ReferenceService::states() {
    if (Status allowed = m_guard.require(Action::ViewContent); !allowed)
        return allowed.error();
    return m_guard.storage().states().all();
}

Result<State> ReferenceService::findState(const QString& code) {
    if (Status allowed = m_guard.require(Action::ViewContent); !allowed)
        return allowed.error();
    return m_guard.storage().states().find(code);
}

Result<Catalogue> ReferenceService::catalogue() {
    if (!m_guard.storage().isOpen())
        return makeError(ErrorCode::Locked, text::Services::tr("The register is locked."));
    return m_guard.storage().stateProfiles().catalogue();
}

Status ReferenceService::saveCase(const Case& kase, bool isNew) {
    return m_guard.run(Action::EditContent, [&](ActionScope& scope) -> Status {
        CaseRepository& repository = scope.storage().cases();
        if (auto st = isNew ? repository.insert(kase) : repository.update(kase); !st)
            return st;
        scope.announce(Change::Kind::References);
        return scope.audit(isNew ? QStringLiteral("create") : QStringLiteral("change"),
                           QStringLiteral("case:") + kase.id);
    });
}

Status ReferenceService::saveAuthority(const Authority& authority, bool isNew) {
    return m_guard.run(Action::EditContent, [&](ActionScope& scope) -> Status {
        AuthorityRepository& repository = scope.storage().authorities();
        if (auto st = isNew ? repository.insert(authority) : repository.update(authority); !st)
            return st;
        scope.announce(Change::Kind::References);
        return scope.audit(isNew ? QStringLiteral("create") : QStringLiteral("change"),
                           QStringLiteral("authority:") + authority.id);
    });
}

Status ReferenceService::saveState(const State& state) {
    return m_guard.run(Action::EditContent, [&](ActionScope& scope) -> Status {
        if (auto st = scope.storage().states().save(state); !st)
            return st;
        scope.announce(Change::Kind::References);
        return scope.audit(QStringLiteral("change"), QStringLiteral("state:") + state.code);
    });
}

Status ReferenceService::saveStateProfile(const StateProfile& profile) {
    return m_guard.run(Action::EditContent, [&](ActionScope& scope) -> Status {
        if (auto st = scope.storage().stateProfiles().save(profile); !st)
            return st;
        if (auto st = scope.storage().deadlines().recomputeForState(profile.code); !st)
            return st;
        scope.announce(Change::Kind::References);
        scope.announce(Change::Kind::Deadlines); // every request the state governs
        return scope.audit(QStringLiteral("change"), QStringLiteral("state-profile:") + profile.code);
    });
}

Status ReferenceService::resetStateProfile(const QString& code) {
    return m_guard.run(Action::EditContent, [&](ActionScope& scope) -> Status {
        if (auto st = scope.storage().stateProfiles().reset(code); !st)
            return st;
        if (auto st = scope.storage().deadlines().recomputeForState(code); !st)
            return st;
        scope.announce(Change::Kind::References);
        scope.announce(Change::Kind::Deadlines);
        return scope.audit(QStringLiteral("change"), QStringLiteral("state-profile:") + code,
                           QStringLiteral("back to the shipped version"));
    });
}

} // namespace mladesk
