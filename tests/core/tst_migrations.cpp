#include "SampleData.h"
#include "TestRegister.h"
#include "interchange/InterchangeFormat.h"
#include "interchange/RegisterExchange.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Register.h"
#include "storage/SqlCipherRequestRepository.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace mladesk;

// Every schema version has a fixture register in tests/data/registers/,
// written by mladesk-make-fixture when that version was current. Each must
// open, migrate to the latest version, and keep its data.
class TestMigrations : public QObject {
    Q_OBJECT
private slots:
    void everyVersionHasAFixture() {
        for (int v = 1; v <= Migrations::latestVersion(); ++v)
            QVERIFY2(
                QDir(QStringLiteral(MLADESK_TEST_DATA "/registers/schema-v%1.mladesk").arg(v)).exists(),
                qPrintable(QStringLiteral("missing fixture for schema version %1; make it with "
                                          "mladesk-make-fixture %1 tests/data/registers/schema-v%1.mladesk")
                               .arg(v)));
    }

    void fixturesMigrateToTheLatestVersion_data() {
        QTest::addColumn<int>("version");
        for (int v = 1; v <= Migrations::latestVersion(); ++v)
            QTest::newRow(qPrintable(QStringLiteral("schema v%1").arg(v))) << v;
    }
    void fixturesMigrateToTheLatestVersion() {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("copy.mladesk"));
        QVERIFY(test::copyTree(QStringLiteral(MLADESK_TEST_DATA "/registers/schema-v%1.mladesk").arg(version),
                               folder));
        auto reg = Register::load(folder);
        QVERIFY(reg);
        const Status st = reg.value()->unlock(test::passphrase());
        QVERIFY2(st, qPrintable(st ? QString() : st.error().message));
        Database& db = reg.value()->database();
        QCOMPARE(Migrations::currentVersion(db).value(), Migrations::latestVersion());

        // The data is all there, exactly as written.
        auto exported = RegisterExchange::exportAll(db);
        QVERIFY(exported);
        QCOMPARE(InterchangeFormat::write(exported.value()), InterchangeFormat::write(test::fixtureData()));

        // Full-text search (schema v2) covers rows that existed before it.
        RequestFilter byPerson;
        byPerson.search = QStringLiteral("zyxwv");
        QCOMPARE(SqlCipherRequestRepository(db).count(byPerson).value(), 2);
        RequestFilter byAuthority;
        byAuthority.search = QStringLiteral("Staatsanwaltschaft");
        QCOMPARE(SqlCipherRequestRepository(db).count(byAuthority).value(), 2);

        // Schema v6: the trust store and custody records exist, empty, in every migrated register.
        QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM trusted_certificates")).value(), 0);
        QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM bundle_custody")).value(), 0);

        // An upgrade keeps an encrypted copy of what it upgraded.
        const QStringList backups =
            QDir(folder + QStringLiteral("/backups")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(backups.size(), version < Migrations::latestVersion() ? 1 : 0);
        if (!backups.isEmpty()) {
            QVERIFY(backups.first().startsWith(QStringLiteral("before-schema-v%1-").arg(version + 1)));
            QVERIFY(QFile::exists(folder + QStringLiteral("/backups/") + backups.first() +
                                  QStringLiteral("/keyslots")));
        }
    }

    void migrationsAreForwardOnlyAndStepwise() {
        test::TestRegister t(1);
        Database& db = t.reg().database();
        QCOMPARE(Migrations::currentVersion(db).value(), 1);
        QVERIFY(Migrations::migrate(db, 2));
        QCOMPARE(Migrations::currentVersion(db).value(), 2);
        QVERIFY(Migrations::migrate(db)); // nothing left to do
        QCOMPARE(Migrations::currentVersion(db).value(), Migrations::latestVersion());
    }

    void aRegisterFromTheFutureIsRefused() {
        test::TestRegister t;
        QVERIFY(t.reg().database().exec(QStringLiteral("PRAGMA user_version = 999")));
        t.reg().lock();
        auto reg = Register::load(t.folder());
        QVERIFY(reg);
        const Status st = reg.value()->unlock(test::passphrase());
        QVERIFY(!st);
        QVERIFY2(st.error().message.contains(QStringLiteral("newer MLA Desk")),
                 qPrintable(st.error().message));
    }

    void aFailingMigrationLeavesThePreviousVersion() {
        test::TestRegister t(1);
        Database& db = t.reg().database();
        // Make migration 2 fail midway: its virtual table name is taken.
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE request_search (x)")));
        const Status st = Migrations::migrate(db);
        QVERIFY(!st);
        QVERIFY(st.error().message.contains(QStringLiteral("unchanged")));
        QCOMPARE(Migrations::currentVersion(db).value(), 1);
        // Nothing of migration 2 stayed behind.
        QCOMPARE(
            db.queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")).value(),
            0);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
