#include "RememberOnThisComputer.h"

#include "security/Keychain.h"
#include "storage/Register.h"

namespace mladesk {

void setRemembered(Register& reg, bool remember, QObject* context, std::function<void(QString)> done) {
    if (!remember && !reg.keySlots().hasDeviceSlot())
        return done({});
    auto* keychain = new Keychain(context);
    const QString registerId = reg.keySlots().registerId();
    if (!remember) {
        const Status removed = reg.removeDeviceSlots();
        keychain->remove(registerId, [keychain, removed, done = std::move(done)](Keychain::Outcome, QString) {
            keychain->deleteLater();
            done(removed ? QString() : removed.error().message);
        });
        return;
    }
    auto secret = reg.addDeviceSlot();
    if (!secret) {
        keychain->deleteLater();
        return done(secret.error().message);
    }
    keychain->store(registerId, secret.value(),
                    [keychain, &reg, done = std::move(done)](Keychain::Outcome outcome, QString message) {
                        keychain->deleteLater();
                        if (outcome != Keychain::Outcome::Ok) {
                            if (auto st = reg.removeDeviceSlots(); !st)
                                message += QLatin1Char('\n') + st.error().message;
                            return done(message);
                        }
                        done({});
                    });
}

} // namespace mladesk
