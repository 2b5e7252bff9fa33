#include "BundleTestKit.h"
#include "bundle/AsicManifest.h"
#include "bundle/BundleImporter.h"
#include "bundle/BundleVerifier.h"
#include "bundle/BundleWriter.h"
#include "services/RequestService.h"
#include "storage/SqlCipherRequestRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTest>

using namespace mladesk;
using namespace mladesk::bundle;
using test::TestPki;

namespace {

// Builds hostile containers with Python's zipfile, as an attacker would.
const char* const kMakeHostile = R"PY(
import sys, zipfile, os
d = sys.argv[1]
MT = b"application/vnd.etsi.asic-e+zip"
def z(name, entries, first_mimetype=True, mimetype=MT, mime_method=zipfile.ZIP_STORED):
    with zipfile.ZipFile(os.path.join(d, name + ".asice"), "w") as f:
        if first_mimetype:
            f.writestr(zipfile.ZipInfo("mimetype"), mimetype, compress_type=mime_method)
        for e in entries:
            if isinstance(e, zipfile.ZipInfo):
                f.writestr(e, b"data", compress_type=zipfile.ZIP_DEFLATED)
            else:
                f.writestr(e[0], e[1], compress_type=zipfile.ZIP_DEFLATED)
import warnings; warnings.simplefilter("ignore")
z("dotdot", [("../evil.txt", b"x")])
z("dotdot-inside", [("attachments/../../evil.txt", b"x")])
z("absolute", [("/etc/evil.txt", b"x")])
z("backslash", [("attachments\\evil.txt", b"x")])
z("drive", [("C:/evil.txt", b"x")])
z("duplicate", [("request.json", b"{}"), ("request.json", b"{}")])
z("duplicate-case", [("attachments/a.txt", b"1"), ("attachments/A.TXT", b"2")])
link = zipfile.ZipInfo("attachments/link"); link.create_system = 3; link.external_attr = (0o120777 << 16)
z("symlink", [link])
z("encrypted", [("attachments/secret.txt", b"data")])
# zipfile never writes encrypted entries: set the "encrypted" flag by hand.
p = os.path.join(d, "encrypted.asice"); b = bytearray(open(p, "rb").read())
for sig, off in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
    i = b.find(sig, 0)
    while i >= 0:
        name_len = int.from_bytes(b[i + (26 if off == 6 else 28): i + (28 if off == 6 else 30)], "little")
        start = i + (30 if off == 6 else 46)
        if b[start:start + name_len] == b"attachments/secret.txt":
            b[i + off] |= 1
        i = b.find(sig, i + 4)
open(p, "wb").write(bytes(b))
z("no-mimetype", [("request.json", b"{}")], first_mimetype=False)
with zipfile.ZipFile(os.path.join(d, "mimetype-not-first.asice"), "w") as f:
    f.writestr("request.json", b"{}"); f.writestr("mimetype", MT)
z("mimetype-compressed", [], mime_method=zipfile.ZIP_DEFLATED)
z("mimetype-wrong", [], mimetype=b"application/zip")
z("bomb", [("attachments/zeros.bin", b"\0" * (20 * 1024 * 1024))])
z("many", [("attachments/f%d.txt" % i, b"x") for i in range(40)])
z("large", [("attachments/r%d.bin" % i, os.urandom(600 * 1024)) for i in range(3)])
with zipfile.ZipFile(os.path.join(d, "empty.asice"), "w") as f:
    pass
open(os.path.join(d, "not-a-zip.asice"), "wb").write(os.urandom(4096))
# A header that lies: 2 MiB of zeros that claims to be 1000 bytes.
z("lying", [("attachments/zeros.bin", b"\0" * (2 * 1024 * 1024))])
p = os.path.join(d, "lying.asice"); b = open(p, "rb").read()
b = b.replace((2 * 1024 * 1024).to_bytes(4, "little"), (1000).to_bytes(4, "little"))
open(p, "wb").write(b)
full = open(os.path.join(d, "bomb.asice"), "rb").read()
open(os.path.join(d, "truncated.asice"), "wb").write(full[: len(full) // 2])
)PY";

} // namespace

// Everything read from outside is hostile until checked (DESIGN.md,
// "Bundles"): each class of hostile container is refused with a clear
// reason, and an import of it writes nothing.
class TestBundleHostile : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    TestPki m_pki;
    QString m_good; // a valid signed bundle made by BundleWriter

    QString hostile(const QString& name) const { return m_dir.filePath(name + QStringLiteral(".asice")); }
    static bool hasFailure(const BundleReport& r, const QString& kind, const QString& words) {
        for (const BundleCheck& c : r.failures())
            if (c.kind == kind && c.reason.contains(words, Qt::CaseInsensitive))
                return true;
        return false;
    }
    VerifyOptions trusting() const {
        VerifyOptions o;
        o.trusted << test::certificate(m_pki, QStringLiteral("root"));
        return o;
    }
    QString withManifest(const QString& name, const QByteArray& xml) {
        const QString out = hostile(name);
        test::rewrite(m_good, out,
                      [&](const QString& entry, QByteArray bytes, QString&) -> std::optional<QByteArray> {
                          return entry == QLatin1String("META-INF/ASiCManifest.xml") ? xml : bytes;
                      });
        return out;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_pki.makeStandardSet());
        const auto made = test::run(QStringLiteral("python3"),
                                    {QStringLiteral("-c"), QString::fromLatin1(kMakeHostile), m_dir.path()});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        const SigningIdentity officer = test::identity(m_pki, QStringLiteral("officer"));
        BundleWriteOptions options;
        options.signers << &officer;
        m_good = m_dir.filePath(QStringLiteral("good.asice"));
        QList<BundleSource> sources{
            {QStringLiteral("attachments/a.txt"), QStringLiteral("text/plain"), "a", {}, {}, 1}};
        QVERIFY(BundleWriter::write(sources, m_good, options));
    }

    void hostileContainersAreRefused_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("words");
        QTest::newRow("..") << "dotdot"
                            << "climbs out";
        QTest::newRow(".. inside a path") << "dotdot-inside"
                                          << "climbs out";
        QTest::newRow("absolute path") << "absolute"
                                       << "absolute path";
        QTest::newRow("backslash") << "backslash"
                                   << "backslash";
        QTest::newRow("drive letter") << "drive"
                                      << "drive letter";
        QTest::newRow("duplicate") << "duplicate"
                                   << "appears twice";
        QTest::newRow("duplicate in another case") << "duplicate-case"
                                                   << "appears twice";
        QTest::newRow("symbolic link") << "symlink"
                                       << "symbolic link";
        QTest::newRow("encrypted entry") << "encrypted"
                                         << "encrypted";
        QTest::newRow("missing mimetype") << "no-mimetype"
                                          << "not \"mimetype\"";
        QTest::newRow("mimetype not first") << "mimetype-not-first"
                                            << "not \"mimetype\"";
        QTest::newRow("mimetype compressed") << "mimetype-compressed"
                                             << "compressed";
        QTest::newRow("wrong mimetype") << "mimetype-wrong"
                                        << "application/zip";
        QTest::newRow("zip bomb (ratio)") << "bomb"
                                          << "zip bomb";
        QTest::newRow("empty") << "empty"
                               << "";
        QTest::newRow("not a zip") << "not-a-zip"
                                   << "not a readable ZIP";
        QTest::newRow("truncated") << "truncated"
                                   << "";
    }
    void hostileContainersAreRefused() {
        QFETCH(QString, name);
        QFETCH(QString, words);
        const BundleReport report = BundleVerifier::verify(hostile(name), trusting());
        QVERIFY(!report.verified());
        QVERIFY2(hasFailure(report, QStringLiteral("container"), words), qPrintable(report.toText()));
    }

    void limitsOnEntriesAndSizes() {
        VerifyOptions options = trusting();
        options.limits.maxEntries = 20;
        QVERIFY2(hasFailure(BundleVerifier::verify(hostile(QStringLiteral("many")), options),
                            QStringLiteral("container"), QStringLiteral("more than the 20 allowed")),
                 "entry count");
        options = trusting();
        options.limits.maxTotalSize = 1024 * 1024;
        QVERIFY(hasFailure(BundleVerifier::verify(hostile(QStringLiteral("large")), options),
                           QStringLiteral("container"), QStringLiteral("add up to more than")));
        options = trusting();
        options.limits.maxContainerSize = 1000;
        QVERIFY(hasFailure(BundleVerifier::verify(hostile(QStringLiteral("large")), options),
                           QStringLiteral("container"), QStringLiteral("larger than")));
    }

    void aLyingHeaderIsCaughtWhileInflating() {
        auto reader = ZipReader::open(hostile(QStringLiteral("lying")));
        if (!reader) { // libzip may catch it first: refused either way
            QVERIFY(reader.error().message.contains(QStringLiteral("refused")));
            return;
        }
        const ZipEntry* entry = reader.value()->find(QStringLiteral("attachments/zeros.bin"));
        QVERIFY(entry);
        qint64 seen = 0;
        const Status st = reader.value()->read(*entry, [&](const char*, qint64 n) -> Status {
            seen += n;
            return {};
        });
        QVERIFY(!st);
        QVERIFY(seen <= 1000 + 64 * 1024); // stopped, not inflated to the end
    }

    void hostileManifestsAreRefused_data() {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("words");
        QTest::newRow("not XML") << QByteArray("<asic:ASiCManifest") << "not well-formed";
        QTest::newRow("entities")
            << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaa\"><!ENTITY b "
                          "\"&a;&a;&a;\">]><asic:ASiCManifest "
                          "xmlns:asic=\"http://uri.etsi.org/02918/v1.2.1#\">&b;</asic:ASiCManifest>")
            << "document type declaration";
        QTest::newRow("wrong namespace")
            << QByteArray("<ASiCManifest xmlns=\"urn:other\"/>") << "root element";
        QTest::newRow("unknown element")
            << QByteArray(
                   "<asic:ASiCManifest xmlns:asic=\"http://uri.etsi.org/02918/v1.2.1#\"><asic:SigReference "
                   "URI=\"META-INF/signature.p7s\"/><evil/></asic:ASiCManifest>")
            << "unexpected element";
        QTest::newRow("SHA-1")
            << QByteArray(
                   "<asic:ASiCManifest xmlns:asic=\"http://uri.etsi.org/02918/v1.2.1#\" "
                   "xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><asic:SigReference "
                   "URI=\"META-INF/signature.p7s\"/><asic:DataObjectReference URI=\"a.txt\"><ds:DigestMethod "
                   "Algorithm=\"http://www.w3.org/2000/09/xmldsig#sha1\"/><ds:DigestValue>AAAA</"
                   "ds:DigestValue>"
                   "</asic:DataObjectReference></asic:ASiCManifest>")
            << "not SHA-256";
        QTest::newRow("a name climbing out")
            << QByteArray(
                   "<asic:ASiCManifest xmlns:asic=\"http://uri.etsi.org/02918/v1.2.1#\" "
                   "xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><asic:SigReference "
                   "URI=\"META-INF/signature.p7s\"/><asic:DataObjectReference URI=\"../x\"><ds:DigestMethod "
                   "Algorithm=\"http://www.w3.org/2001/04/xmlenc#sha256\"/><ds:DigestValue>"
                   "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=</ds:DigestValue>"
                   "</asic:DataObjectReference></asic:ASiCManifest>")
            << "climbs out";
        QByteArray noise;
        for (int i = 0; i < 5 * 1024 * 1024 / 8; ++i)
            noise += QByteArray::number(QRandomGenerator::global()->generate64(), 36).left(8);
        QTest::newRow("oversize") << noise << "larger than";
        QTest::newRow("too deep")
            << QByteArray("<asic:ASiCManifest xmlns:asic=\"http://uri.etsi.org/02918/v1.2.1#\">") +
                   QByteArray("<a>").repeated(20)
            << "unexpected element";
    }
    void hostileManifestsAreRefused() {
        QFETCH(QByteArray, xml);
        QFETCH(QString, words);
        const QString path = withManifest(QStringLiteral("manifest-%1").arg(qHash(xml)), xml);
        const BundleReport report = BundleVerifier::verify(path, trusting());
        QVERIFY(!report.verified());
        QVERIFY2(hasFailure(report, QStringLiteral("manifest"), words), qPrintable(report.toText()));
    }

    void signedButMalformedJsonIsRefused() {
        const SigningIdentity officer = test::identity(m_pki, QStringLiteral("officer"));
        BundleWriteOptions options;
        options.signers << &officer;
        const QString out = hostile(QStringLiteral("bad-json"));
        QList<BundleSource> sources{{QStringLiteral("request.json"),
                                     QStringLiteral("application/json"),
                                     "{\"format\": [",
                                     {},
                                     {},
                                     12}};
        QVERIFY(BundleWriter::write(sources, out, options));
        const BundleReport report = BundleVerifier::verify(out, trusting());
        QVERIFY(hasFailure(report, QStringLiteral("request"), QStringLiteral("not a valid interchange")));
    }

    // Issue 15, item 2: request.json is read only from a bundle whose
    // signature verified. One of a million empty requests (1 MB, 12 KB
    // deflated) signed by a key nobody trusts cost 755 MB of problems.
    void anUntrustedBundlesRequestIsNotRead() {
        QByteArray json = R"({"format":"mladesk-interchange","version":1,"requests":[{})";
        while (json.size() < 1000 * 1000 - 8)
            json += ",{}";
        json += "]}";
        const SigningIdentity stranger = test::identity(m_pki, QStringLiteral("stranger"));
        BundleWriteOptions options;
        options.signers << &stranger;
        const QString out = hostile(QStringLiteral("untrusted-million-requests"));
        QList<BundleSource> sources{
            {QStringLiteral("request.json"), QStringLiteral("application/json"), json, {}, {}, json.size()}};
        QVERIFY(BundleWriter::write(sources, out, options));
        QVERIFY(QFileInfo(out).size() < 64 * 1024);
        json.clear();
        json.squeeze();

        // The peak resident size of this process, reset just before (VmHWM).
        QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
        if (!clearRefs.open(QIODevice::WriteOnly) || clearRefs.write("5") != 1)
            QSKIP("/proc/self/clear_refs cannot reset the peak resident size here");
        clearRefs.close();
        auto status = [](const char* field) -> qint64 {
            QFile f(QStringLiteral("/proc/self/status"));
            if (!f.open(QIODevice::ReadOnly))
                return -1;
            for (const QByteArray& line : f.readAll().split('\n'))
                if (line.startsWith(QByteArray(QByteArray(field) + ':')))
                    return line.mid(qstrlen(field) + 1).trimmed().split(' ').value(0).toLongLong() * 1024;
            return -1;
        };
        const qint64 before = status("VmRSS");
        const BundleReport report = BundleVerifier::verify(out, trusting());
        const qint64 peak = status("VmHWM");
        QVERIFY(before > 0 && peak > 0);
        const qint64 grown = peak - before;
        qInfo("peak resident size grew by %lld KiB while verifying", grown / 1024);
        QVERIFY(!report.verified());
        QVERIFY2(hasFailure(report, QStringLiteral("signer-trust"), QStringLiteral("not trusted")),
                 qPrintable(report.toText()));
        // Refused, and says why without having read the request.
        QVERIFY(report.reference.isEmpty() && report.requestId.isEmpty());
        QVERIFY2(hasFailure(report, QStringLiteral("request"), QStringLiteral("not read")),
                 qPrintable(report.toText()));
        QVERIFY2(grown < 48 * 1024 * 1024,
                 qPrintable(QStringLiteral("peak memory grew by %1 MiB").arg(grown / (1024 * 1024))));
    }

    void garbageDerIsRefused() {
        const QString out = hostile(QStringLiteral("garbage-der"));
        QVERIFY(test::rewrite(
            m_good, out, [](const QString& entry, QByteArray bytes, QString&) -> std::optional<QByteArray> {
                // A DER header claiming a huge length, then nothing.
                return entry == QLatin1String("META-INF/signature.p7s")
                           ? QByteArray("\x30\x84\x7f\xff\xff\xff\x02\x01", 8)
                           : bytes;
            }));
        QVERIFY(hasFailure(BundleVerifier::verify(out, trusting()), QStringLiteral("signature"),
                           QStringLiteral("not DER")));
    }

    void importingHostileInputWritesNothing() {
        test::ExportingRegister r;
        const QString attachments = r.t.folder() + QStringLiteral("/attachments");
        const auto before = test::fingerprint(attachments);
        const qint64 requests = r.session->requests().count().value();
        const QStringList names = QDir(m_dir.path()).entryList({QStringLiteral("*.asice")}, QDir::Files);
        QVERIFY(names.size() > 15);
        ImportOptions options;
        options.alsoTrusted << test::certificate(m_pki, QStringLiteral("root"));
        for (const QString& name : names) {
            auto imported = BundleImporter::importBundle(*r.session, m_dir.filePath(name), options);
            QVERIFY2(!imported || !imported->imported, qPrintable(name));
        }
        QCOMPARE(test::fingerprint(attachments), before);
        QCOMPARE(r.session->requests().count().value(), requests);
        // Nothing in the register folder but what was there.
        QVERIFY(!QDir(r.t.folder())
                     .entryList(QDir::AllEntries | QDir::NoDotAndDotDot)
                     .join(u' ')
                     .contains(QStringLiteral("tmp")));
    }
};

QTEST_MAIN(TestBundleHostile)
#include "tst_bundlehostile.moc"
