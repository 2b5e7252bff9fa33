#include "TestOffice.h"
#include "services/ChangeEvents.h"
#include "services/RegisterReader.h"
#include "services/RequestService.h"
#include "services/ServiceGuard.h"
#include "services/Session.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/SqlCipherAuditRepository.h"
#include "storage/SqlCipherStorage.h"

#include <QSignalSpy>
#include <QTest>

using namespace mladesk;

// The change events (services/ChangeEvents) as the ServiceGuard emits them:
// once per change, after the outermost commit, never for an action that
// failed or was refused; and a view that reads again on a signal through its
// own connection (the read side) finds the change there.
class TestChangeEvents : public QObject {
    Q_OBJECT
private:
    // A guard of its own over the office's register and signed-in user, so
    // that a test can write what an action does and how it ends.
    struct Guarded {
        explicit Guarded(test::Office& office)
            : storage(office.t.reg())
            , guard(office.session->session(), storage, events) {}
        SqlCipherStorage storage;
        ChangeEvents events;
        ServiceGuard guard;
    };

    static qint64 auditCount(test::Office& office) {
        auto entries = SqlCipherAuditRepository(office.t.reg().database()).entries();
        return entries ? entries->size() : -1;
    }

    static Error failure() { return makeError(ErrorCode::Conflict, QStringLiteral("the action fails")); }

private slots:
    void anActionAnnouncesEachChangeOnceAfterItsCommit() {
        test::Office office;
        Guarded g(office);
        Database& db = office.t.reg().database();
        QStringList seen;
        connect(&g.events, &ChangeEvents::requestChanged, this, [&](const QString& id) {
            QVERIFY(!db.inTransaction()); // committed: readers see it
            seen << id;
        });
        QSignalSpy deadlines(&g.events, &ChangeEvents::deadlinesChanged);
        QSignalSpy audited(&g.events, &ChangeEvents::auditAppended);
        const Status done = g.guard.run(Action::EditContent, [&](ActionScope& scope) -> Status {
            scope.announce(Change::Kind::Request, QStringLiteral("a"));
            scope.announce(Change::Kind::Request, QStringLiteral("a")); // twice: once is enough
            scope.announce(Change::Kind::Deadlines, QStringLiteral("a"));
            if (Status st = scope.audit(QStringLiteral("change"), QStringLiteral("request:a")); !st)
                return st;
            // Nothing yet: the transaction is open.
            if (!seen.isEmpty() || deadlines.count() != 0 || audited.count() != 0)
                return makeError(ErrorCode::Conflict, QStringLiteral("announced before the commit"));
            return {};
        });
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
        QCOMPARE(seen, QStringList{QStringLiteral("a")});
        QCOMPARE(deadlines.count(), 1);
        QCOMPARE(deadlines.first().first().toString(), QStringLiteral("a"));
        QCOMPARE(audited.count(), 1);
    }

    void aFailedOrRefusedActionAnnouncesNothing() {
        test::Office office;
        Guarded g(office);
        QSignalSpy changed(&g.events, &ChangeEvents::requestChanged);
        QSignalSpy audited(&g.events, &ChangeEvents::auditAppended);
        const qint64 entries = auditCount(office);

        // Announced and audited, then failed: rolled back, nothing said.
        const Status failed = g.guard.run(Action::EditContent, [&](ActionScope& scope) -> Status {
            scope.announce(Change::Kind::Request, QStringLiteral("a"));
            if (Status st = scope.audit(QStringLiteral("change"), QStringLiteral("request:a")); !st)
                return st;
            return failure();
        });
        QCOMPARE(failed.error().code, ErrorCode::Conflict);

        // Refused (the tester is no prosecutor): the work does not even run.
        bool ran = false;
        const Status refused = g.guard.run(Action::Approve, [&](ActionScope& scope) -> Status {
            ran = true;
            scope.announce(Change::Kind::Request, QStringLiteral("a"));
            return {};
        });
        QCOMPARE(refused.error().code, ErrorCode::Forbidden);
        QVERIFY(!ran);

        QCOMPARE(changed.count(), 0);
        QCOMPARE(audited.count(), 0);
        QCOMPARE(auditCount(office), entries);

        // What a failed action announced does not leak into the next one.
        QVERIFY(g.guard.run(Action::EditContent, [&](ActionScope& scope) -> Status {
            scope.announce(Change::Kind::References);
            return {};
        }));
        QCOMPARE(changed.count(), 0);
    }

    void aNestedActionAnnouncesWhenTheOutermostCommits() {
        test::Office office;
        Guarded g(office);
        QSignalSpy changed(&g.events, &ChangeEvents::requestChanged);
        int seenInside = -1;
        QVERIFY(g.guard.inTransaction([&](ActionScope&) -> Status {
            const Status inner = g.guard.run(Action::EditContent, [&](ActionScope& scope) -> Status {
                scope.announce(Change::Kind::Request, QStringLiteral("a"));
                return {};
            });
            seenInside = int(changed.count()); // the savepoint is released, the transaction still open
            return inner;
        }));
        QCOMPARE(seenInside, 0);
        QCOMPARE(changed.count(), 1);

        // The inner action succeeds, the outer one fails: all is rolled back.
        const Status failed = g.guard.inTransaction([&](ActionScope&) -> Status {
            if (Status inner = g.guard.run(Action::EditContent,
                                           [&](ActionScope& scope) -> Status {
                                               scope.announce(Change::Kind::Request, QStringLiteral("b"));
                                               return {};
                                           });
                !inner)
                return inner;
            return failure();
        });
        QVERIFY(!failed);
        QCOMPARE(changed.count(), 1);
    }

    void aReaderFindsTheAnnouncedChangeOnItsOwnConnection() {
        test::Office office;
        Workspace* tester = office.session.get();
        auto reader = tester->openReader();
        QVERIFY2(reader, reader ? "" : qPrintable(reader.error().message));
        Request r = tester->requests().find(QStringLiteral("OUT-2026-0002")).value();
        r.summary = QStringLiteral("Seen by the list once announced");
        RequestFilter byReference;
        byReference.search = r.reference;
        QString listed;
        connect(&tester->events(), &ChangeEvents::requestChanged, this, [&](const QString& id) {
            const qint64 rowId = reader.value()->requestKey(id, r.reference).value();
            const auto rows = reader.value()->requestRows({rowId});
            QVERIFY(rows && rows->size() == 1);
            listed = rows->first().summary;
        });
        QVERIFY(tester->requests().update(r));
        QCOMPARE(listed, r.summary);
    }
};

QTEST_GUILESS_MAIN(TestChangeEvents)
#include "tst_changeevents.moc"
