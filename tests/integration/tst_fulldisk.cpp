// Issue 22, item 4: a full disk. A small file system (tmpfs, 32 MiB,
// mounted by the test; skipped with the reason where it cannot be) holds a
// register; the test fills the disk to the last byte and then imports,
// edits, attaches, exports and backs up: each is refused with "the disk is
// full", and once space is freed the register opens, passes its integrity
// check and its audit chain, and holds exactly what it held before.
#include "CliRunner.h"
#include "SampleData.h"
#include "TestRegister.h"
#include "demo/DemoGenerator.h"
#include "interchange/InterchangeFormat.h"
#include "repositories/Backup.h"
#include "services/AuditService.h"
#include "services/BackupService.h"
#include "services/ExchangeService.h"
#include "services/RequestService.h"
#include "services/RetentionService.h"
#include "services/Workspace.h"
#include "storage/Register.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace mladesk;

class TestFullDisk : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_mount;
    bool m_mounted = false;
    std::unique_ptr<Register> m_register;
    std::unique_ptr<Workspace> m_workspace;
    QByteArray m_before; // the register's records before the test's attempt

    QString onDisk(const QString& name) const { return QDir(m_mount).filePath(name); }
    // Where the register lives: on the small disk, except for the tests of
    // what is written out of it (an export, a backup to a full USB disk).
    bool writesOut() const {
        const QByteArray test(QTest::currentTestFunction());
        return test == "anExportToAFullDiskIsRefused" || test == "aBackupToAFullDiskIsRefused";
    }
    QString folder() const {
        return writesOut() ? m_dir.filePath(QStringLiteral("big.mladesk"))
                           : onDisk(QStringLiteral("full.mladesk"));
    }

    static int run(const QString& program, const QStringList& arguments, QByteArray* err = nullptr) {
        QProcess p;
        p.start(program, arguments);
        if (!p.waitForFinished(60000))
            return -1;
        if (err)
            *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    // Writes a filler file until the file system refuses a single byte
    // more; then frees leave bytes again (room for one small file).
    void fill(qint64 leave = 0) {
        QFile filler(onDisk(QStringLiteral("filler")));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        for (qint64 piece : {qint64(1) << 20, qint64(1) << 12, qint64(1)}) {
            const QByteArray bytes(piece, 'f');
            while (filler.write(bytes) == piece) {
            }
        }
        QVERIFY(filler.flush() || true);
        filler.close();
        QFile probe(onDisk(QStringLiteral("probe")));
        QVERIFY(probe.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        QCOMPARE(probe.write("x", 1), qint64(-1)); // full to the byte
        probe.close();
        probe.remove();
        if (leave > 0)
            QVERIFY(QFile::resize(onDisk(QStringLiteral("filler")),
                                  QFileInfo(onDisk(QStringLiteral("filler"))).size() - leave));
    }
    void unfill() { QFile::remove(onDisk(QStringLiteral("filler"))); }

    QByteArray records() {
        auto data = m_workspace->exchange().exportData();
        if (!data)
            return "export failed: " + data.error().message.toUtf8();
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!InterchangeFormat::write(std::move(data.value()), buffer))
            return "write failed";
        // The export's own moment aside.
        QByteArray bytes = buffer.data();
        const qsizetype at = bytes.indexOf("\"exported_at\"");
        if (at >= 0)
            bytes.remove(at, bytes.indexOf('\n', at) - at);
        return bytes;
    }

    // After the refusal, with space again: the register opens (integrity
    // check at unlock), its trail holds, its records are as before.
    void checkNothingLost() {
        unfill();
        m_workspace->end();
        m_workspace.reset();
        m_register->lock();
        QVERIFY(m_register->unlock(test::passphrase()));
        m_workspace = Workspace::start(*m_register).value();
        auto chain = m_workspace->audit().verify();
        QVERIFY2(chain, qPrintable(chain ? QString() : chain.error().message));
        QVERIFY(chain->intact);
        QCOMPARE(records(), m_before);
    }

    static void expectDiskFull(const QString& message) {
        qInfo("refused: %s", qPrintable(message.trimmed()));
        QVERIFY2(message.contains(QStringLiteral("disk is full")), qPrintable(message));
    }

private slots:
    void initTestCase() {
        if (::geteuid() != 0)
            QSKIP(
                "Mounting a small file system (tmpfs) needs root: run ./scripts/test as root or with sudo.");
        m_mount = m_dir.filePath(QStringLiteral("small"));
        QVERIFY(QDir().mkpath(m_mount));
        QByteArray err;
        if (run(QStringLiteral("mount"),
                {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                 QStringLiteral("size=32m,mode=0700"), QStringLiteral("tmpfs"), m_mount},
                &err) != 0)
            QSKIP(qPrintable(QStringLiteral("This machine cannot mount a tmpfs here (%1); the full-disk "
                                            "test needs one.")
                                 .arg(QString::fromLocal8Bit(err).trimmed())));
        m_mounted = true;
        QVERIFY(
            test::writeFile(m_dir.filePath(QStringLiteral("pass")), QByteArray(test::kPassphrase) + "\n"));
    }
    void cleanupTestCase() {
        if (m_mounted)
            run(QStringLiteral("umount"), {m_mount});
    }

    void init() {
        auto created =
            Register::create(folder(), QStringLiteral("owner"), test::passphrase(), KdfCost::interactive());
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        m_register = std::move(created.value());
        m_workspace = Workspace::start(*m_register).value();
        QVERIFY(m_workspace->exchange().importData(test::sampleData()));
        const QString attachment = onDisk(QStringLiteral("records.csv"));
        QVERIFY(test::writeFile(attachment, "name,ip\nZyxwvut Heinrich,192.0.2.7\n"));
        QVERIFY(m_workspace->retention().addAttachment(QStringLiteral("OUT-2026-0001"), attachment));
        QFile::remove(attachment);
        m_before = records();
    }
    void cleanup() {
        unfill();
        if (m_workspace)
            m_workspace->end();
        m_workspace.reset();
        m_register.reset();
        QDir(folder()).removeRecursively();
        for (const QString& name :
             QDir(m_mount).entryList(QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot))
            QFileInfo(onDisk(name)).isDir() ? (void)QDir(onDisk(name)).removeRecursively()
                                            : (void)QFile::remove(onDisk(name));
    }

    void anImportIsRefused() {
        fill();
        auto imported = m_workspace->exchange().importData(
            DemoGenerator(3, QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC)).generate(300));
        QVERIFY(!imported);
        expectDiskFull(imported.error().message);
        checkNothingLost();
    }

    void anEditIsRefused() {
        fill();
        // Text long enough to need more of the write-ahead log than is free.
        auto request = m_workspace->requests().find(QStringLiteral("OUT-2026-0002"));
        QVERIFY(request);
        Request changed = request.value();
        changed.facts = QString(2 * 1024 * 1024, QLatin1Char('x'));
        const Status saved = m_workspace->requests().update(changed);
        QVERIFY(!saved);
        expectDiskFull(saved.error().message);
        checkNothingLost();
    }

    void anAttachmentIsRefused() {
        const QString source = m_dir.filePath(QStringLiteral("big.bin")); // on the big disk
        QVERIFY(test::writeFile(source, QByteArray(4 * 1024 * 1024, 'a')));
        const QStringList filesBefore =
            QDir(folder() + QStringLiteral("/attachments")).entryList(QDir::Files);
        fill();
        auto added = m_workspace->retention().addAttachment(QStringLiteral("OUT-2026-0001"), source);
        QVERIFY(!added);
        expectDiskFull(added.error().message);
        QCOMPARE(QDir(folder() + QStringLiteral("/attachments")).entryList(QDir::Files | QDir::Hidden),
                 filesBefore);
        checkNothingLost();
    }

    // A new user's key slot on a full disk: refused, and the key-slot file
    // (without which the register cannot be opened) is left as it was.
    void aNewUserIsRefusedAndTheKeySlotsKept() {
        const QByteArray before = test::readFile(folder() + QStringLiteral("/keyslots"));
        QVERIFY(!before.isEmpty());
        fill();
        const Status added = m_register->addUserSlot(
            QStringLiteral("bob"), test::passphrase("bob's passphrase"), KdfCost::interactive());
        QVERIFY(!added);
        expectDiskFull(added.error().message);
        QCOMPARE(test::readFile(folder() + QStringLiteral("/keyslots")), before);
        checkNothingLost();
    }

    // Room for the lock file (one page), none for the new key slots: the
    // write of the key-slot file fails in its last flush, which Qt's
    // QSaveFile::commit() alone does not see (it renamed an empty file over
    // the key slots, and the register could not be opened any more).
    void aNewUserIsRefusedWithRoomForTheLockOnly() {
        const QByteArray before = test::readFile(folder() + QStringLiteral("/keyslots"));
        fill(4096);
        const Status added = m_register->addUserSlot(
            QStringLiteral("bob"), test::passphrase("bob's passphrase"), KdfCost::interactive());
        QVERIFY(!added);
        expectDiskFull(added.error().message);
        QCOMPARE(test::readFile(folder() + QStringLiteral("/keyslots")), before);
        checkNothingLost();
    }

    // The command line on a full disk: even its unlock (an audit entry) is
    // refused with the reason.
    void aCommandIsRefusedAtItsUnlock() {
        fill();
        const test::CliResult cli =
            test::runCli({QStringLiteral("--db"), folder(), QStringLiteral("--passphrase-file"),
                          m_dir.filePath(QStringLiteral("pass")), QStringLiteral("list")});
        QVERIFY2(cli.exitCode != 0, qPrintable(cli.err));
        expectDiskFull(cli.err);
        checkNothingLost();
    }

    void anExportToAFullDiskIsRefused() {
        fill();
        const QString out = onDisk(QStringLiteral("export.json"));
        const test::CliResult cli = test::runCli(
            {QStringLiteral("--db"), folder(), QStringLiteral("--passphrase-file"),
             m_dir.filePath(QStringLiteral("pass")), QStringLiteral("export"), QStringLiteral("--out"), out});
        QVERIFY2(cli.exitCode != 0, qPrintable(cli.err));
        expectDiskFull(cli.err);
        QVERIFY(!QFileInfo::exists(out));
        checkNothingLost();
    }

    void aBackupToAFullDiskIsRefused() {
        fill();
        auto copier = m_workspace->backups().copier();
        QVERIFY(copier);
        const QString out = onDisk(QStringLiteral("full.mladesk-backup"));
        auto written = copier.value()->write(out);
        QVERIFY(!written);
        expectDiskFull(written.error().message);
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(QDir(m_mount)
                    .entryList({QStringLiteral(".mladesk-*")}, QDir::AllEntries | QDir::Hidden)
                    .isEmpty());
        checkNothingLost();
    }
};

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
