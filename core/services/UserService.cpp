#include "UserService.h"

#include "error/CoreText.h"
#include "repositories/Credentials.h"
#include "repositories/Storage.h"
#include "services/ServiceGuard.h"
#include "services/Session.h"

namespace mladesk {

namespace {

QString userObject(const QString& name) {
    return QStringLiteral("user:") + name;
}

} // namespace

Result<QList<UserRecord>> UserService::users() {
    // Administrators manage users; auditors read who did what.
    if (Status allowed = m_guard.require(Action::ManageUsers); !allowed) {
        if (allowed.error().code != ErrorCode::Forbidden || !m_guard.session().can(Action::ReadAudit))
            return allowed.error();
    }
    return m_guard.storage().users().all();
}

Status UserService::requireAdministratorLeft(Storage& storage, const QString& name,
                                             const QStringList& newRoles) {
    auto admins = storage.users().countWithRole(roles::kAdministrator);
    if (!admins)
        return admins.error();
    auto current = storage.users().find(name);
    if (!current)
        return current.error();
    if (current->roles.contains(roles::kAdministrator) && !newRoles.contains(roles::kAdministrator) &&
        admins.value() <= 1)
        return makeError(ErrorCode::Conflict, text::Services::tr("%1 is the last administrator of this "
                                                                 "register; make someone else an "
                                                                 "administrator first.")
                                                  .arg(name));
    return {};
}

Result<CredentialSealer> UserService::sealer() {
    // Any signed-in user may make one (for their own passphrase); the
    // credentials refuse while the register is locked.
    return m_guard.storage().credentials().sealer();
}

Result<PreparedCredential> UserService::seal(const QString& name, const SecureBytes& passphrase,
                                             KdfCost cost) {
    auto sealer = this->sealer();
    if (!sealer)
        return sealer.error();
    return sealer.value()(name, passphrase, cost);
}

Status UserService::add(const QString& name, const QStringList& userRoles, const SecureBytes& passphrase,
                        KdfCost cost) {
    if (auto st = m_guard.require(Action::ManageUsers); !st)
        return st; // before the slow derivation
    auto credential = seal(name, passphrase, cost);
    if (!credential)
        return credential.error();
    return add(name, userRoles, credential.value());
}

Status UserService::add(const QString& name, const QStringList& userRoles,
                        const PreparedCredential& credential) {
    bool slotWritten = false;
    Status added = m_guard.run(Action::ManageUsers, [&](ActionScope& scope) -> Status {
        if (name.trimmed().isEmpty() || name.contains(QLatin1Char('\t')) || name.contains(QLatin1Char('\n')))
            return makeError(ErrorCode::InvalidInput, text::Services::tr("A user needs a name on one line."));
        if (credential.user != name)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("The passphrase was prepared for another user."));
        Storage& storage = scope.storage();
        if (storage.users().find(name) || storage.credentials().users().contains(name))
            return makeError(ErrorCode::Conflict,
                             text::Services::tr("There is already a user \"%1\".").arg(name));
        if (auto st = storage.users().save({name, userRoles, false, QDateTime::currentDateTimeUtc()}); !st)
            return st;
        if (auto st = scope.audit(QStringLiteral("user-added"), userObject(name),
                                  QStringLiteral("roles: %1").arg(userRoles.join(u", ")));
            !st)
            return st;
        scope.announce(Change::Kind::Users);
        // The credential last: if it cannot be written, the transaction rolls back.
        if (auto st = storage.credentials().add(credential); !st)
            return st;
        slotWritten = true;
        return {};
    });
    // The commit failed after the key slot was written: the user is not there, nor is their slot.
    if (!added && slotWritten) {
        const Status undone = m_guard.storage().credentials().remove(name);
        Q_UNUSED(undone);
    }
    return added;
}

Status UserService::remove(const QString& name) {
    return m_guard.run(Action::ManageUsers, [&](ActionScope& scope) -> Status {
        if (auto st = requireAdministratorLeft(scope.storage(), name, {}); !st)
            return st;
        if (auto st = scope.storage().users().remove(name); !st)
            return st;
        if (auto st = scope.audit(QStringLiteral("user-removed"), userObject(name)); !st)
            return st;
        scope.announce(Change::Kind::Users);
        return scope.storage().credentials().remove(name);
    });
}

Status UserService::setRoles(const QString& name, const QStringList& userRoles, bool contentAccess) {
    const Status changed = m_guard.run(Action::ManageUsers, [&](ActionScope& scope) -> Status {
        if (auto st = requireAdministratorLeft(scope.storage(), name, userRoles); !st)
            return st;
        auto current = scope.storage().users().find(name);
        if (!current)
            return current.error();
        if (auto st = scope.storage().users().save({name, userRoles, contentAccess, current->createdAt}); !st)
            return st;
        scope.announce(Change::Kind::Users);
        return scope.audit(QStringLiteral("roles-changed"), userObject(name),
                           QStringLiteral("roles: %1%2")
                               .arg(userRoles.join(u", "),
                                    contentAccess ? QStringLiteral("; content access granted") : QString()));
    });
    // Signed in as the user whose roles changed: they apply at once (once committed).
    if (changed && name == m_guard.session().user())
        m_guard.session().setRoles(userRoles, contentAccess);
    return changed;
}

Status UserService::changeOwnPassphrase(const SecureBytes& current, const SecureBytes& next, KdfCost cost) {
    auto proof = m_guard.session().authenticate(current);
    if (!proof)
        return makeError(ErrorCode::WrongPassphrase,
                         text::Services::tr("The current passphrase is wrong; nothing was changed."));
    auto credential = seal(m_guard.session().user(), next, cost);
    if (!credential)
        return credential.error();
    return changeOwnPassphrase(proof.value(), credential.value());
}

Status UserService::changeOwnPassphrase(const Authentication& proof, const PreparedCredential& next) {
    // Anyone signed in may change their own; the current passphrase is the check.
    return m_guard.inTransaction([&](ActionScope& scope) -> Status {
        const QString user = m_guard.session().user();
        if (proof.user() != user || next.user != user)
            return makeError(ErrorCode::Forbidden,
                             text::Services::tr("Only %1 can change their own passphrase.").arg(user));
        if (auto st = scope.storage().credentials().change(next); !st)
            return st;
        return scope.audit(QStringLiteral("passphrase-changed"), userObject(user));
    });
}

Status UserService::resetAccess(const QString& name, const SecureBytes& passphrase, KdfCost cost) {
    if (auto st = m_guard.require(Action::ManageUsers); !st)
        return st;
    auto credential = seal(name, passphrase, cost);
    if (!credential)
        return credential.error();
    return resetAccess(name, credential.value());
}

Status UserService::resetAccess(const QString& name, const PreparedCredential& credential) {
    return m_guard.run(Action::ManageUsers, [&](ActionScope& scope) -> Status {
        if (credential.user != name)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("The passphrase was prepared for another user."));
        if (auto st = scope.storage().credentials().change(credential); !st)
            return st;
        return scope.audit(QStringLiteral("access-reset"), userObject(name));
    });
}

} // namespace mladesk
