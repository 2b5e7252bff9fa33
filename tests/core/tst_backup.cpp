#include "SampleData.h"
#include "TestRegister.h"
#include "access/Role.h"
#include "demo/DemoGenerator.h"
#include "repositories/Backup.h"
#include "security/KeySlots.h"
#include "services/BackupService.h"
#include "services/ExchangeService.h"
#include "services/RequestService.h"
#include "services/RetentionService.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "storage/RegisterBackup.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace mladesk;

// Issue 22, item 1: backups a user can restore (docs/backups.md). A copy
// taken while the register is in use, holding no plaintext, verified after
// writing, restorable with any user's passphrase into a new folder only;
// damaged and hostile backup files restore nothing.
class TestBackup : public QObject {
    Q_OBJECT
private:
    static constexpr char kAttachmentText[] = "name,ip\nZyxwvut Heinrich,192.0.2.7\n";

    struct Filled {
        test::TestRegister t;
        std::unique_ptr<Workspace> workspace;
        QString attachmentId;
        // demoRequests more requests from the demo generator (a register
        // larger than one step of the copy).
        explicit Filled(int demoRequests = 0) {
            workspace = Workspace::start(t.reg()).value();
            if (!workspace->exchange().importData(test::sampleData()))
                qFatal("sample data did not import");
            if (demoRequests > 0) {
                auto demo = workspace->exchange().importData(
                    DemoGenerator(7, QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC))
                        .generate(demoRequests));
                if (!demo)
                    qFatal("demo data did not import: %s", qPrintable(demo.error().message));
            }
            if (!workspace->users().add(QStringLiteral("tina"), {roles::kTranslator},
                                        test::passphrase("tina pass"), KdfCost::interactive()))
                qFatal("could not add tina");
            const QString source = t.scratch(QStringLiteral("subscriber records.csv"));
            test::writeFile(source, kAttachmentText);
            auto added = workspace->retention().addAttachment(QStringLiteral("OUT-2026-0001"), source);
            if (!added)
                qFatal("could not attach: %s", qPrintable(added.error().message));
            attachmentId = added->id;
            QFile::remove(source);
        }
        ~Filled() {
            if (workspace)
                workspace->end();
        }
        Result<BackupFacts> backUp(const QString& out, const BackupProgress& progress = {}) {
            auto copier = workspace->backups().copier();
            if (!copier)
                return copier.error();
            return copier.value()->write(out, progress);
        }
    };

    static QByteArray requestsJson(Workspace& w) {
        auto data = w.exchange().exportData();
        QJsonArray ids;
        for (const auto& r : data->requests)
            ids.append(QString(r.reference + QLatin1Char('|') + r.summary + QLatin1Char('|') + r.status));
        return QJsonDocument(ids).toJson(QJsonDocument::Compact);
    }

    static QStringList leftovers(const QString& folder) {
        return QDir(folder).entryList({QStringLiteral(".mladesk-*")}, QDir::AllEntries | QDir::Hidden);
    }

    // A tar made by Python's tarfile from (name, bytes, type) entries.
    static bool makeTar(const QString& path, const QString& entriesPython) {
        QProcess p;
        p.start(QStringLiteral("python3"),
                {QStringLiteral("-c"),
                 QStringLiteral("import sys, tarfile, io\n"
                                "entries = %1\n"
                                "with tarfile.open(sys.argv[1], 'w', format=tarfile.USTAR_FORMAT) as t:\n"
                                "    for name, data, kind in entries:\n"
                                "        i = tarfile.TarInfo(name); i.size = len(data); i.type = kind\n"
                                "        if kind == tarfile.SYMTYPE: i.linkname = '/etc/passwd'; i.size = 0\n"
                                "        t.addfile(i, io.BytesIO(data) if i.size else None)\n")
                     .arg(entriesPython),
                 path});
        return p.waitForFinished(30000) && p.exitCode() == 0;
    }

private slots:
    void aBackupTakenWhileInUseRestoresWithAnyUsersPassphrase() {
        Filled r(3000);
        const QString out = r.t.scratch(QStringLiteral("office.mladesk-backup"));
        // A change committed through the register's own connection while the
        // copy runs: the copy restarts and holds it (SQLite's backup API).
        bool changedMeanwhile = false;
        qint64 lastTotal = 0;
        auto written = r.backUp(out, [&](qint64 done, qint64 total) {
            if (!changedMeanwhile && done > 0) {
                changedMeanwhile = true;
                auto changed = r.workspace->requests().changeStatus(QStringLiteral("OUT-2026-0001"),
                                                                    QStringLiteral("acknowledged"));
                if (!changed)
                    qWarning("%s", qPrintable(changed.error().message));
            }
            lastTotal = total;
            return true;
        });
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        QVERIFY(changedMeanwhile);
        QVERIFY(lastTotal > 0);
        QCOMPARE(written->attachments, 1);
        QVERIFY(written->requests > 0);
        QCOMPARE(written->registerId, r.t.reg().keySlots().registerId());
        QVERIFY(written->users.contains(QStringLiteral("tina")));
        QCOMPARE(QFile::permissions(out) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QVERIFY(leftovers(r.t.scratch(QString())).isEmpty());
        QVERIFY(r.workspace->backups().recordBackup(written.value()));
        const QByteArray before = requestsJson(*r.workspace);

        // Restored with tina's passphrase (a translator: any user's).
        const QString to = r.t.scratch(QStringLiteral("restored.mladesk"));
        auto restored =
            RegisterBackup::restore(out, to, test::passphrase("tina pass"), QStringLiteral("tina"));
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
        QCOMPARE(restored->facts.sha256, written->sha256);
        QVERIFY(restored->reg->isUnlocked());
        restored->reg->lock();
        // The owner opens it too, and finds the register as it was, the
        // change made during the copy and the attachment included.
        QVERIFY(restored->reg->unlock(test::passphrase()));
        auto copy = Workspace::start(*restored->reg).value();
        QCOMPARE(requestsJson(*copy), before);
        QVERIFY(before.contains("acknowledged"));
        QBuffer attachment;
        attachment.open(QIODevice::WriteOnly);
        QVERIFY(copy->retention().readAttachment(r.attachmentId, attachment));
        QCOMPARE(attachment.data(), QByteArray(kAttachmentText));
        copy->end();
    }

    void aBackupHoldsNoPlaintext() {
        Filled r;
        const QString out = r.t.scratch(QStringLiteral("plain.mladesk-backup"));
        QVERIFY(r.backUp(out));
        const QByteArray bytes = test::readFile(out);
        QVERIFY(bytes.size() > 100000);
        auto data = r.workspace->exchange().exportData();
        QVERIFY(data);
        int checked = 0;
        for (const auto& request : data->requests)
            for (const QString& text : {request.summary, request.facts, request.reference, request.offence})
                if (text.size() >= 8) {
                    ++checked;
                    QVERIFY2(!bytes.contains(text.left(24).toUtf8()), qPrintable(text));
                }
        QVERIFY(checked >= 4);
        QVERIFY(!bytes.contains(test::kSecretMarker));
        QVERIFY(!bytes.contains("Zyxwvut Heinrich"));
        QVERIFY(!bytes.contains("SQLite format 3"));
        // What it holds, as tar lists it.
        QProcess tar;
        tar.start(QStringLiteral("tar"), {QStringLiteral("-tf"), out});
        QVERIFY(tar.waitForFinished() && tar.exitCode() == 0);
        const QStringList names =
            QString::fromUtf8(tar.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(names.first(), QStringLiteral("keyslots"));
        QCOMPARE(names.last(), QStringLiteral("backup.json"));
        QVERIFY(names.contains(QStringLiteral("attachments/") + r.attachmentId));
    }

    void aBackupOpensOnlyWithAPassphrase() {
        Filled r;
        // "Remember on this computer" on the register: not in its backups.
        QVERIFY(r.t.reg().addDeviceSlot());
        QVERIFY(r.t.reg().keySlots().hasDeviceSlot());
        const QString out = r.t.scratch(QStringLiteral("device.mladesk-backup"));
        QVERIFY(r.backUp(out));
        const QString folder = r.t.scratch(QStringLiteral("unpacked"));
        QDir().mkpath(folder);
        QProcess tar;
        tar.start(QStringLiteral("tar"), {QStringLiteral("-xf"), out, QStringLiteral("-C"), folder});
        QVERIFY(tar.waitForFinished() && tar.exitCode() == 0);
        auto onDisk = KeySlots::load(folder + QStringLiteral("/keyslots"));
        QVERIFY(onDisk);
        QVERIFY(!onDisk->hasDeviceSlot());
        QCOMPARE(onDisk->users().size(), 2);
    }

    void aRestoreNeverReplacesAnything() {
        Filled r;
        const QString out = r.t.scratch(QStringLiteral("b.mladesk-backup"));
        QVERIFY(r.backUp(out));
        // Over the register itself, and over an empty folder.
        const auto before = test::fingerprint(r.t.folder());
        auto over = RegisterBackup::restore(out, r.t.folder(), test::passphrase());
        QVERIFY(!over);
        QVERIFY2(over.error().message.contains(QStringLiteral("never replaces")),
                 qPrintable(over.error().message));
        QCOMPARE(test::fingerprint(r.t.folder()), before);
        const QString empty = r.t.scratch(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(empty));
        QVERIFY(!RegisterBackup::restore(out, empty, test::passphrase()));
        QVERIFY(QDir(empty).isEmpty());
        // A backup is not written over a file either.
        auto again = r.backUp(out);
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(QStringLiteral("never replaces")),
                 qPrintable(again.error().message));
        // Nor into a folder that does not exist.
        QVERIFY(!r.backUp(r.t.scratch(QStringLiteral("missing/b.mladesk-backup"))));
        QVERIFY(leftovers(r.t.scratch(QString())).isEmpty());
    }

    void aCancelledBackupLeavesNothing() {
        Filled r;
        const QString out = r.t.scratch(QStringLiteral("cancelled.mladesk-backup"));
        auto written = r.backUp(out, [](qint64, qint64) { return false; });
        QVERIFY(!written);
        QVERIFY2(written.error().message.contains(QStringLiteral("cancelled")),
                 qPrintable(written.error().message));
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(leftovers(r.t.scratch(QString())).isEmpty());
        QVERIFY(QDir(r.t.scratch(QString())).entryList({QStringLiteral("*.mladesk-backup*")}).isEmpty());
    }

    void aWrongPassphraseRestoresNothing() {
        Filled r;
        const QString out = r.t.scratch(QStringLiteral("b.mladesk-backup"));
        QVERIFY(r.backUp(out));
        const QString to = r.t.scratch(QStringLiteral("restored.mladesk"));
        auto restored = RegisterBackup::restore(out, to, test::passphrase("not the passphrase"));
        QVERIFY(!restored);
        QCOMPARE(restored.error().code, ErrorCode::WrongPassphrase);
        QVERIFY(!QFileInfo::exists(to));
        QVERIFY(leftovers(r.t.scratch(QString())).isEmpty());
    }

    void onlyThoseWhoKeepTheRegisterBackItUp() {
        Filled r;
        r.workspace->end();
        r.workspace.reset();
        r.t.reg().lock();
        QVERIFY(r.t.reg().unlock(test::passphrase("tina pass"), QStringLiteral("tina")));
        r.workspace = Workspace::start(r.t.reg()).value();
        auto copier = r.workspace->backups().copier();
        QVERIFY(!copier);
        QCOMPARE(copier.error().code, ErrorCode::Forbidden);
    }

    void damagedAndHostileBackupsRestoreNothing_data() {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("words");
        QTest::newRow("a byte of register.db") << "byte:register.db"
                                               << "not as it was";
        QTest::newRow("a byte of an attachment") << "byte:attachment"
                                                 << "not as it was";
        QTest::newRow("cut short") << "truncate"
                                   << "not a readable";
        QTest::newRow("not a backup at all") << "garbage"
                                             << "not a readable";
        QTest::newRow("a path out of the folder") << "tar:[('../evil', b'x', tarfile.REGTYPE)]"
                                                  << "which a backup does not";
        QTest::newRow("a symbolic link") << "tar:[('keyslots', b'', tarfile.SYMTYPE)]"
                                         << "not a regular file";
        QTest::newRow("a name twice") << "tar:[('keyslots', b'a', tarfile.REGTYPE), ('keyslots', b'b', "
                                         "tarfile.REGTYPE)]"
                                      << "twice";
        QTest::newRow("no backup.json") << "tar:[('keyslots', b'a', tarfile.REGTYPE)]"
                                        << "no backup.json";
        QTest::newRow("a manifest that is not one") << "tar:[('keyslots', b'a', tarfile.REGTYPE), "
                                                       "('backup.json', b'{\"format\": 1}', tarfile.REGTYPE)]"
                                                    << "not an MLA Desk backup manifest";
    }
    void damagedAndHostileBackupsRestoreNothing() {
        QFETCH(QString, damage);
        QFETCH(QString, words);
        Filled r;
        const QString out = r.t.scratch(QStringLiteral("b.mladesk-backup"));
        QVERIFY(r.backUp(out));
        QByteArray bytes = test::readFile(out);
        const QString bad = r.t.scratch(QStringLiteral("bad.mladesk-backup"));
        if (damage.startsWith(QLatin1String("byte:"))) {
            // The first data block of that entry, past its 512-byte header.
            const QByteArray name = damage == QLatin1String("byte:attachment")
                                        ? QByteArray("attachments/" + r.attachmentId.toUtf8())
                                        : QByteArray("register.db");
            qsizetype at = 0;
            while (bytes.mid(at, 100).left(bytes.mid(at, 100).indexOf('\0')) != name)
                at += 512 + ((bytes.mid(at + 124, 11).toLongLong(nullptr, 8) + 511) / 512) * 512;
            bytes[at + 512 + 20] = char(bytes[at + 512 + 20] ^ 0x55);
            QVERIFY(test::writeFile(bad, bytes));
        } else if (damage == QLatin1String("truncate")) {
            QVERIFY(test::writeFile(bad, bytes.left(bytes.size() / 2)));
        } else if (damage == QLatin1String("garbage")) {
            QVERIFY(test::writeFile(bad, QByteArray(4096, 'x')));
        } else {
            QVERIFY(makeTar(bad, damage.mid(4)));
        }
        const QString to = r.t.scratch(QStringLiteral("restored.mladesk"));
        auto restored = RegisterBackup::restore(bad, to, test::passphrase());
        QVERIFY(!restored);
        QVERIFY2(restored.error().message.contains(words), qPrintable(restored.error().message));
        QVERIFY(!QFileInfo::exists(to));
        QVERIFY(!QFileInfo::exists(r.t.scratch(QStringLiteral("evil"))));
        QVERIFY(leftovers(r.t.scratch(QString())).isEmpty());
        QVERIFY(!RegisterBackup::inspect(bad));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
