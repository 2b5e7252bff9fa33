#include "KeySlotCredentials.h"

#include "storage/Register.h"

namespace mladesk {

QStringList KeySlotCredentials::users() const {
    auto current =
        m_register.currentKeySlots(); // users added by another process since the register was loaded
    return current ? current->users() : m_register.keySlots().users();
}

Status KeySlotCredentials::add(const QString& user, const SecureBytes& passphrase, KdfCost cost) {
    return m_register.addUserSlot(user, passphrase, cost);
}

Status KeySlotCredentials::change(const QString& user, const SecureBytes& passphrase, KdfCost cost) {
    return m_register.setUserPassphrase(user, passphrase, cost);
}

Status KeySlotCredentials::remove(const QString& user) {
    return m_register.removeUserSlot(user);
}

Status KeySlotCredentials::verify(const QString& user, const SecureBytes& passphrase) const {
    return m_register.verifyPassphrase(user, passphrase);
}

} // namespace mladesk
