#include "TestRegister.h"
#include "security/Keychain.h"
#include "storage/RememberOnThisComputer.h"

#include <QEventLoop>
#include <QTest>
#include <QUuid>

using namespace mladesk;

// Against the real Secret Service (gnome-keyring in the private D-Bus session
// that ./scripts/test starts). Run outside it, these tests fail on purpose.
class TestKeychain : public QObject {
    Q_OBJECT
private:
    static QString freshId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

private slots:
    void initTestCase() {
        const auto [outcome, message] =
            Keychain::storeBlocking(QStringLiteral("probe"), SecureBytes::random(8));
        if (outcome != Keychain::Outcome::Ok)
            QFAIL(qPrintable(
                QStringLiteral("No usable Secret Service (%1). Run the tests with ./scripts/test, which "
                               "starts gnome-keyring in a private D-Bus session.")
                    .arg(message)));
        Keychain::removeBlocking(QStringLiteral("probe"));
    }

    void storeReadAndRemove() {
        const QString id = freshId();
        const SecureBytes secret = SecureBytes::random(32);
        QCOMPARE(Keychain::storeBlocking(id, secret).first, Keychain::Outcome::Ok);
        Keychain::ReadResult read = Keychain::readBlocking(id);
        QCOMPARE(read.outcome, Keychain::Outcome::Ok);
        QVERIFY(read.secret.equals(secret));
        QCOMPARE(Keychain::removeBlocking(id).first, Keychain::Outcome::Ok);
        QCOMPARE(Keychain::readBlocking(id).outcome, Keychain::Outcome::NotFound);
    }

    void missingEntryIsNotFoundNotAnError() {
        Keychain::ReadResult read = Keychain::readBlocking(freshId());
        QCOMPARE(read.outcome, Keychain::Outcome::NotFound);
        QVERIFY(read.secret.isEmpty());
    }

    void readIsAsynchronous() {
        // The callback comes from the event loop, never from inside read().
        Keychain keychain;
        bool called = false;
        QEventLoop loop;
        keychain.read(freshId(), [&](Keychain::ReadResult) {
            called = true;
            loop.quit();
        });
        QVERIFY(!called);
        loop.exec();
        QVERIFY(called);
    }

    void rememberedRegisterOpensFromTheKeychain() {
        test::TestRegister t;
        QEventLoop loop;
        QString problem = QStringLiteral("not called");
        setRemembered(t.reg(), true, &loop, [&](const QString& p) {
            problem = p;
            loop.quit();
        });
        loop.exec();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(t.reg().keySlots().hasDeviceSlot());
        t.reg().lock();

        Keychain::ReadResult read = Keychain::readBlocking(t.reg().keySlots().registerId());
        QCOMPARE(read.outcome, Keychain::Outcome::Ok);
        auto key = t.reg().deriveMasterKeyFromDevice(read.secret);
        QVERIFY(key);
        QVERIFY(t.reg().unlockWithMasterKey(std::move(key.value())));

        // Forgetting removes both the slot and the keychain entry.
        problem = QStringLiteral("not called");
        setRemembered(t.reg(), false, &loop, [&](const QString& p) {
            problem = p;
            loop.quit();
        });
        loop.exec();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!t.reg().keySlots().hasDeviceSlot());
        QCOMPARE(Keychain::readBlocking(t.reg().keySlots().registerId()).outcome,
                 Keychain::Outcome::NotFound);
        // The old secret no longer opens the register even if someone kept it.
        QVERIFY(!t.reg().deriveMasterKeyFromDevice(read.secret));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
