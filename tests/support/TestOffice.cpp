#include "TestOffice.h"

#include "SampleData.h"
#include "services/ExchangeService.h"
#include "services/UserService.h"

namespace mladesk::test {

Office::Office() {
    session = Workspace::start(t.reg()).value();
    if (!session->exchange().importData(sampleData()))
        qFatal("import failed");
}

void Office::addUser(const char* name, const QString& role) {
    if (!session->users().add(QString::fromLatin1(name), {role}, passphrase(name), KdfCost::interactive()))
        qFatal("addUser %s failed", name);
}

Workspace* Office::as(const char* name) {
    session->end();
    session.reset();
    t.reg().lock();
    const char* secret = QByteArray(name) == "tester" ? kPassphrase : name;
    if (!t.reg().unlock(passphrase(secret), QString::fromLatin1(name)))
        qFatal("unlock as %s failed", name);
    session = Workspace::start(t.reg()).value();
    return session.get();
}

} // namespace mladesk::test
