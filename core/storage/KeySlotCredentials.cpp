#include "KeySlotCredentials.h"

#include "storage/Register.h"

namespace mladesk {

QStringList KeySlotCredentials::users() const {
    auto current =
        m_register.currentKeySlots(); // users added by another process since the register was loaded
    return current ? current->users() : m_register.keySlots().users();
}

Result<CredentialSealer> KeySlotCredentials::sealer() const {
    return m_register.passphraseSealer();
}

Status KeySlotCredentials::add(const PreparedCredential& credential) {
    return m_register.addPreparedSlot(credential);
}

Status KeySlotCredentials::change(const PreparedCredential& credential) {
    return m_register.replacePreparedSlot(credential);
}

Status KeySlotCredentials::remove(const QString& user) {
    return m_register.removeUserSlot(user);
}

Status KeySlotCredentials::verify(const QString& user, const SecureBytes& passphrase) const {
    return m_register.verifyPassphrase(user, passphrase);
}

} // namespace mladesk
