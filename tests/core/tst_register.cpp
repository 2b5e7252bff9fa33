#include "SampleData.h"
#include "TestRegister.h"
#include "interchange/RegisterExchange.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Register.h"
#include "storage/SqlCipherRequestRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
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
        QCOMPARE(SqlCipherRequestRepository(loaded.value()->database()).count().value(), 2);
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
        QVERIFY(SqlCipherRequestRepository(t.reg().database()).count());
    }

    // A user added by another process (mladesk-cli users add, a second
    // window) unlocks a register loaded before (issue 21, item 3: the key
    // slots were read once, at load, and that user was "wrong passphrase").
    void aUserAddedByAnotherProcessUnlocksARegisterLoadedBefore() {
        test::TestRegister t;
        t.reg().lock();
        auto window = Register::load(t.folder()); // the window, on its unlock screen
        QVERIFY(window);
        auto cli = Register::load(t.folder());
        QVERIFY(cli && cli.value()->unlock(test::passphrase()));
        QVERIFY(cli.value()->addUserSlot(QStringLiteral("bob"), test::passphrase("bob's own passphrase"),
                                         KdfCost::interactive()));
        cli.value()->lock();
        const Status st =
            window.value()->unlock(test::passphrase("bob's own passphrase"), QStringLiteral("bob"));
        QVERIFY2(st, qPrintable(st ? QString() : st.error().message));
        QCOMPARE(window.value()->user(), QStringLiteral("bob"));
    }

    // A change of the key slots made in one process keeps the slots that
    // another added meanwhile: each change reads the file anew, under a lock.
    void aChangeKeepsTheSlotsAnotherProcessAdded() {
        test::TestRegister t; // unlocked: the window
        auto cli = Register::load(t.folder());
        QVERIFY(cli && cli.value()->unlock(test::passphrase()));
        QVERIFY(cli.value()->addUserSlot(QStringLiteral("bob"), test::passphrase("bob's own passphrase"),
                                         KdfCost::interactive()));
        QVERIFY(t.reg().setUserPassphrase(
            t.reg().user(), test::passphrase("the window user's new passphrase"), KdfCost::interactive()));
        auto reread = Register::load(t.folder());
        QVERIFY(reread);
        QVERIFY(reread.value()->keySlots().users().contains(QStringLiteral("bob")));
        QVERIFY(reread.value()->unlock(test::passphrase("bob's own passphrase"), QStringLiteral("bob")));
        reread.value()->lock();
        QVERIFY(reread.value()->unlock(test::passphrase("the window user's new passphrase"), t.reg().user()));
        QVERIFY(!QFile::exists(t.folder() + QStringLiteral("/keyslots.lock")));
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
            auto count = SqlCipherRequestRepository(loaded.value()->database()).list({});
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
        QCOMPARE(SqlCipherRequestRepository(t.reg().database()).count().value(), 2); // usable meanwhile
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
            QCOMPARE(SqlCipherRequestRepository(db).count().value(), 0);
            // no commit: the process "fails" here
        }
        QCOMPARE(SqlCipherRequestRepository(db).count().value(), 2);
    }

    // A register whose database is missing, empty or not a register's is
    // damaged: the unlock (the CLI's check at unlock and the window's, which
    // leaves the integrity check to a connection of its own) refuses it and
    // writes nothing, never a fresh schema (issue 15, item 3).
    void anEmptyMissingOrForeignDatabaseIsDamagedAndNothingIsWritten_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("check");
        for (const char* kind : {"empty", "missing", "empty with a WAL", "no schema", "plain sqlite"}) {
            QTest::addRow("%s, checked at unlock", kind)
                << QString::fromLatin1(kind) << int(IntegrityCheck::AtUnlock);
            QTest::addRow("%s, checked by the window", kind)
                << QString::fromLatin1(kind) << int(IntegrityCheck::ByCaller);
        }
    }
    void anEmptyMissingOrForeignDatabaseIsDamagedAndNothingIsWritten() {
        QFETCH(QString, kind);
        QFETCH(int, check);
        test::TestRegister t;
        QVERIFY(RegisterExchange::importAll(t.reg().database(), test::sampleData()));
        t.reg().lock();
        const QString path = t.folder() + QStringLiteral("/register.db");
        if (kind == QLatin1String("empty")) {
            QVERIFY(QFile(path).resize(0));
        } else if (kind == QLatin1String("missing")) {
            QVERIFY(QFile::remove(path));
        } else if (kind == QLatin1String("empty with a WAL")) {
            // What a crash can leave: the log still holds pages, the file none.
            QVERIFY(QFile::copy(path, path + QStringLiteral("-wal")));
            QVERIFY(QFile(path).resize(0));
        } else if (kind == QLatin1String("no schema")) {
            // A database keyed with the register's own key that holds no register.
            auto key = t.reg().deriveMasterKey(test::passphrase());
            QVERIFY(key);
            QVERIFY(QFile::remove(path));
            QVERIFY(Database::open(path, key.value().key, true));
        } else {
            QVERIFY(QFile::remove(path));
            QFile plain(path);
            QVERIFY(plain.open(QIODevice::WriteOnly));
            QByteArray header("SQLite format 3");
            header.append('\0');
            plain.write(header + QByteArray(4096 - header.size(), '\0'));
        }
        const auto before = test::fingerprint(t.folder());
        auto loaded = Register::load(t.folder());
        QVERIFY(loaded);
        auto key = loaded.value()->deriveMasterKey(test::passphrase());
        QVERIFY(key);
        const Status st =
            loaded.value()->unlockWithMasterKey(std::move(key.value()), -1, IntegrityCheck(check));
        QVERIFY2(!st, "a register without its database was unlocked");
        QCOMPARE(st.error().code, ErrorCode::Damaged);
        QVERIFY2(st.error().message.contains(QStringLiteral("backup")), qPrintable(st.error().message));
        QVERIFY(!loaded.value()->isUnlocked());
        QCOMPARE(test::fingerprint(t.folder()), before);
    }

    // A write-ahead log holding committed transactions, damaged after a crash
    // (a bad sector, a cut-off copy): opening the register must neither
    // checkpoint, truncate nor delete anything, -shm included, so the files
    // stay as they were for a rescue copy (issue 15, item 4).
    void aDamagedWriteAheadLogIsLeftExactlyAsItWas_data() {
        QTest::addColumn<int>("check");
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QStringList>("said");
        const QStringList rescue{QStringLiteral("register.db-wal"), QStringLiteral("rescue")};
        QTest::newRow("middle frame, checked at unlock")
            << int(IntegrityCheck::AtUnlock) << QStringLiteral("middle frame") << rescue;
        QTest::newRow("middle frame, checked by the window")
            << int(IntegrityCheck::ByCaller) << QStringLiteral("middle frame") << rescue;
        // Nothing follows the last frame, but the killed writer's index (-shm)
        // says it was committed.
        QTest::newRow("last frame, checked at unlock")
            << int(IntegrityCheck::AtUnlock) << QStringLiteral("last frame") << rescue;
        // One byte of the header's salts (bytes 16-23): SQLite ignores the
        // whole log, and no frame matches the damaged salts (security review a).
        QTest::newRow("header salts, checked at unlock")
            << int(IntegrityCheck::AtUnlock) << QStringLiteral("header salts") << rescue;
        QTest::newRow("header salts, checked by the window")
            << int(IntegrityCheck::ByCaller) << QStringLiteral("header salts") << rescue;
        // Byte 10 0x10 -> 0x20: a page size of 8192 that "fits" (review b).
        QTest::newRow("header page size, checked at unlock")
            << int(IntegrityCheck::AtUnlock) << QStringLiteral("header page size") << rescue;
        // The log cut short within its last frame (a copy or disk that lost
        // its tail): every frame left reads, but the killed writer's index
        // counts the last transaction as committed (review c).
        QTest::newRow("cut-off tail, checked at unlock")
            << int(IntegrityCheck::AtUnlock) << QStringLiteral("cut-off tail") << rescue;
        QTest::newRow("cut-off tail, checked by the window")
            << int(IntegrityCheck::ByCaller) << QStringLiteral("cut-off tail") << rescue;
        // The log is whole but the database is not (its salt, so no page
        // reads): the read-only check's own connection fails, and must not
        // have truncated or rebuilt the killed writer's -shm first (review c).
        QTest::newRow("database beside a whole log, checked at unlock")
            << int(IntegrityCheck::AtUnlock) << QStringLiteral("database")
            << QStringList{QStringLiteral("backup")};
    }
    void aDamagedWriteAheadLogIsLeftExactlyAsItWas() {
        QFETCH(int, check);
        QFETCH(QString, damage);
        QFETCH(QStringList, said);
        test::TestRegister t;
        t.reg().lock(); // the schema goes into register.db
        QVERIFY(t.reg().unlock(test::passphrase()));
        Database& db = t.reg().database();
        QVERIFY(db.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"))); // as if killed before it
        QVERIFY(RegisterExchange::importAll(db, test::sampleData()));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE committed_later (x INTEGER)")));
        // The files as a killed process leaves them: copied while the connection is open.
        QTemporaryDir dir;
        const QString intact = dir.filePath(QStringLiteral("intact.mladesk"));
        const QString damaged = dir.filePath(QStringLiteral("damaged.mladesk"));
        QVERIFY(test::copyTree(t.folder(), intact));
        QVERIFY(test::copyTree(t.folder(), damaged));
        t.reg().lock();

        const QString wal = damaged + QStringLiteral("/register.db-wal");
        const qint64 frameSize = 24 + 4096;
        const qint64 frames = (QFileInfo(wal).size() - 32) / frameSize;
        QVERIFY2(frames >= 8, qPrintable(QStringLiteral("only %1 frames in the WAL").arg(frames)));
        QVERIFY(QFileInfo(damaged + QStringLiteral("/register.db-shm")).size() > 0);
        auto flip = [](const QString& file, qint64 at, char mask) {
            QFile f(file);
            if (!f.open(QIODevice::ReadWrite) || !f.seek(at))
                return false;
            char byte = 0;
            return f.getChar(&byte) && f.seek(at) && f.putChar(char(byte ^ mask));
        };
        if (damage == QLatin1String("middle frame") || damage == QLatin1String("last frame")) {
            const bool last = damage == QLatin1String("last frame");
            QVERIFY(flip(wal, 32 + (last ? frames - 1 : frames / 2) * frameSize + 24 + 1000, 0x01));
        } else if (damage == QLatin1String("header salts")) {
            QVERIFY(flip(wal, 20, 0x01));
        } else if (damage == QLatin1String("header page size")) {
            QVERIFY(flip(wal, 10, 0x30)); // 0x10 -> 0x20: 4096 -> 8192
        } else if (damage == QLatin1String("cut-off tail")) {
            QVERIFY(QFile(wal).resize(QFileInfo(wal).size() - 1000));
        } else {
            QVERIFY(flip(damaged + QStringLiteral("/register.db"), 5, 0x01));
        }

        // The intact copy holds the committed import: the WAL is what has it.
        // The read-only check reads it through the killed writer's index as
        // it is, neither truncating nor rebuilding it.
        {
            const auto whole = test::fingerprint(intact);
            auto key = t.reg().deriveMasterKey(test::passphrase());
            QVERIFY(key);
            auto reader = Database::openReadOnly(intact + QStringLiteral("/register.db"), key.value().key);
            QVERIFY2(reader, qPrintable(reader ? QString() : reader.error().message));
            QCOMPARE(SqlCipherRequestRepository(*reader.value()).count().value(), 2);
            reader.value().reset();
            QCOMPARE(test::fingerprint(intact), whole);
        }
        {
            auto control = Register::load(intact);
            QVERIFY(control);
            QVERIFY(control.value()->unlock(test::passphrase()));
            QCOMPARE(SqlCipherRequestRepository(control.value()->database()).count().value(), 2);
        }

        const auto before = test::fingerprint(damaged);
        QVERIFY(before.contains(wal));
        QVERIFY(before.contains(damaged + QStringLiteral("/register.db-shm")));
        auto loaded = Register::load(damaged);
        QVERIFY(loaded);
        auto key = loaded.value()->deriveMasterKey(test::passphrase());
        QVERIFY(key);
        const Status st =
            loaded.value()->unlockWithMasterKey(std::move(key.value()), -1, IntegrityCheck(check));
        QVERIFY2(!st, "a register with a damaged write-ahead log was unlocked");
        QCOMPARE(st.error().code, ErrorCode::Damaged);
        for (const QString& word : std::as_const(said))
            QVERIFY2(st.error().message.contains(word), qPrintable(st.error().message));
        QVERIFY(!loaded.value()->isUnlocked());
        loaded.value().reset();
        QCOMPARE(test::fingerprint(damaged), before);
    }

    // A whole log beside an index SQLite cannot read as it stands (zeroed, as a
    // crash of the machine may leave it): the read-only check cannot use the
    // index without rebuilding it, so it falls back to SQLite's own read, and
    // the register opens with what the log holds.
    void aWholeLogBesideAnUnusableIndexOpens() {
        test::TestRegister t;
        t.reg().lock();
        QVERIFY(t.reg().unlock(test::passphrase()));
        Database& db = t.reg().database();
        QVERIFY(db.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY(RegisterExchange::importAll(db, test::sampleData()));
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("copy.mladesk"));
        QVERIFY(test::copyTree(t.folder(), copy));
        t.reg().lock();
        QFile shm(copy + QStringLiteral("/register.db-shm"));
        QVERIFY(shm.size() > 0);
        QVERIFY(shm.open(QIODevice::ReadWrite));
        QVERIFY(shm.write(QByteArray(shm.size(), '\0')) == shm.size());
        shm.close();
        auto loaded = Register::load(copy);
        QVERIFY(loaded);
        const Status st = loaded.value()->unlock(test::passphrase());
        QVERIFY2(st, qPrintable(st ? QString() : st.error().message));
        QCOMPARE(SqlCipherRequestRepository(loaded.value()->database()).count().value(), 2);
    }

    // Reading a backup changes nothing in it: not its journal mode (a backup
    // in rollback mode, as an older copy may be), no -wal or -shm beside it,
    // not while open and not after (security review L7).
    void readingABackupLeavesItExactlyAsItWas() {
        test::TestRegister t;
        QVERIFY(RegisterExchange::importAll(t.reg().database(), test::sampleData()));
        QVERIFY(t.reg().database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        const QString folder = QDir(t.reg().backupsPath()).filePath(QStringLiteral("copy"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(QStringLiteral("register.db"));
        QVERIFY(QFile::copy(t.reg().databasePath(), path));
        {
            auto key = t.reg().deriveMasterKey(test::passphrase());
            QVERIFY(key);
            auto copy = Database::open(path, key.value().key, false);
            QVERIFY(copy);
            QVERIFY(copy.value()->exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        }
        const auto before = test::fingerprint(t.reg().backupsPath());
        QCOMPARE(before.size(), 1);
        {
            auto backup = t.reg().openBackup(path);
            QVERIFY2(backup, qPrintable(backup ? QString() : backup.error().message));
            QCOMPARE(SqlCipherRequestRepository(*backup.value()).count().value(), 2);
            QCOMPARE(test::fingerprint(t.reg().backupsPath()), before);
        }
        QCOMPARE(test::fingerprint(t.reg().backupsPath()), before);
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
