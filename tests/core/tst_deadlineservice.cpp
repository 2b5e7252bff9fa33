#include "SampleData.h"
#include "TestOffice.h"
#include "services/ChangeEvents.h"
#include "services/DeadlineService.h"
#include "services/RequestService.h"
#include "services/Session.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/Register.h"
#include "storage/SqlCipherAuditRepository.h"
#include "storage/SqlCipherRequestRepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace mladesk;

// DeadlineService through the ServiceGuard: a refused role changes nothing
// and writes no audit entry; an adjustment is announced after its commit (a
// second connection already sees it), and a refused one announces nothing.
class TestDeadlineService : public QObject {
    Q_OBJECT
private:
    // An incoming EIO received two days ago: its recognition deadline
    // (Directive 2014/41/EU Art. 12(3)) is running.
    static Request incomingEio(test::Office& office) {
        Request r = SqlCipherRequestRepository(office.t.reg().database())
                        .find(QStringLiteral("OUT-2026-0001"))
                        .value();
        r.id = QStringLiteral("00000000-0000-4000-8000-0000000000d1");
        r.reference = QStringLiteral("IN-2026-D1");
        r.direction = QStringLiteral("incoming");
        r.instrument = QStringLiteral("eio");
        r.urgency = QStringLiteral("normal");
        r.status = QStringLiteral("received");
        r.requestingState = QStringLiteral("FR");
        r.requestedState = QStringLiteral("DE");
        r.links.clear();
        const QDateTime received = QDateTime::currentDateTimeUtc().addDays(-2);
        r.events = {{QStringLiteral("received"), received}};
        r.createdAt = received;
        r.updatedAt = received;
        return r;
    }
    static DeadlineAdjustment stop() {
        return {QStringLiteral("recognition"),
                DeadlineAdjustment::Type::Stop,
                QDateTime::currentDateTimeUtc(),
                0,
                QStringLiteral("awaiting a translation"),
                QString()};
    }
    // Committed entries only: read on a connection of its own.
    static qint64 committedAdjustments(test::Office& office) {
        auto db = office.t.reg().openConnection();
        if (!db)
            return -1;
        auto entries = SqlCipherAuditRepository(*db.value()).entries();
        if (!entries)
            return -1;
        qint64 count = 0;
        for (const AuditEntry& e : entries.value())
            if (e.action == QLatin1String("deadline-adjusted"))
                ++count;
        return count;
    }
    static qint64 auditCount(test::Office& office) {
        auto entries = SqlCipherAuditRepository(office.t.reg().database()).entries();
        return entries ? entries->size() : -1;
    }

private slots:
    void aRefusedRoleChangesNothingAndWritesNoAuditEntry() {
        test::Office office;
        const Request r = incomingEio(office);
        QVERIFY(office.session->requests().create(r));
        office.addUser("tom", roles::kTranslator);
        Workspace* tom = office.as("tom");
        const qint64 entries = auditCount(office);
        QSignalSpy deadlines(&tom->events(), &ChangeEvents::deadlinesChanged);
        QSignalSpy audited(&tom->events(), &ChangeEvents::auditAppended);

        QCOMPARE(tom->deadlines().adjust(r.reference, stop()).error().code, ErrorCode::Forbidden);

        QCOMPARE(auditCount(office), entries);
        QCOMPARE(deadlines.count(), 0);
        QCOMPARE(audited.count(), 0);
        auto after = tom->deadlines().deadlinesOf(r.reference); // a translator reads content
        QVERIFY(after);
        for (const Deadline& d : after.value())
            QVERIFY(d.state != Deadline::State::Stopped);
    }

    void readsNeedTheRightToReadContent() {
        test::Office office;
        office.addUser("ada", roles::kAuditor);
        Workspace* ada = office.as("ada");
        QCOMPARE(ada->deadlines().deadlinesOf(QStringLiteral("OUT-2026-0001")).error().code,
                 ErrorCode::Forbidden);
        QCOMPARE(ada->deadlines().due({}).error().code, ErrorCode::Forbidden);
        QCOMPARE(ada->deadlines().dueWithTrails({}).error().code, ErrorCode::Forbidden);
        QCOMPARE(ada->deadlines().completeness(QStringLiteral("OUT-2026-0001")).error().code,
                 ErrorCode::Forbidden);
    }

    void anAdjustmentIsAnnouncedAfterItsCommit() {
        test::Office office;
        const Request r = incomingEio(office);
        QVERIFY(office.session->requests().create(r));
        QCOMPARE(committedAdjustments(office), 0);
        QStringList announced;
        qint64 committedWhenAnnounced = -1;
        connect(&office.session->events(), &ChangeEvents::deadlinesChanged, this, [&](const QString& id) {
            announced << id;
            committedWhenAnnounced = committedAdjustments(office);
        });
        QSignalSpy requestChanged(&office.session->events(), &ChangeEvents::requestChanged);

        QVERIFY(office.session->deadlines().adjust(r.reference, stop()));

        QCOMPARE(announced, QStringList{r.id});
        QCOMPARE(committedWhenAnnounced, 1);
        // The request's next due date moved with it: the lists show it.
        QCOMPARE(requestChanged.count(), 1);
        QCOMPARE(requestChanged.at(0).at(0).toString(), r.id);
    }

    void aRefusedAdjustmentAnnouncesNothing() {
        test::Office office;
        const Request r = incomingEio(office);
        QVERIFY(office.session->requests().create(r));
        const qint64 entries = auditCount(office);
        QSignalSpy deadlines(&office.session->events(), &ChangeEvents::deadlinesChanged);
        QSignalSpy audited(&office.session->events(), &ChangeEvents::auditAppended);
        DeadlineAdjustment noReason = stop();
        noReason.reason.clear();
        QCOMPARE(office.session->deadlines().adjust(r.reference, noReason).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(office.session->deadlines().adjust(QStringLiteral("IN-1999-0000"), stop()).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(deadlines.count(), 0);
        QCOMPARE(audited.count(), 0);
        QCOMPARE(auditCount(office), entries);
    }
};

QTEST_GUILESS_MAIN(TestDeadlineService)
#include "tst_deadlineservice.moc"
