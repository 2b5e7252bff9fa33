#include "UnlockPolicy.h"

#include "security/Keychain.h"
#include "security/PassphraseFile.h"
#include "services/RegisterAccess.h"
#include "storage/Register.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>
#include <memory>
#include <optional>

namespace mladesk {

namespace {

// Runs work on the thread pool and hands its result to done() in receiver's
// thread; nothing is handed over once receiver is gone.
template <typename T>
void runOffThread(QObject* receiver, std::function<T()> work, std::function<void(T)> done) {
    auto result = std::make_shared<std::optional<T>>();
    auto promise = std::make_shared<QPromise<void>>();
    auto* watcher = new QFutureWatcher<void>(receiver);
    QObject::connect(watcher, &QFutureWatcherBase::finished, receiver,
                     [watcher, result, done = std::move(done)] {
                         watcher->deleteLater();
                         done(std::move(**result));
                     });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, result, work = std::move(work)] {
        result->emplace(work());
        promise->finish();
    });
}

} // namespace

UnlockPolicy::UnlockPolicy(RegisterAccess& access, Options options, QObject* parent)
    : QObject(parent)
    , m_access(access)
    , m_options(std::move(options)) {
}

void UnlockPolicy::start(Prompt prompt, Done done) {
    m_prompt = std::move(prompt);
    m_done = std::move(done);
    if (!m_options.passphraseFile.isEmpty()) {
        auto passphrase = readPassphraseFile(m_options.passphraseFile);
        if (!passphrase)
            return m_done(passphrase.error());
        return tryPassphrase(std::move(passphrase.value()), Opened::WithPassphraseFile);
    }
    if (m_access.isRemembered())
        return tryRememberedKey();
    ask(Reason::Passphrase);
}

void UnlockPolicy::tryRememberedKey() {
    auto* keychain = new Keychain(this);
    keychain->read(m_access.registerId(), [this, keychain](Keychain::ReadResult read) {
        keychain->deleteLater();
        if (m_cancelled)
            return;
        if (read.outcome == Keychain::Outcome::NotFound)
            return ask(Reason::KeychainForgot);
        if (read.outcome != Keychain::Outcome::Ok)
            return ask(Reason::KeychainUnavailable, {ErrorCode::KeychainUnavailable, read.message});
        // A device key is random, not a passphrase: no Argon2id, quick on this thread.
        auto key = m_access.localRegister().deriveMasterKeyFromDevice(read.secret);
        if (!key)
            return ask(Reason::RememberedKeyRefused, key.error());
        finish(std::move(key), Opened::WithRememberedKey);
    });
}

void UnlockPolicy::ask(Reason reason, Error problem) {
    m_prompt(Ask{reason, std::move(problem)}, [this](Result<SecureBytes> answer) {
        if (!answer)
            return m_done(answer.error());
        tryPassphrase(std::move(answer.value()), Opened::WithPassphrase);
    });
}

void UnlockPolicy::tryPassphrase(SecureBytes passphrase, Opened via) {
    const Register* reg = &m_access.localRegister();
    auto secret = std::make_shared<SecureBytes>(std::move(passphrase));
    const QString user = m_options.user;
    using Key = Result<KeySlots::Unwrapped>;
    runOffThread<Key>(
        this, [reg, secret, user] { return reg->deriveMasterKey(*secret, user); },
        [this, via](Key key) { finish(std::move(key), via); });
}

void UnlockPolicy::finish(Result<KeySlots::Unwrapped> key, Opened via) {
    if (m_cancelled)
        return;
    if (!key)
        return failed(key.error(), via);
    const IntegrityCheck check =
        m_options.checkIntegrityLater ? IntegrityCheck::ByCaller : IntegrityCheck::AtUnlock;
    if (auto st = m_access.localRegister().unlockWithMasterKey(std::move(key.value()), -1, check); !st) {
        if (st.error().code == ErrorCode::Damaged || st.error().code == ErrorCode::Io)
            return m_done(st.error()); // no passphrase mends it
        return failed(st.error(), via);
    }
    m_done(via);
}

void UnlockPolicy::failed(const Error& error, Opened via) {
    if (via == Opened::WithPassphraseFile)
        return m_done(error);
    ask(Reason::Failed, error);
}

Result<UnlockPolicy::Opened> UnlockPolicy::unlockBlocking(RegisterAccess& access, Options options,
                                                          Prompt prompt) {
    QEventLoop loop;
    std::optional<Result<Opened>> outcome;
    UnlockPolicy policy(access, std::move(options));
    policy.start(std::move(prompt), [&](Result<Opened> opened) {
        outcome.emplace(std::move(opened));
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return std::move(*outcome);
}

} // namespace mladesk
