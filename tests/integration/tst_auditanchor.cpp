#include "CliRunner.h"
#include "TestPki.h"
#include "TestRegister.h"
#include "audit/AuditChain.h"
#include "storage/Database.h"
#include "storage/SqlCipherAuditRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mladesk;
using test::readFile;
using test::runCli;
using test::TestPki;
using test::writeFile;

// Anchors of the audit trail (docs/audit.md, "Anchors"), as an oversight body
// uses them: mladesk-cli audit anchor signs the chain head with a key the
// register's users do not hold, the file is kept outside the register, and
// audit verify --anchor finds what the hash chain alone cannot show: a trail
// rewritten with every hash recomputed, and entries removed from the end.
class TestAuditAnchor : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    TestPki m_pki;
    QString m_passFile;
    int m_registers = 0;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    static QStringList with(const QString& db, const QStringList& args, const QString& passFile) {
        return QStringList{QStringLiteral("--db"), db, QStringLiteral("--passphrase-file"), passFile} + args;
    }
    // MLADESK_TEST_CLI runs these tests against another build of mladesk-cli
    // (how they were shown to fail before anchors existed).
    static test::CliResult exec(const QStringList& arguments) {
        const QString other = qEnvironmentVariable("MLADESK_TEST_CLI");
        if (other.isEmpty())
            return runCli(arguments);
        QProcess p;
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(other, arguments);
        p.waitForFinished(300'000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    static void writeFile(const QString& path, const QByteArray& bytes) {
        QVERIFY(test::writeFile(path, bytes));
    }
    test::CliResult cli(const QString& db, const QStringList& args) {
        return exec(with(db, args, m_passFile));
    }
    static QProcess::ExitStatus run(const QString& program, const QStringList& args, int* code,
                                    QByteArray* out, QByteArray* err) {
        QProcess p;
        p.start(program, args);
        p.waitForFinished(60'000);
        *code = p.exitCode();
        *out = p.readAllStandardOutput();
        *err = p.readAllStandardError();
        return p.exitStatus();
    }

    // A new register with a few entries in its trail.
    QString newRegister() {
        const QString db = path(QStringLiteral("r%1.mladesk").arg(++m_registers));
        const auto init =
            cli(db, {QStringLiteral("init"), QStringLiteral("--kdf"), QStringLiteral("interactive")});
        if (init.exitCode != 0)
            qWarning("init: %s", qPrintable(init.err));
        cli(db, {QStringLiteral("list")});
        return db;
    }
    test::CliResult anchor(const QString& db, const QString& out,
                           const QString& signer = QStringLiteral("oversight")) {
        return cli(db, {QStringLiteral("audit"), QStringLiteral("anchor"), QStringLiteral("--signer"),
                        m_pki.p12(signer), QStringLiteral("--signer-pass-file"), m_pki.passFile(),
                        QStringLiteral("--out"), out});
    }
    test::CliResult verify(const QString& db, const QStringList& anchors = {}, bool json = false) {
        QStringList args{QStringLiteral("audit"), QStringLiteral("verify")};
        for (const QString& a : anchors)
            args << QStringLiteral("--anchor") << a;
        if (!anchors.isEmpty())
            args << QStringLiteral("--trust") << m_pki.cert(QStringLiteral("root"));
        if (json)
            args << QStringLiteral("--format") << QStringLiteral("json");
        return cli(db, args);
    }
    // The chain head as the register says, read without the CLI (which would add entries).
    static qint64 headSeq(const QString& db) {
        auto reg = Register::load(db);
        if (!reg || !reg.value()->unlock(test::passphrase()))
            return -1;
        auto v = SqlCipherAuditRepository(reg.value()->database()).verify();
        return v ? v->headSeq : -1;
    }
    // What someone holding the database key can do: edit the trail directly.
    static bool tamper(const QString& db, const QStringList& statements, bool rehash) {
        auto reg = Register::load(db);
        if (!reg || !reg.value()->unlock(test::passphrase()))
            return false;
        Database& raw = reg.value()->database();
        if (!raw.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update")) ||
            !raw.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_delete")))
            return false;
        for (const QString& sql : statements)
            if (!raw.exec(sql))
                return false;
        if (!rehash)
            return true;
        // Every hash recomputed from entry 1: the chain is consistent again.
        auto entries = SqlCipherAuditRepository(raw).entries();
        if (!entries)
            return false;
        QString previous = QString::fromLatin1(AuditChain::kGenesis);
        for (AuditEntry e : entries.value()) {
            e.prevHash = previous;
            e.hash = AuditChain::hashOf(e);
            auto st =
                raw.prepare(QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?"));
            if (!st)
                return false;
            st->bind(1, e.prevHash).bind(2, e.hash).bind(3, e.seq);
            if (!st->run())
                return false;
            previous = e.hash;
        }
        return true;
    }

    // One entry of the trail as the register holds it, read without the CLI.
    static AuditEntry entryAt(const QString& db, qint64 seq) {
        auto reg = Register::load(db);
        if (!reg || !reg.value()->unlock(test::passphrase()))
            return {};
        auto entries = SqlCipherAuditRepository(reg.value()->database()).entries();
        if (entries)
            for (const AuditEntry& e : entries.value())
                if (e.seq == seq)
                    return e;
        return {};
    }
    // Signs a file as the oversight body would with the openssl command line
    // (CAdES-B: CMS SignedData carrying it, with the trusted test CA's leaf key).
    QString signAsOversight(const QString& name, const QByteArray& content) {
        const QString plain = path(name + QStringLiteral(".json"));
        const QString signedFile = path(name + QStringLiteral(".p7m"));
        writeFile(plain, content);
        int code = -1;
        QByteArray out, err;
        run(QStringLiteral("openssl"),
            {QStringLiteral("cms"), QStringLiteral("-sign"), QStringLiteral("-cades"),
             QStringLiteral("-nodetach"), QStringLiteral("-binary"), QStringLiteral("-md"),
             QStringLiteral("sha256"), QStringLiteral("-in"), plain, QStringLiteral("-signer"),
             m_pki.cert(QStringLiteral("oversight")), QStringLiteral("-inkey"),
             m_pki.key(QStringLiteral("oversight")), QStringLiteral("-outform"), QStringLiteral("DER"),
             QStringLiteral("-out"), signedFile},
            &code, &out, &err);
        if (code != 0)
            qWarning("openssl cms -sign: %s", err.constData());
        return code == 0 ? signedFile : QString();
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_passFile = path(QStringLiteral("pass"));
        writeFile(m_passFile, QByteArray(test::kPassphrase) + "\n");
        QVERIFY(m_pki.makeStandardSet());
        QVERIFY(m_pki.makeLeaf(QStringLiteral("oversight"), QStringLiteral("Oversight Body"),
                               QStringLiteral("root")));
    }

    // The anchor is CMS SignedData that the openssl command line verifies,
    // 0600, and the anchoring is itself an entry of the trail it anchors.
    void anAnchorIsSignedRecordedAndVerifiesWithOpenSsl() {
        const QString db = newRegister();
        const QString file = path(QStringLiteral("first.anchor"));
        const auto made = anchor(db, file);
        QVERIFY2(made.exitCode == 0, qPrintable(made.err + made.out));
        // 0600: the owner reads and writes, group and others nothing (Qt's flags: 0x00F0 group, 0x000F
        // others).
        const QFile::Permissions mode = QFileInfo(file).permissions();
        QVERIFY(mode.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(int(mode & 0x0FFF), int(QFileDevice::ReadUser | QFileDevice::WriteUser));

        int code = -1;
        QByteArray statement, err;
        run(QStringLiteral("openssl"),
            {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"),
             QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"), file,
             QStringLiteral("-CAfile"), m_pki.cert(QStringLiteral("root"))},
            &code, &statement, &err);
        QVERIFY2(code == 0 && err.contains("Verification successful"), err.constData());
        const QJsonObject s = QJsonDocument::fromJson(statement).object();
        QCOMPARE(s[QStringLiteral("format")].toString(), QStringLiteral("mladesk-audit-anchor"));
        QCOMPARE(s[QStringLiteral("head_hash")].toString().size(), 64);
        const qint64 seq = s[QStringLiteral("head_seq")].toInteger();
        QVERIFY(seq > 2);

        // The anchored head is the audit-anchor entry itself.
        const auto log = cli(db, {QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--format"),
                                  QStringLiteral("json")});
        QCOMPARE(log.exitCode, 0);
        const QJsonObject trail = QJsonDocument::fromJson(log.out.toUtf8()).object();
        QCOMPARE(trail[QStringLiteral("register_id")].toString(),
                 s[QStringLiteral("register_id")].toString());
        bool found = false;
        for (const QJsonValue& e : trail[QStringLiteral("entries")].toArray())
            if (e[QStringLiteral("seq")].toInteger() == seq) {
                QCOMPARE(e[QStringLiteral("action")].toString(), QStringLiteral("audit-anchor"));
                QCOMPARE(e[QStringLiteral("hash")].toString(), s[QStringLiteral("head_hash")].toString());
                found = true;
            }
        QVERIFY(found);
    }

    // Entries written after the anchor are the trail going on: it holds.
    void aValidChainWithLaterEntriesPasses() {
        const QString db = newRegister();
        const QString file = path(QStringLiteral("later.anchor"));
        QCOMPARE(anchor(db, file).exitCode, 0);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(cli(db, {QStringLiteral("list")}).exitCode, 0);
        const auto checked = verify(db, {file}, true);
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.out + checked.err));
        const QJsonObject report = QJsonDocument::fromJson(checked.out.toUtf8()).object();
        QVERIFY(report[QStringLiteral("intact")].toBool());
        const QJsonArray anchors = report[QStringLiteral("anchors")].toArray();
        QCOMPARE(anchors.size(), 1);
        QVERIFY(anchors[0][QStringLiteral("holds")].toBool());
        QVERIFY(
            anchors[0][QStringLiteral("signed_by")].toString().contains(QStringLiteral("CN=Oversight Body")));
        QVERIFY(report[QStringLiteral("head_seq")].toInteger() >
                anchors[0][QStringLiteral("seq")].toInteger());
        const auto text = verify(db, {file});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("holds")), qPrintable(text.out));
    }

    // Someone with the database key changes an early entry and recomputes
    // every hash after it: the chain alone is consistent, the anchor is not.
    void aRewrittenAndRehashedTrailIsDetected() {
        const QString db = newRegister();
        const QString file = path(QStringLiteral("rewrite.anchor"));
        QCOMPARE(anchor(db, file).exitCode, 0);
        QCOMPARE(cli(db, {QStringLiteral("list")}).exitCode, 0);
        QVERIFY(tamper(db, {QStringLiteral("UPDATE audit_log SET user = 'mallory' WHERE seq = 2")}, true));

        const auto alone = verify(db);
        QVERIFY2(alone.exitCode == 0, qPrintable(alone.out)); // the limit of a chain without a key
        QVERIFY2(alone.out.contains(QStringLiteral("anchor")), qPrintable(alone.out));

        const auto anchored = verify(db, {file});
        QVERIFY2(anchored.exitCode == 1, qPrintable(anchored.out + anchored.err));
        QVERIFY2(anchored.out.contains(QStringLiteral("rewritten")), qPrintable(anchored.out));
    }

    // Entries removed from the end back past the anchor: the trail is
    // shorter than what the anchor vouches for.
    void entriesDeletedFromTheEndAreDetected() {
        const QString db = newRegister();
        const QString file = path(QStringLiteral("truncate.anchor"));
        QCOMPARE(anchor(db, file).exitCode, 0);
        QCOMPARE(cli(db, {QStringLiteral("list")}).exitCode, 0);
        const qint64 before = headSeq(db);
        QVERIFY(before > 3);

        // Removing only what came after the anchor cannot be seen by it (docs/audit.md).
        QVERIFY(tamper(db, {QStringLiteral("DELETE FROM audit_log WHERE seq > %1").arg(before - 1)}, false));
        QCOMPARE(verify(db, {file}).exitCode, 0);

        // Back past the anchor: the chain alone still looks intact; the anchor does not hold.
        QVERIFY(tamper(db, {QStringLiteral("DELETE FROM audit_log WHERE seq > 2")}, false));
        const auto alone = verify(db);
        QCOMPARE(alone.exitCode, 0);
        const auto anchored = verify(db, {file});
        QVERIFY2(anchored.exitCode == 1, qPrintable(anchored.out + anchored.err));
        QVERIFY2(anchored.out.contains(QStringLiteral("removed from the end")), qPrintable(anchored.out));
    }

    // An anchor made with a key the oversight body does not trust, an anchor
    // whose statement was edited, and an anchor of another register are refused.
    void aForgedAnchorIsRefused() {
        const QString db = newRegister();
        const QString good = path(QStringLiteral("good.anchor"));
        QCOMPARE(anchor(db, good).exitCode, 0);

        const QString stranger = path(QStringLiteral("stranger.anchor"));
        QCOMPARE(anchor(db, stranger, QStringLiteral("stranger")).exitCode, 0);
        const auto untrusted = verify(db, {stranger});
        QVERIFY2(untrusted.exitCode == 1, qPrintable(untrusted.out + untrusted.err));
        QVERIFY2(QString(untrusted.out + untrusted.err).contains(QStringLiteral("not trusted")),
                 qPrintable(untrusted.out + untrusted.err));

        // The statement edited inside the signed file (one hex digit of the head hash).
        QByteArray bytes = readFile(good);
        const int at = bytes.indexOf("\"head_hash\": \"");
        QVERIFY(at > 0);
        const int digit = at + 14;
        bytes[digit] = bytes[digit] == '0' ? '1' : '0';
        const QString edited = path(QStringLiteral("edited.anchor"));
        writeFile(edited, bytes);
        const auto tampered = verify(db, {edited});
        QVERIFY2(tampered.exitCode == 1, qPrintable(tampered.out + tampered.err));
        QVERIFY2(QString(tampered.out + tampered.err).contains(QStringLiteral("changed after signing")),
                 qPrintable(tampered.out + tampered.err));

        // Not a signature at all.
        const QString junk = path(QStringLiteral("junk.anchor"));
        writeFile(junk, "{\"head_seq\": 1}");
        QCOMPARE(verify(db, {junk}).exitCode, 1);

        // A good anchor of another register.
        const QString other = newRegister();
        const auto elsewhere = verify(other, {good});
        QVERIFY2(elsewhere.exitCode == 1, qPrintable(elsewhere.out + elsewhere.err));
        QVERIFY2(elsewhere.out.contains(QStringLiteral("another register")), qPrintable(elsewhere.out));

        // --anchor without --trust is a usage error: the register's trust store is no anchor.
        const auto noTrust =
            cli(db, {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchor"), good});
        QCOMPARE(noTrust.exitCode, 2);
    }

    // Anchoring is for whoever may read the trail: an auditor may, a liaison
    // officer may not (and nothing is written or recorded for them).
    void onlyWhoMayReadTheTrailAnchors() {
        const QString db = newRegister();
        const QString userPass = path(QStringLiteral("user-pass"));
        writeFile(userPass, "another passphrase for the test\n");
        for (const auto& [name, role] :
             {std::pair{QStringLiteral("olga"), QStringLiteral("auditor")},
              std::pair{QStringLiteral("lars"), QStringLiteral("liaison-officer")}}) {
            const auto added =
                exec(with(db,
                          {QStringLiteral("users"), QStringLiteral("add"), name, QStringLiteral("--role"),
                           role, QStringLiteral("--new-passphrase-file"), userPass},
                          m_passFile));
            QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        }
        const auto as = [&](const QString& name, const QStringList& args) {
            return exec(QStringList{QStringLiteral("--user"), name} + with(db, args, userPass));
        };
        const QString refused = path(QStringLiteral("lars.anchor"));
        const qint64 before = headSeq(db);
        const auto lars = as(QStringLiteral("lars"),
                             {QStringLiteral("audit"), QStringLiteral("anchor"), QStringLiteral("--signer"),
                              m_pki.p12(QStringLiteral("oversight")), QStringLiteral("--signer-pass-file"),
                              m_pki.passFile(), QStringLiteral("--out"), refused});
        QCOMPARE(lars.exitCode, 1);
        QVERIFY2(lars.err.contains(QStringLiteral("may not")), qPrintable(lars.err));
        QVERIFY(!QFile::exists(refused));
        QCOMPARE(headSeq(db), before + 2); // lars's unlock and lock, no audit-anchor

        const QString made = path(QStringLiteral("olga.anchor"));
        const auto olga = as(QStringLiteral("olga"),
                             {QStringLiteral("audit"), QStringLiteral("anchor"), QStringLiteral("--signer"),
                              m_pki.p12(QStringLiteral("oversight")), QStringLiteral("--signer-pass-file"),
                              m_pki.passFile(), QStringLiteral("--out"), made});
        QVERIFY2(olga.exitCode == 0, qPrintable(olga.err));
        const auto checked =
            as(QStringLiteral("olga"),
               {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchor"), made,
                QStringLiteral("--trust"), m_pki.cert(QStringLiteral("root"))});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.out + checked.err));

        // Never over an existing file: every anchor is kept.
        const QByteArray kept = readFile(made);
        QCOMPARE(anchor(db, made).exitCode, 1);
        QCOMPARE(readFile(made), kept);
    }

    // An audit export (audit log --format json), signed with the openssl
    // command line, is an anchor too.
    void aSignedAuditExportIsAnAnchor() {
        const QString db = newRegister();
        const auto log = cli(db, {QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--format"),
                                  QStringLiteral("json")});
        QCOMPARE(log.exitCode, 0);
        const QString json = path(QStringLiteral("export.json"));
        const QString signedExport = path(QStringLiteral("export.p7m"));
        writeFile(json, log.out.toUtf8());
        int code = -1;
        QByteArray out, err;
        run(QStringLiteral("openssl"),
            {QStringLiteral("cms"), QStringLiteral("-sign"), QStringLiteral("-cades"),
             QStringLiteral("-nodetach"), QStringLiteral("-binary"), QStringLiteral("-md"),
             QStringLiteral("sha256"), QStringLiteral("-in"), json, QStringLiteral("-signer"),
             m_pki.cert(QStringLiteral("oversight")), QStringLiteral("-inkey"),
             m_pki.key(QStringLiteral("oversight")), QStringLiteral("-outform"), QStringLiteral("DER"),
             QStringLiteral("-out"), signedExport},
            &code, &out, &err);
        QVERIFY2(code == 0, err.constData());
        QCOMPARE(verify(db, {signedExport}).exitCode, 0);
        QVERIFY(tamper(db, {QStringLiteral("DELETE FROM audit_log WHERE seq > 2")}, false));
        const auto truncated = verify(db, {signedExport});
        QVERIFY2(truncated.exitCode == 1, qPrintable(truncated.out + truncated.err));
    }

    // M4: an export whose entries show the honest trail but whose head_hash
    // is that of a rewritten one. The oversight body signs what it reads (the
    // entries), with a key the register trusts: the signature is good, so
    // only the export's own content can show that it does not hold together.
    void aSignedExportThatDoesNotHoldTogetherIsRefused() {
        const QString db = newRegister();
        const auto log = cli(db, {QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--format"),
                                  QStringLiteral("json")});
        QCOMPARE(log.exitCode, 0);
        const QJsonObject honest = QJsonDocument::fromJson(log.out.toUtf8()).object();
        const qint64 head = honest[QStringLiteral("head_seq")].toInteger();
        QVERIFY(head > 2);
        // The honest export is a whole chain ending at its head.
        const QJsonArray entries = honest[QStringLiteral("entries")].toArray();
        QCOMPARE(entries.first()[QStringLiteral("seq")].toInteger(), 1);
        QCOMPARE(entries.last()[QStringLiteral("seq")].toInteger(), head);
        QCOMPARE(entries.last()[QStringLiteral("hash")].toString(),
                 honest[QStringLiteral("head_hash")].toString());

        // The administrator rewrites entry 2 and recomputes every hash; the
        // export keeps the honest entries but states the rewritten head.
        QVERIFY(tamper(db, {QStringLiteral("UPDATE audit_log SET user = 'mallory' WHERE seq = 2")}, true));
        const AuditEntry rewritten = entryAt(db, head);
        QCOMPARE(rewritten.seq, head);
        QVERIFY(rewritten.hash != honest[QStringLiteral("head_hash")].toString());
        QJsonObject forged = honest;
        forged[QStringLiteral("head_hash")] = rewritten.hash;
        const QString signedForged =
            signAsOversight(QStringLiteral("forged-export"), QJsonDocument(forged).toJson());
        QVERIFY(!signedForged.isEmpty());
        const auto checked = verify(db, {signedForged});
        QVERIFY2(checked.exitCode == 1, qPrintable(checked.out + checked.err));
        QVERIFY2(checked.err.contains(QStringLiteral("does not hold together")),
                 qPrintable(checked.out + checked.err));
        QVERIFY2(!checked.out.contains(QStringLiteral("holds")), qPrintable(checked.out));

        // An export that says its own chain was broken vouches for nothing.
        QJsonObject broken = honest;
        broken[QStringLiteral("intact")] = false;
        const QString signedBroken =
            signAsOversight(QStringLiteral("broken-export"), QJsonDocument(broken).toJson());
        const auto notIntact = verify(db, {signedBroken});
        QVERIFY2(notIntact.exitCode == 1 && notIntact.err.contains(QStringLiteral("does not hold together")),
                 qPrintable(notIntact.out + notIntact.err));

        // An export with entries left out (as a filter by user or action
        // would) is not a whole chain up to its head.
        QJsonObject filtered = honest;
        QJsonArray some = entries;
        some.removeAt(1);
        filtered[QStringLiteral("entries")] = some;
        const QString signedFiltered =
            signAsOversight(QStringLiteral("filtered-export"), QJsonDocument(filtered).toJson());
        const auto gap = verify(db, {signedFiltered});
        QVERIFY2(gap.exitCode == 1 && gap.err.contains(QStringLiteral("does not hold together")),
                 qPrintable(gap.out + gap.err));

        // One entry shown with two values for a field: what is read is not
        // necessarily what is hashed.
        QByteArray twice = log.out.toUtf8();
        const int user = twice.indexOf("\"user\": \"");
        QVERIFY(user > 0);
        twice.insert(user, "\"user\": \"mallory\",\n            ");
        const QString signedTwice = signAsOversight(QStringLiteral("twice-export"), twice);
        const auto repeated = verify(db, {signedTwice});
        QVERIFY2(repeated.exitCode == 1 && repeated.err.contains(QStringLiteral("twice")),
                 qPrintable(repeated.out + repeated.err));
    }
};

QTEST_GUILESS_MAIN(TestAuditAnchor)
#include "tst_auditanchor.moc"
