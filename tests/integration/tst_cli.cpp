#include "CliRunner.h"
#include "SampleData.h"
#include "TestPki.h"
#include "TestRegister.h"
#include "bundle/BundleWriter.h"
#include "bundle/SigningIdentity.h"
#include "cli/CommandReference.h"
#include "interchange/InterchangeFormat.h"
#include "interchange/RegisterExchange.h"
#include "security/Keychain.h"
#include "services/BuildInfo.h"
#include "storage/Database.h"
#include "storage/SqlCipherRequestRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <sys/stat.h>

using namespace mladesk;
using test::readFile;
using test::runCli;
using test::TestPki;
using test::writeFile;

// mladesk-cli as a user runs it: real processes, real registers on disk,
// the exit codes and messages of DESIGN.md.
class TestCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_passFile;
    QString m_wrongFile;

    QString fresh(const QString& name) { return m_dir.filePath(name + QStringLiteral(".mladesk")); }
    QStringList with(const QString& db, QStringList args, const QString& passFile = {}) {
        QStringList all{QStringLiteral("--db"), db};
        if (!passFile.isEmpty())
            all << QStringLiteral("--passphrase-file") << passFile;
        return all + args;
    }
    QString initRegister(const QString& name) {
        const QString db = fresh(name);
        const auto r =
            runCli(with(db, {QStringLiteral("init"), QStringLiteral("--kdf"), QStringLiteral("interactive")},
                        m_passFile));
        if (r.exitCode != 0)
            qWarning("init failed: %s", qPrintable(r.err));
        return db;
    }
    // Adds "paula", the prosecutor whose approval the sample's sent request
    // carries: with her a prosecutor of the register, it may go out.
    void addPaula(const QString& db) {
        const QString pass = m_dir.filePath(QStringLiteral("paula-prosecutor-pass"));
        writeFile(pass, "paula's passphrase\n");
        const auto added =
            runCli(with(db,
                        {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("paula"),
                         QStringLiteral("--role"), QStringLiteral("prosecutor"),
                         QStringLiteral("--new-passphrase-file"), pass},
                        m_passFile));
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    }

    QString demoRegister(const QString& name, int requests) {
        const QString db = initRegister(name);
        const auto r =
            runCli(with(db, {QStringLiteral("demo"), QStringLiteral("--requests"), QString::number(requests)},
                        m_passFile));
        if (r.exitCode != 0)
            qWarning("demo failed: %s", qPrintable(r.err));
        return db;
    }
    static void writeFile(const QString& path, const QByteArray& bytes) {
        QVERIFY(test::writeFile(path, bytes));
    }
    static QJsonArray jsonArray(const QString& text) {
        return QJsonDocument::fromJson(text.toUtf8()).array();
    }

private slots:
    void initTestCase() {
        m_passFile = m_dir.filePath(QStringLiteral("pass"));
        m_wrongFile = m_dir.filePath(QStringLiteral("wrong"));
        writeFile(m_passFile, QByteArray(test::kPassphrase) + "\n");
        writeFile(m_wrongFile, "not the passphrase\n");
    }

    void initCreatesARegisterAndNeverOverwrites() {
        const QString db = initRegister(QStringLiteral("init"));
        QVERIFY(QFile::exists(db + QStringLiteral("/keyslots")));
        const auto before = test::fingerprint(db);
        const auto again = runCli(with(db, {QStringLiteral("init")}, m_passFile));
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already exists")), qPrintable(again.err));
        QCOMPARE(test::fingerprint(db), before);
    }

    void wrongPassphraseExitsWith3AndChangesNothing() {
        const QString db = demoRegister(QStringLiteral("wrong"), 20);
        const auto before = test::fingerprint(db);
        const auto r = runCli(with(db, {QStringLiteral("list")}, m_wrongFile));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("passphrase is wrong")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(test::fingerprint(db), before);
    }

    void noPassphraseAndNoTerminalExitsWith3() {
        const QString db = initRegister(QStringLiteral("nopass"));
        const auto r = runCli(with(db, {QStringLiteral("list")}));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("--passphrase-file")), qPrintable(r.err));
    }

    void damagedRegisterExitsWith4AndIsLeftAlone_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("offset");
        QTest::newRow("database header") << QStringLiteral("register.db") << qint64(0);
        QTest::newRow("database page") << QStringLiteral("register.db") << qint64(5000);
        QTest::newRow("key slots") << QStringLiteral("keyslots") << qint64(0);
    }
    void damagedRegisterExitsWith4AndIsLeftAlone() {
        QFETCH(QString, file);
        QFETCH(qint64, offset);
        const QString db = demoRegister(QStringLiteral("damaged-%1")
                                            .arg(QString::fromLatin1(QTest::currentDataTag()))
                                            .replace(u' ', u'-'),
                                        50);
        QFile f(db + QLatin1Char('/') + file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(offset));
        f.write(QByteArray(48, '\x5a'));
        f.close();
        const auto before = test::fingerprint(db);
        const auto r = runCli(with(
            db, {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}, m_passFile));
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QStringLiteral("damaged")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("backup")), qPrintable(r.err));
        QCOMPARE(test::fingerprint(db), before);
    }

    // truncate -s 0 register.db; list: not a new register with 0 requests and
    // a fresh schema, but a damaged one, left as it is (issue 15, item 3).
    void anEmptyDatabaseIsDamagedNotANewRegister() {
        const QString db = demoRegister(QStringLiteral("emptied"), 5);
        QVERIFY(QFile(db + QStringLiteral("/register.db")).resize(0));
        const auto before = test::fingerprint(db);
        const auto r = runCli(with(
            db, {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}, m_passFile));
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("backup")), qPrintable(r.err));
        QCOMPARE(test::fingerprint(db), before);
        QCOMPARE(QFileInfo(db + QStringLiteral("/register.db")).size(), 0);
    }

    // A committed import in the write-ahead log, damaged as a crash and a bad
    // sector or a cut-off copy leave it: exit 4, and every file stays as it
    // was for a rescue copy (issue 15, item 4; security review a, b, c).
    void aDamagedWriteAheadLogExitsWith4AndIsKept_data() {
        QTest::addColumn<QString>("damage");
        for (const char* damage : {"middle frame", "header salts", "header page size", "cut-off tail"})
            QTest::newRow(damage) << QString::fromLatin1(damage);
    }
    void aDamagedWriteAheadLogExitsWith4AndIsKept() {
        QFETCH(QString, damage);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("wal.mladesk"));
        {
            auto created =
                Register::create(db, QStringLiteral("tester"), test::passphrase(), KdfCost::interactive());
            QVERIFY(created);
            Register& reg = *created.value();
            reg.lock();
            QVERIFY(reg.unlock(test::passphrase()));
            QVERIFY(reg.database().exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
            QVERIFY(RegisterExchange::importAll(reg.database(), test::sampleData()));
            QVERIFY(reg.database().exec(QStringLiteral("CREATE TABLE committed_later (x INTEGER)")));
            QVERIFY(test::copyTree(db, db + QStringLiteral(".killed"))); // the files a kill leaves
        }
        const QString killed = db + QStringLiteral(".killed");
        const QString wal = killed + QStringLiteral("/register.db-wal");
        const qint64 frameSize = 24 + 4096;
        const qint64 frames = (QFileInfo(wal).size() - 32) / frameSize;
        QVERIFY(frames >= 8);
        auto flip = [&wal](qint64 at, char mask) {
            QFile f(wal);
            if (!f.open(QIODevice::ReadWrite) || !f.seek(at))
                return false;
            char byte = 0;
            return f.getChar(&byte) && f.seek(at) && f.putChar(char(byte ^ mask));
        };
        if (damage == QLatin1String("middle frame"))
            QVERIFY(flip(32 + (frames / 2) * frameSize + 24 + 2000, 0x40));
        else if (damage == QLatin1String("header salts"))
            QVERIFY(flip(17, 0x01));
        else if (damage == QLatin1String("header page size"))
            QVERIFY(flip(10, 0x30)); // 4096 -> 8192
        else
            QVERIFY(QFile(wal).resize(QFileInfo(wal).size() - 3000));
        const auto before = test::fingerprint(killed);
        QVERIFY(before.contains(killed + QStringLiteral("/register.db-shm")));
        const auto r = runCli(with(killed, {QStringLiteral("list")}, m_passFile));
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QStringLiteral("register.db-wal")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("rescue copy")), qPrintable(r.err));
        QCOMPARE(test::fingerprint(killed), before);
    }

    // docs/audit.md: failed unlocks are noted in
    // ~/.local/share/mladesk/failed-unlocks/<register id> ($XDG_DATA_HOME), and
    // become unlock-failed entries at the next successful unlock (issue 15, item 11).
    void failedUnlocksAreNotedWhereTheDocsSay() {
        const QString db = initRegister(QStringLiteral("failednote"));
        QTemporaryDir data;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
        const QString registerId = QJsonDocument::fromJson(readFile(db + QStringLiteral("/keyslots")))
                                       .object()[QStringLiteral("register_id")]
                                       .toString();
        QVERIFY(!registerId.isEmpty());
        const auto wrong =
            runCli(with(db, {QStringLiteral("--user"), QStringLiteral("mallory"), QStringLiteral("list")},
                        m_wrongFile),
                   env);
        QCOMPARE(wrong.exitCode, 3);
        const QString documented = data.filePath(QStringLiteral("mladesk/failed-unlocks/") + registerId);
        QVERIFY2(QFile::exists(documented), qPrintable(QStringLiteral("no note at %1").arg(documented)));
        QVERIFY2(readFile(documented).contains("\tmallory\n"), readFile(documented).constData());
        QCOMPARE(QFile::permissions(documented) & 0x0077, QFile::Permissions());

        const auto log = runCli(with(db,
                                     {QStringLiteral("audit"), QStringLiteral("log"),
                                      QStringLiteral("--format"), QStringLiteral("json")},
                                     m_passFile),
                                env);
        QCOMPARE(log.exitCode, 0);
        bool taken = false;
        for (const QJsonValue& e :
             QJsonDocument::fromJson(log.out.toUtf8()).object()[QStringLiteral("entries")].toArray())
            taken |= e[QStringLiteral("action")].toString() == QLatin1String("unlock-failed") &&
                     e[QStringLiteral("user")].toString() == QLatin1String("mallory");
        QVERIFY2(taken, qPrintable(log.out));
        QVERIFY(!QFile::exists(documented));
    }

    // A remember that the keychain refuses leaves keyslots byte for byte as it
    // was (the slot that another computer remembers survives), and the
    // attempt is in the audit trail (issue 15, item 11).
    void aFailedRememberChangesNoKeySlotAndIsAudited() {
        const QString db = initRegister(QStringLiteral("rememberfails"));
        {
            auto reg = Register::load(db);
            QVERIFY(reg && reg.value()->unlock(test::passphrase()));
            QVERIFY(reg.value()->addDeviceSlot()); // remembered on another computer
        }
        const QByteArray slotsBefore = readFile(db + QStringLiteral("/keyslots"));
        QVERIFY(slotsBefore.contains("\"device\""));
        QProcessEnvironment broken = QProcessEnvironment::systemEnvironment();
        broken.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                      QStringLiteral("unix:path=/nonexistent/bus"));
        const auto r = runCli(with(db, {QStringLiteral("remember")}, m_passFile), broken);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("keychain")), qPrintable(r.err));
        QCOMPARE(readFile(db + QStringLiteral("/keyslots")), slotsBefore);

        const auto log = runCli(with(db,
                                     {QStringLiteral("audit"), QStringLiteral("log"),
                                      QStringLiteral("--format"), QStringLiteral("json")},
                                     m_passFile),
                                broken);
        QCOMPARE(log.exitCode, 0);
        QStringList actions;
        for (const QJsonValue& e :
             QJsonDocument::fromJson(log.out.toUtf8()).object()[QStringLiteral("entries")].toArray())
            actions << e[QStringLiteral("action")].toString();
        QVERIFY2(actions.contains(QStringLiteral("remember-failed")), qPrintable(actions.join(u' ')));
    }

    void usageErrorsExitWith2_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--colour")};
        QTest::newRow("option of another command")
            << QStringList{QStringLiteral("list"), QStringLiteral("--out"), QStringLiteral("x")};
        QTest::newRow("missing argument") << QStringList{QStringLiteral("show")};
        QTest::newRow("bad format") << QStringList{QStringLiteral("list"), QStringLiteral("--format"),
                                                   QStringLiteral("xml")};
        QTest::newRow("bad instrument")
            << QStringList{QStringLiteral("list"), QStringLiteral("--instrument"), QStringLiteral("fax")};
        QTest::newRow("bad count") << QStringList{QStringLiteral("demo"), QStringLiteral("--requests"),
                                                  QStringLiteral("many")};
        QTest::newRow("unknown bundle command")
            << QStringList{QStringLiteral("bundle"), QStringLiteral("mail"), QStringLiteral("x.asice")};
        QTest::newRow("bundle verify without a file")
            << QStringList{QStringLiteral("bundle"), QStringLiteral("verify")};
        QTest::newRow("bundle export option for verify")
            << QStringList{QStringLiteral("bundle"), QStringLiteral("verify"), QStringLiteral("x.asice"),
                           QStringLiteral("--signer"), QStringLiteral("a.p12")};
        QTest::newRow("bad cipher") << QStringList{
            QStringLiteral("bundle"),   QStringLiteral("export"),   QStringLiteral("OUT-1"),
            QStringLiteral("--signer"), QStringLiteral("a.p12"),    QStringLiteral("--out"),
            QStringLiteral("x"),        QStringLiteral("--cipher"), QStringLiteral("rot13")};
        QTest::newRow("trust without a command") << QStringList{QStringLiteral("trust")};
    }
    void usageErrorsExitWith2() {
        QFETCH(QStringList, args);
        const auto r = runCli(with(fresh(QStringLiteral("usage")), args, m_passFile));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("mladesk-cli --help")));
    }

    // --version: one line each, as Help → About shows them (services/BuildInfo).
    void versionSaysWhichBuildAndLibraries() {
        const auto r = runCli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 7);
        QCOMPARE(lines.at(0), QStringLiteral("MLA Desk ") + buildInfo::version());
        QVERIFY(lines.at(1).startsWith(QStringLiteral("commit ")));
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("Qt 6.")), qPrintable(lines.at(2)));
        QVERIFY2(lines.at(3).contains(QStringLiteral("(SQLite 3.")), qPrintable(lines.at(3)));
        QVERIFY2(lines.at(4).startsWith(QStringLiteral("OpenSSL 3.")), qPrintable(lines.at(4)));
        QVERIFY2(lines.at(5).startsWith(QStringLiteral("libsodium 1.")), qPrintable(lines.at(5)));
        QCOMPARE(lines.at(6), QStringLiteral("licence GPL-3.0-or-later"));
    }

    // The command reference is what the CLI dispatches: every command it
    // names is known (a command without a handler would be "Unknown"), and
    // --help shows each of its usages.
    void everyCommandOfTheReferenceIsDispatchedAndHelped() {
        const QString help = runCli({QStringLiteral("--help")}).out;
        for (const cli::CommandReference& command : cli::commands()) {
            // An option of another command: the command is found, and refuses it.
            QString foreign;
            for (const cli::OptionReference& option : cli::allOptions())
                if (foreign.isEmpty() && !command.options.contains(option.name) &&
                    !cli::globalOptions().contains(option))
                    foreign = option.name;
            const auto r = runCli({command.name, QStringLiteral("--") + foreign, QStringLiteral("x")});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(QStringLiteral("is not an option of \"%1\"").arg(command.name)),
                     qPrintable(r.err));
            for (const cli::UsageReference& usage : command.usages)
                QVERIFY2(help.contains(usage.synopsis.section(QLatin1Char('\n'), 0, 0)),
                         qPrintable(usage.synopsis));
        }
        QVERIFY(runCli({QStringLiteral("frobnicate")}).err.contains(QStringLiteral("Unknown command")));
    }

    void missingRegisterSaysHowToCreateOne() {
        const auto r = runCli(with(fresh(QStringLiteral("absent")), {QStringLiteral("list")}, m_passFile));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("mladesk-cli init")), qPrintable(r.err));
    }

    void defaultRegisterComesFromTheEnvironment() {
        const QString db = demoRegister(QStringLiteral("env"), 10);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MLADESK_REGISTER"), db);
        const auto r = runCli({QStringLiteral("--passphrase-file"), m_passFile, QStringLiteral("list"),
                               QStringLiteral("--format"), QStringLiteral("json")},
                              env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(jsonArray(r.out).size(), 10);
    }

    void listShowAndFilters() {
        const QString db = demoRegister(QStringLiteral("list"), 240);
        const auto all = runCli(with(
            db, {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}, m_passFile));
        QCOMPARE(all.exitCode, 0);
        const QJsonArray rows = jsonArray(all.out);
        QCOMPARE(rows.size(), 240);
        const QStringList fields{QStringLiteral("id"),
                                 QStringLiteral("reference"),
                                 QStringLiteral("direction"),
                                 QStringLiteral("instrument"),
                                 QStringLiteral("status"),
                                 QStringLiteral("urgency"),
                                 QStringLiteral("requesting_state"),
                                 QStringLiteral("requested_state"),
                                 QStringLiteral("case_id"),
                                 QStringLiteral("summary"),
                                 QStringLiteral("updated_at")};
        QCOMPARE(rows[0].toObject().keys(), [&] {
            QStringList s = fields;
            s.sort();
            return s;
        }());

        const auto eio =
            runCli(with(db,
                        {QStringLiteral("list"), QStringLiteral("--instrument"), QStringLiteral("eio"),
                         QStringLiteral("--direction"), QStringLiteral("incoming"),
                         QStringLiteral("--format"), QStringLiteral("json")},
                        m_passFile));
        QCOMPARE(eio.exitCode, 0);
        QVERIFY(!jsonArray(eio.out).isEmpty());
        for (const QJsonValue& v : jsonArray(eio.out)) {
            QCOMPARE(v[QStringLiteral("instrument")].toString(), QStringLiteral("eio"));
            QCOMPARE(v[QStringLiteral("direction")].toString(), QStringLiteral("incoming"));
        }
        const QString reference = rows[17].toObject()[QStringLiteral("reference")].toString();
        const auto search = runCli(with(db,
                                        {QStringLiteral("list"), QStringLiteral("--search"), reference,
                                         QStringLiteral("--format"), QStringLiteral("json")},
                                        m_passFile));
        QCOMPARE(jsonArray(search.out).size(), 1);

        const auto csv = runCli(with(db,
                                     {QStringLiteral("list"), QStringLiteral("--format"),
                                      QStringLiteral("csv"), QStringLiteral("--limit"), QStringLiteral("3")},
                                     m_passFile));
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith(QStringLiteral("id,reference,direction,")));
        QCOMPARE(csv.out.count(QStringLiteral("\r\n")), 4);

        const QString id = rows[5].toObject()[QStringLiteral("id")].toString();
        const auto shown =
            runCli(with(db, {QStringLiteral("show"), id, QStringLiteral("--format"), QStringLiteral("json")},
                        m_passFile));
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject request = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        QCOMPARE(request[QStringLiteral("id")].toString(), id);
        QVERIFY(!request[QStringLiteral("facts")].toString().isEmpty());
        const auto text = runCli(with(db, {QStringLiteral("show"), id}, m_passFile));
        QVERIFY(text.out.contains(QStringLiteral("Necessity and proportionality")));

        const auto missing =
            runCli(with(db, {QStringLiteral("show"), QStringLiteral("OUT-1900-000001")}, m_passFile));
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("no request")));
    }

    // Issue 15, item 1: a liaison officer imports a file whose outgoing
    // request says "approved" (its approval withheld), then tries to sign a
    // bundle of it. Before: exit 0 and a bundle that verifies. Now the
    // request is their draft, and no bundle is made.
    void anImportedApprovalIsNotSigned() {
        test::TestPki pki;
        QVERIFY(pki.makeStandardSet());
        const QString db = initRegister(QStringLiteral("forged-approval"));
        const QString louPass = m_dir.filePath(QStringLiteral("lou-pass"));
        writeFile(louPass, "lou's passphrase\n");
        QCOMPARE(runCli(with(db,
                             {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("lou"),
                              QStringLiteral("--role"), QStringLiteral("liaison-officer"),
                              QStringLiteral("--new-passphrase-file"), louPass},
                             m_passFile))
                     .exitCode,
                 0);
        InterchangeData forged = test::sampleData();
        forged.requests[0].status = QStringLiteral("approved");
        forged.requests[0].events.clear();
        forged.accountability.clear();
        const QString file = m_dir.filePath(QStringLiteral("forged-approval.json"));
        writeFile(file, InterchangeFormat::write(forged));
        const QStringList asLou{QStringLiteral("--user"),
                                QStringLiteral("lou"),
                                QStringLiteral("--db"),
                                db,
                                QStringLiteral("--passphrase-file"),
                                louPass};
        const auto imported = runCli(asLou + QStringList{QStringLiteral("import"), file});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains(QStringLiteral("Four eyes: 1 outgoing request(s) came in as drafts")),
                 qPrintable(imported.out));
        const QString bundle = m_dir.filePath(QStringLiteral("forged-approval.asice"));
        const auto exported = runCli(
            asLou + QStringList{QStringLiteral("bundle"), QStringLiteral("export"),
                                QStringLiteral("OUT-2026-0001"), QStringLiteral("--signer"),
                                pki.p12(QStringLiteral("officer")), QStringLiteral("--signer-pass-file"),
                                pki.passFile(), QStringLiteral("--out"), bundle});
        QCOMPARE(exported.exitCode, 1);
        QVERIFY2(exported.err.contains(QStringLiteral("is draft")), qPrintable(exported.err));
        QVERIFY(!QFile::exists(bundle));
        const auto shown = runCli(asLou + QStringList{QStringLiteral("show"), QStringLiteral("OUT-2026-0001"),
                                                      QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(shown.out.contains(QStringLiteral("\"status\": \"draft\"")),
                 qPrintable(shown.out.left(400)));
    }

    void exportImportRoundTripIsByteIdentical() {
        const QString first = demoRegister(QStringLiteral("export"), 150);
        const QString a = m_dir.filePath(QStringLiteral("a.json"));
        const QString b = m_dir.filePath(QStringLiteral("b.json"));
        QCOMPARE(
            runCli(with(first, {QStringLiteral("export"), QStringLiteral("--out"), a}, m_passFile)).exitCode,
            0);
        const QString second = initRegister(QStringLiteral("import"));
        const auto imported = runCli(with(second, {QStringLiteral("import"), a}, m_passFile));
        QCOMPARE(imported.exitCode, 0);
        // An administrator into an empty register: a restore, approvals and all.
        QVERIFY2(imported.out.contains(QStringLiteral("Restored 150 requests")), qPrintable(imported.out));
        QCOMPARE(
            runCli(with(second, {QStringLiteral("export"), QStringLiteral("--out"), b}, m_passFile)).exitCode,
            0);
        QVERIFY(readFile(a) == readFile(b));
        // Without --out the same bytes go to standard output.
        const auto toStdout = runCli(with(second, {QStringLiteral("export")}, m_passFile));
        QVERIFY(toStdout.out.toUtf8() == readFile(b));
    }

    void badImportExitsWith1AndChangesNothing() {
        const QString db = demoRegister(QStringLiteral("badimport"), 30);
        const QString exported = m_dir.filePath(QStringLiteral("good.json"));
        QCOMPARE(runCli(with(db, {QStringLiteral("export"), QStringLiteral("--out"), exported}, m_passFile))
                     .exitCode,
                 0);
        const QString truncated = m_dir.filePath(QStringLiteral("truncated.json"));
        writeFile(truncated, readFile(exported).left(5000));
        const auto before = test::fingerprint(db);
        const auto r = runCli(with(db, {QStringLiteral("import"), truncated}, m_passFile));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not valid JSON")), qPrintable(r.err));
        QCOMPARE(test::fingerprint(db), before);
        // Importing what is already there names the duplicates.
        const auto twice = runCli(with(db, {QStringLiteral("import"), exported}, m_passFile));
        QCOMPARE(twice.exitCode, 1);
        QVERIFY(twice.err.contains(QStringLiteral("is already in the register")));
    }

    void rememberedRegisterOpensWithoutAPassphrase() {
        const QString db = demoRegister(QStringLiteral("remember"), 5);
        const auto remembered = runCli(with(db, {QStringLiteral("remember")}, m_passFile));
        QVERIFY2(remembered.exitCode == 0, qPrintable(remembered.err));
        const auto list =
            runCli(with(db, {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}));
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QCOMPARE(jsonArray(list.out).size(), 5);

        // With the keychain unreachable: a clear message, then the passphrase.
        QProcessEnvironment broken = QProcessEnvironment::systemEnvironment();
        broken.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                      QStringLiteral("unix:path=/nonexistent/bus"));
        const auto noKeychain = runCli(with(db, {QStringLiteral("list")}), broken);
        QCOMPARE(noKeychain.exitCode, 3);
        QVERIFY2(noKeychain.err.contains(QStringLiteral("keychain could not be used")),
                 qPrintable(noKeychain.err));
        const auto fallback = runCli(with(db, {QStringLiteral("list")}, m_passFile), broken);
        QCOMPARE(fallback.exitCode, 0);

        const auto forgotten = runCli(with(db, {QStringLiteral("forget")}));
        QCOMPARE(forgotten.exitCode, 0);
        QCOMPARE(runCli(with(db, {QStringLiteral("list")})).exitCode, 3);
    }

    void auditTrailFromTheCommandLine() {
        const QString db = demoRegister(QStringLiteral("audit"), 20);
        QCOMPARE(runCli(with(db, {QStringLiteral("list")}, m_passFile)).exitCode, 0);
        const auto verify = runCli(with(db,
                                        {QStringLiteral("audit"), QStringLiteral("verify"),
                                         QStringLiteral("--format"), QStringLiteral("json")},
                                        m_passFile));
        QCOMPARE(verify.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(verify.out.toUtf8()).object();
        QVERIFY(report[QStringLiteral("intact")].toBool());
        QVERIFY(report[QStringLiteral("entries")].toInt() >=
                6); // user-added, unlock, import, lock, unlock, list...
        const auto log = runCli(with(db,
                                     {QStringLiteral("audit"), QStringLiteral("log"),
                                      QStringLiteral("--format"), QStringLiteral("json")},
                                     m_passFile));
        QCOMPARE(log.exitCode, 0);
        const QJsonObject trail = QJsonDocument::fromJson(log.out.toUtf8()).object();
        const QJsonArray entries = trail[QStringLiteral("entries")].toArray();
        QVERIFY(!entries.isEmpty());
        QCOMPARE(trail[QStringLiteral("head_hash")].toString().size(), 64);
        QStringList actions;
        for (const QJsonValue& e : entries)
            actions << e[QStringLiteral("action")].toString();
        for (const char* expected : {"user-added", "unlock", "import", "lock", "list"})
            QVERIFY2(actions.contains(QString::fromLatin1(expected)), expected);
        const auto csv = runCli(with(db,
                                     {QStringLiteral("audit"), QStringLiteral("log"),
                                      QStringLiteral("--format"), QStringLiteral("csv")},
                                     m_passFile));
        QVERIFY(csv.out.startsWith(QStringLiteral("seq,at,user,action,object,detail,prev_hash,hash")));

        // Someone with the key edits an entry: verify names it and fails.
        {
            auto reg = Register::load(db);
            QVERIFY(reg && reg.value()->unlock(test::passphrase()));
            Database& raw = reg.value()->database();
            QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
            QVERIFY(raw.exec(QStringLiteral("UPDATE audit_log SET user = 'mallory' WHERE seq = 3")));
        }
        const auto broken = runCli(with(db, {QStringLiteral("audit"), QStringLiteral("verify")}, m_passFile));
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.out.contains(QStringLiteral("from entry 3")), qPrintable(broken.out));
    }

    void fourEyesFromTheCommandLine() {
        const QString db = initRegister(QStringLiteral("foureyes"));
        const QString sample = m_dir.filePath(QStringLiteral("foureyes.json"));
        writeFile(sample, InterchangeFormat::write(test::sampleData()));
        QCOMPARE(runCli(with(db, {QStringLiteral("import"), sample}, m_passFile)).exitCode, 0);
        const QString paulaPass = m_dir.filePath(QStringLiteral("paula-pass"));
        writeFile(paulaPass, "paula's passphrase\n");
        const auto added =
            runCli(with(db,
                        {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("paula"),
                         QStringLiteral("--role"), QStringLiteral("prosecutor"),
                         QStringLiteral("--new-passphrase-file"), paulaPass},
                        m_passFile));
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QCOMPARE(runCli(with(db,
                             {QStringLiteral("status"), QStringLiteral("OUT-2026-0002"),
                              QStringLiteral("in-review")},
                             m_passFile))
                     .exitCode,
                 0);
        const auto notProsecutor =
            runCli(with(db, {QStringLiteral("approve"), QStringLiteral("OUT-2026-0002")}, m_passFile));
        QCOMPARE(notProsecutor.exitCode, 1);
        QVERIFY2(notProsecutor.err.contains(QStringLiteral("may not approve")),
                 qPrintable(notProsecutor.err));
        QStringList asPaula{QStringLiteral("--user"),
                            QStringLiteral("paula"),
                            QStringLiteral("--db"),
                            db,
                            QStringLiteral("--passphrase-file"),
                            paulaPass};
        const auto approved =
            runCli(asPaula + QStringList{QStringLiteral("approve"), QStringLiteral("OUT-2026-0002"),
                                         QStringLiteral("--comment"), QStringLiteral("fine")});
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
        const auto shown = runCli(with(db,
                                       {QStringLiteral("show"), QStringLiteral("OUT-2026-0002"),
                                        QStringLiteral("--format"), QStringLiteral("json")},
                                       m_passFile));
        QCOMPARE(QJsonDocument::fromJson(shown.out.toUtf8()).object()[QStringLiteral("status")].toString(),
                 QStringLiteral("approved"));
        const auto users = runCli(with(db, {QStringLiteral("users")}, m_passFile));
        QVERIFY(users.out.contains(QStringLiteral("paula")));
        QVERIFY(users.out.contains(QStringLiteral("prosecutor")));
    }

    void aFullDiskLosesNothing() {
        // The register lives on a 1 MiB tmpfs in a private mount namespace
        // (unshare -rm: no root needed where user namespaces are allowed);
        // an import that cannot fit must fail cleanly and leave it as it was.
        const QString db = initRegister(QStringLiteral("full"));
        const QString sample = m_dir.filePath(QStringLiteral("sample.json"));
        writeFile(sample, InterchangeFormat::write(test::sampleData()));
        QCOMPARE(runCli(with(db, {QStringLiteral("import"), sample}, m_passFile)).exitCode, 0);
        const QString big = m_dir.filePath(QStringLiteral("big.json"));
        const QString source = demoRegister(QStringLiteral("full-source"), 3000);
        QCOMPARE(runCli(with(source, {QStringLiteral("export"), QStringLiteral("--out"), big}, m_passFile))
                     .exitCode,
                 0);
        const QString mountPoint = m_dir.filePath(QStringLiteral("tmpfs"));
        const QString after = m_dir.filePath(QStringLiteral("after-full.mladesk"));
        QVERIFY(QDir().mkpath(mountPoint));
        const QString script =
            QStringLiteral("mount -t tmpfs -o size=1m tmpfs \"$MNT\" || exit 77\n"
                           "cp -a \"$DB\" \"$MNT/r.mladesk\"\n"
                           "\"$CLI\" --db \"$MNT/r.mladesk\" --passphrase-file \"$PASS\" import \"$BIG\"\n"
                           "code=$?\n"
                           "cp -a \"$MNT/r.mladesk\" \"$AFTER\"\n"
                           "exit $code\n");
        QProcess shell;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MNT"), mountPoint);
        env.insert(QStringLiteral("DB"), db);
        env.insert(QStringLiteral("CLI"), test::cliPath());
        env.insert(QStringLiteral("PASS"), m_passFile);
        env.insert(QStringLiteral("BIG"), big);
        env.insert(QStringLiteral("AFTER"), after);
        shell.setProcessEnvironment(env);
        shell.start(QStringLiteral("unshare"),
                    {QStringLiteral("-rm"), QStringLiteral("sh"), QStringLiteral("-c"), script});
        QVERIFY(shell.waitForFinished(120000));
        const QString err = QString::fromUtf8(shell.readAllStandardError());
        if (shell.exitCode() == 77 || shell.error() == QProcess::FailedToStart ||
            err.contains(QStringLiteral("unshare failed")))
            QSKIP(qPrintable(QStringLiteral("cannot mount a small tmpfs here: %1").arg(err)));
        QVERIFY2(shell.exitCode() == 4, qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("disk is full")), qPrintable(err));
        QVERIFY(err.contains(QStringLiteral("Nothing was imported")));

        auto reg = Register::load(after);
        QVERIFY(reg);
        const Status st = reg.value()->unlock(test::passphrase());
        QVERIFY2(st, qPrintable(st ? QString() : st.error().message));
        QCOMPARE(SqlCipherRequestRepository(reg.value()->database()).count().value(), 2);
    }

    void aKilledWriterLeavesTheRegisterAsItWas() {
        const QString db = initRegister(QStringLiteral("killed"));
        QProcess writer;
        writer.setStandardInputFile(QProcess::nullDevice());
        writer.start(test::cliPath(),
                     with(db,
                          {QStringLiteral("demo"), QStringLiteral("--requests"), QStringLiteral("100000")},
                          m_passFile));
        QVERIFY(writer.waitForStarted());
        // Wait until the transaction is writing (the WAL grows), then kill it.
        const QString wal = db + QStringLiteral("/register.db-wal");
        for (int i = 0;
             i < 600 && QFileInfo(wal).size() < 2 * 1024 * 1024 && writer.state() == QProcess::Running; ++i)
            QThread::msleep(50);
        writer.kill();
        writer.waitForFinished();

        auto reg = Register::load(db);
        QVERIFY(reg);
        const Status st = reg.value()->unlock(test::passphrase()); // includes the integrity check
        QVERIFY2(st, qPrintable(st ? QString() : st.error().message));
        const qint64 count = SqlCipherRequestRepository(reg.value()->database()).count().value();
        QVERIFY2(count == 0 || count == 100000, qPrintable(QString::number(count)));
    }

    // Retention sunsets and purges (docs/cli.md, "Retention sunsets").
    void sunsetsFromTheCommandLine() {
        const QString db = initRegister(QStringLiteral("sunsets"));
        const QString sample = m_dir.filePath(QStringLiteral("sunsets.json"));
        writeFile(sample, InterchangeFormat::write(test::sampleData()));
        QCOMPARE(runCli(with(db, {QStringLiteral("import"), sample}, m_passFile)).exitCode, 0);
        const QString received = m_dir.filePath(QStringLiteral("received.bin"));
        writeFile(received, QByteArray(300000, 'x') + test::kSecretMarker);
        const auto attached = runCli(
            with(db, {QStringLiteral("attach"), QStringLiteral("OUT-2026-0001"), received}, m_passFile));
        QVERIFY2(attached.exitCode == 0, qPrintable(attached.err));
        QCOMPARE(runCli(with(db,
                             {QStringLiteral("attach"), QStringLiteral("OUT-2026-0001"),
                              m_dir.filePath(QStringLiteral("missing.bin"))},
                             m_passFile))
                     .exitCode,
                 4);

        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QString soon = today.addDays(10).toString(Qt::ISODate);
        const QString later = today.addDays(200).toString(Qt::ISODate);
        auto sunsets = [&](const QStringList& args) {
            return runCli(with(db, QStringList{QStringLiteral("sunsets")} + args, m_passFile));
        };
        const auto set =
            sunsets({QStringLiteral("set"), QStringLiteral("OUT-2026-0001"), QStringLiteral("--until"), soon,
                     QStringLiteral("--reason"), QStringLiteral("decision of the court")});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QCOMPARE(sunsets({QStringLiteral("set"), QStringLiteral("OUT-2026-0002"), QStringLiteral("--until"),
                          later})
                     .exitCode,
                 0);
        QCOMPARE(sunsets({QStringLiteral("set"), QStringLiteral("OUT-2026-0002")}).exitCode, 2);
        // The instrument (EPOC) sets no period: the case decision must.
        const auto noDefault = sunsets({QStringLiteral("set"), QStringLiteral("OUT-2026-0002"),
                                        QStringLiteral("--basis"), QStringLiteral("instrument")});
        QCOMPARE(noDefault.exitCode, 1);
        QVERIFY2(noDefault.err.contains(QStringLiteral("sets no retention period")),
                 qPrintable(noDefault.err));

        const auto within = sunsets({QStringLiteral("--within"), QStringLiteral("0"),
                                     QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(within.exitCode, 0);
        const QJsonArray due = jsonArray(within.out);
        QCOMPARE(due.size(), 1);
        const QJsonObject first = due.first().toObject();
        QCOMPARE(first[QStringLiteral("reference")].toString(), QStringLiteral("OUT-2026-0001"));
        QCOMPARE(first[QStringLiteral("id")].toString(),
                 QStringLiteral("00000000-0000-4000-8000-0000000000a1"));
        QCOMPARE(first[QStringLiteral("until")].toString(), soon + QStringLiteral("T00:00:00Z"));
        QCOMPARE(first[QStringLiteral("remind_from")].toString(),
                 today.addDays(-20).toString(Qt::ISODate) + QStringLiteral("T00:00:00Z"));
        QCOMPARE(first[QStringLiteral("reminder_days")].toInt(), 30);
        QCOMPARE(first[QStringLiteral("basis")].toString(), QStringLiteral("case-decision"));
        QCOMPARE(first[QStringLiteral("instrument")].toString(), QStringLiteral("epoc-pr"));
        QCOMPARE(first[QStringLiteral("attachments")].toInt(), 1);
        QCOMPARE(first[QStringLiteral("ended")].toBool(), false);
        QCOMPARE(jsonArray(sunsets({QStringLiteral("--within"), QStringLiteral("400"),
                                    QStringLiteral("--format"), QStringLiteral("json")})
                               .out)
                     .size(),
                 2);
        const auto table = sunsets({QStringLiteral("--within"), QStringLiteral("0")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains(QStringLiteral("OUT-2026-0001")), qPrintable(table.out));
        QVERIFY(!table.out.contains(QStringLiteral("OUT-2026-0002")));

        for (const QStringList& wrong :
             {QStringList{QStringLiteral("--within"), QStringLiteral("soon")},
              QStringList{QStringLiteral("--format"), QStringLiteral("xml")},
              QStringList{QStringLiteral("--reason"), QStringLiteral("x")},
              QStringList{QStringLiteral("extend"), QStringLiteral("OUT-2026-0001"),
                          QStringLiteral("--until"), later},
              QStringList{QStringLiteral("extend"), QStringLiteral("OUT-2026-0001"),
                          QStringLiteral("--until"), QStringLiteral("tomorrow"), QStringLiteral("--reason"),
                          QStringLiteral("x")},
              QStringList{QStringLiteral("shred"), QStringLiteral("OUT-2026-0001")}})
            QVERIFY2(sunsets(wrong).exitCode == 2, qPrintable(wrong.join(u' ')));
        const auto earlier = sunsets({QStringLiteral("extend"), QStringLiteral("OUT-2026-0001"),
                                      QStringLiteral("--until"), today.addDays(5).toString(Qt::ISODate),
                                      QStringLiteral("--reason"), QStringLiteral("x")});
        QCOMPARE(earlier.exitCode, 1);
        QVERIFY2(earlier.err.contains(QStringLiteral("later than")), qPrintable(earlier.err));
        const auto extended =
            sunsets({QStringLiteral("extend"), QStringLiteral("OUT-2026-0001"), QStringLiteral("--until"),
                     later, QStringLiteral("--reason"), QStringLiteral("appeal pending")});
        QVERIFY2(extended.exitCode == 0, qPrintable(extended.err));
        QVERIFY(extended.out.contains(QStringLiteral("extension")));
        QCOMPARE(jsonArray(sunsets({QStringLiteral("--within"), QStringLiteral("0"),
                                    QStringLiteral("--format"), QStringLiteral("json")})
                               .out)
                     .size(),
                 0);
    }

    void purgeFromTheCommandLine() {
        const QString db = initRegister(QStringLiteral("purge"));
        const QString sample = m_dir.filePath(QStringLiteral("purge.json"));
        writeFile(sample, InterchangeFormat::write(test::sampleData()));
        QCOMPARE(runCli(with(db, {QStringLiteral("import"), sample}, m_passFile)).exitCode, 0);
        const QString paulaPass = m_dir.filePath(QStringLiteral("purge-paula-pass"));
        writeFile(paulaPass, "paula purges\n");
        QCOMPARE(runCli(with(db,
                             {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("paula"),
                              QStringLiteral("--role"), QStringLiteral("prosecutor"),
                              QStringLiteral("--new-passphrase-file"), paulaPass},
                             m_passFile))
                     .exitCode,
                 0);
        const QString received = m_dir.filePath(QStringLiteral("purge-received.txt"));
        writeFile(received, QByteArray("mailbox export of ") + test::kSecretMarker + "\n");
        QCOMPARE(runCli(with(db, {QStringLiteral("attach"), QStringLiteral("OUT-2026-0001"), received},
                             m_passFile))
                     .exitCode,
                 0);
        const QString yesterday = QDateTime::currentDateTimeUtc().date().addDays(-1).toString(Qt::ISODate);
        QCOMPARE(runCli(with(db,
                             {QStringLiteral("sunsets"), QStringLiteral("set"),
                              QStringLiteral("OUT-2026-0001"), QStringLiteral("--until"), yesterday},
                             m_passFile))
                     .exitCode,
                 0);
        const auto ended =
            runCli(with(db,
                        {QStringLiteral("sunsets"), QStringLiteral("--within"), QStringLiteral("0"),
                         QStringLiteral("--format"), QStringLiteral("json")},
                        m_passFile));
        QCOMPARE(jsonArray(ended.out).first()[QStringLiteral("ended")].toBool(), true);

        const QStringList purge{QStringLiteral("sunsets"), QStringLiteral("purge"),
                                QStringLiteral("OUT-2026-0001"), QStringLiteral("--reason"),
                                QStringLiteral("retention ended")};
        const auto liaison = runCli(with(db, purge, m_passFile));
        QCOMPARE(liaison.exitCode, 1);
        QVERIFY2(liaison.err.contains(QStringLiteral("may not purge")), qPrintable(liaison.err));
        const QStringList asPaula{QStringLiteral("--user"),
                                  QStringLiteral("paula"),
                                  QStringLiteral("--db"),
                                  db,
                                  QStringLiteral("--passphrase-file"),
                                  paulaPass};
        QCOMPARE(runCli(asPaula + QStringList{QStringLiteral("sunsets"), QStringLiteral("purge"),
                                              QStringLiteral("OUT-2026-0001")})
                     .exitCode,
                 2);
        const auto purged = runCli(asPaula + purge);
        QVERIFY2(purged.exitCode == 0, qPrintable(purged.err));
        QVERIFY2(purged.out.contains(QStringLiteral("1 attachment key(s) destroyed")),
                 qPrintable(purged.out));
        QVERIFY2(purged.out.contains(QStringLiteral("1 file(s) overwritten and removed")),
                 qPrintable(purged.out));
        QVERIFY(QDir(db + QStringLiteral("/attachments")).isEmpty());
        for (const auto& [path, bytes] : test::filesBelow(db))
            QVERIFY2(!bytes.contains(test::kSecretMarker), qPrintable(path));

        const auto again = runCli(asPaula + purge);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already purged")), qPrintable(again.err));
        QCOMPARE(jsonArray(runCli(with(db,
                                       {QStringLiteral("sunsets"), QStringLiteral("--within"),
                                        QStringLiteral("36500"), QStringLiteral("--format"),
                                        QStringLiteral("json")},
                                       m_passFile))
                               .out)
                     .size(),
                 0);
        const QJsonObject shown =
            QJsonDocument::fromJson(runCli(with(db,
                                                {QStringLiteral("show"), QStringLiteral("OUT-2026-0001"),
                                                 QStringLiteral("--format"), QStringLiteral("json")},
                                                m_passFile))
                                        .out.toUtf8())
                .object();
        QVERIFY(shown[QStringLiteral("summary")].toString().startsWith(QStringLiteral("[Purged on ")));
        QCOMPARE(shown[QStringLiteral("facts")].toString(), QStringLiteral("[purged]"));
        QVERIFY(shown[QStringLiteral("persons")].toArray().isEmpty());
        QCOMPARE(shown[QStringLiteral("reference")].toString(), QStringLiteral("OUT-2026-0001"));
        // Only the other request still holds the person's name.
        const QJsonArray found = jsonArray(
            runCli(with(db,
                        {QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("Zyxwvut"),
                         QStringLiteral("--format"), QStringLiteral("json")},
                        m_passFile))
                .out);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first()[QStringLiteral("reference")].toString(), QStringLiteral("OUT-2026-0002"));
        QCOMPARE(runCli(with(db, {QStringLiteral("attach"), QStringLiteral("OUT-2026-0001"), received},
                             m_passFile))
                     .exitCode,
                 1);

        const auto log = runCli(with(db,
                                     {QStringLiteral("audit"), QStringLiteral("log"),
                                      QStringLiteral("--format"), QStringLiteral("json")},
                                     m_passFile));
        QStringList actions;
        for (const QJsonValue& e :
             QJsonDocument::fromJson(log.out.toUtf8()).object()[QStringLiteral("entries")].toArray())
            actions << e[QStringLiteral("action")].toString();
        for (const char* expected : {"attachment-added", "retention-set", "purged"})
            QVERIFY2(actions.contains(QString::fromLatin1(expected)), expected);
        QCOMPARE(runCli(with(db, {QStringLiteral("audit"), QStringLiteral("verify")}, m_passFile)).exitCode,
                 0);
    }
    void checkFromTheCommandLine() {
        const QString db = initRegister(QStringLiteral("check"));
        const QString sample = m_dir.filePath(QStringLiteral("check.json"));
        InterchangeData data = test::sampleData();
        data.requests[1].identifiers.clear(); // Regulation (EU) 2023/1543 Art. 5(5): identifiers
        writeFile(sample, InterchangeFormat::write(data));
        QCOMPARE(runCli(with(db, {QStringLiteral("import"), sample}, m_passFile)).exitCode, 0);
        const auto complete =
            runCli(with(db, {QStringLiteral("check"), QStringLiteral("OUT-2026-0001")}, m_passFile));
        QCOMPARE(complete.exitCode, 0);
        const auto incomplete = runCli(with(db,
                                            {QStringLiteral("check"), QStringLiteral("OUT-2026-0002"),
                                             QStringLiteral("--format"), QStringLiteral("json")},
                                            m_passFile));
        QCOMPARE(incomplete.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(incomplete.out.toUtf8()).object();
        QCOMPARE(report[QStringLiteral("complete")].toBool(), false);
        const QJsonArray missing = report[QStringLiteral("missing")].toArray();
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing[0][QStringLiteral("field")].toString(), QStringLiteral("identifiers"));
        QVERIFY(missing[0][QStringLiteral("article")].toString().startsWith(QStringLiteral("Art. 5(5)")));
        QCOMPARE(
            runCli(with(db, {QStringLiteral("check"), QStringLiteral("OUT-2026-9999")}, m_passFile)).exitCode,
            1);
    }

    void deadlinesCalcFromTheCommandLine() {
        // Directive 2014/41/EU Art. 12(3): received Fri 6 March 2026 in Germany; 30 days end on Easter
        // Sunday, Easter Monday is a holiday: due at 24:00 on Tue 7 April (1182/71 Art. 3(4)). No register
        // needed.
        const auto r =
            runCli({QStringLiteral("deadlines"), QStringLiteral("calc"), QStringLiteral("--instrument"),
                    QStringLiteral("eio"), QStringLiteral("--state"), QStringLiteral("DE"),
                    QStringLiteral("--event"), QStringLiteral("received=2026-03-06T10:00:00Z"),
                    QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        QJsonObject recognition;
        for (const QJsonValue& d : jsonArray(r.out))
            if (d[QStringLiteral("kind")].toString() == QLatin1String("recognition"))
                recognition = d.toObject();
        QCOMPARE(recognition[QStringLiteral("due")].toString(), QStringLiteral("2026-04-07T22:00:00Z"));
        QCOMPARE(recognition[QStringLiteral("due_local")].toString(),
                 QStringLiteral("2026-04-08T00:00:00+02:00"));
        QCOMPARE(recognition[QStringLiteral("article")].toString(), QStringLiteral("Art. 12(3)"));
        QCOMPARE(recognition[QStringLiteral("governing_state")].toString(), QStringLiteral("DE"));
        QStringList steps;
        for (const QJsonValue& step : recognition[QStringLiteral("trail")].toArray())
            steps << step[QStringLiteral("step")].toString();
        QVERIFY2(steps.contains(QStringLiteral("rollover")), qPrintable(steps.join(u", ")));

        // Emergency EPOC: 8 hours (Art. 10(4)); a time without offset is local time in the state.
        const auto emergency =
            runCli({QStringLiteral("deadlines"), QStringLiteral("calc"), QStringLiteral("--instrument"),
                    QStringLiteral("epoc"), QStringLiteral("--state"), QStringLiteral("DE"),
                    QStringLiteral("--event"), QStringLiteral("received=2026-05-01T23:10"),
                    QStringLiteral("--emergency"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(emergency.exitCode, 0);
        QCOMPARE(jsonArray(emergency.out)[0][QStringLiteral("due")].toString(),
                 QStringLiteral("2026-05-02T06:00:00Z"));

        // Directive 2014/41/EU Art. 32(2): 24 hours only when a provisional measure is requested;
        // Reg. 2023/1543 Art. 4(5): 48 hours for an emergency EPOC issued without prior
        // validation; 2AP Art. 8(6) with --category: only the variant of the data given.
        const auto kinds = [this](const QStringList& options) {
            const auto run = runCli(QStringList{QStringLiteral("deadlines"), QStringLiteral("calc"),
                                                QStringLiteral("--state"), QStringLiteral("DE"),
                                                QStringLiteral("--format"), QStringLiteral("json")} +
                                    options);
            QStringList found;
            for (const QJsonValue& d : jsonArray(run.out))
                found << d[QStringLiteral("kind")].toString() + QLatin1Char('/') +
                             d[QStringLiteral("variant")].toString();
            return std::pair{run.exitCode, found};
        };
        const QStringList eio{QStringLiteral("--instrument"), QStringLiteral("eio"),
                              QStringLiteral("--event"), QStringLiteral("received=2026-03-06T10:00:00Z")};
        QVERIFY(!kinds(eio).second.contains(QStringLiteral("provisional-measure/")));
        const auto provisional = kinds(eio + QStringList{QStringLiteral("--provisional-measure")});
        QCOMPARE(provisional.first, 0);
        QVERIFY2(provisional.second.contains(QStringLiteral("provisional-measure/")),
                 qPrintable(provisional.second.join(u", ")));
        const QStringList epoc{QStringLiteral("--instrument"), QStringLiteral("epoc"),
                               QStringLiteral("--event"), QStringLiteral("issued=2026-03-06T10:00:00Z"),
                               QStringLiteral("--emergency")};
        QVERIFY(!kinds(epoc).second.contains(QStringLiteral("validation/")));
        QVERIFY(kinds(epoc + QStringList{QStringLiteral("--without-prior-validation")})
                    .second.contains(QStringLiteral("validation/")));
        const QStringList served{QStringLiteral("--instrument"), QStringLiteral("2ap-8"),
                                 QStringLiteral("--event"), QStringLiteral("served=2026-03-06T10:00:00Z")};
        const auto subscriber =
            kinds(served + QStringList{QStringLiteral("--category"), QStringLiteral("subscriber")});
        QVERIFY2(subscriber.second.contains(QStringLiteral("production/subscriber")) &&
                     !subscriber.second.contains(QStringLiteral("production/traffic")),
                 qPrintable(subscriber.second.join(u", ")));
        QCOMPARE(kinds(served + QStringList{QStringLiteral("--category"), QStringLiteral("metadata")}).first,
                 2);

        for (const QStringList& bad :
             {QStringList{QStringLiteral("--instrument"), QStringLiteral("treaty-of-nowhere"),
                          QStringLiteral("--state"), QStringLiteral("DE"), QStringLiteral("--event"),
                          QStringLiteral("received=2026-03-06T10:00:00Z")},
              QStringList{QStringLiteral("--instrument"), QStringLiteral("eio"), QStringLiteral("--state"),
                          QStringLiteral("QQ"), QStringLiteral("--event"),
                          QStringLiteral("received=2026-03-06T10:00:00Z")},
              QStringList{QStringLiteral("--instrument"), QStringLiteral("eio"), QStringLiteral("--state"),
                          QStringLiteral("DE"), QStringLiteral("--event"),
                          QStringLiteral("received=2026-02-30T10:00:00Z")},
              QStringList{QStringLiteral("--instrument"), QStringLiteral("eio"), QStringLiteral("--state"),
                          QStringLiteral("DE"), QStringLiteral("--event"),
                          QStringLiteral("arrived=2026-03-06T10:00:00Z")}}) {
            const auto refused =
                runCli(QStringList{QStringLiteral("deadlines"), QStringLiteral("calc")} + bad);
            QCOMPARE(refused.exitCode, 2);
            QVERIFY(!refused.err.isEmpty());
        }
    }

    void registerDeadlinesFromTheCommandLine() {
        const QString db = demoRegister(QStringLiteral("deadlines"), 200);
        const auto json =
            runCli(with(db, {QStringLiteral("deadlines"), QStringLiteral("--format"), QStringLiteral("json")},
                        m_passFile));
        QCOMPARE(json.exitCode, 0);
        const QJsonArray all = jsonArray(json.out);
        QVERIFY(!all.isEmpty());
        for (const QJsonValue& d : all) {
            QVERIFY(d[QStringLiteral("due")].toString().endsWith(QLatin1Char('Z')) ||
                    d[QStringLiteral("due")].isNull());
            QVERIFY(!d[QStringLiteral("trail")].toArray().isEmpty());
            QVERIFY(!d[QStringLiteral("reference")].toString().isEmpty());
            QCOMPARE(d[QStringLiteral("state")].toString().isEmpty(), false);
        }
        const auto overdue = runCli(with(db,
                                         {QStringLiteral("deadlines"), QStringLiteral("--overdue"),
                                          QStringLiteral("--format"), QStringLiteral("json")},
                                         m_passFile));
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        for (const QJsonValue& d : jsonArray(overdue.out))
            QVERIFY(d[QStringLiteral("due")].toString() < now);
        const auto ics =
            runCli(with(db, {QStringLiteral("deadlines"), QStringLiteral("--format"), QStringLiteral("ics")},
                        m_passFile));
        QCOMPARE(ics.exitCode, 0);
        QVERIFY(ics.out.startsWith(QStringLiteral("BEGIN:VCALENDAR")));
        QCOMPARE(ics.out.count(QStringLiteral("BEGIN:VEVENT")),
                 int(std::count_if(all.begin(), all.end(),
                                   [](const QJsonValue& d) { return !d[QStringLiteral("due")].isNull(); })));
        const QString id = all[0][QStringLiteral("id")].toString();
        const auto shown =
            runCli(with(db, {QStringLiteral("show"), id, QStringLiteral("--format"), QStringLiteral("json")},
                        m_passFile));
        QVERIFY(QJsonDocument::fromJson(shown.out.toUtf8()).object()[QStringLiteral("deadlines")].isArray());
        QCOMPARE(
            runCli(with(db, {QStringLiteral("deadlines"), QStringLiteral("--within"), QStringLiteral("soon")},
                        m_passFile))
                .exitCode,
            2);
    }
    void renderFromTheCommandLine() {
        const QString db = initRegister(QStringLiteral("render"));
        const QString sample = m_dir.filePath(QStringLiteral("render.json"));
        writeFile(sample, InterchangeFormat::write(test::sampleData()));
        QCOMPARE(runCli(with(db, {QStringLiteral("import"), sample}, m_passFile)).exitCode, 0);
        // The sample's texts exist in English only: a German document is a draft (exit 1) but is written.
        const QString pdf = m_dir.filePath(QStringLiteral("OUT-2026-0002.pdf"));
        const auto draft =
            runCli(with(db,
                        {QStringLiteral("render"), QStringLiteral("OUT-2026-0002"), QStringLiteral("--lang"),
                         QStringLiteral("de"), QStringLiteral("--out"), pdf},
                        m_passFile));
        QCOMPARE(draft.exitCode, 1);
        QVERIFY2(draft.err.contains(QStringLiteral("DRAFT")), qPrintable(draft.err));
        QVERIFY(!draft.err.contains(QStringLiteral("XDG_RUNTIME_DIR")));
        QVERIFY(readFile(pdf).startsWith("%PDF-"));
        // In English the complete sample is final.
        const auto final =
            runCli(with(db,
                        {QStringLiteral("render"), QStringLiteral("OUT-2026-0002"), QStringLiteral("--lang"),
                         QStringLiteral("en"), QStringLiteral("--out"), pdf},
                        m_passFile));
        QCOMPARE(final.exitCode, 0);
        QCOMPARE(runCli(with(db,
                             {QStringLiteral("render"), QStringLiteral("OUT-2026-0002"),
                              QStringLiteral("--lang"), QStringLiteral("tlh"), QStringLiteral("--out"), pdf},
                             m_passFile))
                     .exitCode,
                 2);
        const auto log = runCli(with(db, {QStringLiteral("audit"), QStringLiteral("log")}, m_passFile));
        QVERIFY(log.out.contains(QStringLiteral("render")));
    }

    void bundlesAndTrustFromTheCommandLine() {
        test::TestPki pki;
        QVERIFY(pki.makeStandardSet());
        const QString db = initRegister(QStringLiteral("bundles"));
        const QString sample = m_dir.filePath(QStringLiteral("bundle-sample.json"));
        writeFile(sample, InterchangeFormat::write(test::sampleData()));
        QCOMPARE(runCli(with(db, {QStringLiteral("import"), sample}, m_passFile)).exitCode, 0);
        addPaula(db);
        const QString evidence = m_dir.filePath(QStringLiteral("evidence.txt"));
        writeFile(evidence, "log lines\n");
        QCOMPARE(runCli(with(db, {QStringLiteral("attach"), QStringLiteral("OUT-2026-0001"), evidence},
                             m_passFile))
                     .exitCode,
                 0);
        const QString bundle = m_dir.filePath(QStringLiteral("OUT-2026-0001.asice"));
        auto exportWith = [&](const QString& p12, const QString& out) {
            return runCli(
                with(db,
                     {QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("OUT-2026-0001"),
                      QStringLiteral("--signer"), p12, QStringLiteral("--signer-pass-file"), pki.passFile(),
                      QStringLiteral("--out"), out},
                     m_passFile));
        };
        // Usage, unsuitable signers, drafts.
        QCOMPARE(runCli(with(db,
                             {QStringLiteral("bundle"), QStringLiteral("export"),
                              QStringLiteral("OUT-2026-0001"), QStringLiteral("--out"), bundle},
                             m_passFile))
                     .exitCode,
                 2);
        const auto expired = exportWith(pki.p12(QStringLiteral("expired")), bundle);
        QCOMPARE(expired.exitCode, 1);
        QVERIFY2(expired.err.contains(QStringLiteral("expired")), qPrintable(expired.err));
        QVERIFY(!QFile::exists(bundle));
        const auto exported = exportWith(pki.p12(QStringLiteral("officer")), bundle);
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(exported.out.contains(QStringLiteral("Olga Officer")));

        // Verify against a PEM given on the command line: no register needed.
        const auto verified =
            runCli({QStringLiteral("bundle"), QStringLiteral("verify"), bundle, QStringLiteral("--trust"),
                    pki.cert(QStringLiteral("root")), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
        const QJsonObject report = QJsonDocument::fromJson(verified.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("verified")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("reference")).toString(), QStringLiteral("OUT-2026-0001"));
        // Against the register's trust store: empty, so not verified (exit 1) until the root is added.
        QCOMPARE(runCli(with(db, {QStringLiteral("bundle"), QStringLiteral("verify"), bundle}, m_passFile))
                     .exitCode,
                 1);
        const auto added = runCli(
            with(db, {QStringLiteral("trust"), QStringLiteral("add"), pki.cert(QStringLiteral("root"))},
                 m_passFile));
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const auto listed = runCli(with(db,
                                        {QStringLiteral("trust"), QStringLiteral("list"),
                                         QStringLiteral("--format"), QStringLiteral("json")},
                                        m_passFile));
        const QJsonArray trusted = jsonArray(listed.out);
        QCOMPARE(trusted.size(), 1);
        const QString fingerprint = trusted.at(0).toObject().value(QStringLiteral("fingerprint")).toString();
        QCOMPARE(fingerprint.size(), 64);
        QVERIFY(added.out.contains(fingerprint.left(2).toUpper() + u':'));
        QCOMPARE(runCli(with(db, {QStringLiteral("bundle"), QStringLiteral("verify"), bundle}, m_passFile))
                     .exitCode,
                 0);

        // The prosecutor co-signs; both signers are reported.
        const auto cosigned = runCli({QStringLiteral("bundle"), QStringLiteral("sign"), bundle,
                                      QStringLiteral("--signer"), pki.p12(QStringLiteral("prosecutor")),
                                      QStringLiteral("--signer-pass-file"), pki.passFile()});
        QVERIFY2(cosigned.exitCode == 0, qPrintable(cosigned.err));
        const auto twice =
            runCli({QStringLiteral("bundle"), QStringLiteral("verify"), bundle, QStringLiteral("--trust"),
                    pki.folder(), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(twice.out.toUtf8())
                     .object()
                     .value(QStringLiteral("signers"))
                     .toArray()
                     .size(),
                 2);

        // A tampered copy: exit 1, the reason in the report.
        QByteArray bytes = readFile(bundle);
        const qsizetype at = bytes.indexOf("log lines");
        if (at < 0) { // deflated: damage the middle instead
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x55);
        } else {
            bytes[at] = 'L';
        }
        const QString tampered = m_dir.filePath(QStringLiteral("tampered.asice"));
        writeFile(tampered, bytes);
        const auto refused = runCli({QStringLiteral("bundle"), QStringLiteral("verify"), tampered,
                                     QStringLiteral("--trust"), pki.cert(QStringLiteral("root"))});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.out.contains(QStringLiteral("FAIL")), qPrintable(refused.out));

        // Import into another register: an incoming request, all or nothing.
        const QString other = initRegister(QStringLiteral("receiver"));
        const auto notTrusted =
            runCli(with(other, {QStringLiteral("bundle"), QStringLiteral("import"), bundle}, m_passFile));
        QCOMPARE(notTrusted.exitCode, 1);
        QVERIFY2(notTrusted.err.contains(QStringLiteral("Nothing was imported")), qPrintable(notTrusted.err));
        const auto imported = runCli(with(other,
                                          {QStringLiteral("bundle"), QStringLiteral("import"), bundle,
                                           QStringLiteral("--trust"), pki.cert(QStringLiteral("root"))},
                                          m_passFile));
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const auto incoming =
            runCli(with(other,
                        {QStringLiteral("list"), QStringLiteral("--direction"), QStringLiteral("incoming"),
                         QStringLiteral("--format"), QStringLiteral("json")},
                        m_passFile));
        QCOMPARE(jsonArray(incoming.out).size(), 1);
        QCOMPARE(runCli(with(other,
                             {QStringLiteral("bundle"), QStringLiteral("import"), bundle,
                              QStringLiteral("--trust"), pki.cert(QStringLiteral("root"))},
                             m_passFile))
                     .exitCode,
                 1); // imported already

        QCOMPARE(
            runCli(with(db, {QStringLiteral("trust"), QStringLiteral("remove"), fingerprint}, m_passFile))
                .exitCode,
            0);
        QCOMPARE(
            runCli(with(db, {QStringLiteral("trust"), QStringLiteral("remove"), fingerprint}, m_passFile))
                .exitCode,
            1);
        const auto log = runCli(with(db, {QStringLiteral("audit"), QStringLiteral("log")}, m_passFile));
        for (const char* action : {"bundle-export", "trust-added", "trust-removed", "bundle-verify"})
            QVERIFY2(log.out.contains(QLatin1String(action)), action);
        const auto otherLog =
            runCli(with(other, {QStringLiteral("audit"), QStringLiteral("log")}, m_passFile));
        QVERIFY(otherLog.out.contains(QStringLiteral("bundle-import")));
    }

    // Issue 15, item 9: files that carry case content are the owner's alone
    // (0600) whatever the umask, and also when they replace a file that was not.
    void filesWithCaseContentAreOwnerOnly() {
        struct Umask {
            mode_t old = ::umask(022);
            ~Umask() { ::umask(old); }
        } umask022;
        const QString db = initRegister(QStringLiteral("owner-only"));
        const QString sample = m_dir.filePath(QStringLiteral("owner-only-sample.json"));
        writeFile(sample, InterchangeFormat::write(test::sampleData()));
        QCOMPARE(runCli(with(db, {QStringLiteral("import"), sample}, m_passFile)).exitCode, 0);
        const QString pdf = m_dir.filePath(QStringLiteral("owner-only.pdf"));
        const QString json = m_dir.filePath(QStringLiteral("owner-only.json"));
        const QString replaced = m_dir.filePath(QStringLiteral("owner-only-replaced.json"));
        writeFile(replaced, "an older export, readable by everyone\n");
        QVERIFY(QFile::setPermissions(replaced, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                                    QFile::ReadOther));
        const auto rendered =
            runCli(with(db,
                        {QStringLiteral("render"), QStringLiteral("OUT-2026-0002"), QStringLiteral("--lang"),
                         QStringLiteral("en"), QStringLiteral("--out"), pdf},
                        m_passFile));
        QVERIFY2(rendered.exitCode == 0, qPrintable(rendered.err));
        for (const QString& out : {json, replaced}) {
            const auto exported =
                runCli(with(db, {QStringLiteral("export"), QStringLiteral("--out"), out}, m_passFile));
            QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        }
        const QFileDevice::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                                QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QStringList open;
        for (const QString& file : {pdf, json, replaced}) {
            const QFileDevice::Permissions p = QFileInfo(file).permissions();
            if ((p & others) != 0 || !(p & QFile::ReadOwner))
                open << QStringLiteral("%1 (Qt permissions 0x%2)")
                            .arg(QFileInfo(file).fileName())
                            .arg(int(p), 0, 16);
        }
        QVERIFY2(open.isEmpty(),
                 qPrintable(QStringLiteral("readable by others: ") + open.join(QStringLiteral(", "))));
    }

    // Issue 15, item 5: an encrypted export killed while it writes leaves no
    // plaintext container on disk, only a .part readable by its owner; the
    // next export removes what a killed one left.
    void aKilledEncryptedExportLeavesNoPlaintext() {
        test::TestPki pki;
        QVERIFY(pki.makeStandardSet());
        const QString db = initRegister(QStringLiteral("sealing"));
        const QString sample = m_dir.filePath(QStringLiteral("sealing-sample.json"));
        writeFile(sample, InterchangeFormat::write(test::sampleData()));
        QCOMPARE(runCli(with(db, {QStringLiteral("import"), sample}, m_passFile)).exitCode, 0);
        addPaula(db);
        // 64 MiB that do not deflate, so that they are stored in the container as they are.
        const QString big = m_dir.filePath(QStringLiteral("disk-image.bin"));
        QByteArray needle;
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QRandomGenerator rng(15);
            QByteArray block(1024 * 1024, Qt::Uninitialized);
            for (int i = 0; i < 64; ++i) {
                rng.fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
                if (i == 1)
                    needle = block.left(64);
                QCOMPARE(f.write(block), block.size());
            }
        }
        const auto attached =
            runCli(with(db, {QStringLiteral("attach"), QStringLiteral("OUT-2026-0001"), big}, m_passFile));
        QVERIFY2(attached.exitCode == 0, qPrintable(attached.err));
        QVERIFY(QFile::remove(big));

        QTemporaryDir outDir;
        const QString out = outDir.filePath(QStringLiteral("enc.p7m"));
        const QStringList exportArgs =
            with(db,
                 {QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("OUT-2026-0001"),
                  QStringLiteral("--signer"), pki.p12(QStringLiteral("officer")),
                  QStringLiteral("--signer-pass-file"), pki.passFile(), QStringLiteral("--encrypt-for"),
                  pki.cert(QStringLiteral("recipient")), QStringLiteral("--out"), out},
                 m_passFile);
        auto allFiles = [&] {
            return QDir(outDir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
        };
        QProcess writer;
        writer.setStandardInputFile(QProcess::nullDevice());
        writer.start(test::cliPath(), exportArgs);
        QVERIFY(writer.waitForStarted());
        // Killed once a part holds a quarter of the attachment (or at once when
        // a plaintext container shows up, as before issue 15).
        bool killedWhileWriting = false;
        for (int i = 0; i < 120000 && writer.state() == QProcess::Running && !killedWhileWriting; ++i) {
            for (const QString& name : allFiles())
                if (name.contains(QStringLiteral("container")) ||
                    (name.contains(QStringLiteral(".part")) &&
                     QFileInfo(outDir.filePath(name)).size() >= 16 * 1024 * 1024)) {
                    writer.kill();
                    killedWhileWriting = true;
                    break;
                }
            if (!killedWhileWriting)
                QThread::usleep(250);
        }
        writer.waitForFinished();
        QVERIFY2(killedWhileWriting, "the export ended before a .part file was seen");
        const QFileDevice::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                                QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        const QStringList left = allFiles();
        QStringList sizes;
        for (const QString& name : left)
            sizes << QStringLiteral("%1 (%2 bytes)").arg(name).arg(QFileInfo(outDir.filePath(name)).size());
        qInfo("left by the killed export: %s", qPrintable(sizes.join(QStringLiteral(", "))));
        for (const QString& name : left) {
            const QString path = outDir.filePath(name);
            const QByteArray bytes = readFile(path);
            QVERIFY2(!bytes.startsWith("PK\x03\x04"),
                     qPrintable(name + QStringLiteral(" is a plaintext ZIP")));
            QVERIFY2(!bytes.contains(needle),
                     qPrintable(name + QStringLiteral(" holds the attachment in plaintext")));
            QVERIFY2(!name.contains(QStringLiteral("container")), qPrintable(name));
            QVERIFY2((QFileInfo(path).permissions() & others) == 0,
                     qPrintable(QStringLiteral("%1 has mode %2")
                                    .arg(name)
                                    .arg(int(QFileInfo(path).permissions()), 0, 16)));
        }
        // What an older version left (a plaintext container) and the killed export's part go at the next
        // export.
        writeFile(out + QStringLiteral(".container.part"), "PK\x03\x04 an old plaintext container");
        const auto again = runCli(exportArgs);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(allFiles(), QStringList{QStringLiteral("enc.p7m")});
        QCOMPARE(QFileInfo(out).permissions() & others, QFileDevice::Permissions());
        const auto opened = runCli({QStringLiteral("bundle"), QStringLiteral("verify"), out,
                                    QStringLiteral("--trust"), pki.cert(QStringLiteral("root")),
                                    QStringLiteral("--recipient"), pki.p12(QStringLiteral("recipient")),
                                    QStringLiteral("--recipient-pass-file"), pki.passFile()});
        QVERIFY2(opened.exitCode == 0, qPrintable(opened.out + opened.err));
    }

    void signingPasswordFromTheKeychain() {
        // A PKCS#12 password remembered in the OS keychain (as the window
        // does) is used when no --signer-pass-file is given.
        test::TestPki pki;
        QVERIFY(pki.makeStandardSet());
        QList<bundle::BundleSource> sources{
            {QStringLiteral("attachments/a.txt"), QStringLiteral("text/plain"), "a", {}, {}, 1}};
        auto officer = bundle::SigningIdentity::load(pki.p12(QStringLiteral("officer")),
                                                     test::passphrase(TestPki::kPassword));
        QVERIFY(officer);
        bundle::BundleWriteOptions options;
        options.signers << &officer.value();
        const QString file = m_dir.filePath(QStringLiteral("keychain.asice"));
        QVERIFY(bundle::BundleWriter::write(sources, file, options));
        const QString p12 = pki.p12(QStringLiteral("prosecutor"));
        const QStringList sign{QStringLiteral("bundle"), QStringLiteral("sign"), file,
                               QStringLiteral("--signer"), p12};
        QCOMPARE(runCli(sign).exitCode, 1); // no password: not a terminal, nothing remembered
        const auto stored = Keychain::storeBlocking(bundle::SigningIdentity::keychainKey(p12),
                                                    test::passphrase(TestPki::kPassword));
        QVERIFY2(stored.first == Keychain::Outcome::Ok, qPrintable(stored.second));
        const auto signedWithKeychain = runCli(sign);
        Keychain::removeBlocking(bundle::SigningIdentity::keychainKey(p12));
        QVERIFY2(signedWithKeychain.exitCode == 0, qPrintable(signedWithKeychain.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
