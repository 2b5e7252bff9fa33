#include "RememberOnThisComputer.h"

#include "error/CoreText.h"
#include "security/Keychain.h"
#include "storage/Register.h"

#include <memory>

namespace mladesk {

void setRemembered(Register& reg, bool remember, QObject* context, std::function<void(QString)> done) {
    if (!remember && !reg.keySlots().hasDeviceSlot())
        return done({});
    auto* keychain = new Keychain(context);
    const QString registerId = reg.keySlots().registerId();
    if (!remember) {
        const Status removed = reg.removeDeviceSlots();
        reg.noteForAudit(removed ? QStringLiteral("forget") : QStringLiteral("forget-failed"),
                         removed ? QString() : text::Storage::tr("the key-slot file could not be written"));
        keychain->remove(registerId, [keychain, removed, done = std::move(done)](Keychain::Outcome, QString) {
            keychain->deleteLater();
            done(removed ? QString() : removed.error().message);
        });
        return;
    }
    if (!reg.isUnlocked()) {
        keychain->deleteLater();
        return done(text::Storage::tr("Unlock the register first."));
    }
    // The secret goes into the keychain first; the key slot that it opens is
    // written only once the keychain holds it. A keychain that refuses leaves
    // the key-slot file as it was (and the slot of a computer that remembers
    // the register already keeps working).
    auto secret = std::make_shared<SecureBytes>(SecureBytes::random(KeySlots::kMasterKeySize));
    keychain->store(registerId, *secret,
                    [keychain, &reg, secret, registerId, done = std::move(done)](Keychain::Outcome outcome,
                                                                                 QString message) {
                        keychain->deleteLater();
                        if (outcome != Keychain::Outcome::Ok) {
                            reg.noteForAudit(QStringLiteral("remember-failed"),
                                             text::Storage::tr("the system keychain refused the key"));
                            return done(message);
                        }
                        if (auto st = reg.addDeviceSlot(*secret); !st) {
                            // The keychain holds a secret that opens nothing: take it back.
                            Keychain::removeBlocking(registerId);
                            reg.noteForAudit(QStringLiteral("remember-failed"),
                                             text::Storage::tr("the key-slot file could not be written"));
                            return done(st.error().message);
                        }
                        reg.noteForAudit(QStringLiteral("remember"));
                        done({});
                    });
}

} // namespace mladesk
