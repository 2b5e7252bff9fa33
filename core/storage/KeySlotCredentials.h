#pragma once

#include "repositories/Credentials.h"

namespace mladesk {

class Register;

// The local register's credentials: the passphrase key slots of its key-slot
// file (storage/Register). Changing one rewrites that file only; the database
// is never re-encrypted.
class KeySlotCredentials final : public Credentials {
public:
    explicit KeySlotCredentials(Register& reg)
        : m_register(reg) {}

    QStringList users() const override;
    Result<CredentialSealer> sealer() const override;
    Status add(const PreparedCredential& credential) override;
    Status change(const PreparedCredential& credential) override;
    Status remove(const QString& user) override;
    Status verify(const QString& user, const SecureBytes& passphrase) const override;

private:
    Register& m_register;
};

} // namespace mladesk
