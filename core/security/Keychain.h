#pragma once

#include "error/Result.h"
#include "security/SecureBytes.h"

#include <QObject>
#include <chrono>
#include <functional>

namespace mladesk {

// The OS secret store (Secret Service, Keychain, Credential Manager) through
// QtKeychain, asynchronously. Holds the device secret of a register that the
// user asked to remember on this computer. Any error but "not found" means
// "no keychain": the caller asks for the passphrase. Nothing is ever stored
// anywhere else. A call that gets no answer within the timeout is answered
// "unavailable"; a Keychain may be destroyed while its calls are pending
// (their late answers are dropped).
class Keychain : public QObject {
    Q_OBJECT
public:
    enum class Outcome { Ok, NotFound, Unavailable };
    struct ReadResult {
        Outcome outcome = Outcome::Unavailable;
        SecureBytes secret;
        QString message; // for the user, when not Ok
    };
    using ReadCallback = std::function<void(ReadResult)>;
    using WriteCallback = std::function<void(Outcome, QString message)>;

    explicit Keychain(QObject* parent = nullptr);

    void read(const QString& registerId, ReadCallback done);
    void store(const QString& registerId, const SecureBytes& secret, WriteCallback done);
    void remove(const QString& registerId, WriteCallback done);

    // The same, waiting in a local event loop (for the CLI and tests).
    static ReadResult readBlocking(const QString& registerId);
    static std::pair<Outcome, QString> storeBlocking(const QString& registerId, const SecureBytes& secret);
    static std::pair<Outcome, QString> removeBlocking(const QString& registerId);

    static QString serviceName();
    // How long a call may take before the caller is answered "unavailable"
    // (the keyring's own password prompt included); 60 s unless a test says.
    static void setTimeout(std::chrono::milliseconds timeout);
};

} // namespace mladesk
