#include "security/SecureBytes.h"

#include <QTest>

using namespace mladesk;

class TestSecureBytes : public QObject {
    Q_OBJECT
private slots:
    void randomHasTheSizeAskedForAndDiffers() {
        const SecureBytes a = SecureBytes::random(32);
        const SecureBytes b = SecureBytes::random(32);
        QCOMPARE(a.size(), std::size_t(32));
        QVERIFY(!a.equals(b));
    }
    void takeFromWipesTheSource() {
        QByteArray source("secret passphrase");
        const SecureBytes taken = SecureBytes::takeFrom(source);
        QVERIFY(source.isEmpty());
        QCOMPARE(QByteArray(taken.chars(), qsizetype(taken.size())), QByteArray("secret passphrase"));
    }
    void wipeZeroesSharedData() {
        QByteArray secret("abc");
        const char* data = secret.constData();
        QByteArray copy = secret; // implicitly shared: wipe must detach, not zero the copy's bytes
        wipe(secret);
        QVERIFY(secret.isEmpty());
        QCOMPARE(copy, QByteArray("abc"));
        Q_UNUSED(data);
    }
    void toHexIsLowerCaseHex() {
        const std::uint8_t raw[] = {0x00, 0xab, 0xff};
        const SecureBytes hex = SecureBytes::fromRaw(raw, sizeof raw).toHex();
        QCOMPARE(QByteArray(hex.chars(), qsizetype(hex.size())), QByteArray("00abff"));
    }
    void appendGrows() {
        SecureBytes bytes;
        for (int i = 0; i < 200; ++i)
            bytes.append(std::uint8_t('a' + i % 26));
        QCOMPARE(bytes.size(), std::size_t(200));
        QCOMPARE(bytes.data()[27], std::uint8_t('b'));
    }
    void moveLeavesTheSourceEmpty() {
        SecureBytes a = SecureBytes::random(16);
        SecureBytes b = std::move(a);
        QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): checking the moved-from state
        QCOMPARE(b.size(), std::size_t(16));
    }
};

QTEST_GUILESS_MAIN(TestSecureBytes)
#include "tst_securebytes.moc"
