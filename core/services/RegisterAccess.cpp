#include "RegisterAccess.h"

#include "security/Keychain.h"
#include "services/Workspace.h"
#include "storage/Register.h"
#include "storage/RememberOnThisComputer.h"

namespace mladesk {

QString RegisterAccess::defaultLocation() {
    return Register::defaultLocation();
}

bool RegisterAccess::exists(const QString& folder) {
    return Register::exists(folder);
}

Result<std::unique_ptr<RegisterAccess>> RegisterAccess::load(const QString& folder) {
    auto reg = Register::load(folder);
    if (!reg)
        return reg.error();
    return std::make_unique<RegisterAccess>(std::move(reg.value()));
}

Result<std::unique_ptr<RegisterAccess>> RegisterAccess::create(const QString& folder, const QString& user,
                                                               const SecureBytes& passphrase, KdfCost cost) {
    auto reg = Register::create(folder, user, passphrase, cost);
    if (!reg)
        return reg.error();
    return std::make_unique<RegisterAccess>(std::move(reg.value()));
}

RegisterAccess::RegisterAccess(std::unique_ptr<Register> reg)
    : m_owned(std::move(reg))
    , m_register(m_owned.get()) {
}

RegisterAccess::RegisterAccess(Register& reg)
    : m_register(&reg) {
}

RegisterAccess::~RegisterAccess() {
    lock();
}

QString RegisterAccess::name() const {
    return m_register->name();
}

QString RegisterAccess::folder() const {
    return m_register->folder();
}

QString RegisterAccess::registerId() const {
    return m_register->keySlots().registerId();
}

QStringList RegisterAccess::users() const {
    auto current = m_register->currentKeySlots();
    return current ? current->users() : m_register->keySlots().users();
}

bool RegisterAccess::isUnlocked() const {
    return m_register->isUnlocked();
}

bool RegisterAccess::isRemembered() const {
    return m_register->keySlots().hasDeviceSlot();
}

Result<Workspace*> RegisterAccess::signIn() {
    // A workspace of an earlier unlock (the register was locked and unlocked
    // behind it) is not this user's: end it first.
    if (m_workspace && !m_register->isUnlocked())
        m_workspace.reset();
    if (m_workspace)
        return m_workspace.get();
    auto started = Workspace::start(*m_register);
    if (!started)
        return started.error();
    m_workspace = std::move(started.value());
    return m_workspace.get();
}

void RegisterAccess::lock() {
    signOut(); // recorded before the key goes
    m_register->lock();
}

void RegisterAccess::signOut() {
    if (m_workspace && m_register->isUnlocked())
        m_workspace->end();
    m_workspace.reset();
}

void RegisterAccess::setRemembered(bool remember, QObject* context, std::function<void(QString)> done) {
    mladesk::setRemembered(*m_register, remember, context, std::move(done));
}

Result<QString> RegisterAccess::forgetOnThisComputer() {
    if (auto st = m_register->removeDeviceSlots(); !st)
        return st.error();
    const auto [outcome, message] = Keychain::removeBlocking(registerId());
    return outcome == Keychain::Outcome::Unavailable ? message : QString();
}

Result<SecureBytes> RegisterAccess::addDeviceKey() {
    return m_register->addDeviceSlot();
}

Status RegisterAccess::unlockWithDeviceKey(const SecureBytes& secret) {
    auto key = deviceKey(secret);
    if (!key)
        return key.error();
    return unlockWithKey(std::move(key.value()), false);
}

Result<KeySlots::Unwrapped> RegisterAccess::deviceKey(const SecureBytes& secret) const {
    return m_register->deriveMasterKeyFromDevice(secret);
}

Status RegisterAccess::unlockWithKey(KeySlots::Unwrapped key, bool checkIntegrityLater) {
    return m_register->unlockWithMasterKey(
        std::move(key), -1, checkIntegrityLater ? IntegrityCheck::ByCaller : IntegrityCheck::AtUnlock);
}

} // namespace mladesk
