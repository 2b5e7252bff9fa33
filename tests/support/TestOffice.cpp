#include "TestOffice.h"

#include "SampleData.h"

namespace mladesk::test {

Office::Office() {
    session = Session::start(t.reg()).value();
    if (!session->importData(sampleData()))
        qFatal("import failed");
}

void Office::addUser(const char* name, const QString& role) {
    if (!session->addUser(QString::fromLatin1(name), {role}, passphrase(name), KdfCost::interactive()))
        qFatal("addUser %s failed", name);
}

Session* Office::as(const char* name) {
    session->end();
    session.reset();
    t.reg().lock();
    const char* secret = QByteArray(name) == "tester" ? kPassphrase : name;
    if (!t.reg().unlock(passphrase(secret), QString::fromLatin1(name)))
        qFatal("unlock as %s failed", name);
    session = Session::start(t.reg()).value();
    return session.get();
}

} // namespace mladesk::test
