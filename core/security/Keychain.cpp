#include "Keychain.h"

#include "error/CoreText.h"

#include <QEventLoop>
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

template <typename Job> void configure(Job* job, const QString& registerId) {
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file
    job->setKey(entryKey(registerId));
}

} // namespace

Keychain::Keychain(QObject* parent)
    : QObject(parent) {
}

QString Keychain::serviceName() {
    return QStringLiteral("MLA Desk");
}

void Keychain::read(const QString& registerId, ReadCallback done) {
    auto* job = new QKeychain::ReadPasswordJob(serviceName(), this);
    configure(job, registerId);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
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
        done(std::move(result));
    });
    job->start();
}

void Keychain::store(const QString& registerId, const SecureBytes& secret, WriteCallback done) {
    auto* job = new QKeychain::WritePasswordJob(serviceName(), this);
    configure(job, registerId);
    QByteArray data(secret.chars(), static_cast<qsizetype>(secret.size()));
    job->setBinaryData(data);
    wipe(data);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        const Outcome outcome = outcomeOf(job->error());
        done(outcome, outcome == Outcome::Ok ? QString() : unavailableMessage(job->errorString()));
    });
    job->start();
}

void Keychain::remove(const QString& registerId, WriteCallback done) {
    auto* job = new QKeychain::DeletePasswordJob(serviceName(), this);
    configure(job, registerId);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        const Outcome outcome = outcomeOf(job->error());
        done(outcome, outcome == Outcome::Unavailable ? unavailableMessage(job->errorString()) : QString());
    });
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
