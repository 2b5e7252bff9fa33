#pragma once

#include <QString>
#include <functional>

class QObject;

namespace mladesk {

class Register;

// "Remember on this computer": keeps a new secret in the system keychain and
// then adds the register's device slot for it (or removes the slot). When the
// keychain refuses, the key-slot file is not touched. The attempt, done or
// refused, is noted for the audit trail (Register::noteForAudit; the next
// sign-in, Workspace::start, records it). done() gets an empty string, or what went
// wrong in words for the user.
void setRemembered(Register& reg, bool remember, QObject* context, std::function<void(QString problem)> done);

} // namespace mladesk
