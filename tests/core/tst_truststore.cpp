#include "SampleData.h"
#include "TestPki.h"
#include "TestRegister.h"
#include "services/AuditService.h"
#include "services/ExchangeService.h"
#include "services/Session.h"
#include "services/TrustService.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "storage/SqlCipherAuditRepository.h"

#include <QFile>
#include <QTest>

using namespace mladesk;
using test::TestPki;

// The register's trust store (schema v6) through the Session: PEM and DER,
// fingerprints, authorities, roles and the audit trail.
class TestTrustStore : public QObject {
    Q_OBJECT
private:
    TestPki m_pki;
    static QByteArray read(const QString& path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase() { QVERIFY(m_pki.makeStandardSet()); }

    void addListRemove() {
        test::TestRegister t;
        auto session = Workspace::start(t.reg()).value();
        QVERIFY(session->exchange().importData(test::sampleData()));
        // Two certificates in one PEM file, linked to an authority.
        const QByteArray pem =
            read(m_pki.cert(QStringLiteral("root"))) + read(m_pki.cert(QStringLiteral("officer")));
        const QString authority = test::sampleData().authorities.first().id;
        auto added = session->trust().importCertificate(pem, authority);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        QCOMPARE(added->size(), 2);
        auto all = session->trust().certificates();
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        for (const TrustedCertificate& c : all.value()) {
            QCOMPARE(c.authorityId, authority);
            QCOMPARE(c.certificate.fingerprint.size(), 64);
            QCOMPARE(c.addedBy, session->session().user());
        }
        // The same certificate again, as DER: refused, nothing added.
        auto der = certificates::load(m_pki.cert(QStringLiteral("root")));
        QVERIFY(der);
        auto again = session->trust().importCertificate(der->first().der);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QCOMPARE(session->trust().certificates()->size(), 2);
        // An unknown authority, and something that is no certificate.
        QCOMPARE(session->trust()
                     .importCertificate(read(m_pki.cert(QStringLiteral("stranger"))), QStringLiteral("nope"))
                     .error()
                     .code,
                 ErrorCode::NotFound);
        QCOMPARE(session->trust().importCertificate(read(m_pki.key(QStringLiteral("stranger")))).error().code,
                 ErrorCode::InvalidInput);
        // Removed by fingerprint, also as people read it (AB:CD:...).
        QVERIFY(session->trust().removeCertificate(der->first().fingerprintForPeople()));
        QCOMPARE(session->trust().certificates()->size(), 1);
        QCOMPARE(session->trust().removeCertificate(der->first().fingerprint).error().code,
                 ErrorCode::NotFound);
        // Audited.
        auto entries = session->audit().entries();
        QVERIFY(entries);
        int addedEntries = 0;
        int removedEntries = 0;
        for (const AuditEntry& e : entries.value()) {
            addedEntries += e.action == QLatin1String("trust-added");
            removedEntries += e.action == QLatin1String("trust-removed");
        }
        QCOMPARE(addedEntries, 2);
        QCOMPARE(removedEntries, 1);
        session->end();
    }

    void aTranslatorMayNotChangeTrust() {
        test::TestRegister t;
        auto admin = Workspace::start(t.reg()).value();
        QVERIFY(admin->users().add(QStringLiteral("tina"), {roles::kTranslator},
                                   test::passphrase("tina's passphrase"), KdfCost::interactive()));
        admin->end();
        t.reg().lock();
        QVERIFY(t.reg().unlock(test::passphrase("tina's passphrase"), QStringLiteral("tina")));
        auto tina = Workspace::start(t.reg()).value();
        const auto refused = tina->trust().importCertificate(read(m_pki.cert(QStringLiteral("root"))));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Forbidden);
        QCOMPARE(tina->trust().removeCertificate(QStringLiteral("00")).error().code, ErrorCode::Forbidden);
        tina->end();
    }

    void certificateDetailsForPeople() {
        auto info = certificates::load(m_pki.cert(QStringLiteral("officer")));
        QVERIFY(info);
        const CertificateInfo& c = info->first();
        QVERIFY(c.subject.contains(QStringLiteral("CN=Olga Officer")));
        QVERIFY(c.issuer.contains(QStringLiteral("CN=Test Central Authority CA")));
        QVERIFY(c.canSign);
        QVERIFY(c.keyUsage.contains(QStringLiteral("digitalSignature")));
        QCOMPARE(c.fingerprintForPeople().size(), 95);
        auto encipher = certificates::load(m_pki.cert(QStringLiteral("encipher")));
        QVERIFY(!encipher->first().canSign);
        auto root = certificates::load(m_pki.cert(QStringLiteral("root")));
        QVERIFY(root->first().isCa);
        QVERIFY(root->first().selfSigned);
    }
};

QTEST_GUILESS_MAIN(TestTrustStore)
#include "tst_truststore.moc"
