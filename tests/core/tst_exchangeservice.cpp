#include "SampleData.h"
#include "TestOffice.h"
#include "TestRegister.h"
#include "services/AuditService.h"
#include "services/ChangeEvents.h"
#include "services/ExchangeService.h"
#include "services/ReferenceService.h"
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

    // Issue 21, item 1: a new register starts with the states MLA Desk ships
    // (state profiles in resources/states), recorded in its trail.
    void aNewRegisterStartsWithTheShippedStates() {
        test::TestRegister t;
        auto admin = Workspace::start(t.reg()).value();
        auto states = admin->references().states();
        QVERIFY(states);
        QVERIFY2(states->size() >= 36, qPrintable(QString::number(states->size())));
        const auto france = std::find_if(states->cbegin(), states->cend(),
                                         [](const State& s) { return s.code == QLatin1String("FR"); });
        QVERIFY(france != states->cend());
        QCOMPARE(france->name, QStringLiteral("France"));
        QCOMPARE(france->timeZone, QStringLiteral("Europe/Paris"));
        QCOMPARE(france->languages, QStringList{QStringLiteral("fr")});
        QVERIFY(france->contact.contains(QStringLiteral("Ministère de la Justice")));
        auto added = admin->audit().entries({QString(), QStringLiteral("states-added"), {}, {}, {}});
        QVERIFY(added && added->size() == 1);
        admin->end();
    }

    // A state the register has: the same content is no change; another
    // version is the file's in a restore, and the register's in new work,
    // which says so.
    void statesAlreadyThereAreNotSilentlyReplaced() {
        test::TestRegister t;
        auto admin = Workspace::start(t.reg()).value();
        State france = admin->references().states()->at(0);
        for (const State& s : admin->references().states().value())
            if (s.code == QLatin1String("FR"))
                france = s;
        InterchangeData first = test::sampleData();
        auto restored = admin->exchange().importData(first);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
        QVERIFY(restored->restored);
        // New work: the same France, another France, and a state it lacks.
        InterchangeData more;
        State changed = france;
        changed.contact = QStringLiteral("Someone else, Paris");
        State same = france;
        State kosovo{QStringLiteral("XK"),
                     QStringLiteral("Kosovo"),
                     {QStringLiteral("sq")},
                     QStringLiteral("Europe/Belgrade"),
                     {}};
        more.states = {changed, kosovo};
        auto imported = admin->exchange().importData(more);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        QVERIFY(!imported->restored);
        QVERIFY2(imported->adjustments.contains(QStringLiteral("FR")), qPrintable(imported->adjustments));
        QCOMPARE(imported->states, 1); // Kosovo only
        auto after = admin->references().states().value();
        for (const State& s : after)
            if (s.code == QLatin1String("FR"))
                QCOMPARE(s, same);
        QVERIFY(std::any_of(after.cbegin(), after.cend(),
                            [](const State& s) { return s.code == QLatin1String("XK"); }));
        admin->end();
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
