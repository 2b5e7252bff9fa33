#include "TestRegister.h"
#include "security/KeySlots.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mladesk;

class TestKeySlots : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString& name) { return m_dir.filePath(name); }

    static QJsonObject readJson(const QString& file) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }
    static void writeJson(const QString& file, const QJsonObject& o) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(o).toJson());
    }

private slots:
    void passphraseSlotUnwrapsTheMasterKey() {
        KeySlots keys = KeySlots::createNew();
        const SecureBytes master = SecureBytes::random(32);
        QVERIFY(keys.addPassphraseSlot(QStringLiteral("anna"), test::passphrase(), master,
                                       KdfCost::interactive()));
        auto key = keys.unwrapWithPassphrase(test::passphrase());
        QVERIFY(key);
        QVERIFY(key->key.equals(master));
        QCOMPARE(key->user, QStringLiteral("anna"));
        auto named = keys.unwrapWithPassphrase(test::passphrase(), QStringLiteral("anna"));
        QVERIFY(named && named->key.equals(master));
    }

    void wrongPassphraseOrUserIsRefused() {
        KeySlots keys = KeySlots::createNew();
        const SecureBytes master = SecureBytes::random(32);
        QVERIFY(keys.addPassphraseSlot(QStringLiteral("anna"), test::passphrase(), master,
                                       KdfCost::interactive()));
        auto wrong = keys.unwrapWithPassphrase(test::passphrase("wrong"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::WrongPassphrase);
        QVERIFY(wrong.error().message.contains(QStringLiteral("passphrase is wrong")));
        auto nobody = keys.unwrapWithPassphrase(test::passphrase(), QStringLiteral("bruno"));
        QVERIFY(!nobody);
        QVERIFY(nobody.error().message.contains(QStringLiteral("bruno")));
    }

    void severalUsersEachOpenTheSameKey() {
        KeySlots keys = KeySlots::createNew();
        const SecureBytes master = SecureBytes::random(32);
        QVERIFY(keys.addPassphraseSlot(QStringLiteral("anna"), test::passphrase("one"), master,
                                       KdfCost::interactive()));
        QVERIFY(keys.addPassphraseSlot(QStringLiteral("bruno"), test::passphrase("two"), master,
                                       KdfCost::interactive()));
        QVERIFY(!keys.addPassphraseSlot(QStringLiteral("anna"), test::passphrase("x"), master,
                                        KdfCost::interactive()));
        QVERIFY(keys.unwrapWithPassphrase(test::passphrase("two"))->key.equals(master));
        QCOMPARE(keys.unwrapWithPassphrase(test::passphrase("two"))->user, QStringLiteral("bruno"));
        QVERIFY(!keys.unwrapWithPassphrase(test::passphrase("two"), QStringLiteral("anna")));
    }

    void saveAndLoadRoundTripWithPrivatePermissions() {
        KeySlots keys = KeySlots::createNew();
        const SecureBytes master = SecureBytes::random(32);
        QVERIFY(keys.addPassphraseSlot(QStringLiteral("anna"), test::passphrase(), master,
                                       KdfCost::interactive()));
        const SecureBytes device = SecureBytes::random(32);
        keys.addDeviceSlot(device, master, QStringLiteral("anna"));
        QVERIFY(keys.save(path(QStringLiteral("keyslots"))));
        QCOMPARE(QFile::permissions(path(QStringLiteral("keyslots"))) & 0x0077, QFile::Permissions());
        auto loaded = KeySlots::load(path(QStringLiteral("keyslots")));
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
        QCOMPARE(loaded->registerId(), keys.registerId());
        QVERIFY(loaded->hasDeviceSlot());
        QVERIFY(loaded->unwrapWithPassphrase(test::passphrase())->key.equals(master));
        QVERIFY(loaded->unwrapWithDeviceSecret(device)->key.equals(master));
        QCOMPARE(loaded->unwrapWithDeviceSecret(device)->user, QStringLiteral("anna"));
        QVERIFY(!loaded->unwrapWithDeviceSecret(SecureBytes::random(32)));
        // The file never holds the key or the passphrase in the clear.
        QFile file(path(QStringLiteral("keyslots")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(test::kPassphrase));
        QVERIFY(!bytes.contains(QByteArray(master.chars(), 32).toHex()));
        QVERIFY(!bytes.contains(QByteArray(master.chars(), 32).toBase64()));
    }

    void editedSlotFailsAuthentication() {
        // Changing a slot's user (associated data) must not still open it.
        KeySlots keys = KeySlots::createNew();
        QVERIFY(keys.addPassphraseSlot(QStringLiteral("anna"), test::passphrase(), SecureBytes::random(32),
                                       KdfCost::interactive()));
        const QString file = path(QStringLiteral("edited"));
        QVERIFY(keys.save(file));
        QJsonObject root = readJson(file);
        QJsonArray entries = root[QStringLiteral("slots")].toArray();
        QJsonObject slot = entries[0].toObject();
        slot[QStringLiteral("user")] = QStringLiteral("mallory");
        entries[0] = slot;
        root[QStringLiteral("slots")] = entries;
        writeJson(file, root);
        auto loaded = KeySlots::load(file);
        QVERIFY(loaded);
        QVERIFY(!loaded->unwrapWithPassphrase(test::passphrase()));
    }

    void damagedFilesAreRefusedWithAReason_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
        QTest::newRow("truncated") << QByteArray("{\"format\": \"mladesk-keys")
                                   << QStringLiteral("not valid JSON");
        QTest::newRow("other format")
            << QByteArray("{\"format\": \"x\"}") << QStringLiteral("not a key-slot file");
        QTest::newRow("future version") << QByteArray("{\"format\": \"mladesk-keyslots\", \"version\": 9}")
                                        << QStringLiteral("unknown version");
        QTest::newRow("no slots")
            << QByteArray("{\"format\": \"mladesk-keyslots\", \"version\": 1, \"register_id\": "
                          "\"6f1b8c2e-1d1a-4c59-9f7e-0d6a1d0c1e2f\", \"slots\": []}")
            << QStringLiteral("no passphrase slot");
        // A tampered cost must not make unlocking allocate gigabytes.
        QTest::newRow("hostile cost")
            << QByteArray(
                   "{\"format\": \"mladesk-keyslots\", \"version\": 1, \"register_id\": "
                   "\"6f1b8c2e-1d1a-4c59-9f7e-0d6a1d0c1e2f\", \"slots\": [{\"id\": \"a\", \"kind\": "
                   "\"passphrase\", \"user\": \"u\", \"nonce\": \"\", \"wrapped_key\": \"\", \"kdf\": "
                   "{\"algorithm\": \"argon2id13\", \"opslimit\": 3, \"memlimit\": 68719476736, \"salt\": "
                   "\"AAAAAAAAAAAAAAAAAAAAAA==\"}}]}")
            << QStringLiteral("unreasonable Argon2id cost");
    }
    void damagedFilesAreRefusedWithAReason() {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        const QString file = path(QStringLiteral("damaged"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        f.close();
        auto loaded = KeySlots::load(file);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, ErrorCode::Damaged);
        QVERIFY2(loaded.error().message.contains(reason), qPrintable(loaded.error().message));
        QVERIFY(loaded.error().message.contains(QStringLiteral("backup")));
    }

    void failedSaveKeepsThePreviousFile() {
        KeySlots keys = KeySlots::createNew();
        QVERIFY(keys.addPassphraseSlot(QStringLiteral("anna"), test::passphrase(), SecureBytes::random(32),
                                       KdfCost::interactive()));
        const QString missingFolder = path(QStringLiteral("no/such/folder/keyslots"));
        auto st = keys.save(missingFolder);
        QVERIFY(!st);
        QCOMPARE(st.error().code, ErrorCode::Io);
        QVERIFY(!QFile::exists(missingFolder));
    }
};

QTEST_GUILESS_MAIN(TestKeySlots)
#include "tst_keyslots.moc"
