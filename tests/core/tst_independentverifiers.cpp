#include "BundleTestKit.h"
#include "bundle/BundleExporter.h"
#include "bundle/BundleWriter.h"
#include "documents/RequestBundleDocuments.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace mladesk;
using namespace mladesk::bundle;
using test::TestPki;

// Issue 19, item 4: what MLA Desk signs is accepted by verifiers that are
// neither OpenSSL nor ours -- GnuTLS (certtool) and NSS (cmsutil) -- and
// its manifest is valid against the ETSI EN 319 162-1 schema (xmllint,
// offline). A bundle changed after signing, or a signer outside their trust,
// is refused by them too. docs/bundle-format.md, "Checked with".
class TestIndependentVerifiers : public QObject {
    Q_OBJECT
private:
    TestPki m_pki;
    QTemporaryDir m_dir;
    QString m_signed;   // OUT-2026-0001 signed by the officer, unpacked
    QString m_cosigned; // the same with the prosecutor's SignerInfo added, unpacked
    QString m_nssTrusting;
    QString m_nssEmpty;

    QString scratch(const QString& name) const { return m_dir.filePath(name); }

    static bool unpack(const QString& bundle, const QString& folder) {
        QDir().mkpath(folder);
        return test::run(QStringLiteral("unzip"),
                         {QStringLiteral("-q"), bundle, QStringLiteral("-d"), folder})
                   .exitCode == 0;
    }
    // An NSS certificate database; trusting root for signatures when given.
    bool makeNssDatabase(const QString& folder, const QString& root) {
        QDir().mkpath(folder);
        const QString db = QStringLiteral("sql:") + folder;
        if (test::run(QStringLiteral("certutil"),
                      {QStringLiteral("-N"), QStringLiteral("-d"), db, QStringLiteral("--empty-password")})
                .exitCode != 0)
            return false;
        return root.isEmpty() || test::run(QStringLiteral("certutil"),
                                           {QStringLiteral("-A"), QStringLiteral("-d"), db,
                                            QStringLiteral("-n"), root, QStringLiteral("-t"),
                                            QStringLiteral("C,C,C"), QStringLiteral("-i"), m_pki.cert(root)})
                                         .exitCode == 0;
    }
    static test::Run gnutls(const QString& folder, const QString& caFile) {
        return test::run(QStringLiteral("certtool"),
                         {QStringLiteral("--p7-verify"), QStringLiteral("--inder"),
                          QStringLiteral("--load-ca-certificate"), caFile, QStringLiteral("--load-data"),
                          folder + QStringLiteral("/META-INF/ASiCManifest.xml"), QStringLiteral("--infile"),
                          folder + QStringLiteral("/META-INF/signature.p7s")});
    }
    static test::Run nss(const QString& folder, const QString& database) {
        // -u 4: certUsageEmailSigner, NSS's usage for a document signer.
        return test::run(QStringLiteral("cmsutil"),
                         {QStringLiteral("-D"), QStringLiteral("-d"), QStringLiteral("sql:") + database,
                          QStringLiteral("-u"), QStringLiteral("4"), QStringLiteral("-i"),
                          folder + QStringLiteral("/META-INF/signature.p7s"), QStringLiteral("-c"),
                          folder + QStringLiteral("/META-INF/ASiCManifest.xml"), QStringLiteral("-o"),
                          QStringLiteral("/dev/null")});
    }
    static test::Run xmllint(const QString& manifest) {
        const QString xsd = QStringLiteral(MLADESK_TEST_DATA "/interop/xsd/");
        qputenv("XML_CATALOG_FILES", (xsd + QStringLiteral("catalog.xml")).toUtf8());
        return test::run(QStringLiteral("xmllint"),
                         {QStringLiteral("--nonet"), QStringLiteral("--noout"), QStringLiteral("--schema"),
                          xsd + QStringLiteral("en_31916201v010101.xsd"), manifest});
    }
    QString folderOf(const QString& which) const {
        return which == QLatin1String("co-signed") ? m_cosigned : m_signed;
    }

private slots:
    void initTestCase() {
        for (const char* tool : {"certtool", "cmsutil", "certutil", "xmllint", "unzip"})
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                     qPrintable(QStringLiteral("%1 is missing: run ./scripts/install-deps (gnutls-bin, "
                                               "libnss3-tools, libxml2-utils)")
                                    .arg(QString::fromLatin1(tool))));
        QVERIFY(m_pki.makeStandardSet());
        test::ExportingRegister r;
        const SigningIdentity officer = test::identity(m_pki, QStringLiteral("officer"));
        BundleWriteOptions options;
        options.signers << &officer;
        const QString bundle = scratch(QStringLiteral("signed.asice"));
        auto exported = BundleExporter::exportRequest(*r.session, QStringLiteral("OUT-2026-0001"), bundle,
                                                      options, requestBundleDocuments);
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().message));
        const QString cosigned = scratch(QStringLiteral("cosigned.asice"));
        QVERIFY(QFile::copy(bundle, cosigned));
        QVERIFY(BundleWriter::addSigner(cosigned, test::identity(m_pki, QStringLiteral("prosecutor"))));
        m_signed = scratch(QStringLiteral("signed"));
        m_cosigned = scratch(QStringLiteral("cosigned"));
        QVERIFY(unpack(bundle, m_signed));
        QVERIFY(unpack(cosigned, m_cosigned));
        m_nssTrusting = scratch(QStringLiteral("nss-trusting"));
        m_nssEmpty = scratch(QStringLiteral("nss-empty"));
        QVERIFY(makeNssDatabase(m_nssTrusting, QStringLiteral("root")));
        QVERIFY(makeNssDatabase(m_nssEmpty, {}));
    }

    void gnutlsVerifiesWhatWeSign_data() {
        QTest::addColumn<QString>("which");
        QTest::addColumn<int>("signers");
        QTest::newRow("the officer's signature") << "signed" << 1;
        QTest::newRow("with the prosecutor's co-signature") << "co-signed" << 2;
    }
    void gnutlsVerifiesWhatWeSign() {
        QFETCH(QString, which);
        QFETCH(int, signers);
        const test::Run r = gnutls(folderOf(which), m_pki.cert(QStringLiteral("root")));
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        // certtool reports each SignerInfo; every one must be good.
        QCOMPARE(r.err.count("Signature status: ok"), signers);
        QCOMPARE(r.out.count("Signer's serial:"), signers);
    }

    void nssVerifiesWhatWeSign_data() { gnutlsVerifiesWhatWeSign_data(); }
    void nssVerifiesWhatWeSign() {
        QFETCH(QString, which);
        const test::Run r = nss(folderOf(which), m_nssTrusting);
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    }

    void theManifestIsValidAgainstTheEtsiSchema_data() { gnutlsVerifiesWhatWeSign_data(); }
    void theManifestIsValidAgainstTheEtsiSchema() {
        QFETCH(QString, which);
        const test::Run r = xmllint(folderOf(which) + QStringLiteral("/META-INF/ASiCManifest.xml"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("validates"), r.err.constData());
    }

    // The schema check can fail: a manifest without its SigReference, or
    // with a data object before it, is refused by the ETSI schema.
    void theSchemaRefusesAManifestOutOfShape() {
        QFile file(m_signed + QStringLiteral("/META-INF/ASiCManifest.xml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray xml = file.readAll();
        const qsizetype start = xml.indexOf("<asic:SigReference");
        const qsizetype end = xml.indexOf("/>", start) + 2;
        QVERIFY(start > 0 && end > start);
        xml.remove(start, end - start);
        const QString broken = scratch(QStringLiteral("no-sigreference.xml"));
        QVERIFY(test::writeFile(broken, xml));
        const test::Run r = xmllint(broken);
        QVERIFY2(r.exitCode != 0, r.err.constData());
        QVERIFY2(r.err.contains("fails to validate"), r.err.constData());
    }

    // A manifest changed after signing (one digest character), a signature
    // that is not over this manifest: both refuse it.
    void aManifestChangedAfterSigningIsRefusedByThem() {
        const QString folder = scratch(QStringLiteral("tampered"));
        QVERIFY(unpack(scratch(QStringLiteral("signed.asice")), folder));
        QFile file(folder + QStringLiteral("/META-INF/ASiCManifest.xml"));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray xml = file.readAll();
        const qsizetype at = xml.indexOf("<ds:DigestValue>") + 16;
        xml[at] = xml[at] == 'A' ? 'B' : 'A';
        QVERIFY(file.seek(0) && file.write(xml) == xml.size());
        file.close();
        const test::Run g = gnutls(folder, m_pki.cert(QStringLiteral("root")));
        QVERIFY2(g.exitCode != 0, QByteArray(g.out + g.err).constData());
        QVERIFY2(g.err.contains("verification failed"), g.err.constData());
        const test::Run n = nss(folder, m_nssTrusting);
        QVERIFY2(n.exitCode != 0, QByteArray(n.out + n.err).constData());
        QVERIFY2(n.err.contains("DigestMismatch") || n.err.contains("BAD_SIGNATURE"), n.err.constData());
    }

    // A signer whose certificate authority they do not trust: refused.
    void aSignerOutsideTheirTrustIsRefused() {
        const test::Run g = gnutls(m_signed, m_pki.cert(QStringLiteral("otherroot")));
        QVERIFY2(g.exitCode != 0, QByteArray(g.out + g.err).constData());
        const test::Run n = nss(m_signed, m_nssEmpty);
        QVERIFY2(n.exitCode != 0, QByteArray(n.out + n.err).constData());
        QVERIFY2(n.err.contains("NotTrusted") || n.err.contains("UNTRUSTED"), n.err.constData());
    }
};

QTEST_MAIN(TestIndependentVerifiers) // a QGuiApplication: the PDF documents need fonts
#include "tst_independentverifiers.moc"
