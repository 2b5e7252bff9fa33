// Deadlines stored in the register: recomputed whenever a request's events,
// status or adjustments change (issue: legal instruments, item 3), and the
// bad input that must not be stored.
#include "SampleData.h"
#include "TestOffice.h"
#include "TestRegister.h"
#include "interchange/EntityJson.h"
#include "interchange/RegisterExchange.h"
#include "services/DeadlineService.h"
#include "services/ReferenceService.h"
#include "services/RequestService.h"
#include "services/Session.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/SqlCipherDeadlineRepository.h"
#include "storage/SqlCipherRequestRepository.h"

#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace mladesk;

namespace {

struct Desk : test::Office {
    // An incoming EIO from France to Germany, received `daysAgo` days ago.
    Request incomingEio(int daysAgo) {
        Request r =
            SqlCipherRequestRepository(t.reg().database()).find(QStringLiteral("OUT-2026-0001")).value();
        r.id = QStringLiteral("00000000-0000-4000-8000-0000000000e%1").arg(daysAgo % 10);
        r.reference = QStringLiteral("IN-2026-E%1").arg(daysAgo);
        r.direction = QStringLiteral("incoming");
        r.instrument = QStringLiteral("eio");
        r.urgency = QStringLiteral("normal"); // no provisional measures (Art. 32(2))
        r.status = QStringLiteral("received");
        r.requestingState = QStringLiteral("FR");
        r.requestedState = QStringLiteral("DE");
        r.links.clear();
        const QDateTime received = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
        r.events = {{QStringLiteral("received"), received}};
        r.createdAt = received;
        r.updatedAt = received;
        return r;
    }
    QStringList stored(const QString& id) {
        auto st = t.reg().database().prepare(QStringLiteral(
            "SELECT kind, state, coalesce(due_at, '-') FROM request_deadlines WHERE request_id = ? "
            "ORDER BY kind"));
        st->bind(1, id);
        QStringList rows;
        (void)st->forEachRow([&](const Statement& row) {
            rows << row.text(0) + QLatin1Char(' ') + row.text(1) + QLatin1Char(' ') + row.text(2);
        });
        return rows;
    }
    QString nextDue(const QString& id) {
        auto st = t.reg().database().prepare(
            QStringLiteral("SELECT coalesce(next_due_at, '-') FROM requests WHERE id = ?"));
        st->bind(1, id);
        QString value;
        (void)st->forEachRow([&](const Statement& row) { value = row.text(0); });
        return value;
    }
};

} // namespace

class TestDeadlineStore : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void deadlinesFollowTheEvents() {
        Desk desk;
        Request r = desk.incomingEio(3);
        QVERIFY(desk.session->requests().create(r));
        QStringList rows = desk.stored(r.id);
        QCOMPARE(rows.size(), 2); // receipt-ack (Art. 16(1)) and recognition (Art. 12(3))
        QVERIFY(rows.at(0).startsWith(QStringLiteral("receipt-ack open")));
        QVERIFY(rows.at(1).startsWith(QStringLiteral("recognition open")));
        const QString receiptDue = rows.at(0).section(QLatin1Char(' '), 2);
        QCOMPARE(desk.nextDue(r.id), receiptDue);

        // Acknowledged and recognised: those are met, execution (Art. 12(4)) now runs.
        r.events.append({QStringLiteral("acknowledged"), QDateTime::currentDateTimeUtc().addDays(-2)});
        r.events.append({QStringLiteral("recognized"), QDateTime::currentDateTimeUtc().addDays(-1)});
        r.status = QStringLiteral("received");
        QVERIFY(desk.session->requests().update(r));
        rows = desk.stored(r.id);
        QCOMPARE(rows.size(), 3);
        QVERIFY2(rows.at(0).startsWith(QStringLiteral("execution open")), qPrintable(rows.join(u"; ")));
        QVERIFY(rows.at(1).startsWith(QStringLiteral("receipt-ack met")));
        QVERIFY(rows.at(2).startsWith(QStringLiteral("recognition met")));
        QCOMPARE(desk.nextDue(r.id), rows.at(0).section(QLatin1Char(' '), 2));

        // Refused: nothing is due any more.
        QVERIFY(desk.session->requests().changeStatus(r.reference, QStringLiteral("refused")));
        QVERIFY(desk.stored(r.id).at(0).startsWith(QStringLiteral("execution closed")));
        QCOMPARE(desk.nextDue(r.id), QStringLiteral("-"));
    }

    void adjustmentsAreCheckedStoredAndAudited() {
        Desk desk;
        const Request r = desk.incomingEio(5);
        QVERIFY(desk.session->requests().create(r));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        DeadlineAdjustment stop{QStringLiteral("recognition"),
                                DeadlineAdjustment::Type::Stop,
                                now,
                                0,
                                QStringLiteral("awaiting the translation of section G"),
                                QString()};
        // No such deadline, no reason, restart before stop: refused with what to do.
        DeadlineAdjustment wrongKind = stop;
        wrongKind.kind = QStringLiteral("execution");
        QVERIFY(desk.session->deadlines()
                    .adjust(r.reference, wrongKind)
                    .error()
                    .message.contains(QStringLiteral("receipt-ack")));
        DeadlineAdjustment noReason = stop;
        noReason.reason.clear();
        QCOMPARE(desk.session->deadlines().adjust(r.reference, noReason).error().code,
                 ErrorCode::InvalidInput);
        DeadlineAdjustment restart{QStringLiteral("recognition"),
                                   DeadlineAdjustment::Type::Restart,
                                   now.addSecs(60),
                                   0,
                                   QStringLiteral("translation received"),
                                   QString()};
        QCOMPARE(desk.session->deadlines().adjust(r.reference, restart).error().code, ErrorCode::Conflict);

        const QString before = desk.stored(r.id).at(1);
        QVERIFY(desk.session->deadlines().adjust(r.reference, stop));
        QVERIFY2(desk.stored(r.id).at(1) == QStringLiteral("recognition stopped -"),
                 qPrintable(desk.stored(r.id).at(1)));
        QCOMPARE(desk.session->deadlines().adjust(r.reference, stop).error().code, ErrorCode::Conflict);
        QVERIFY(desk.session->deadlines().adjust(r.reference, restart));
        const QString after = desk.stored(r.id).at(1);
        QVERIFY(after.startsWith(QStringLiteral("recognition open")));
        QCOMPARE(after, before); // stopped and restarted within the same day: no day lost

        auto deadlines = desk.session->deadlines().deadlinesOf(r.reference);
        QVERIFY(deadlines.ok());
        bool trailHasStop = false;
        for (const Deadline& d : deadlines.value())
            for (const TrailStep& step : d.trail)
                trailHasStop = trailHasStop || step.step == QLatin1String("restart");
        QVERIFY(trailHasStop);

        int audited = 0;
        for (const AuditEntry& e : desk.session->requests().history(r.id).value())
            audited += e.action == QLatin1String("deadline-adjusted") ? 1 : 0;
        QCOMPARE(audited, 2);
    }

    void dueFiltersOverdueAndWithin() {
        Desk desk;
        QVERIFY(desk.session->requests().create(desk.incomingEio(40))); // recognition overdue (30 days)
        QVERIFY(desk.session->requests().create(desk.incomingEio(1)));  // receipt-ack within a week
        DueFilter overdue;
        overdue.overdueOnly = true;
        const auto late = desk.session->deadlines().due(overdue);
        QVERIFY(late.ok());
        QStringList kinds;
        for (const DueItem& item : late.value()) {
            QVERIFY(item.due < QDateTime::currentDateTimeUtc());
            kinds << item.reference + QLatin1Char(':') + item.kind;
        }
        QVERIFY2(kinds.contains(QStringLiteral("IN-2026-E40:recognition")), qPrintable(kinds.join(u", ")));
        QVERIFY(!kinds.contains(QStringLiteral("IN-2026-E1:receipt-ack")));
        DueFilter week;
        week.withinDays = 8;
        QStringList soon;
        for (const DueItem& item : desk.session->deadlines().due(week).value())
            soon << item.reference + QLatin1Char(':') + item.kind;
        QVERIFY(soon.contains(QStringLiteral("IN-2026-E1:receipt-ack")));
        QVERIFY(!soon.contains(QStringLiteral("IN-2026-E1:recognition"))); // 30 days away
    }

    // Schema v9: a deadline row carries its request's reference, summary,
    // instrument and direction, and the index the dashboard finds open
    // deadlines by holds every column it reads: no table is read (before:
    // one page of requests per request, 137 ms at 100,000 requests).
    void theDashboardReadsOneIndexAndNothingElse() {
        test::TestRegister t;
        auto plan = t.reg().database().prepare(QStringLiteral(
            "EXPLAIN QUERY PLAN SELECT d.request_id, d.reference, d.summary, d.instrument, "
            "d.direction, d.kind, d.variant, d.state, d.due_at, d.governing_state, d.time_zone "
            "FROM request_deadlines d WHERE (d.state = 'open' OR d.state = 'stopped') ORDER "
            "BY d.due_at IS NULL, d.due_at, d.reference, d.kind"));
        QVERIFY(plan);
        QStringList steps;
        QVERIFY(plan->forEachRow([&](const Statement& row) { steps << row.text(3); }));
        const QString text = steps.join(u'\n');
        QVERIFY2(text.contains(QStringLiteral("USING COVERING INDEX request_deadlines_due")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("requests")), qPrintable(text));
    }

    void aDeadlineFollowsItsRequestsReferenceAndSummary() {
        Desk desk;
        Request r = desk.incomingEio(3);
        QVERIFY(desk.session->requests().create(r));
        const auto itemsOf = [&](const QString& id) {
            QList<DueItem> mine;
            for (const DueItem& item : desk.session->deadlines().due({}).value())
                if (item.requestId == id)
                    mine << item;
            return mine;
        };
        QVERIFY(!itemsOf(r.id).isEmpty());
        for (const DueItem& item : itemsOf(r.id)) {
            QCOMPARE(item.reference, r.reference);
            QCOMPARE(item.summary, r.summary);
            QCOMPARE(item.instrument, QStringLiteral("eio"));
            QCOMPARE(item.direction, QStringLiteral("incoming"));
        }
        r = SqlCipherRequestRepository(desk.t.reg().database()).find(r.id).value();
        r.summary = QStringLiteral("Fraud: production of subscriber data (renamed)");
        QVERIFY(desk.session->requests().update(r));
        for (const DueItem& item : itemsOf(r.id))
            QCOMPARE(item.summary, r.summary);
        // Written by hand, the trigger keeps them in step too.
        QVERIFY(desk.t.reg().database().exec(
            QStringLiteral("UPDATE requests SET reference = 'IN-2026-E99' WHERE id = '%1'").arg(r.id)));
        for (const DueItem& item : itemsOf(r.id))
            QCOMPARE(item.reference, QStringLiteral("IN-2026-E99"));
        // Deadlines of a request that is not there are refused, not dropped.
        QVERIFY(!SqlCipherDeadlineRepository(desk.t.reg().database())
                     .storeNew(QStringLiteral("no-such-request"), {Deadline{}}));
    }

    void theGoverningStateIsStoredWithEachDeadline() {
        // Schema v8: the dashboard reads the governing state and its time
        // zone from the stored row; they are the engine's.
        Desk desk;
        const Request request = desk.incomingEio(3);
        QVERIFY(desk.session->requests().create(request));
        const auto computed = desk.session->deadlines().deadlinesOf(request.id);
        QVERIFY(computed.ok());
        int compared = 0;
        for (const DueItem& item : desk.session->deadlines().due({}).value()) {
            if (item.requestId != request.id)
                continue;
            for (const Deadline& d : computed.value())
                if (d.kind == item.kind && d.variant == item.variant) {
                    QVERIFY(!item.governingState.isEmpty());
                    QCOMPARE(item.governingState, d.governingState);
                    QCOMPARE(item.timeZone, d.timeZone);
                    ++compared;
                }
        }
        QVERIFY(compared > 0);
        // A row stored before v8 (NULL) reads as empty: readers ask the engine.
        Database& db = desk.t.reg().database();
        QVERIFY(
            db.exec(QStringLiteral("UPDATE request_deadlines SET governing_state = NULL, time_zone = NULL")));
        for (const DueItem& item : desk.session->deadlines().due({}).value())
            QVERIFY(item.governingState.isEmpty() && item.timeZone.isEmpty());
        // Migration 8 forgets the catalogue fingerprint: the next unlock
        // recomputes every request's deadlines, and the rows are whole again.
        QVERIFY(db.exec(QStringLiteral("DELETE FROM derived WHERE name = 'deadlines-catalogue'")));
        desk.session->end();
        desk.session.reset();
        desk.t.reg().lock();
        QVERIFY(desk.t.reg().unlock(test::passphrase()));
        Database& reopened = desk.t.reg().database();
        QVERIFY(reopened.queryInt(QStringLiteral("SELECT count(*) FROM request_deadlines")).value() > 0);
        QCOMPARE(reopened
                     .queryInt(QStringLiteral(
                         "SELECT count(*) FROM request_deadlines WHERE governing_state IS NULL "
                         "OR time_zone IS NULL"))
                     .value(),
                 0);
    }

    void aChangedCatalogueRecomputesOnUnlock() {
        Desk desk;
        const Request r = desk.incomingEio(2);
        QVERIFY(desk.session->requests().create(r));
        Database& db = desk.t.reg().database();
        QVERIFY(db.exec(QStringLiteral("DELETE FROM request_deadlines")));
        QVERIFY(db.exec(QStringLiteral(
            "UPDATE derived SET value = 'an older catalogue' WHERE name = 'deadlines-catalogue'")));
        desk.session->end();
        desk.session.reset();
        desk.t.reg().lock();
        QVERIFY(desk.t.reg().unlock(test::passphrase()));
        desk.session = Workspace::start(desk.t.reg()).value();
        QCOMPARE(desk.stored(r.id).size(), 2);
    }

    void anEditedCalendarMovesRunningDeadlines() {
        Desk desk;
        const Request r = desk.incomingEio(3);
        QVERIFY(desk.session->requests().create(r));
        auto before = desk.session->deadlines().deadlinesOf(r.reference);
        QVERIFY(before.ok());
        const Deadline* recognition = nullptr;
        for (const Deadline& d : before.value())
            if (d.kind == QLatin1String("recognition"))
                recognition = &d;
        QVERIFY(recognition);
        // Declare the recognition deadline's last day a public holiday in Germany: the period rolls over
        // (Regulation 1182/71 Art. 3(4)) and the stored date follows at once.
        const QDate lastDay = recognition->due.toTimeZone(QTimeZone("Europe/Berlin")).date().addDays(-1);
        StateProfile germany = *desk.session->references().catalogue()->state(QStringLiteral("DE"));
        germany.holidays.append(
            {QStringLiteral("Test holiday"), HolidayRule::Kind::Fixed, lastDay.month(), lastDay.day()});
        QVERIFY(desk.session->references().saveStateProfile(germany));
        auto after = desk.session->deadlines().deadlinesOf(r.reference);
        QDateTime moved;
        for (const Deadline& d : after.value())
            if (d.kind == QLatin1String("recognition"))
                moved = d.due;
        QVERIFY2(moved > recognition->due, qPrintable(moved.toString(Qt::ISODate)));
        QVERIFY(desk.stored(r.id).contains(QStringLiteral("recognition open ") + utcText(moved)));
    }

    void impossibleEventsAreRefused_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("daysFromNow");
        QTest::addColumn<QString>("expected");
        QTest::newRow("in the future") << "recognized" << 3 << "in the future";
        QTest::newRow("before the request it follows")
            << "acknowledged" << -30 << "cannot come before \"received\"";
        QTest::newRow("unknown event") << "teleported" << -1 << "events[1].name";
    }
    void impossibleEventsAreRefused() {
        QFETCH(QString, name);
        QFETCH(int, daysFromNow);
        QFETCH(QString, expected);
        Desk desk;
        Request r = desk.incomingEio(10);
        r.events.append({name, QDateTime::currentDateTimeUtc().addDays(daysFromNow)});
        const Status created = desk.session->requests().create(r);
        QVERIFY(!created);
        QCOMPARE(created.error().code, ErrorCode::InvalidInput);
        QVERIFY2(created.error().message.contains(expected), qPrintable(created.error().message));
        QVERIFY(!SqlCipherRequestRepository(desk.t.reg().database()).find(r.reference).ok());
        QVERIFY(desk.stored(r.id).isEmpty());
    }

    // A request is often recorded after the fact (issue 21, item 11): its
    // events may be older than its record, never in the future.
    void anOutgoingRequestRecordedAfterTheFactKeepsItsEarlierEvents() {
        Desk desk;
        Request r =
            SqlCipherRequestRepository(desk.t.reg().database()).find(QStringLiteral("OUT-2026-0002")).value();
        r.events = {{QStringLiteral("sent"), r.createdAt.addDays(-3)}};
        const Status updated = desk.session->requests().update(r);
        QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().message));
        QCOMPARE(SqlCipherRequestRepository(desk.t.reg().database()).find(r.id)->events, r.events);
        r.events = {{QStringLiteral("sent"), QDateTime::currentDateTimeUtc().addDays(2)}};
        const Status future = desk.session->requests().update(r);
        QVERIFY(!future);
        QVERIFY2(future.error().message.contains(QStringLiteral("is in the future")),
                 qPrintable(future.error().message));
    }
};

QTEST_GUILESS_MAIN(TestDeadlineStore)
#include "tst_deadlinestore.moc"
