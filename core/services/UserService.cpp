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

Status UserService::add(const QString& name, const QStringList& userRoles, const SecureBytes& passphrase,
                        KdfCost cost) {
    bool slotWritten = false;
    Status added = m_guard.run(Action::ManageUsers, [&](ActionScope& scope) -> Status {
        if (name.trimmed().isEmpty() || name.contains(QLatin1Char('\t')) || name.contains(QLatin1Char('\n')))
            return makeError(ErrorCode::InvalidInput, text::Services::tr("A user needs a name on one line."));
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
        if (auto st = storage.credentials().add(name, passphrase, cost); !st)
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
    // Anyone signed in may change their own; the current passphrase is the check.
    return m_guard.inTransaction([&](ActionScope& scope) -> Status {
        const QString user = m_guard.session().user();
        Credentials& credentials = scope.storage().credentials();
        if (auto st = credentials.verify(user, current); !st)
            return makeError(ErrorCode::WrongPassphrase,
                             text::Services::tr("The current passphrase is wrong; nothing was changed."));
        if (auto st = credentials.change(user, next, cost); !st)
            return st;
        return scope.audit(QStringLiteral("passphrase-changed"), userObject(user));
    });
}

Status UserService::resetAccess(const QString& name, const SecureBytes& passphrase, KdfCost cost) {
    return m_guard.run(Action::ManageUsers, [&](ActionScope& scope) -> Status {
        if (auto st = scope.storage().credentials().change(name, passphrase, cost); !st)
            return st;
        return scope.audit(QStringLiteral("access-reset"), userObject(name));
    });
}

} // namespace mladesk
