#include "KeySlots.h"

#include "error/CoreText.h"
#include "error/FileError.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>
#include <algorithm>
#include <sodium.h>

namespace mladesk {

namespace {

constexpr auto kFormat = "mladesk-keyslots";
constexpr int kVersion = 1;
constexpr qint64 kMaxFileSize = 1024 * 1024;

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString kindName(KeySlots::Kind kind) {
    return kind == KeySlots::Kind::Passphrase ? QStringLiteral("passphrase") : QStringLiteral("device");
}

QByteArray randomBytes(std::size_t size) {
    QByteArray bytes(static_cast<qsizetype>(size), '\0');
    randombytes_buf(bytes.data(), size);
    return bytes;
}

Error damaged(const QString& path, const QString& what) {
    return makeError(
        ErrorCode::Damaged,
        text::Security::tr("The key-slot file %1 is damaged (%2). Restore it from a backup of this "
                           "register; without it the register cannot be opened.")
            .arg(path, what));
}

// Argon2id: passphrase -> 256-bit wrapping key.
Result<SecureBytes> deriveKey(const SecureBytes& passphrase, const QByteArray& salt, KdfCost cost) {
    SecureBytes key(KeySlots::kMasterKeySize);
    if (crypto_pwhash(key.data(), key.size(), passphrase.chars(), passphrase.size(),
                      reinterpret_cast<const unsigned char*>(salt.constData()), cost.opsLimit,
                      cost.memLimitBytes, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return makeError(ErrorCode::Io,
                         text::Security::tr("Not enough memory to derive the key from the passphrase "
                                            "(Argon2id needs %1 MiB). Close other programs and try again.")
                             .arg(cost.memLimitBytes / (1024 * 1024)));
    return key;
}

Error alreadyHasSlot(const QString& user) {
    return makeError(ErrorCode::Conflict,
                     text::Security::tr("User \"%1\" already has a key slot in this register.").arg(user));
}

Error noSuchUser(const QString& user) {
    return makeError(ErrorCode::NotFound, text::Security::tr("This register has no user \"%1\".").arg(user));
}

// A device secret is already 256 random bits; a keyed BLAKE2b separates its use.
SecureBytes deviceWrappingKey(const SecureBytes& deviceSecret) {
    SecureBytes key(KeySlots::kMasterKeySize);
    static const char kContext[] = "mladesk device slot v1";
    crypto_generichash(key.data(), key.size(), reinterpret_cast<const unsigned char*>(kContext),
                       sizeof kContext - 1, deviceSecret.data(), deviceSecret.size());
    return key;
}

} // namespace

KeySlots KeySlots::createNew() {
    KeySlots entries;
    entries.m_registerId = newId();
    return entries;
}

bool KeySlots::hasDeviceSlot() const {
    for (const Slot& slot : m_slots)
        if (slot.kind == Kind::Device)
            return true;
    return false;
}

QStringList KeySlots::users() const {
    QStringList names;
    for (const Slot& slot : m_slots)
        if (slot.kind == Kind::Passphrase)
            names << slot.user;
    return names;
}

QByteArray KeySlots::associatedData(const Slot& slot) const {
    return QStringLiteral("mladesk-keyslot-v1|%1|%2|%3|%4|%5|%6")
        .arg(m_registerId, slot.id, kindName(slot.kind), slot.user)
        .arg(slot.cost.opsLimit)
        .arg(slot.cost.memLimitBytes)
        .toUtf8();
}

KeySlots::Slot KeySlots::sealed(Slot slot, const SecureBytes& wrappingKey,
                                const SecureBytes& masterKey) const {
    slot.nonce = randomBytes(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    slot.wrappedKey.resize(
        static_cast<qsizetype>(masterKey.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES));
    const QByteArray ad = associatedData(slot);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(slot.wrappedKey.data()), &length, masterKey.data(), masterKey.size(),
        reinterpret_cast<const unsigned char*>(ad.constData()), static_cast<unsigned long long>(ad.size()),
        nullptr, reinterpret_cast<const unsigned char*>(slot.nonce.constData()), wrappingKey.data());
    return slot;
}

Result<SecureBytes> KeySlots::open(const Slot& slot, const SecureBytes& wrappingKey) const {
    const auto expected = kMasterKeySize + crypto_aead_xchacha20poly1305_ietf_ABYTES;
    if (static_cast<std::size_t>(slot.wrappedKey.size()) != expected ||
        static_cast<std::size_t>(slot.nonce.size()) != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES)
        return makeError(ErrorCode::Damaged, text::Security::tr("A key slot has the wrong size."));
    SecureBytes master(kMasterKeySize);
    const QByteArray ad = associatedData(slot);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            master.data(), &length, nullptr,
            reinterpret_cast<const unsigned char*>(slot.wrappedKey.constData()),
            static_cast<unsigned long long>(slot.wrappedKey.size()),
            reinterpret_cast<const unsigned char*>(ad.constData()),
            static_cast<unsigned long long>(ad.size()),
            reinterpret_cast<const unsigned char*>(slot.nonce.constData()), wrappingKey.data()) != 0)
        return makeError(ErrorCode::WrongPassphrase, text::Security::tr("The key does not open this slot."));
    return master;
}

Result<KeySlots::Slot> KeySlots::passphraseSlot(const QString& user, const SecureBytes& passphrase,
                                                const SecureBytes& masterKey, KdfCost cost) const {
    if (passphrase.isEmpty())
        return makeError(ErrorCode::InvalidInput, text::Security::tr("The passphrase is empty."));
    Slot slot;
    slot.id = newId();
    slot.kind = Kind::Passphrase;
    slot.user = user;
    slot.cost = cost;
    slot.salt = randomBytes(crypto_pwhash_SALTBYTES);
    slot.created = QDateTime::currentDateTimeUtc();
    auto key = deriveKey(passphrase, slot.salt, cost);
    if (!key)
        return key.error();
    return sealed(std::move(slot), key.value(), masterKey);
}

Status KeySlots::addSlot(Slot slot) {
    if (users().contains(slot.user))
        return alreadyHasSlot(slot.user);
    m_slots.push_back(std::move(slot));
    return {};
}

Status KeySlots::replaceSlot(Slot slot) {
    const auto old = std::find_if(m_slots.begin(), m_slots.end(), [&](const Slot& s) {
        return s.kind == Kind::Passphrase && s.user == slot.user;
    });
    if (old == m_slots.end())
        return noSuchUser(slot.user);
    *old = std::move(slot);
    return {};
}

Status KeySlots::addPassphraseSlot(const QString& user, const SecureBytes& passphrase,
                                   const SecureBytes& masterKey, KdfCost cost) {
    if (users().contains(user))
        return alreadyHasSlot(user); // before the slow derivation
    auto slot = passphraseSlot(user, passphrase, masterKey, cost);
    if (!slot)
        return slot.error();
    return addSlot(std::move(slot.value()));
}

Status KeySlots::replacePassphraseSlot(const QString& user, const SecureBytes& passphrase,
                                       const SecureBytes& masterKey, KdfCost cost) {
    if (!users().contains(user))
        return noSuchUser(user);
    auto slot = passphraseSlot(user, passphrase, masterKey, cost);
    if (!slot)
        return slot.error();
    return replaceSlot(std::move(slot.value()));
}

Status KeySlots::removePassphraseSlot(const QString& user) {
    if (!users().contains(user))
        return noSuchUser(user);
    if (users().size() == 1)
        return makeError(ErrorCode::Conflict,
                         text::Security::tr("\"%1\" is the register's only user.").arg(user));
    std::erase_if(m_slots, [&](const Slot& s) { return s.user == user; }); // with their device slots
    return {};
}

QString KeySlots::addDeviceSlot(const SecureBytes& deviceSecret, const SecureBytes& masterKey,
                                const QString& user) {
    Slot slot;
    slot.id = newId();
    slot.kind = Kind::Device;
    slot.user = user;
    slot.created = QDateTime::currentDateTimeUtc();
    const QString id = slot.id;
    m_slots.push_back(sealed(std::move(slot), deviceWrappingKey(deviceSecret), masterKey));
    return id;
}

void KeySlots::removeDeviceSlots() {
    std::erase_if(m_slots, [](const Slot& slot) { return slot.kind == Kind::Device; });
}

Result<KeySlots::Unwrapped> KeySlots::unwrapWithPassphrase(const SecureBytes& passphrase,
                                                           const QString& user) const {
    bool userFound = false;
    for (const Slot& slot : m_slots) {
        if (slot.kind != Kind::Passphrase || (!user.isEmpty() && slot.user != user))
            continue;
        userFound = true;
        auto key = deriveKey(passphrase, slot.salt, slot.cost);
        if (!key)
            return key.error();
        auto master = open(slot, key.value());
        if (master)
            return Unwrapped{std::move(master.value()), slot.user};
        if (master.error().code != ErrorCode::WrongPassphrase)
            return master.error();
    }
    if (!user.isEmpty() && !userFound)
        return makeError(ErrorCode::WrongPassphrase,
                         text::Security::tr("This register has no user \"%1\".").arg(user));
    return makeError(ErrorCode::WrongPassphrase,
                     text::Security::tr("The passphrase is wrong. Check the keyboard layout and Caps Lock, "
                                        "then try again."));
}

Result<KeySlots::Unwrapped> KeySlots::unwrapWithDeviceSecret(const SecureBytes& deviceSecret) const {
    const SecureBytes key = deviceWrappingKey(deviceSecret);
    for (const Slot& slot : m_slots) {
        if (slot.kind != Kind::Device)
            continue;
        auto master = open(slot, key);
        if (master)
            return Unwrapped{std::move(master.value()), slot.user};
    }
    return makeError(
        ErrorCode::WrongPassphrase,
        text::Security::tr("The secret remembered on this computer no longer opens this register."));
}

Status KeySlots::save(const QString& path) const {
    QJsonArray entries;
    for (const Slot& slot : m_slots) {
        QJsonObject o{{QStringLiteral("id"), slot.id},
                      {QStringLiteral("kind"), kindName(slot.kind)},
                      {QStringLiteral("created"), slot.created.toString(Qt::ISODate)},
                      {QStringLiteral("nonce"), QString::fromLatin1(slot.nonce.toBase64())},
                      {QStringLiteral("wrapped_key"), QString::fromLatin1(slot.wrappedKey.toBase64())}};
        o.insert(QStringLiteral("user"), slot.user);
        if (slot.kind == Kind::Passphrase) {
            o.insert(QStringLiteral("kdf"),
                     QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("argon2id13")},
                                 {QStringLiteral("opslimit"), static_cast<qint64>(slot.cost.opsLimit)},
                                 {QStringLiteral("memlimit"), static_cast<qint64>(slot.cost.memLimitBytes)},
                                 {QStringLiteral("salt"), QString::fromLatin1(slot.salt.toBase64())}});
        }
        entries.append(o);
    }
    const QJsonObject root{{QStringLiteral("format"), QLatin1String(kFormat)},
                           {QStringLiteral("version"), kVersion},
                           {QStringLiteral("register_id"), m_registerId},
                           {QStringLiteral("slots"), entries}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
        file.write(QJsonDocument(root).toJson()) < 0 || !commitSaved(file))
        return makeError(ErrorCode::Io,
                         text::Security::tr("Could not write the key-slot file %1: %2. Check that "
                                            "the disk has space and the folder is writable.")
                             .arg(path, fileProblem(file)));
    return {};
}

Result<KeySlots> KeySlots::load(const QString& path) {
    QFile file(path);
    if (!file.exists())
        return damaged(path, text::Security::tr("it is missing"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Io,
            text::Security::tr("Could not read the key-slot file %1: %2.").arg(path, fileProblem(file)));
    if (file.size() > kMaxFileSize)
        return damaged(path, text::Security::tr("it is far too large"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull() || !doc.isObject())
        return damaged(path, text::Security::tr("not valid JSON: %1").arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return damaged(path, text::Security::tr("not a key-slot file"));
    if (root.value(QStringLiteral("version")).toInt() != kVersion)
        return damaged(path, text::Security::tr("unknown version %1; a newer MLA Desk may be needed")
                                 .arg(root.value(QStringLiteral("version")).toInt()));
    KeySlots result;
    result.m_registerId = root.value(QStringLiteral("register_id")).toString();
    if (QUuid::fromString(result.m_registerId).isNull())
        return damaged(path, text::Security::tr("no register id"));
    const auto bytes = [](const QJsonValue& v) {
        return QByteArray::fromBase64(v.toString().toLatin1());
    };
    for (const QJsonValue& value : root.value(QStringLiteral("slots")).toArray()) {
        const QJsonObject o = value.toObject();
        Slot slot;
        slot.id = o.value(QStringLiteral("id")).toString();
        const QString kind = o.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("passphrase"))
            slot.kind = Kind::Passphrase;
        else if (kind == QLatin1String("device"))
            slot.kind = Kind::Device;
        else
            return damaged(path, text::Security::tr("unknown slot kind \"%1\"").arg(kind));
        slot.created = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODate);
        slot.nonce = bytes(o.value(QStringLiteral("nonce")));
        slot.wrappedKey = bytes(o.value(QStringLiteral("wrapped_key")));
        slot.user = o.value(QStringLiteral("user")).toString();
        if (slot.kind == Kind::Passphrase) {
            const QJsonObject kdf = o.value(QStringLiteral("kdf")).toObject();
            slot.cost = {static_cast<std::uint64_t>(kdf.value(QStringLiteral("opslimit")).toInteger()),
                         static_cast<std::uint64_t>(kdf.value(QStringLiteral("memlimit")).toInteger())};
            slot.salt = bytes(kdf.value(QStringLiteral("salt")));
            if (kdf.value(QStringLiteral("algorithm")).toString() != QLatin1String("argon2id13"))
                return damaged(path, text::Security::tr("unknown key derivation"));
            if (!slot.cost.isAcceptable())
                return damaged(path, text::Security::tr("a slot asks for an unreasonable Argon2id cost"));
            if (static_cast<std::size_t>(slot.salt.size()) != crypto_pwhash_SALTBYTES)
                return damaged(path, text::Security::tr("a slot has a salt of the wrong size"));
        }
        result.m_slots.push_back(std::move(slot));
    }
    if (result.users().isEmpty())
        return damaged(path, text::Security::tr("it holds no passphrase slot"));
    return result;
}

} // namespace mladesk
