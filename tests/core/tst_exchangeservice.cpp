#include "SampleData.h"
#include "TestOffice.h"
#include "TestRegister.h"
#include "services/ChangeEvents.h"
#include "services/ExchangeService.h"
#include "services/Session.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/Register.h"
#include "storage/SqlCipherAuditRepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace mladesk;

// ExchangeService through the ServiceGuard: a refused role changes nothing
// and writes no audit entry; an import is announced after its commit (a
// second connection already sees it), a restore as the register replaced,
// and a failed import announces nothing.
class TestExchangeService : public QObject {
    Q_OBJECT
private:
    static qint64 auditCount(Register& reg) {
        auto entries = SqlCipherAuditRepository(reg.database()).entries();
        return entries ? entries->size() : -1;
    }
    // What a second connection sees: only what was committed.
    static qint64 committedRequests(Register& reg) {
        auto other = reg.openConnection();
        if (!other)
            return -1;
        auto count = other.value()->queryInt(QStringLiteral("SELECT count(*) FROM requests"));
        return count ? count.value() : -1;
    }

private slots:
    void aRefusedRoleChangesNothingAndWritesNoAuditEntry() {
        test::Office office;
        office.addUser("tom", roles::kTranslator);
        Workspace* tom = office.as("tom");
        const qint64 requests = committedRequests(office.t.reg());
        const qint64 entries = auditCount(office.t.reg());
        QSignalSpy changed(&tom->events(), &ChangeEvents::requestsChanged);
        QSignalSpy audited(&tom->events(), &ChangeEvents::auditAppended);

        QCOMPARE(tom->exchange().importData(test::sampleData()).error().code, ErrorCode::Forbidden);
        QCOMPARE(tom->exchange().exportData().error().code, ErrorCode::Forbidden);

        QCOMPARE(committedRequests(office.t.reg()), requests);
        QCOMPARE(auditCount(office.t.reg()), entries);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(audited.count(), 0);
    }

    void aRestoreIsAnnouncedAfterItsCommit() {
        test::TestRegister t;
        auto admin = Workspace::start(t.reg()).value();
        QList<qint64> seen;
        QSignalSpy requests(&admin->events(), &ChangeEvents::requestsChanged);
        QSignalSpy replaced(&admin->events(), &ChangeEvents::registerReplaced);
        QSignalSpy references(&admin->events(), &ChangeEvents::referencesChanged);
        connect(&admin->events(), &ChangeEvents::requestsChanged, this,
                [&] { seen << committedRequests(t.reg()); });

        auto imported = admin->exchange().importData(test::sampleData());
        QVERIFY(imported);
        QVERIFY(imported->restored);
        QCOMPARE(requests.count(), 1);
        QCOMPARE(replaced.count(), 1);
        QCOMPARE(references.count(), 1);
        QCOMPARE(seen, QList<qint64>{imported->requests});

        // The same again: every record is a duplicate; all or nothing, and
        // nothing announced or recorded.
        const qint64 entries = auditCount(t.reg());
        QVERIFY(!admin->exchange().importData(test::sampleData()));
        QCOMPARE(requests.count(), 1);
        QCOMPARE(replaced.count(), 1);
        QCOMPARE(auditCount(t.reg()), entries);
        QCOMPARE(committedRequests(t.reg()), qint64(imported->requests));

        // An export is recorded, and changes no records.
        QSignalSpy audited(&admin->events(), &ChangeEvents::auditAppended);
        QVERIFY(admin->exchange().exportData());
        QCOMPARE(audited.count(), 1);
        QCOMPARE(requests.count(), 1);
        admin->end();
    }
};

QTEST_GUILESS_MAIN(TestExchangeService)
#include "tst_exchangeservice.moc"
