#include "SampleData.h"
#include "TestRegister.h"
#include "interchange/RegisterExchange.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Register.h"
#include "storage/RequestRepository.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace mladesk;

class TestRegisterStorage : public QObject {
    Q_OBJECT
private:
    static void damage(const QString& file, qint64 offset, qint64 length) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(offset));
        f.write(QByteArray(length, '\x5a'));
    }

private slots:
    void createLaysOutTheFolder() {
        test::TestRegister t;
        QVERIFY(t.reg().isUnlocked());
        QVERIFY(QFile::exists(t.folder() + QStringLiteral("/register.db")));
        QVERIFY(QFile::exists(t.folder() + QStringLiteral("/keyslots")));
        QVERIFY(QDir(t.folder() + QStringLiteral("/attachments")).exists());
        QVERIFY(QDir(t.folder() + QStringLiteral("/backups")).exists());
        QCOMPARE(QFile::permissions(t.folder()) & 0x0077, QFile::Permissions());
        QVERIFY(t.reg().database().cipherVersion().startsWith(QLatin1Char('3')) ||
                t.reg().database().cipherVersion().startsWith(QLatin1Char('4')));
        QCOMPARE(Migrations::currentVersion(t.reg().database()).value(), Migrations::latestVersion());
        QCOMPARE(t.reg().database().queryInt(QStringLiteral("PRAGMA foreign_keys")).value(), 1);
    }

    void databaseRunsInWalMode() {
        test::TestRegister t;
        auto st = t.reg().database().prepare(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(st && st->step().value());
        QCOMPARE(st->text(0), QStringLiteral("wal"));
    }

    void createRefusesToOverwrite() {
        test::TestRegister t;
        const auto before = test::fingerprint(t.folder());
        auto again =
            Register::create(t.folder(), QStringLiteral("x"), test::passphrase(), KdfCost::interactive());
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QCOMPARE(test::fingerprint(t.folder()), before);
    }

    void nothingInPlaintextOnDisk() {
        test::TestRegister t;
        QVERIFY(RegisterExchange::importAll(t.reg().database(), test::sampleData()));
        // Look while the register is open (WAL present) and after closing.
        for (int pass = 0; pass < 2; ++pass) {
            const auto files = test::filesBelow(t.folder());
            QVERIFY(files.size() >= 2);
            bool sawWal = false;
            for (const auto& [path, bytes] : files) {
                sawWal |= path.endsWith(QLatin1String("-wal")) && !bytes.isEmpty();
                QVERIFY2(!bytes.contains(test::kSecretMarker), qPrintable(path));
                QVERIFY2(!bytes.contains("Staatsanwaltschaft"), qPrintable(path));
                QVERIFY2(!bytes.contains("heinrich.phish"), qPrintable(path));
                QVERIFY2(!bytes.contains(QStringLiteral("Heinrich Zyxwvut").toUtf8()), qPrintable(path));
                QVERIFY2(!bytes.contains(QStringLiteral("Heinrich Zyxwvut").toUtf8().toLower()),
                         qPrintable(path));
                QVERIFY2(!bytes.contains("CREATE TABLE"), qPrintable(path));
                if (path.endsWith(QLatin1String("register.db")))
                    QVERIFY(!bytes.startsWith("SQLite format 3"));
            }
            if (pass == 0)
                QVERIFY2(sawWal, "the register should be in WAL mode with a write-ahead log while open");
            t.reg().lock();
        }
    }

    void reopensWithThePassphrase() {
        test::TestRegister t;
        QVERIFY(RegisterExchange::importAll(t.reg().database(), test::sampleData()));
        t.reg().lock();
        auto loaded = Register::load(t.folder());
        QVERIFY(loaded);
        QVERIFY(!loaded.value()->isUnlocked());
        QVERIFY(loaded.value()->unlock(test::passphrase()));
        QCOMPARE(RequestRepository(loaded.value()->database()).count().value(), 2);
    }

    void wrongPassphraseChangesNothing() {
        test::TestRegister t;
        QVERIFY(RegisterExchange::importAll(t.reg().database(), test::sampleData()));
        t.reg().lock();
        const auto before = test::fingerprint(t.folder());
        auto loaded = Register::load(t.folder());
        QVERIFY(loaded);
        const Status st = loaded.value()->unlock(test::passphrase("not the passphrase"));
        QVERIFY(!st);
        QCOMPARE(st.error().code, ErrorCode::WrongPassphrase);
        QVERIFY(!loaded.value()->isUnlocked());
        QCOMPARE(test::fingerprint(t.folder()), before);
    }

    void lockClosesTheDatabaseAndUnlockReopens() {
        test::TestRegister t;
        t.reg().lock();
        QVERIFY(!t.reg().isUnlocked());
        QVERIFY(t.reg().unlock(test::passphrase()));
        QVERIFY(t.reg().isUnlocked());
        QVERIFY(RequestRepository(t.reg().database()).count());
    }

    void damagedDatabaseIsReportedAndLeftAlone_data() {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<qint64>("length");
        QTest::newRow("header") << qint64(0) << qint64(64);
        QTest::newRow("first page") << qint64(100) << qint64(200);
        QTest::newRow("a later page") << qint64(4096 * 3 + 50) << qint64(100);
    }
    void damagedDatabaseIsReportedAndLeftAlone() {
        QFETCH(qint64, offset);
        QFETCH(qint64, length);
        test::TestRegister t;
        QVERIFY(RegisterExchange::importAll(t.reg().database(), test::sampleData()));
        t.reg().lock(); // checkpoints the WAL into the database file
        damage(t.folder() + QStringLiteral("/register.db"), offset, length);
        const auto before = test::fingerprint(t.folder());
        auto loaded = Register::load(t.folder());
        QVERIFY(loaded);
        Status st = loaded.value()->unlock(test::passphrase());
        if (st) {
            // Damage in a page nothing read at open shows on first use of it.
            auto count = RequestRepository(loaded.value()->database()).list({});
            QVERIFY(!count);
            QCOMPARE(count.error().code, ErrorCode::Damaged);
            loaded.value()->lock();
        } else {
            QCOMPARE(st.error().code, ErrorCode::Damaged);
            QVERIFY2(st.error().message.contains(QStringLiteral("backup")), qPrintable(st.error().message));
        }
        QCOMPARE(test::fingerprint(t.folder()), before);
    }

    // The window leaves the check to a connection of its own (IntegrityCheck::ByCaller);
    // everyone else, the CLI among them, is checked at unlock.
    void theIntegrityCheckRunsAtUnlockOrWhereTheCallerRunsIt() {
        test::TestRegister t;
        QVERIFY(RegisterExchange::importAll(t.reg().database(), test::sampleData()));
        QVERIFY(test::damageWhereOnlyTheIntegrityCheckReads(t.reg()));
        const auto before = test::fingerprint(t.folder());
        const Status atUnlock = t.reg().unlock(test::passphrase());
        QVERIFY(!atUnlock);
        QCOMPARE(atUnlock.error().code, ErrorCode::Damaged);
        QVERIFY2(atUnlock.error().message.contains(QStringLiteral("integrity check failed")),
                 qPrintable(atUnlock.error().message));
        QVERIFY(!t.reg().isUnlocked());
        QCOMPARE(test::fingerprint(t.folder()), before);

        auto key = t.reg().deriveMasterKey(test::passphrase());
        QVERIFY(key);
        QVERIFY(t.reg().unlockWithMasterKey(std::move(key.value()), -1, IntegrityCheck::ByCaller));
        QCOMPARE(RequestRepository(t.reg().database()).count().value(), 2); // usable meanwhile
        auto connection = t.reg().openConnection();
        QVERIFY(connection);
        const Status checked = checkIntegrity(*connection.value());
        QVERIFY(!checked);
        QCOMPARE(checked.error().code, ErrorCode::Damaged);
        QVERIFY2(checked.error().message.contains(QStringLiteral("backup")),
                 qPrintable(checked.error().message));
    }

    void truncatedDatabaseIsDamaged() {
        test::TestRegister t;
        t.reg().lock();
        QFile db(t.folder() + QStringLiteral("/register.db"));
        QVERIFY(db.resize(10));
        auto loaded = Register::load(t.folder());
        QVERIFY(loaded);
        const Status st = loaded.value()->unlock(test::passphrase());
        QVERIFY(!st);
        QCOMPARE(st.error().code, ErrorCode::Damaged);
    }

    void missingKeySlotsIsDamaged() {
        test::TestRegister t;
        t.reg().lock();
        QVERIFY(QFile::remove(t.folder() + QStringLiteral("/keyslots")));
        auto loaded = Register::load(t.folder());
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, ErrorCode::Damaged);
    }

    void keySlotsOfAnotherRegisterDoNotOpenIt() {
        test::TestRegister a;
        test::TestRegister b;
        a.reg().lock();
        b.reg().lock();
        QVERIFY(QFile::remove(a.folder() + QStringLiteral("/keyslots")));
        QVERIFY(
            QFile::copy(b.folder() + QStringLiteral("/keyslots"), a.folder() + QStringLiteral("/keyslots")));
        auto loaded = Register::load(a.folder());
        QVERIFY(loaded);
        const Status st = loaded.value()->unlock(test::passphrase());
        QVERIFY(!st);
        QCOMPARE(st.error().code, ErrorCode::Damaged);
        QVERIFY(st.error().message.contains(QStringLiteral("another register")));
    }

    void failedTransactionLeavesTheRegisterAsItWas() {
        test::TestRegister t;
        QVERIFY(RegisterExchange::importAll(t.reg().database(), test::sampleData()));
        Database& db = t.reg().database();
        {
            auto tx = Transaction::begin(db);
            QVERIFY(tx);
            QVERIFY(db.exec(QStringLiteral("DELETE FROM request_links")));
            QVERIFY(db.exec(QStringLiteral("DELETE FROM requests")));
            QCOMPARE(RequestRepository(db).count().value(), 0);
            // no commit: the process "fails" here
        }
        QCOMPARE(RequestRepository(db).count().value(), 2);
    }

    void deviceSlotOpensWithoutThePassphrase() {
        test::TestRegister t;
        auto secret = t.reg().addDeviceSlot();
        QVERIFY(secret);
        t.reg().lock();
        auto loaded = Register::load(t.folder());
        QVERIFY(loaded && loaded.value()->keySlots().hasDeviceSlot());
        auto key = loaded.value()->deriveMasterKeyFromDevice(secret.value());
        QVERIFY(key);
        QVERIFY(loaded.value()->unlockWithMasterKey(std::move(key.value())));
        QVERIFY(loaded.value()->removeDeviceSlots());
        QVERIFY(!Register::load(t.folder()).value()->keySlots().hasDeviceSlot());
    }
};

QTEST_GUILESS_MAIN(TestRegisterStorage)
#include "tst_register.moc"
