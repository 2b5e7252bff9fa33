#include "SampleData.h"
#include "TestOffice.h"
#include "services/ChangeEvents.h"
#include "services/ReferenceService.h"
#include "services/RequestService.h"
#include "services/Session.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/SqlCipherAuditRepository.h"
#include "storage/SqlCipherRequestRepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace mladesk;

// RequestService and ReferenceService through the ServiceGuard: a refused
// role changes nothing and writes no audit entry; changes are announced
// after the commit, and a failed action announces nothing.
class TestRequestService : public QObject {
    Q_OBJECT
private:
    static const QString kDraft; // OUT-2026-0002 of the sample data, a draft

    static qint64 auditCount(test::Office& office) {
        auto entries = SqlCipherAuditRepository(office.t.reg().database()).entries();
        return entries ? entries->size() : -1;
    }
    static Request stored(test::Office& office, const QString& idOrReference) {
        return SqlCipherRequestRepository(office.t.reg().database()).find(idOrReference).value();
    }

private slots:
    void aRefusedRoleChangesNothingAndWritesNoAuditEntry() {
        test::Office office;
        office.addUser("tom", roles::kTranslator);
        Workspace* tom = office.as("tom");
        const Request before = stored(office, kDraft);
        const qint64 entries = auditCount(office);
        QSignalSpy changed(&tom->events(), &ChangeEvents::requestChanged);
        QSignalSpy references(&tom->events(), &ChangeEvents::referencesChanged);
        QSignalSpy audited(&tom->events(), &ChangeEvents::auditAppended);

        Request edited = before;
        edited.summary = QStringLiteral("Changed by a translator");
        QCOMPARE(tom->requests().update(edited).error().code, ErrorCode::Forbidden);
        Request fresh = before;
        fresh.id = QStringLiteral("00000000-0000-4000-8000-0000000000f1");
        fresh.reference = QStringLiteral("OUT-2026-0042");
        QCOMPARE(tom->requests().create(fresh).error().code, ErrorCode::Forbidden);
        QCOMPARE(tom->requests().changeStatus(kDraft, QStringLiteral("in-review")).error().code,
                 ErrorCode::Forbidden);
        QCOMPARE(tom->requests().approve(kDraft, test::passphrase("tom")).error().code, ErrorCode::Forbidden);
        Case kase{QStringLiteral("00000000-0000-4000-8000-0000000000c9"),
                  QStringLiteral("CASE-X"),
                  QStringLiteral("A case"),
                  {},
                  {},
                  QDateTime::currentDateTimeUtc()};
        QCOMPARE(tom->references().saveCase(kase, true).error().code, ErrorCode::Forbidden);
        QCOMPARE(tom->references().resetStateProfile(QStringLiteral("DE")).error().code,
                 ErrorCode::Forbidden);

        QCOMPARE(auditCount(office), entries);
        QCOMPARE(stored(office, kDraft).summary, before.summary);
        QVERIFY(!SqlCipherRequestRepository(office.t.reg().database()).find(fresh.id));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(references.count(), 0);
        QCOMPARE(audited.count(), 0);
    }

    void readsNeedTheRightToReadContent() {
        test::Office office;
        office.addUser("ada", roles::kAuditor);
        Workspace* ada = office.as("ada");
        QCOMPARE(ada->requests().find(kDraft).error().code, ErrorCode::Forbidden);
        QCOMPARE(ada->requests().count().error().code, ErrorCode::Forbidden);
        QCOMPARE(ada->requests().nextReference(QStringLiteral("outgoing")).error().code,
                 ErrorCode::Forbidden);
        QCOMPARE(ada->references().cases().error().code, ErrorCode::Forbidden);
        QCOMPARE(ada->references().authorities().error().code, ErrorCode::Forbidden);
        QVERIFY(ada->references().catalogue()); // instruments and holidays are no case content
    }

    void changesAreAnnouncedAfterTheCommit() {
        test::Office office;
        Workspace* tester = office.session.get();
        Database& db = office.t.reg().database();
        Request r = stored(office, kDraft);
        r.summary = QStringLiteral("Announced once committed");
        QStringList seen;
        connect(&tester->events(), &ChangeEvents::requestChanged, this, [&](const QString& id) {
            // Emitted outside the transaction, with the change readable.
            QVERIFY(!db.inTransaction());
            QCOMPARE(SqlCipherRequestRepository(db).find(id)->summary, r.summary);
            seen << id;
        });
        QSignalSpy deadlines(&tester->events(), &ChangeEvents::deadlinesChanged);
        QVERIFY(tester->requests().update(r));
        QCOMPARE(seen, QStringList{r.id});
        QCOMPARE(deadlines.count(), 1);
        QCOMPARE(deadlines.first().first().toString(), r.id);

        // A refused change (a status is not edited) announces nothing.
        Request moved = stored(office, kDraft);
        moved.status = QStringLiteral("in-review");
        QCOMPARE(tester->requests().update(moved).error().code, ErrorCode::Conflict);
        QCOMPARE(seen.size(), 1);

        QSignalSpy references(&tester->events(), &ChangeEvents::referencesChanged);
        QVERIFY(tester->references().resetStateProfile(QStringLiteral("DE")));
        QCOMPARE(references.count(), 1);
        QCOMPARE(deadlines.count(), 2);
        QCOMPARE(deadlines.last().first().toString(), QString()); // every request's
    }

    void aNewRequestTakesTheNextReferenceAndTheHomeState() {
        test::Office office;
        RequestService& requests = office.session->requests();
        const int year = QDate::currentDate().year();
        // The sample data's outgoing requests are OUT-2026-0001 and -0002.
        QCOMPARE(requests.nextReference(QStringLiteral("outgoing")).value(),
                 year == 2026 ? QStringLiteral("OUT-2026-000003")
                              : QStringLiteral("OUT-%1-000001").arg(year));
        QCOMPARE(requests.nextReference(QStringLiteral("incoming")).value(),
                 QStringLiteral("IN-%1-000001").arg(year));
        QCOMPARE(requests.homeState().value(), QStringLiteral("DE"));
        const Request incoming = requests.draft(QStringLiteral("incoming"));
        QCOMPARE(incoming.requestedState, QStringLiteral("DE"));
        QVERIFY(incoming.requestingState.isEmpty());
        QCOMPARE(incoming.status, QStringLiteral("received"));
    }
};

const QString TestRequestService::kDraft = QStringLiteral("OUT-2026-0002");

QTEST_GUILESS_MAIN(TestRequestService)
#include "tst_requestservice.moc"
