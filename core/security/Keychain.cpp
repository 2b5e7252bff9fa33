#include "Keychain.h"

#include "error/CoreText.h"

#include <QEventLoop>
#include <QTimer>
#include <algorithm>
#include <memory>
#include <qt6keychain/keychain.h>

namespace mladesk {

namespace {

QString entryKey(const QString& registerId) {
    return QStringLiteral("register/") + registerId;
}

QString unavailableMessage(const QString& detail) {
    return text::Security::tr("The system keychain could not be used (%1). Enter the register's passphrase "
                              "instead; nothing was stored outside the keychain.")
        .arg(detail);
}

Keychain::Outcome outcomeOf(QKeychain::Error error) {
    switch (error) {
    case QKeychain::NoError:
        return Keychain::Outcome::Ok;
    case QKeychain::EntryNotFound:
        return Keychain::Outcome::NotFound;
    default:
        return Keychain::Outcome::Unavailable;
    }
}

std::chrono::milliseconds g_timeout{60000};

// A job is never the child of a Keychain, nor deleted by it: QtKeychain's
// backends call back into a running job (libsecret does, from its own
// callback), so a job destroyed while its call is pending crashes the
// program later (QtKeychain issue 261), e.g. when the user closes the unlock
// or signing dialog while the keyring asks for its password. Unparented, the
// job deletes itself once it has finished (autoDelete); closing the dialog
// only cuts the connection to it, and its late answer goes nowhere.
template <typename Job> Job* newJob(const QString& registerId) {
    auto* job = new Job(Keychain::serviceName()); // no parent, on purpose
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file
    job->setKey(entryKey(registerId));
    return job;
}

// The first answer wins: the job's, or ours when it does not come in time.
template <typename... Args> std::function<void(Args...)> once(std::function<void(Args...)> done) {
    auto answered = std::make_shared<bool>(false);
    return [answered, done = std::move(done)](Args... args) {
        if (*answered)
            return;
        *answered = true;
        done(std::move(args)...);
    };
}

QString notAnswered() {
    return unavailableMessage(text::Security::tr("it did not answer within %n second(s)", nullptr,
                                                 int(std::max<qint64>(1, g_timeout.count() / 1000))));
}

} // namespace

void Keychain::setTimeout(std::chrono::milliseconds timeout) {
    g_timeout = timeout;
}

Keychain::Keychain(QObject* parent)
    : QObject(parent) {
}

QString Keychain::serviceName() {
    return QStringLiteral("MLA Desk");
}

void Keychain::read(const QString& registerId, ReadCallback done) {
    auto* job = newJob<QKeychain::ReadPasswordJob>(registerId);
    const auto answer = once<ReadResult>(std::move(done));
    connect(job, &QKeychain::Job::finished, this, [job, answer] {
        ReadResult result;
        result.outcome = outcomeOf(job->error());
        if (result.outcome == Outcome::Ok) {
            QByteArray data = job->binaryData();
            result.secret = SecureBytes::takeFrom(data);
        } else if (result.outcome == Outcome::NotFound) {
            result.message = text::Security::tr("This register is not remembered on this computer.");
        } else {
            result.message = unavailableMessage(job->errorString());
        }
        answer(std::move(result));
    });
    QTimer::singleShot(g_timeout, this, [answer] { answer({Outcome::Unavailable, {}, notAnswered()}); });
    job->start();
}

void Keychain::store(const QString& registerId, const SecureBytes& secret, WriteCallback done) {
    auto* job = newJob<QKeychain::WritePasswordJob>(registerId);
    QByteArray data(secret.chars(), static_cast<qsizetype>(secret.size()));
    job->setBinaryData(data);
    wipe(data);
    const auto answer = once<Outcome, QString>(std::move(done));
    connect(job, &QKeychain::Job::finished, this, [job, answer] {
        const Outcome outcome = outcomeOf(job->error());
        answer(outcome, outcome == Outcome::Ok ? QString() : unavailableMessage(job->errorString()));
    });
    QTimer::singleShot(g_timeout, this, [answer] { answer(Outcome::Unavailable, notAnswered()); });
    job->start();
}

void Keychain::remove(const QString& registerId, WriteCallback done) {
    auto* job = newJob<QKeychain::DeletePasswordJob>(registerId);
    const auto answer = once<Outcome, QString>(std::move(done));
    connect(job, &QKeychain::Job::finished, this, [job, answer] {
        const Outcome outcome = outcomeOf(job->error());
        answer(outcome, outcome == Outcome::Unavailable ? unavailableMessage(job->errorString()) : QString());
    });
    QTimer::singleShot(g_timeout, this, [answer] { answer(Outcome::Unavailable, notAnswered()); });
    job->start();
}

Keychain::ReadResult Keychain::readBlocking(const QString& registerId) {
    Keychain keychain;
    QEventLoop loop;
    ReadResult result;
    keychain.read(registerId, [&](ReadResult r) {
        result = std::move(r);
        loop.quit();
    });
    loop.exec();
    return result;
}

std::pair<Keychain::Outcome, QString> Keychain::storeBlocking(const QString& registerId,
                                                              const SecureBytes& secret) {
    Keychain keychain;
    QEventLoop loop;
    std::pair<Outcome, QString> result;
    keychain.store(registerId, secret, [&](Outcome o, QString m) {
        result = {o, std::move(m)};
        loop.quit();
    });
    loop.exec();
    return result;
}

std::pair<Keychain::Outcome, QString> Keychain::removeBlocking(const QString& registerId) {
    Keychain keychain;
    QEventLoop loop;
    std::pair<Outcome, QString> result;
    keychain.remove(registerId, [&](Outcome o, QString m) {
        result = {o, std::move(m)};
        loop.quit();
    });
    loop.exec();
    return result;
}

} // namespace mladesk
