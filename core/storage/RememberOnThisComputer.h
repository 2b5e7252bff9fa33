#pragma once

#include <QString>
#include <functional>

class QObject;

namespace mladesk {

class Register;

// "Remember on this computer": adds (or removes) the register's device slot
// and keeps its secret in the system keychain. When the keychain refuses,
// the slot is taken back, so nothing can open the register without it.
// done() gets an empty string, or what went wrong in words for the user.
void setRemembered(Register& reg, bool remember, QObject* context, std::function<void(QString problem)> done);

} // namespace mladesk
