#pragma once

#include "error/Result.h"
#include "security/KdfCost.h"
#include "security/SecureBytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <vector>

namespace mladesk {

// The register's key-slot file: the random 256-bit master key, wrapped once
// per way of unlocking. A passphrase slot wraps it with a key derived by
// Argon2id from one user's passphrase; a device slot wraps it with a random
// secret kept in this computer's keychain ("remember on this computer").
// Wrapping is XChaCha20-Poly1305 with the slot's identity as associated data,
// so a wrong passphrase or an edited slot fails authentication.
class KeySlots {
public:
    enum class Kind { Passphrase, Device };
    struct Slot {
        QString id;
        Kind kind = Kind::Passphrase;
        QString user;
        KdfCost cost{0, 0};
        QByteArray salt;
        QByteArray nonce;
        QByteArray wrappedKey;
        QDateTime created;
    };

    static constexpr std::size_t kMasterKeySize = 32;

    // The master key and whose slot opened it.
    struct Unwrapped {
        SecureBytes key;
        QString user;
    };

    // A new, empty set for a new register with a fresh register id.
    static KeySlots createNew();
    static Result<KeySlots> load(const QString& path);
    // Atomic: the old file stays until the new one is completely on disk.
    Status save(const QString& path) const;

    QString registerId() const { return m_registerId; }
    const std::vector<Slot>& entries() const { return m_slots; }
    bool hasDeviceSlot() const;
    QStringList users() const;

    Status addPassphraseSlot(const QString& user, const SecureBytes& passphrase, const SecureBytes& masterKey,
                             KdfCost cost);
    // A passphrase slot for this register, made apart from the set: the slow
    // part of adding one (Argon2id). Changes nothing here: the window calls it
    // on a copy, on a worker thread, and adds the slot afterwards.
    Result<Slot> passphraseSlot(const QString& user, const SecureBytes& passphrase,
                                const SecureBytes& masterKey, KdfCost cost) const;
    // Adds a slot made by passphraseSlot (refused when the user has one).
    Status addSlot(Slot slot);
    // Puts it in place of its user's passphrase slot (NotFound when there is none).
    Status replaceSlot(Slot slot);
    // Replaces the user's passphrase slot (a changed passphrase, or an
    // administrator resetting access); the database is never re-encrypted.
    Status replacePassphraseSlot(const QString& user, const SecureBytes& passphrase,
                                 const SecureBytes& masterKey, KdfCost cost);
    // Refuses to remove the last passphrase slot.
    Status removePassphraseSlot(const QString& user);
    // Returns the new slot's id; the device secret goes into the keychain. The
    // slot opens the register as user.
    QString addDeviceSlot(const SecureBytes& deviceSecret, const SecureBytes& masterKey, const QString& user);
    void removeDeviceSlots();

    // Slow (Argon2id): run it off the UI thread. Tries the named user's slot,
    // or every passphrase slot when user is empty.
    Result<Unwrapped> unwrapWithPassphrase(const SecureBytes& passphrase, const QString& user = {}) const;
    Result<Unwrapped> unwrapWithDeviceSecret(const SecureBytes& deviceSecret) const;

private:
    QByteArray associatedData(const Slot& slot) const;
    Slot sealed(Slot slot, const SecureBytes& wrappingKey, const SecureBytes& masterKey) const;
    Result<SecureBytes> open(const Slot& slot, const SecureBytes& wrappingKey) const;

    QString m_registerId;
    std::vector<Slot> m_slots;
};

} // namespace mladesk

Q_DECLARE_METATYPE(mladesk::KeySlots::Slot)
