#include "TestOffice.h"
#include "TestPki.h"
#include "services/ChangeEvents.h"
#include "services/Session.h"
#include "services/TrustService.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/Register.h"
#include "storage/SqlCipherAuditRepository.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace mladesk;

// TrustService through the ServiceGuard: a refused role changes nothing and
// writes no audit entry; a change of the trust store is announced after its
// commit (a second connection already sees it), and a failed one announces
// nothing.
class TestTrustService : public QObject {
    Q_OBJECT
private:
    test::TestPki m_pki;

    static QByteArray read(const QString& path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static qint64 auditCount(test::Office& office) {
        auto entries = SqlCipherAuditRepository(office.t.reg().database()).entries();
        return entries ? entries->size() : -1;
    }
    // What a second connection sees: only what was committed.
    static qint64 committedCertificates(test::Office& office) {
        auto other = office.t.reg().openConnection();
        if (!other)
            return -1;
        auto count = other.value()->queryInt(QStringLiteral("SELECT count(*) FROM trusted_certificates"));
        return count ? count.value() : -1;
    }

private slots:
    void initTestCase() { QVERIFY(m_pki.makeStandardSet()); }

    void aRefusedRoleChangesNothingAndWritesNoAuditEntry() {
        test::Office office;
        QVERIFY(office.session->trust().importCertificate(read(m_pki.cert(QStringLiteral("root")))));
        office.addUser("tom", roles::kTranslator);
        Workspace* tom = office.as("tom");
        const qint64 entries = auditCount(office);
        QSignalSpy trust(&tom->events(), &ChangeEvents::trustChanged);
        QSignalSpy audited(&tom->events(), &ChangeEvents::auditAppended);
        const QString fingerprint = tom->trust().certificates()->first().certificate.fingerprint;

        QCOMPARE(tom->trust().importCertificate(read(m_pki.cert(QStringLiteral("officer")))).error().code,
                 ErrorCode::Forbidden);
        QCOMPARE(tom->trust().removeCertificate(fingerprint).error().code, ErrorCode::Forbidden);
        QCOMPARE(tom->trust().trustedForImport().error().code, ErrorCode::Forbidden);
        QCOMPARE(tom->trust().recordBundleExport(QStringLiteral("x"), QStringLiteral("y")).error().code,
                 ErrorCode::Forbidden);

        QCOMPARE(auditCount(office), entries);
        QCOMPARE(committedCertificates(office), 1);
        QCOMPARE(trust.count(), 0);
        QCOMPARE(audited.count(), 0);
    }

    void aChangeIsAnnouncedAfterItsCommit() {
        test::Office office;
        QList<qint64> seen;
        QSignalSpy trust(&office.session->events(), &ChangeEvents::trustChanged);
        connect(&office.session->events(), &ChangeEvents::trustChanged, this,
                [&] { seen << committedCertificates(office); });

        // Two certificates in one file: one announcement, once both are in.
        auto added = office.session->trust().importCertificate(read(m_pki.cert(QStringLiteral("root"))) +
                                                               read(m_pki.cert(QStringLiteral("officer"))));
        QVERIFY(added);
        QCOMPARE(trust.count(), 1);
        QCOMPARE(seen, QList<qint64>{2});

        // The second certificate is there already: nothing added, nothing
        // announced, no entry.
        const qint64 entries = auditCount(office);
        QCOMPARE(office.session->trust()
                     .importCertificate(read(m_pki.cert(QStringLiteral("stranger"))) +
                                        read(m_pki.cert(QStringLiteral("officer"))))
                     .error()
                     .code,
                 ErrorCode::Conflict);
        QCOMPARE(trust.count(), 1);
        QCOMPARE(auditCount(office), entries);
        QCOMPARE(committedCertificates(office), 2);

        QVERIFY(office.session->trust().removeCertificate(added->first().certificate.fingerprint));
        QCOMPARE(trust.count(), 2);
        QCOMPARE(seen.last(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTrustService)
#include "tst_trustservice.moc"
