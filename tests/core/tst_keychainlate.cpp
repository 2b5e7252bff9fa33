// A keychain that answers late, or never (issue 22, item 0): a Secret
// Service of our own on a private D-Bus that takes every call and answers
// none until told to. The caller gets "unavailable" when the timeout
// passes, and a Keychain destroyed while its call is pending (the user
// closed the unlock or signing dialog) leaves nothing behind that the late
// answer could crash into (QtKeychain issue 261).
#include "security/Keychain.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QProcess>
#include <QTest>

using namespace mladesk;

namespace {

// Holds every call to the Secret Service's objects without answering it.
class SilentSecretService : public QDBusVirtualObject {
public:
    bool handleMessage(const QDBusMessage& message, const QDBusConnection& connection) override {
        message.setDelayedReply(true);
        m_pending.append({message, connection});
        return true;
    }
    QString introspect(const QString&) const override { return {}; }
    int pending() const { return int(m_pending.size()); }
    // Answers every held call with an error, as a keyring that gave up.
    void refuseAll() {
        for (auto& [message, connection] : m_pending)
            connection.send(message.createErrorReply(QStringLiteral("org.freedesktop.DBus.Error.Failed"),
                                                     QStringLiteral("the test's keyring gave up")));
        m_pending.clear();
    }

private:
    QList<std::pair<QDBusMessage, QDBusConnection>> m_pending;
};

} // namespace

class TestKeychainLate : public QObject {
    Q_OBJECT
private:
    QProcess m_bus;
    SilentSecretService m_service;

private slots:
    void initTestCase() {
        // A bus of our own, set before anything in this process talks to one.
        m_bus.start(QStringLiteral("dbus-daemon"), {QStringLiteral("--session"), QStringLiteral("--nofork"),
                                                    QStringLiteral("--print-address=1")});
        QVERIFY2(m_bus.waitForStarted(), "dbus-daemon is needed (package dbus)");
        QTRY_VERIFY_WITH_TIMEOUT(m_bus.canReadLine(), 10000);
        const QByteArray address = m_bus.readLine().trimmed();
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        QDBusConnection fake =
            QDBusConnection::connectToBus(QString::fromLatin1(address), QStringLiteral("fake"));
        QVERIFY(fake.isConnected());
        QVERIFY(fake.registerVirtualObject(QStringLiteral("/"), &m_service, QDBusConnection::SubPath));
        QVERIFY(fake.registerService(QStringLiteral("org.freedesktop.secrets")));
        Keychain::setTimeout(std::chrono::milliseconds(500));
    }
    void cleanupTestCase() {
        m_service.refuseAll();
        m_bus.kill();
        m_bus.waitForFinished();
    }

    void aKeychainThatDoesNotAnswerIsUnavailableInTime() {
        Keychain keychain;
        std::optional<Keychain::ReadResult> read;
        keychain.read(QStringLiteral("late"), [&](Keychain::ReadResult r) { read = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 5000);
        QCOMPARE(read->outcome, Keychain::Outcome::Unavailable);
        QVERIFY2(read->message.contains(QStringLiteral("did not answer")), qPrintable(read->message));
        QVERIFY2(m_service.pending() > 0, "the read reached the fake Secret Service and waits there");

        std::optional<std::pair<Keychain::Outcome, QString>> stored;
        keychain.store(QStringLiteral("late"), SecureBytes::random(16), [&](Keychain::Outcome o, QString m) {
            stored = {o, m};
        });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 5000);
        QCOMPARE(stored->first, Keychain::Outcome::Unavailable);

        // The answer that comes after the timeout is dropped: one answer per call.
        int answers = 0;
        keychain.remove(QStringLiteral("late"), [&](Keychain::Outcome, QString) { ++answers; });
        QTRY_COMPARE_WITH_TIMEOUT(answers, 1, 5000);
        m_service.refuseAll();
        QTest::qWait(1000);
        QCOMPARE(answers, 1);
    }

    void closingTheDialogWhileTheKeyringIsSilentIsSafe() {
        bool called = false;
        for (int i = 0; i < 5; ++i) {
            auto* keychain = new Keychain; // the dialog's
            keychain->read(QStringLiteral("closed-%1").arg(i), [&](Keychain::ReadResult) { called = true; });
            keychain->store(QStringLiteral("closed-%1").arg(i), SecureBytes::random(16),
                            [&](Keychain::Outcome, QString) { called = true; });
            QTRY_VERIFY_WITH_TIMEOUT(m_service.pending() > 0, 5000); // the calls are out
            delete keychain;                                         // the dialog closed
        }
        // The keyring answers now: the jobs finish on their own, nobody is called back.
        m_service.refuseAll();
        QTest::qWait(1500);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestKeychainLate)
#include "tst_keychainlate.moc"
