#include "Session.h"

#include "error/CoreText.h"
#include "repositories/Credentials.h"

namespace mladesk {

bool Session::can(Action action) const {
    return allows(m_user.roles, action, m_user.contentAccess);
}

Status Session::require(Action action) const {
    if (can(action))
        return {};
    return makeError(ErrorCode::Forbidden, text::Services::tr("%1 (%2) may not %3.")
                                               .arg(m_user.name,
                                                    m_user.roles.isEmpty() ? text::Services::tr("no role")
                                                                           : m_user.roles.join(u", "),
                                                    actionName(action)));
}

void Session::setRoles(const QStringList& roles, bool contentAccess) {
    m_user.roles = roles;
    m_user.contentAccess = contentAccess;
}

Result<Authentication> Session::authenticate(const SecureBytes& passphrase) const {
    if (auto st = m_credentials.verify(m_user.name, passphrase); !st)
        return makeError(
            ErrorCode::WrongPassphrase,
            text::Services::tr("The passphrase of %1 is wrong; nothing was approved.").arg(m_user.name));
    return Authentication(m_user.name);
}

} // namespace mladesk
