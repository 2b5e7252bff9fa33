#include "Role.h"

namespace mladesk {

QStringList allRoles() {
    return {roles::kLiaisonOfficer, roles::kProsecutor, roles::kTranslator, roles::kAuditor,
            roles::kAdministrator};
}

bool isKnownRole(const QString& role) {
    return allRoles().contains(role);
}

namespace {

bool roleAllows(const QString& role, Action action, bool contentGranted) {
    switch (action) {
    case Action::ViewContent:
        // A translator must read what they translate; an auditor only if granted.
        return role == roles::kLiaisonOfficer || role == roles::kProsecutor || role == roles::kTranslator ||
               (role == roles::kAuditor && contentGranted);
    case Action::EditContent:
    case Action::Import:
    case Action::Export:
        return role == roles::kLiaisonOfficer || role == roles::kProsecutor;
    case Action::ChangeStatus:
        return role == roles::kLiaisonOfficer || role == roles::kProsecutor;
    case Action::Approve:
        return role == roles::kProsecutor;
    case Action::EditTranslations:
        return role == roles::kTranslator || role == roles::kLiaisonOfficer;
    case Action::ReadAudit:
        return role == roles::kAuditor || role == roles::kAdministrator;
    case Action::ManageUsers:
        return role == roles::kAdministrator;
    case Action::DecideRetention:
        return role == roles::kLiaisonOfficer || role == roles::kProsecutor;
    case Action::PurgeData:
        return role == roles::kProsecutor;
    case Action::BackUp:
        // Those who keep the register: not a translator, not an auditor.
        return role == roles::kAdministrator || role == roles::kLiaisonOfficer || role == roles::kProsecutor;
    }
    return false;
}

} // namespace

bool allows(const QStringList& userRoles, Action action, bool contentGranted) {
    for (const QString& role : userRoles)
        if (roleAllows(role, action, contentGranted))
            return true;
    return false;
}

QString actionName(Action action) {
    switch (action) {
    case Action::ViewContent:
        return QStringLiteral("read case content");
    case Action::EditContent:
        return QStringLiteral("change case content");
    case Action::ChangeStatus:
        return QStringLiteral("change a request's status");
    case Action::Approve:
        return QStringLiteral("approve requests");
    case Action::EditTranslations:
        return QStringLiteral("edit translations");
    case Action::Import:
        return QStringLiteral("import");
    case Action::Export:
        return QStringLiteral("export");
    case Action::ReadAudit:
        return QStringLiteral("read the audit trail");
    case Action::ManageUsers:
        return QStringLiteral("manage users");
    case Action::DecideRetention:
        return QStringLiteral("decide how long received data is kept");
    case Action::PurgeData:
        return QStringLiteral("purge received data");
    case Action::BackUp:
        return QStringLiteral("back up the register");
    }
    return {};
}

} // namespace mladesk
