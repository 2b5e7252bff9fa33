#include "BundleTestKit.h"
#include "Sanitizers.h"
#include "bundle/AsicManifest.h"
#include "bundle/BundleImporter.h"
#include "bundle/BundleVerifier.h"
#include "bundle/BundleWriter.h"
#include "bundle/CmsSigner.h"
#include "bundle/Envelope.h"
#include "documents/RequestBundleDocuments.h"
#include "services/RequestService.h"
#include "services/RetentionService.h"
#include "services/TranslationService.h"
#include "services/TrustService.h"
#include "storage/Database.h"
#include "storage/Register.h"
#include "storage/SqlCipherRequestRepository.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <openssl/cms.h>
#include <openssl/ess.h>
#include <optional>
#include <thread>

using namespace mladesk;
using namespace mladesk::bundle;
using test::TestPki;

// Signed request bundles: export, verify, import, co-signing, envelopes,
// every tamper detected with its reason, and interoperability with the
// openssl command line in both directions (docs/bundle-format.md).
class TestBundle : public QObject {
    Q_OBJECT
private:
    TestPki m_pki;
    QTemporaryDir m_dir;
    QString m_bundle; // OUT-2026-0001, signed by the officer

    VerifyOptions trustingRoot() const {
        VerifyOptions o;
        o.trusted << test::certificate(m_pki, QStringLiteral("root"));
        return o;
    }
    static bool hasFailure(const BundleReport& r, const QString& kind, const QString& words) {
        for (const BundleCheck& c : r.failures())
            if (c.kind == kind && c.reason.contains(words, Qt::CaseInsensitive))
                return true;
        return false;
    }
    static QString dump(const BundleReport& r) { return r.toText(); }
    QString scratch(const QString& name) const { return m_dir.filePath(name); }
    // The process's peak resident memory (VmHWM), in bytes.
    static qint64 peakMemory() {
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return 0;
        for (const QByteArray& line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
        return 0;
    }

    // Signs a manifest with the openssl command line (which, unlike us,
    // signs with any certificate) and puts it in a copy of m_bundle.
    QString resignedWithOpenSsl(const QString& who, const QString& name) {
        const QString folder = scratch(name + QStringLiteral("-dir"));
        QDir().mkpath(folder);
        const auto entries = test::entriesOf(m_bundle);
        test::writeFile(folder + QStringLiteral("/manifest.xml"),
                        entries.value(QStringLiteral("META-INF/ASiCManifest.xml")));
        const auto r = test::run(QStringLiteral("openssl"),
                                 {QStringLiteral("cms"), QStringLiteral("-sign"), QStringLiteral("-cades"),
                                  QStringLiteral("-binary"), QStringLiteral("-md"), QStringLiteral("sha256"),
                                  QStringLiteral("-in"), folder + QStringLiteral("/manifest.xml"),
                                  QStringLiteral("-signer"), m_pki.cert(who), QStringLiteral("-inkey"),
                                  m_pki.key(who), QStringLiteral("-outform"), QStringLiteral("DER"),
                                  QStringLiteral("-out"), folder + QStringLiteral("/sig.p7s")});
        if (r.exitCode != 0)
            qWarning("openssl cms -sign: %s", r.err.constData());
        QFile sig(folder + QStringLiteral("/sig.p7s"));
        sig.open(QIODevice::ReadOnly);
        const QByteArray der = sig.readAll();
        const QString out = scratch(name + QStringLiteral(".asice"));
        test::rewrite(m_bundle, out,
                      [&](const QString& entry, QByteArray bytes, QString&) -> std::optional<QByteArray> {
                          return entry == QLatin1String("META-INF/signature.p7s") ? der : bytes;
                      });
        return out;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_pki.makeStandardSet());
        test::ExportingRegister r;
        const SigningIdentity officer = test::identity(m_pki, QStringLiteral("officer"));
        BundleWriteOptions options;
        options.signers << &officer;
        m_bundle = scratch(QStringLiteral("out-1.asice"));
        auto exported = BundleExporter::exportRequest(*r.session, QStringLiteral("OUT-2026-0001"), m_bundle,
                                                      options, requestBundleDocuments);
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().message));
        QCOMPARE(exported->plan.attachments, 1);
        QVERIFY(!exported->plan.languages.isEmpty());
    }

    void theContainerIsLaidOutAsDesignSays() {
        auto reader = ZipReader::open(m_bundle);
        QVERIFY(reader);
        QStringList names;
        for (const ZipEntry& e : reader.value()->entries())
            names << e.name;
        QCOMPARE(names.first(), QStringLiteral("mimetype"));
        QVERIFY(reader.value()->entries().first().stored);
        QVERIFY(names.contains(QStringLiteral("request.json")));
        QVERIFY(names.contains(QStringLiteral("request-en.pdf")));
        QVERIFY(names.contains(QStringLiteral("attachments/subscriber records.csv")));
        QVERIFY(names.contains(QStringLiteral("META-INF/ASiCManifest.xml")));
        QVERIFY(names.contains(QStringLiteral("META-INF/signature.p7s")));
        // The mimetype entry's local header: stored, no extra field, the media type right after the name.
        QFile f(m_bundle);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray head = f.read(38 + 31);
        QCOMPARE(head.mid(30, 8), QByteArray("mimetype"));
        QCOMPARE(head.mid(38), QByteArray("application/vnd.etsi.asic-e+zip"));
        // The manifest lists every data object with its SHA-256.
        const auto entries = test::entriesOf(m_bundle);
        auto manifest =
            AsicManifest::fromXml(entries.value(QStringLiteral("META-INF/ASiCManifest.xml")), 1 << 20);
        QVERIFY(manifest);
        QCOMPARE(manifest->objects.size(), names.size() - 3);
        for (const DataObjectReference& o : manifest->objects)
            QCOMPARE(o.sha256, QCryptographicHash::hash(entries.value(o.uri), QCryptographicHash::Sha256));
        // request.json is interchange JSON with the one request.
        const QJsonObject json =
            QJsonDocument::fromJson(entries.value(QStringLiteral("request.json"))).object();
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("mladesk-interchange"));
        QCOMPARE(json.value(QStringLiteral("requests")).toArray().size(), 1);
    }

    void anExportedBundleVerifies() {
        const BundleReport report = BundleVerifier::verify(m_bundle, trustingRoot());
        QVERIFY2(report.verified(), qPrintable(dump(report)));
        QCOMPARE(report.signers.size(), 1);
        QVERIFY(report.signers.first().certificate.subject.contains(QStringLiteral("Olga Officer")));
        QVERIFY(report.signers.first().signingTime.isValid());
        QCOMPARE(report.reference, QStringLiteral("OUT-2026-0001"));
        const QJsonObject json = QJsonDocument::fromJson(report.toJson()).object();
        QCOMPARE(json.value(QStringLiteral("verified")).toBool(), true);
        QVERIFY(json.value(QStringLiteral("checks")).toArray().size() >= 8);
    }

    void everyFinishedLanguageHasItsDocument() {
        test::ExportingRegister r;
        auto texts = r.session->translations().translations(QStringLiteral("OUT-2026-0001"));
        QVERIFY(texts);
        // German reviewed in full; French only in part (a draft: left out).
        for (auto it = texts->sources.cbegin(); it != texts->sources.cend(); ++it) {
            if (it.value().isEmpty())
                continue;
            QVERIFY(r.session->translations().set(QStringLiteral("OUT-2026-0001"), it.key(),
                                                  QStringLiteral("de"), QStringLiteral("DE: ") + it.value(),
                                                  QStringLiteral("reviewed")));
        }
        QVERIFY(r.session->translations().set(QStringLiteral("OUT-2026-0001"), QStringLiteral("facts"),
                                              QStringLiteral("fr"), QStringLiteral("FR"),
                                              QStringLiteral("draft")));
        const SigningIdentity officer = test::identity(m_pki, QStringLiteral("officer"));
        BundleWriteOptions options;
        options.signers << &officer;
        const QString out = scratch(QStringLiteral("languages.asice"));
        auto exported = BundleExporter::exportRequest(*r.session, QStringLiteral("OUT-2026-0001"), out,
                                                      options, requestBundleDocuments);
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().message));
        QVERIFY2(exported->plan.languages.contains(QStringLiteral("de")),
                 qPrintable(exported->plan.languages.join(u',')));
        QVERIFY(exported->plan.languages.contains(QStringLiteral("en")));
        QVERIFY(!exported->plan.languages.contains(QStringLiteral("fr")));
        const auto entries = test::entriesOf(out);
        QVERIFY(entries.value(QStringLiteral("request-de.pdf")).startsWith("%PDF-"));
        QVERIFY(!entries.contains(QStringLiteral("request-fr.pdf")));
        // The translations travel in request.json.
        QVERIFY(entries.value(QStringLiteral("request.json")).contains("DE: "));
    }

    void onlyApprovedCompleteOutgoingRequestsAreExported() {
        test::ExportingRegister r;
        const SigningIdentity officer = test::identity(m_pki, QStringLiteral("officer"));
        BundleWriteOptions options;
        options.signers << &officer;
        auto draft = BundleExporter::exportRequest(*r.session, QStringLiteral("OUT-2026-0002"),
                                                   scratch(QStringLiteral("draft.asice")), options,
                                                   requestBundleDocuments);
        QVERIFY(!draft);
        QVERIFY2(draft.error().message.contains(QStringLiteral("approved")),
                 qPrintable(draft.error().message));
        QVERIFY(!QFile::exists(scratch(QStringLiteral("draft.asice"))));
    }

    void importMakesAnIncomingRequestWithCustody() {
        test::ExportingRegister receiver;
        QVERIFY(receiver.session->trust().importCertificate([&] {
            QFile f(m_pki.cert(QStringLiteral("root")));
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }()));
        auto imported = BundleImporter::importBundle(*receiver.session, m_bundle, {});
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        QVERIFY2(imported->imported, qPrintable(dump(imported->report)));
        auto request = receiver.session->requests().view(imported->reference);
        QVERIFY(request);
        QCOMPARE(request->direction, QStringLiteral("incoming"));
        QCOMPARE(request->status, QStringLiteral("received"));
        auto files = receiver.session->retention().attachments(imported->reference);
        QVERIFY(files);
        QCOMPARE(files->size(), imported->attachments);
        bool haveCsv = false;
        for (const Attachment& a : files.value()) {
            if (a.name != QLatin1String("subscriber records.csv"))
                continue;
            haveCsv = true;
            QBuffer sink;
            sink.open(QIODevice::WriteOnly);
            QVERIFY(receiver.session->retention().readAttachment(a.id, sink));
            QCOMPARE(sink.data(), receiver.attachmentBytes);
        }
        QVERIFY(haveCsv);
        auto custody = receiver.session->trust().custodyRecords(imported->reference);
        QVERIFY(custody);
        QCOMPARE(custody->size(), 1);
        QCOMPARE(custody->first().bundleSha256, imported->report.sha256);
        QVERIFY(QJsonDocument::fromJson(custody->first().report)
                    .object()
                    .value(QStringLiteral("verified"))
                    .toBool());
        // The same bundle twice is refused.
        auto again = BundleImporter::importBundle(*receiver.session, m_bundle, {});
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(QStringLiteral("imported already")));
    }

    void anUnverifiedBundleImportsNothing() {
        test::ExportingRegister receiver; // trusts nobody
        const auto before = test::fingerprint(receiver.t.folder() + QStringLiteral("/attachments"));
        auto imported = BundleImporter::importBundle(*receiver.session, m_bundle, {});
        QVERIFY(imported);
        QVERIFY(!imported->imported);
        QVERIFY(hasFailure(imported->report, QStringLiteral("signer-trust"), QStringLiteral("trust store")));
        QCOMPARE(test::fingerprint(receiver.t.folder() + QStringLiteral("/attachments")), before);
        QVERIFY(
            receiver.session->requests().view(QStringLiteral("OUT-2026-0001"))); // still only the sample data
    }

    void everyTamperIsDetectedWithItsReason_data() {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("a byte of request.json") << "byte:request.json"
                                                << "digest"
                                                << "changed after signing";
        QTest::newRow("a byte of the PDF") << "byte:request-en.pdf"
                                           << "digest"
                                           << "changed after signing";
        QTest::newRow("a byte of an attachment") << "byte:attachments/subscriber records.csv"
                                                 << "digest"
                                                 << "changed after signing";
        QTest::newRow("a file added") << "add"
                                      << "unlisted"
                                      << "added or renamed";
        QTest::newRow("a file removed") << "remove:request-en.pdf"
                                        << "missing"
                                        << "removed or renamed";
        QTest::newRow("a file renamed") << "rename:attachments/subscriber records.csv"
                                        << "missing"
                                        << "removed or renamed";
        QTest::newRow("the manifest edited") << "byte:META-INF/ASiCManifest.xml"
                                             << "signer-signature"
                                             << "manifest was changed";
        QTest::newRow("the signature replaced by garbage") << "garbage-signature"
                                                           << "signature"
                                                           << "not DER";
        QTest::newRow("the signature removed") << "remove:META-INF/signature.p7s"
                                               << "signature"
                                               << "no signature";
        QTest::newRow("the manifest removed") << "remove:META-INF/ASiCManifest.xml"
                                              << "manifest"
                                              << "no META-INF";
    }
    void everyTamperIsDetectedWithItsReason() {
        QFETCH(QString, tamper);
        QFETCH(QString, kind);
        QFETCH(QString, words);
        const QString out = scratch(QStringLiteral("tampered-%1.asice").arg(QString::number(qHash(tamper))));
        const QString target = tamper.section(u':', 1);
        QList<std::pair<QString, QByteArray>> extra;
        if (tamper == QLatin1String("add"))
            extra << std::pair{QStringLiteral("attachments/extra.txt"), QByteArray("slipped in")};
        QVERIFY(test::rewrite(
            m_bundle, out,
            [&](const QString& name, QByteArray bytes, QString& newName) -> std::optional<QByteArray> {
                if (name != target && !(tamper == QLatin1String("garbage-signature") &&
                                        name == QLatin1String("META-INF/signature.p7s")))
                    return bytes;
                if (tamper.startsWith(QLatin1String("byte:"))) {
                    // Inside the manifest, change a digest character (keeps it valid XML).
                    const qsizetype at = name.endsWith(QLatin1String(".xml"))
                                             ? bytes.indexOf("<ds:DigestValue>") + 16
                                             : bytes.size() / 2;
                    bytes[at] = bytes[at] == 'A' ? 'B' : 'A';
                    return bytes;
                }
                if (tamper.startsWith(QLatin1String("remove:")))
                    return std::nullopt;
                if (tamper.startsWith(QLatin1String("rename:"))) {
                    newName = QStringLiteral("attachments/renamed.csv");
                    return bytes;
                }
                return QByteArray("\x30\x03garbage", 9);
            },
            extra));
        const BundleReport report = BundleVerifier::verify(out, trustingRoot());
        QVERIFY(!report.verified());
        QVERIFY2(hasFailure(report, kind, words), qPrintable(dump(report)));
    }

    void aSignatureFromAnotherBundleDoesNotFit() {
        // Re-export (a new PDF date or signing time makes a different manifest) and swap signatures.
        test::ExportingRegister r;
        QVERIFY(r.session->retention().addAttachment(QStringLiteral("OUT-2026-0001"), r.attachmentPath));
        const SigningIdentity officer = test::identity(m_pki, QStringLiteral("officer"));
        BundleWriteOptions options;
        options.signers << &officer;
        const QString other = scratch(QStringLiteral("other.asice"));
        QVERIFY(BundleExporter::exportRequest(*r.session, QStringLiteral("OUT-2026-0001"), other, options,
                                              requestBundleDocuments));
        const QByteArray foreign = test::entriesOf(other).value(QStringLiteral("META-INF/signature.p7s"));
        const QString out = scratch(QStringLiteral("swapped.asice"));
        QVERIFY(test::rewrite(
            m_bundle, out, [&](const QString& name, QByteArray bytes, QString&) -> std::optional<QByteArray> {
                return name == QLatin1String("META-INF/signature.p7s") ? foreign : bytes;
            }));
        const BundleReport report = BundleVerifier::verify(out, trustingRoot());
        QVERIFY(!report.verified());
        QVERIFY2(
            hasFailure(report, QStringLiteral("signer-signature"), QStringLiteral("manifest was changed")),
            qPrintable(dump(report)));
    }

    void untrustedExpiredAndWrongUsageSignersAreNamed_data() {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("untrusted") << "stranger"
                                   << "signer-trust"
                                   << "not trusted";
        QTest::newRow("expired") << "expired"
                                 << "signer-validity"
                                 << "had expired";
        QTest::newRow("wrong key usage") << "encipher"
                                         << "signer-key-usage"
                                         << "does not allow signatures";
    }
    void untrustedExpiredAndWrongUsageSignersAreNamed() {
        QFETCH(QString, who);
        QFETCH(QString, kind);
        QFETCH(QString, words);
        const QString out = resignedWithOpenSsl(who, who);
        const BundleReport report = BundleVerifier::verify(out, trustingRoot());
        QVERIFY(!report.verified());
        QVERIFY2(hasFailure(report, kind, words), qPrintable(dump(report)));
        // The signature itself is fine: only the certificate is wrong.
        QVERIFY2(!hasFailure(report, QStringLiteral("signer-signature"), {}), qPrintable(dump(report)));
    }

    void unsuitableIdentitiesRefuseToSign_data() {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("words");
        QTest::newRow("expired") << "expired"
                                 << "expired";
        QTest::newRow("wrong key usage") << "encipher"
                                         << "may not be used for signatures";
    }
    void unsuitableIdentitiesRefuseToSign() {
        QFETCH(QString, who);
        QFETCH(QString, words);
        const SigningIdentity id = test::identity(m_pki, who);
        const Status st = id.suitability();
        QVERIFY(!st);
        QVERIFY2(st.error().message.contains(words), qPrintable(st.error().message));
        QVERIFY(!CmsSigner::sign("manifest", id));
    }

    void aWrongPasswordOrAFileWithoutKeyIsRefused() {
        auto wrong = SigningIdentity::load(m_pki.p12(QStringLiteral("officer")), test::passphrase("nope"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::WrongPassphrase);
        auto notP12 = SigningIdentity::load(m_pki.cert(QStringLiteral("officer")),
                                            test::passphrase(TestPki::kPassword));
        QVERIFY(!notP12);
        QVERIFY(notP12.error().message.contains(QStringLiteral("PKCS#12")));
    }

    void theProsecutorAddsASignerInfo() {
        const QString copy = scratch(QStringLiteral("cosigned.asice"));
        QVERIFY(QFile::copy(m_bundle, copy));
        const SigningIdentity prosecutor = test::identity(m_pki, QStringLiteral("prosecutor"));
        auto signedAgain = BundleWriter::addSigner(copy, prosecutor);
        QVERIFY2(signedAgain, qPrintable(signedAgain ? QString() : signedAgain.error().message));
        const BundleReport report = BundleVerifier::verify(copy, trustingRoot());
        QVERIFY2(report.verified(), qPrintable(dump(report)));
        QCOMPARE(report.signers.size(), 2);
        // SignerInfos are a DER SET: their order is not the order of signing.
        QStringList subjects;
        for (const SignerReport& s : report.signers)
            subjects << s.certificate.subject;
        QVERIFY2(subjects.join(u'|').contains(QStringLiteral("Paula Prosecutor")),
                 qPrintable(subjects.join(u'|')));
        QVERIFY(subjects.join(u'|').contains(QStringLiteral("Olga Officer")));
        // Not twice.
        auto twice = BundleWriter::addSigner(copy, prosecutor);
        QVERIFY(!twice);
        QVERIFY(twice.error().message.contains(QStringLiteral("already")));
        // Not over a tampered bundle.
        const QString tampered = scratch(QStringLiteral("cosign-tampered.asice"));
        QVERIFY(
            test::rewrite(m_bundle, tampered,
                          [](const QString& name, QByteArray bytes, QString&) -> std::optional<QByteArray> {
                              if (name == QLatin1String("META-INF/ASiCManifest.xml"))
                                  bytes.replace("request.json", "request.jsoN");
                              return bytes;
                          }));
        auto overTampered = BundleWriter::addSigner(tampered, prosecutor);
        QVERIFY(!overTampered);
        QVERIFY(overTampered.error().message.contains(QStringLiteral("changed after it was signed")));
    }

    // Issue 15, item 10: a bundle whose request.json no longer matches its
    // manifest (the signature over the manifest still holds) is not co-signed.
    void aBundleChangedAfterSigningIsNotCoSigned() {
        const QString changed = scratch(QStringLiteral("cosign-changed-request.asice"));
        QVERIFY(
            test::rewrite(m_bundle, changed,
                          [](const QString& name, QByteArray bytes, QString&) -> std::optional<QByteArray> {
                              if (name == QLatin1String("request.json"))
                                  bytes.replace("OUT-2026-0001", "OUT-2026-0666");
                              return bytes;
                          }));
        const QString before = fileSha256(changed).value();
        const SigningIdentity prosecutor = test::identity(m_pki, QStringLiteral("prosecutor"));
        auto cosigned = BundleWriter::addSigner(changed, prosecutor);
        QVERIFY2(!cosigned, "a bundle whose request.json was changed after signing was co-signed");
        QVERIFY2(cosigned.error().message.contains(QStringLiteral("request.json")),
                 qPrintable(cosigned.error().message));
        QVERIFY2(cosigned.error().message.contains(QStringLiteral("changed after it was signed")),
                 qPrintable(cosigned.error().message));
        QCOMPARE(fileSha256(changed).value(), before); // left as it was
        // A file slipped in after signing: refused too.
        const QString added = scratch(QStringLiteral("cosign-added.asice"));
        QVERIFY(test::rewrite(
            m_bundle, added,
            [](const QString&, QByteArray bytes, QString&) -> std::optional<QByteArray> { return bytes; },
            {{QStringLiteral("attachments/extra.txt"), QByteArray("slipped in")}}));
        auto overAdded = BundleWriter::addSigner(added, prosecutor);
        QVERIFY(!overAdded);
        QVERIFY2(overAdded.error().message.contains(QStringLiteral("attachments/extra.txt")),
                 qPrintable(overAdded.error().message));
    }

    // Issue 15, item 6: a request is recognised by what was signed, not by
    // the bytes of the file that carried it.
    void theSameSignedRequestIsNotImportedTwice() {
        test::ExportingRegister receiver;
        ImportOptions import;
        import.alsoTrusted << test::certificate(m_pki, QStringLiteral("root"));
        const qint64 requestsBefore = receiver.session->requests().count().value();
        auto first = BundleImporter::importBundle(*receiver.session, m_bundle, import);
        QVERIFY(first && first->imported);
        // The same entries zipped again: another file, the same signed request.
        const QString rezipped = scratch(QStringLiteral("rezipped.asice"));
        QVERIFY(test::rewrite(
            m_bundle, rezipped,
            [](const QString&, QByteArray bytes, QString&) -> std::optional<QByteArray> { return bytes; }));
        QVERIFY(fileSha256(rezipped).value() != fileSha256(m_bundle).value());
        QVERIFY(BundleVerifier::verify(rezipped, trustingRoot()).verified());
        auto again = BundleImporter::importBundle(*receiver.session, rezipped, import);
        QVERIFY2(!again || !again->imported, "the same signed request was imported a second time");
        QVERIFY2(!again && again.error().message.contains(QStringLiteral("already")) &&
                     again.error().message.contains(first->reference),
                 qPrintable(again ? QStringLiteral("imported") : again.error().message));
        // A manifest whose URI is percent-encoded differently, signed again by the sender.
        const QString encoded = scratch(QStringLiteral("encoded-uri.asice"));
        const SigningIdentity officer = test::identity(m_pki, QStringLiteral("officer"));
        QByteArray xml = test::entriesOf(m_bundle).value(QStringLiteral("META-INF/ASiCManifest.xml"));
        QVERIFY(xml.contains("URI=\"request.json\""));
        xml.replace("URI=\"request.json\"", "URI=\"request%2Ejson\"");
        const QByteArray signature = CmsSigner::sign(xml, officer).value();
        QVERIFY(
            test::rewrite(m_bundle, encoded,
                          [&](const QString& name, QByteArray bytes, QString&) -> std::optional<QByteArray> {
                              if (name == QLatin1String("META-INF/ASiCManifest.xml"))
                                  return xml;
                              if (name == QLatin1String("META-INF/signature.p7s"))
                                  return signature;
                              return bytes;
                          }));
        const BundleReport report = BundleVerifier::verify(encoded, trustingRoot());
        QVERIFY2(report.verified(), qPrintable(dump(report)));
        auto third = BundleImporter::importBundle(*receiver.session, encoded, import);
        QVERIFY2(!third || !third->imported, "the same signed request was imported a third time");
        QVERIFY2(!third && third.error().message.contains(first->reference),
                 qPrintable(third.error().message));
        QCOMPARE(receiver.session->requests().count().value(), requestsBefore + 1);
    }

    // Issue 15, item 7: ETSI EN 319 162-1 names the signature file
    // META-INF/*signature*.p7s; one such file is read whatever its name.
    void aSignatureFileNamedAsEtsiAllowsIsRead() {
        const QString renamed = scratch(QStringLiteral("signature001.asice"));
        const SigningIdentity officer = test::identity(m_pki, QStringLiteral("officer"));
        QByteArray xml = test::entriesOf(m_bundle).value(QStringLiteral("META-INF/ASiCManifest.xml"));
        QVERIFY(xml.contains("URI=\"META-INF/signature.p7s\""));
        xml.replace("URI=\"META-INF/signature.p7s\"", "URI=\"META-INF/signature001.p7s\"");
        const QByteArray signature = CmsSigner::sign(xml, officer).value();
        QVERIFY(test::rewrite(
            m_bundle, renamed,
            [&](const QString& name, QByteArray bytes, QString& newName) -> std::optional<QByteArray> {
                if (name == QLatin1String("META-INF/ASiCManifest.xml"))
                    return xml;
                if (name == QLatin1String("META-INF/signature.p7s")) {
                    newName = QStringLiteral("META-INF/signature001.p7s");
                    return signature;
                }
                return bytes;
            }));
        const BundleReport report = BundleVerifier::verify(renamed, trustingRoot());
        QVERIFY2(report.verified(), qPrintable(dump(report)));
        test::ExportingRegister receiver;
        ImportOptions import;
        import.alsoTrusted << test::certificate(m_pki, QStringLiteral("root"));
        auto imported = BundleImporter::importBundle(*receiver.session, renamed, import);
        QVERIFY(imported);
        QVERIFY2(imported->imported, qPrintable(dump(imported->report)));
        // The prosecutor co-signs it under the same name.
        QVERIFY(BundleWriter::addSigner(renamed, test::identity(m_pki, QStringLiteral("prosecutor"))));
        QCOMPARE(BundleVerifier::verify(renamed, trustingRoot()).signers.size(), 2);
        QVERIFY(test::entriesOf(renamed).contains(QStringLiteral("META-INF/signature001.p7s")));
    }

    // The DSS-made containers of ../shared/interop (tests/data/interop/dss),
    // repacked with "mimetype" first: their signature file is read and
    // checked; what is not supported is named.
    void dssContainersAreReadAndWhatIsNotSupportedIsNamed_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("words");    // of a failed "signature" check
        QTest::addColumn<int>("signers");      // read from the one signature file the manifest names
        QTest::addColumn<QString>("document"); // a data object whose digest is checked
        QTest::newRow("dss1421: one signature, archive time-stamp")
            << "dss1421.asice"
            << "META-INF/ASiCArchiveManifest.xml" << 1 << "TEST-DOC.txt";
        // DSS's B-LTA signature carries the manifest inside (not detached): refused for that, by name.
        QTest::newRow("B-LTA: one signature, archive time-stamp")
            << "ASiC-E-CAdES-BpLTA.sce"
            << "META-INF/timestamp001.tst" << 0 << "TEST-DOC.txt";
        QTest::newRow("dss1792: two signature files") << "dss1792.asice"
                                                      << "several signature files" << 1 << "test.text";
    }
    void dssContainersAreReadAndWhatIsNotSupportedIsNamed() {
        QFETCH(QString, file);
        QFETCH(QString, words);
        QFETCH(int, signers);
        QFETCH(QString, document);
        const QString repacked = scratch(QStringLiteral("repacked-") + file);
        const auto made = test::run(
            QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import sys, zipfile\n"
                            "src = zipfile.ZipFile(sys.argv[1])\n"
                            "with zipfile.ZipFile(sys.argv[2], 'w') as out:\n"
                            "    out.writestr(zipfile.ZipInfo('mimetype'), src.read('mimetype'))\n"
                            "    for i in src.infolist():\n"
                            "        if i.filename != 'mimetype':\n"
                            "            out.writestr(i.filename, src.read(i), zipfile.ZIP_DEFLATED)\n"),
             QStringLiteral(MLADESK_TEST_DATA "/interop/dss/") + file, repacked});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        const BundleReport report = BundleVerifier::verify(repacked, trustingRoot());
        QVERIFY(!report.verified());
        // Never refused for the signature file's name alone.
        for (const BundleCheck& c : report.failures())
            QVERIFY2(!c.reason.contains(QStringLiteral("META-INF/signature.p7s")), qPrintable(dump(report)));
        QVERIFY2(hasFailure(report, QStringLiteral("signature"), words), qPrintable(dump(report)));
        // The signature file is read and its signers checked (DSS's test certificates are not trusted).
        QCOMPARE(report.signers.size(), signers);
        if (signers > 0) {
            QVERIFY2(hasFailure(report, QStringLiteral("signer-trust"), QStringLiteral("not trusted")),
                     qPrintable(dump(report)));
            for (const BundleCheck& c : report.checks)
                if (c.kind == QLatin1String("signer-signature"))
                    QVERIFY2(c.passed, qPrintable(c.reason));
        }
        bool digestChecked = false;
        for (const BundleCheck& c : report.checks)
            if (c.kind == QLatin1String("digest") && c.subject == document)
                digestChecked = c.passed;
        QVERIFY2(digestChecked, qPrintable(dump(report)));
    }

    void twoSignersAtExport() {
        const SigningIdentity officer = test::identity(m_pki, QStringLiteral("officer"));
        const SigningIdentity prosecutor = test::identity(m_pki, QStringLiteral("prosecutor"));
        QList<BundleSource> sources{
            {QStringLiteral("request.json"), QStringLiteral("application/json"), "{}", {}, {}, 2}};
        BundleWriteOptions options;
        options.signers << &officer << &prosecutor;
        const QString out = scratch(QStringLiteral("two.asice"));
        QVERIFY(BundleWriter::write(sources, out, options));
        const BundleReport report = BundleVerifier::verify(out, trustingRoot());
        QCOMPARE(report.signers.size(), 2);
        QVERIFY(report.signers.at(0).passed && report.signers.at(1).passed);
        // "{}" is no interchange file: the signed content itself is checked too.
        QVERIFY2(hasFailure(report, QStringLiteral("request"), QStringLiteral("not a valid interchange")),
                 qPrintable(dump(report)));
    }

    void envelopedRoundTrip_data() {
        QTest::addColumn<int>("cipher");
        QTest::newRow("AES-256-GCM") << int(Envelope::Cipher::Aes256Gcm);
        QTest::newRow("AES-256-CBC") << int(Envelope::Cipher::Aes256Cbc);
    }
    void envelopedRoundTrip() {
        QFETCH(int, cipher);
        test::ExportingRegister r;
        const SigningIdentity officer = test::identity(m_pki, QStringLiteral("officer"));
        BundleWriteOptions options;
        options.signers << &officer;
        options.encryptFor << test::certificate(m_pki, QStringLiteral("recipient"));
        options.cipher = Envelope::Cipher(cipher);
        const QString out = scratch(QStringLiteral("enveloped-%1.p7m").arg(cipher));
        auto exported = BundleExporter::exportRequest(*r.session, QStringLiteral("OUT-2026-0001"), out,
                                                      options, requestBundleDocuments);
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().message));
        QVERIFY(Envelope::looksEnveloped(out));
        QVERIFY(!QFile::exists(out + QStringLiteral(".container.part")));
        // Sealed: nothing readable without the recipient's key.
        QFile raw(out);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(!raw.readAll().contains("Zyxwvut"));
        VerifyOptions without = trustingRoot();
        const BundleReport closed = BundleVerifier::verify(out, without);
        QVERIFY(!closed.verified());
        QVERIFY(hasFailure(closed, QStringLiteral("container"), QStringLiteral("encrypted")));
        const SigningIdentity stranger = test::identity(m_pki, QStringLiteral("stranger"));
        without.recipient = &stranger;
        QVERIFY(hasFailure(BundleVerifier::verify(out, without), QStringLiteral("container"),
                           QStringLiteral("someone else")));
        const SigningIdentity recipient = test::identity(m_pki, QStringLiteral("recipient"));
        VerifyOptions with = trustingRoot();
        with.recipient = &recipient;
        const BundleReport opened = BundleVerifier::verify(out, with);
        QVERIFY2(opened.verified(), qPrintable(dump(opened)));
        QVERIFY(opened.enveloped);
        // And imported.
        test::ExportingRegister receiver;
        ImportOptions import;
        import.alsoTrusted << test::certificate(m_pki, QStringLiteral("root"));
        import.recipient = &recipient;
        auto imported = BundleImporter::importBundle(*receiver.session, out, import);
        QVERIFY(imported);
        QVERIFY2(imported->imported, qPrintable(dump(imported->report)));
    }

    // Issue 15, item 5: the envelope is sealed while the container is written
    // (nothing beside it), and opening one holds the container once (OpenSSL
    // parses a whole envelope in memory: the limit is maxEnvelopeSize).
    void anEnvelopeIsSealedStreamingAndOpenedInBoundedMemory() {
        if (test::kAddressSanitizer)
            QSKIP("The peak is measured without AddressSanitizer (its shadow memory and quarantine).");
        const QString big = scratch(QStringLiteral("sealed-big.bin"));
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QRandomGenerator rng(5);
            QByteArray block(1024 * 1024, Qt::Uninitialized);
            for (int i = 0; i < 48; ++i) {
                rng.fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
                QCOMPARE(f.write(block), block.size());
            }
        }
        const SigningIdentity officer = test::identity(m_pki, QStringLiteral("officer"));
        BundleWriteOptions options;
        options.signers << &officer;
        options.encryptFor << test::certificate(m_pki, QStringLiteral("recipient"));
        const QString out = scratch(QStringLiteral("sealed-big.p7m"));
        auto written = BundleWriter::write(BundleWriter::fileSources({big}), out, options);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        QVERIFY(!QFile::exists(out + QStringLiteral(".part")));
        QVERIFY(!QFile::exists(out + QStringLiteral(".container.part")));
        QCOMPARE(QFileInfo(out).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());
        const qint64 size = QFileInfo(out).size();
        const SigningIdentity recipient = test::identity(m_pki, QStringLiteral("recipient"));

        QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
        if (!clearRefs.open(QIODevice::WriteOnly) || clearRefs.write("5") != 1)
            QSKIP("/proc/self/clear_refs cannot reset the peak resident size here");
        clearRefs.close();
        QFile status(QStringLiteral("/proc/self/status"));
        auto field = [&](const QByteArray& name) -> qint64 {
            if (!status.open(QIODevice::ReadOnly))
                return -1;
            const QList<QByteArray> lines = status.readAll().split('\n');
            status.close();
            for (const QByteArray& line : lines)
                if (line.startsWith(name))
                    return line.mid(name.size()).trimmed().split(' ').value(0).toLongLong() * 1024;
            return -1;
        };
        const qint64 before = field("VmRSS:");
        auto opened = Envelope::open(out, recipient, 1ll << 31);
        const qint64 grown = field("VmHWM:") - before;
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        qInfo("opening a %lld-byte envelope: peak resident size grew by %lld KiB (%.2f times the envelope)",
              size, grown / 1024, double(grown) / double(size));
        QVERIFY(opened->startsWith("PK\x03\x04"));
        // The file, OpenSSL's collected BER pieces of it (up to 2.4 times while they grow), then
        // the parsed envelope and the container once: about 3.4 times (4.8 before issue 15).
        QVERIFY2(grown < size * 4, qPrintable(QStringLiteral("grew by %1 bytes").arg(grown)));
        VerifyOptions with = trustingRoot();
        with.recipient = &recipient;
        const BundleReport report = BundleVerifier::verify(out, with);
        for (const BundleCheck& c : report.checks)
            if (c.kind == QLatin1String("digest"))
                QVERIFY2(c.passed, qPrintable(c.reason));
    }

    void exportOnAWorkerThread() {
        // What a window does: prepare on the session's thread with the
        // attachments read on a connection of their own, write on the worker,
        // record back here.
        test::ExportingRegister r;
        auto plan = BundleExporter::prepare(*r.session, QStringLiteral("OUT-2026-0001"),
                                            requestBundleDocuments, true);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
        const SigningIdentity officer = test::identity(m_pki, QStringLiteral("officer"));
        BundleWriteOptions options;
        options.signers << &officer;
        const QString out = scratch(QStringLiteral("worker.asice"));
        std::optional<Result<WrittenBundle>> written;
        std::thread worker([&] { written.emplace(BundleWriter::write(plan->sources, out, options)); });
        worker.join();
        QVERIFY(written && written->ok());
        QVERIFY(BundleExporter::record(*r.session, plan.value(), written->value(), options));
        QVERIFY(BundleVerifier::verify(out, trustingRoot()).verified());
    }

    void opensslOpensOurEnvelope() {
        const QString container = scratch(QStringLiteral("to-seal.asice"));
        QVERIFY(QFile::copy(m_bundle, container));
        const QString sealed = scratch(QStringLiteral("sealed.p7m"));
        QVERIFY(Envelope::seal(container, {test::certificate(m_pki, QStringLiteral("recipient"))}, sealed,
                               Envelope::Cipher::Aes256Cbc));
        const QString opened = scratch(QStringLiteral("opened.asice"));
        const auto decrypt = test::run(
            QStringLiteral("openssl"),
            {QStringLiteral("cms"), QStringLiteral("-decrypt"), QStringLiteral("-binary"),
             QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"), sealed,
             QStringLiteral("-recip"), m_pki.cert(QStringLiteral("recipient")), QStringLiteral("-inkey"),
             m_pki.key(QStringLiteral("recipient")), QStringLiteral("-out"), opened});
        QVERIFY2(decrypt.exitCode == 0, decrypt.err.constData());
        QFile a(m_bundle), b(opened);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), a.readAll());
    }

    void opensslVerifiesOurExport() {
        const QString folder = scratch(QStringLiteral("unzipped"));
        QDir().mkpath(folder);
        const auto unzip = test::run(QStringLiteral("unzip"),
                                     {QStringLiteral("-q"), m_bundle, QStringLiteral("-d"), folder});
        QVERIFY2(unzip.exitCode == 0, unzip.err.constData());
        const auto verify =
            test::run(QStringLiteral("openssl"),
                      {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-cades"),
                       QStringLiteral("-binary"), QStringLiteral("-inform"), QStringLiteral("DER"),
                       QStringLiteral("-in"), folder + QStringLiteral("/META-INF/signature.p7s"),
                       QStringLiteral("-content"), folder + QStringLiteral("/META-INF/ASiCManifest.xml"),
                       QStringLiteral("-CAfile"), m_pki.cert(QStringLiteral("root")), QStringLiteral("-out"),
                       QStringLiteral("/dev/null")});
        QVERIFY2(verify.exitCode == 0, verify.err.constData());
        QVERIFY(verify.err.contains("Verification successful"));
        // And each digest, as sha256sum would print it.
        const auto entries = test::entriesOf(m_bundle);
        auto manifest =
            AsicManifest::fromXml(entries.value(QStringLiteral("META-INF/ASiCManifest.xml")), 1 << 20);
        for (const DataObjectReference& o : manifest->objects) {
            const auto sum = test::run(QStringLiteral("sha256sum"), {folder + u'/' + o.uri});
            QCOMPARE(sum.out.left(64), o.sha256.toHex());
        }
    }

    // CAdES baseline B (ETSI EN 319 122-1, 6.3): each SignerInfo's signed
    // attributes hold ESS signing-certificate-v2 (RFC 5035), as OpenSSL's
    // own reading of the signature shows, for the first signer and a co-signer.
    void everySignerInfoNamesItsCertificate() {
        const QString copy = scratch(QStringLiteral("cades-cosigned.asice"));
        QVERIFY(QFile::copy(m_bundle, copy));
        QVERIFY(BundleWriter::addSigner(copy, test::identity(m_pki, QStringLiteral("prosecutor"))));
        const QString p7s = scratch(QStringLiteral("cades-cosigned.p7s"));
        QVERIFY(test::writeFile(p7s, test::entriesOf(copy).value(QStringLiteral("META-INF/signature.p7s"))));
        const auto printed =
            test::run(QStringLiteral("openssl"),
                      {QStringLiteral("cms"), QStringLiteral("-cmsout"), QStringLiteral("-print"),
                       QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"), p7s});
        QVERIFY2(printed.exitCode == 0, printed.err.constData());
        QCOMPARE(printed.out.count("object: id-smime-aa-signingCertificateV2"), 2);
        QCOMPARE(printed.out.count("object: signingTime"), 2);
        QCOMPARE(printed.out.count("object: messageDigest"), 2);
        QCOMPARE(printed.out.count("object: contentType"), 2);
        const BundleReport report = BundleVerifier::verify(copy, trustingRoot());
        QVERIFY2(report.verified(), qPrintable(dump(report)));
        for (const BundleCheck& c : report.checks)
            if (c.kind == QLatin1String("signer-signature"))
                QVERIFY2(c.reason.contains(QStringLiteral("CAdES")), qPrintable(c.reason));
    }

    // A plain CMS signature (openssl cms -sign without -cades) does not bind
    // its certificate: refused, saying what is missing and how to sign.
    void aSignatureWithoutSigningCertificateIsNotCades() {
        const QString folder = scratch(QStringLiteral("plain-cms-dir"));
        QDir().mkpath(folder);
        QVERIFY(
            test::writeFile(folder + QStringLiteral("/manifest.xml"),
                            test::entriesOf(m_bundle).value(QStringLiteral("META-INF/ASiCManifest.xml"))));
        const auto sign = test::run(
            QStringLiteral("openssl"),
            {QStringLiteral("cms"), QStringLiteral("-sign"), QStringLiteral("-binary"), QStringLiteral("-md"),
             QStringLiteral("sha256"), QStringLiteral("-in"), folder + QStringLiteral("/manifest.xml"),
             QStringLiteral("-signer"), m_pki.cert(QStringLiteral("officer")), QStringLiteral("-inkey"),
             m_pki.key(QStringLiteral("officer")), QStringLiteral("-outform"), QStringLiteral("DER"),
             QStringLiteral("-out"), folder + QStringLiteral("/sig.p7s")});
        QVERIFY2(sign.exitCode == 0, sign.err.constData());
        QFile sig(folder + QStringLiteral("/sig.p7s"));
        QVERIFY(sig.open(QIODevice::ReadOnly));
        const QByteArray der = sig.readAll();
        const QString out = scratch(QStringLiteral("plain-cms.asice"));
        QVERIFY(
            test::rewrite(m_bundle, out,
                          [&](const QString& entry, QByteArray bytes, QString&) -> std::optional<QByteArray> {
                              return entry == QLatin1String("META-INF/signature.p7s") ? der : bytes;
                          }));
        const BundleReport report = BundleVerifier::verify(out, trustingRoot());
        QVERIFY(!report.verified());
        QVERIFY2(
            hasFailure(report, QStringLiteral("signer-signature"), QStringLiteral("not a CAdES signature")),
            qPrintable(dump(report)));
        QVERIFY2(hasFailure(report, QStringLiteral("signer-signature"), QStringLiteral("-cades")),
                 qPrintable(dump(report)));
    }

    // The attribute names another certificate than the one the signature
    // carries (a certificate put in its place): refused. Made with OpenSSL's
    // API, as no tool makes it on purpose: the officer signs, the attribute
    // is the prosecutor's.
    void aSigningCertificateOfAnotherCertificateIsRefused() {
        const SigningIdentity officer = test::identity(m_pki, QStringLiteral("officer"));
        const SigningIdentity prosecutor = test::identity(m_pki, QStringLiteral("prosecutor"));
        const QByteArray manifest =
            test::entriesOf(m_bundle).value(QStringLiteral("META-INF/ASiCManifest.xml"));
        constexpr unsigned int flags = CMS_DETACHED | CMS_BINARY | CMS_NOSMIMECAP | CMS_PARTIAL;
        std::unique_ptr<CMS_ContentInfo, void (*)(CMS_ContentInfo*)> cms(
            CMS_sign(nullptr, nullptr, nullptr, nullptr, flags), CMS_ContentInfo_free);
        QVERIFY(cms);
        auto x509 = [](const QByteArray& der) {
            const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
            return std::unique_ptr<X509, void (*)(X509*)>(d2i_X509(nullptr, &p, der.size()), X509_free);
        };
        const auto signer = x509(officer.certificate().der);
        const auto other = x509(prosecutor.certificate().der);
        CMS_SignerInfo* si = CMS_add1_signer(cms.get(), signer.get(), officer.key(), EVP_sha256(), flags);
        QVERIFY(si);
        std::unique_ptr<ESS_SIGNING_CERT_V2, void (*)(ESS_SIGNING_CERT_V2*)> attribute(
            OSSL_ESS_signing_cert_v2_new_init(EVP_sha256(), other.get(), nullptr, 1),
            ESS_SIGNING_CERT_V2_free);
        QVERIFY(attribute);
        unsigned char* encoded = nullptr;
        const int length = i2d_ESS_SIGNING_CERT_V2(attribute.get(), &encoded);
        QVERIFY(length > 0);
        QVERIFY(CMS_signed_add1_attr_by_NID(si, NID_id_smime_aa_signingCertificateV2, V_ASN1_SEQUENCE,
                                            encoded, length) == 1);
        OPENSSL_free(encoded);
        std::unique_ptr<BIO, void (*)(BIO*)> content(
            BIO_new_mem_buf(manifest.constData(), int(manifest.size())), BIO_free_all);
        QVERIFY(CMS_final(cms.get(), content.get(), nullptr, flags) == 1);
        unsigned char* der = nullptr;
        const int derLength = i2d_CMS_ContentInfo(cms.get(), &der);
        QVERIFY(derLength > 0);
        const QByteArray signature(reinterpret_cast<const char*>(der), derLength);
        OPENSSL_free(der);
        const QString out = scratch(QStringLiteral("other-signing-certificate.asice"));
        QVERIFY(
            test::rewrite(m_bundle, out,
                          [&](const QString& entry, QByteArray bytes, QString&) -> std::optional<QByteArray> {
                              return entry == QLatin1String("META-INF/signature.p7s") ? signature : bytes;
                          }));
        const BundleReport report = BundleVerifier::verify(out, trustingRoot());
        QVERIFY(!report.verified());
        QVERIFY2(hasFailure(report, QStringLiteral("signer-signature"),
                            QStringLiteral("names another certificate")),
                 qPrintable(dump(report)));
        // OpenSSL's own CAdES check refuses it as well.
        const QString folder = scratch(QStringLiteral("other-signing-certificate-dir"));
        QDir().mkpath(folder);
        QVERIFY(test::writeFile(folder + QStringLiteral("/sig.p7s"), signature));
        QVERIFY(test::writeFile(folder + QStringLiteral("/manifest.xml"), manifest));
        const auto verify = test::run(
            QStringLiteral("openssl"),
            {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-cades"),
             QStringLiteral("-binary"), QStringLiteral("-inform"), QStringLiteral("DER"),
             QStringLiteral("-in"), folder + QStringLiteral("/sig.p7s"), QStringLiteral("-content"),
             folder + QStringLiteral("/manifest.xml"), QStringLiteral("-CAfile"),
             m_pki.cert(QStringLiteral("root")), QStringLiteral("-out"), QStringLiteral("/dev/null")});
        QVERIFY2(verify.exitCode != 0, verify.err.constData());
    }

    void aBundleMadeWithZipAndOpensslVerifiesAndImports() {
        // docs/bundle-format.md, "Assembling a bundle by hand", step by step.
        const QString folder = scratch(QStringLiteral("byhand"));
        QDir().mkpath(folder + QStringLiteral("/META-INF"));
        QDir().mkpath(folder + QStringLiteral("/attachments"));
        const auto ours = test::entriesOf(m_bundle);
        QVERIFY(test::writeFile(folder + QStringLiteral("/mimetype"), "application/vnd.etsi.asic-e+zip"));
        QVERIFY(test::writeFile(folder + QStringLiteral("/request.json"),
                                ours.value(QStringLiteral("request.json"))));
        QVERIFY(test::writeFile(folder + QStringLiteral("/attachments/evidence.txt"), "log lines\n"));
        QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                         "<asic:ASiCManifest xmlns:asic=\"http://uri.etsi.org/02918/v1.2.1#\" "
                         "xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\">\n"
                         "  <asic:SigReference URI=\"META-INF/signature.p7s\" "
                         "MimeType=\"application/pkcs7-signature\"/>\n";
        for (const QString& name :
             {QStringLiteral("request.json"), QStringLiteral("attachments/evidence.txt")}) {
            const auto dgst =
                test::run(QStringLiteral("openssl"), {QStringLiteral("dgst"), QStringLiteral("-sha256"),
                                                      QStringLiteral("-binary"), folder + u'/' + name});
            xml += "  <asic:DataObjectReference URI=\"" + name.toUtf8() +
                   "\">\n    <ds:DigestMethod Algorithm=\"http://www.w3.org/2001/04/xmlenc#sha256\"/>\n"
                   "    <ds:DigestValue>" +
                   dgst.out.toBase64() + "</ds:DigestValue>\n  </asic:DataObjectReference>\n";
        }
        xml += "</asic:ASiCManifest>\n";
        QVERIFY(test::writeFile(folder + QStringLiteral("/META-INF/ASiCManifest.xml"), xml));
        const auto sign = test::run(
            QStringLiteral("openssl"),
            {QStringLiteral("cms"), QStringLiteral("-sign"), QStringLiteral("-cades"),
             QStringLiteral("-binary"), QStringLiteral("-md"), QStringLiteral("sha256"),
             QStringLiteral("-in"), QStringLiteral("META-INF/ASiCManifest.xml"), QStringLiteral("-signer"),
             m_pki.cert(QStringLiteral("officer")), QStringLiteral("-inkey"),
             m_pki.key(QStringLiteral("officer")), QStringLiteral("-certfile"),
             m_pki.cert(QStringLiteral("root")), QStringLiteral("-outform"), QStringLiteral("DER"),
             QStringLiteral("-out"), QStringLiteral("META-INF/signature.p7s")},
            folder);
        QVERIFY2(sign.exitCode == 0, sign.err.constData());
        const QString out = scratch(QStringLiteral("byhand.asice"));
        QCOMPARE(test::run(QStringLiteral("zip"),
                           {QStringLiteral("-q"), QStringLiteral("-X"), QStringLiteral("-0"), out,
                            QStringLiteral("mimetype")},
                           folder)
                     .exitCode,
                 0);
        const auto zip = test::run(QStringLiteral("zip"),
                                   {QStringLiteral("-q"), QStringLiteral("-X"), QStringLiteral("-r"), out,
                                    QStringLiteral("request.json"), QStringLiteral("attachments"),
                                    QStringLiteral("META-INF")},
                                   folder);
        QVERIFY2(zip.exitCode == 0, zip.err.constData());
        const BundleReport report = BundleVerifier::verify(out, trustingRoot());
        QVERIFY2(report.verified(), qPrintable(dump(report)));
        test::ExportingRegister receiver;
        ImportOptions import;
        import.alsoTrusted << test::certificate(m_pki, QStringLiteral("root"));
        auto imported = BundleImporter::importBundle(*receiver.session, out, import);
        QVERIFY(imported);
        QVERIFY2(imported->imported, qPrintable(dump(imported->report)));
        QCOMPARE(imported->attachments, 1);
    }

    void streamingWriterForLargeFiles() {
        // The benchmark's API: files streamed from disk, signed, verified.
        const QString big = scratch(QStringLiteral("big.bin"));
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray block(1 << 20, '\0');
            for (int i = 0; i < 96; ++i) {
                for (int j = 0; j < block.size(); j += 64)
                    block[j] = char(i * 31 + j);
                f.write(block);
            }
        }
        const SigningIdentity officer = test::identity(m_pki, QStringLiteral("officer"));
        BundleWriteOptions options;
        options.signers << &officer;
        const qint64 peakBefore = peakMemory();
        qint64 lastDone = 0;
        options.progress = [&](qint64 done, qint64) {
            lastDone = done;
            return true;
        };
        const QList<BundleSource> sources = BundleWriter::fileSources({big});
        QCOMPARE(sources.first().name, QStringLiteral("attachments/big.bin"));
        const QString out = scratch(QStringLiteral("big.asice"));
        auto written = BundleWriter::write(sources, out, options);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        QCOMPARE(lastDone, QFileInfo(big).size());
        const BundleReport report = BundleVerifier::verify(out, trustingRoot());
        QVERIFY(hasFailure(report, QStringLiteral("request"), QStringLiteral("no signed request.json")));
        for (const BundleCheck& c : report.checks)
            if (c.kind == QLatin1String("digest"))
                QVERIFY(c.passed);
        // 96 MiB written and verified; the peak memory grew by far less (streamed).
        const qint64 grown = peakMemory() - peakBefore;
        QVERIFY2(grown < 32 * 1024 * 1024,
                 qPrintable(QStringLiteral("peak memory grew by %1 bytes").arg(grown)));
        // Cancelling leaves nothing.
        options.progress = [](qint64, qint64) {
            return false;
        };
        const QString cancelled = scratch(QStringLiteral("cancelled.asice"));
        QVERIFY(!BundleWriter::write(sources, cancelled, options));
        QVERIFY(!QFile::exists(cancelled));
    }

    void whatDoesNotShrinkIsStored() {
        // Random bytes (like a JPEG or a ZIP) are stored, text is deflated,
        // whatever the size; unzip checks every CRC; the SHA-256 the writer
        // computed while writing is the file's.
        const QString noise = scratch(QStringLiteral("noise.bin"));
        const QString text = scratch(QStringLiteral("notes.txt"));
        const QString empty = scratch(QStringLiteral("empty.bin"));
        {
            QFile a(noise), b(text), c(empty);
            QVERIFY(a.open(QIODevice::WriteOnly) && b.open(QIODevice::WriteOnly) &&
                    c.open(QIODevice::WriteOnly));
            QByteArray random(3 * 1024 * 1024 + 17, Qt::Uninitialized);
            QRandomGenerator rng(8);
            for (char& ch : random)
                ch = char(rng.bounded(256));
            a.write(random);
            for (int i = 0; i < 20000; ++i)
                b.write(
                    QByteArray("line ").append(QByteArray::number(i)).append(" of the officer's notes\n"));
        }
        const SigningIdentity officer = test::identity(m_pki, QStringLiteral("officer"));
        BundleWriteOptions options;
        options.signers << &officer;
        const QString out = scratch(QStringLiteral("stored.asice"));
        auto written = BundleWriter::write(BundleWriter::fileSources({noise, text, empty}), out, options);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        QCOMPARE(written->sha256, fileSha256(out).value());
        auto reader = ZipReader::open(out);
        QVERIFY(reader);
        QMap<QString, bool> stored;
        for (const ZipEntry& e : reader.value()->entries())
            stored.insert(e.name, e.stored);
        QCOMPARE(stored.value(QStringLiteral("mimetype")), true);
        QCOMPARE(stored.value(QStringLiteral("attachments/noise.bin")), true);
        QCOMPARE(stored.value(QStringLiteral("attachments/notes.txt")), false);
        QCOMPARE(stored.value(QStringLiteral("META-INF/ASiCManifest.xml")), false);
        QCOMPARE(reader.value()->find(QStringLiteral("attachments/empty.bin"))->size, 0);
        reader.value().reset();
        const auto unzipTest = test::run(QStringLiteral("unzip"), {QStringLiteral("-tq"), out});
        QVERIFY2(unzipTest.exitCode == 0, unzipTest.out.constData());
        const BundleReport report = BundleVerifier::verify(out, trustingRoot());
        QCOMPARE(report.sha256, written->sha256);
        int digests = 0;
        for (const BundleCheck& c : report.checks)
            if (c.kind == QLatin1String("digest")) {
                QVERIFY2(c.passed, qPrintable(c.reason));
                ++digests;
            }
        QCOMPARE(digests, 3);
    }
};

QTEST_MAIN(TestBundle)
#include "tst_bundle.moc"
