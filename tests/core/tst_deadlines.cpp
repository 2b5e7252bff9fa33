// Known-answer tables for the deadline engine (DESIGN.md, Deadlines). Each row
// names the article its period comes from; dates were worked out by hand from
// Regulation (EEC, Euratom) No 1182/71 Art. 3 and the states' holiday rules.
#include "rules/Catalogue.h"
#include "rules/DeadlineEngine.h"
#include "rules/HolidayCalendar.h"
#include "rules/PeriodCalculator.h"

#include <QTest>

using namespace mladesk;

namespace {

QDateTime utc(const char* iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

QList<RequestEvent> events(const QString& spec) {
    QList<RequestEvent> result;
    for (const QString& item : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const auto parts = item.split(QLatin1Char('='));
        result.append({parts.value(0), QDateTime::fromString(parts.value(1), Qt::ISODate).toUTC()});
    }
    return result;
}

const Catalogue& catalogue() {
    const auto& shipped = Catalogue::shipped();
    if (!shipped)
        qFatal("%s", qPrintable(shipped.error().message));
    return shipped.value();
}

const Deadline* find(const QList<Deadline>& deadlines, const QString& kind, const QString& variant = {}) {
    for (const Deadline& d : deadlines)
        if (d.kind == kind && d.variant == variant)
            return &d;
    return nullptr;
}

QString trailText(const Deadline& d) {
    QStringList lines;
    for (const TrailStep& step : d.trail)
        lines << step.step + QStringLiteral(": ") + step.text + QStringLiteral(" [") + step.article +
                     QStringLiteral("]");
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestDeadlines : public QObject {
    Q_OBJECT

private slots:
    void easterDates() {
        // Western Easter: 2025-04-20, 2026-04-05, 2027-03-28; Orthodox: 2026-04-12, 2027-05-02.
        QCOMPARE(HolidayCalendar::westernEaster(2025), QDate(2025, 4, 20));
        QCOMPARE(HolidayCalendar::westernEaster(2026), QDate(2026, 4, 5));
        QCOMPARE(HolidayCalendar::westernEaster(2027), QDate(2027, 3, 28));
        QCOMPARE(HolidayCalendar::orthodoxEaster(2026), QDate(2026, 4, 12));
        QCOMPARE(HolidayCalendar::orthodoxEaster(2027), QDate(2027, 5, 2));
    }

    void holidayCalendars_data() {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("holiday");
        // Germany: nationwide holidays, Easter-relative (Good Friday, Easter Monday, Ascension, Whit Monday).
        QTest::newRow("DE Good Friday 2026") << "DE" << QDate(2026, 4, 3) << true;
        QTest::newRow("DE Easter Monday 2026") << "DE" << QDate(2026, 4, 6) << true;
        QTest::newRow("DE Ascension 2026") << "DE" << QDate(2026, 5, 14) << true;
        QTest::newRow("DE Whit Monday 2026") << "DE" << QDate(2026, 5, 25) << true;
        QTest::newRow("DE German Unity 2026") << "DE" << QDate(2026, 10, 3) << true;
        QTest::newRow("DE ordinary Tuesday") << "DE" << QDate(2026, 4, 7) << false;
        QTest::newRow("FR Bastille Day") << "FR" << QDate(2026, 7, 14) << true;
        QTest::newRow("FR Whit Monday 2026") << "FR" << QDate(2026, 5, 25) << true;
        // England and Wales: substitute days when Christmas and Boxing Day fall on a weekend.
        QTest::newRow("GB Christmas 2027 substitute") << "GB" << QDate(2027, 12, 27) << true;
        QTest::newRow("GB Boxing Day 2027 substitute") << "GB" << QDate(2027, 12, 28) << true;
        QTest::newRow("GB late summer 2026") << "GB" << QDate(2026, 8, 31) << true;
        // United States federal holidays: Saturday -> Friday, Sunday -> Monday (5 U.S.C. 6103).
        QTest::newRow("US Independence Day 2027 observed") << "US" << QDate(2027, 7, 5) << true;
        QTest::newRow("US Christmas 2027 observed") << "US" << QDate(2027, 12, 24) << true;
        QTest::newRow("US New Year 2028 observed in 2027") << "US" << QDate(2027, 12, 31) << true;
        QTest::newRow("US Thanksgiving 2026") << "US" << QDate(2026, 11, 26) << true;
        QTest::newRow("IE St Patrick's Day") << "IE" << QDate(2026, 3, 17) << true;
        QTest::newRow("PL Corpus Christi 2026") << "PL" << QDate(2026, 6, 4) << true;
    }
    void holidayCalendars() {
        QFETCH(QString, state);
        QFETCH(QDate, date);
        QFETCH(bool, holiday);
        const StateProfile* profile = catalogue().state(state);
        QVERIFY(profile);
        const HolidayCalendar calendar(*profile);
        QVERIFY2(calendar.holiday(date).isEmpty() != holiday, qPrintable(calendar.holiday(date)));
    }

    void knownAnswers_data() {
        QTest::addColumn<QString>("instrument");
        QTest::addColumn<QString>("direction");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("urgency");
        QTest::addColumn<QStringList>("categories");
        QTest::addColumn<QString>("eventSpec");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QDateTime>("due");
        QTest::addColumn<QString>("article");
        const QStringList none;

        // Directive 2014/41/EU Art. 16(1): acknowledge receipt (Annex B) within one week.
        // Mon 2 March 2026 10:30 CET; a week ends at 24:00 on Mon 9 March (Art. 3(2)(c) of 1182/71).
        QTest::newRow("eio receipt-ack, Art. 16(1)") << "eio"
                                                     << "incoming"
                                                     << "DE"
                                                     << "normal" << none << "received=2026-03-02T09:30:00Z"
                                                     << "receipt-ack"
                                                     << "" << utc("2026-03-09T23:00:00Z") << "Art. 16(1)";
        // Art. 12(3): 30 days from receipt. Fri 6 March + 30 = Easter Sunday 5 April; Easter Monday is a
        // German public holiday: ends 24:00 Tue 7 April CEST (1182/71 Art. 3(4)).
        QTest::newRow("eio recognition, Art. 12(3), Easter rollover")
            << "eio"
            << "incoming"
            << "DE"
            << "normal" << none << "received=2026-03-06T10:00:00Z"
            << "recognition"
            << "" << utc("2026-04-07T22:00:00Z") << "Art. 12(3)";
        // Art. 12(3) across the change to summer time: Fri 27 Feb + 30 = Sun 29 March (DST starts) ->
        // Mon 30 March, 24:00 CEST = 22:00 UTC.
        QTest::newRow("eio recognition, Art. 12(3), DST and Sunday")
            << "eio"
            << "incoming"
            << "DE"
            << "normal" << none << "received=2026-02-27T12:00:00Z"
            << "recognition"
            << "" << utc("2026-03-30T22:00:00Z") << "Art. 12(3)";
        // Art. 12(4): 90 days from the recognition decision. Wed 1 July + 90 = Tue 29 September.
        QTest::newRow("eio execution, Art. 12(4)")
            << "eio"
            << "incoming"
            << "DE"
            << "normal" << none << "received=2026-06-01T08:00:00Z recognized=2026-07-01T08:00:00Z"
            << "execution"
            << "" << utc("2026-09-29T22:00:00Z") << "Art. 12(4)";
        // Art. 32(2), 24 hours for a requested provisional measure: tst_legalrules.
        // Regulation (EU) 2023/1543 Art. 10(2): 10 days. Tue 15 Dec + 10 = Fri 25 Dec (Christmas),
        // Sat 26 Dec (holiday), Sun 27 -> Mon 28 December, 24:00 CET.
        QTest::newRow("epoc production, Art. 10(2), Christmas rollover")
            << "epoc"
            << "incoming"
            << "DE"
            << "normal" << none << "received=2026-12-15T10:00:00Z"
            << "production"
            << "" << utc("2026-12-28T23:00:00Z") << "Art. 10(2)";
        // Art. 10(4): emergency, 8 hours. Fri 1 May (a holiday) 23:10 CEST: from 00:00 CEST to 08:00 CEST
        // on Saturday; no rollover for hours.
        QTest::newRow("epoc production emergency, Art. 10(4), 8 hours")
            << "epoc"
            << "incoming"
            << "DE"
            << "emergency" << none << "received=2026-05-01T21:10:00Z"
            << "production"
            << "" << utc("2026-05-02T06:00:00Z") << "Art. 10(4)";
        // Art. 10(4) in the night the clocks go back: Sun 25 Oct 00:20 CEST; from 01:00 CEST (23:00 UTC)
        // 8 real hours end at 07:00 UTC, 08:00 CET.
        QTest::newRow("epoc production emergency, Art. 10(4), end of summer time")
            << "epoc"
            << "incoming"
            << "DE"
            << "emergency" << none << "received=2026-10-24T22:20:00Z"
            << "production"
            << "" << utc("2026-10-25T07:00:00Z") << "Art. 10(4)";
        // Art. 12(1): the enforcing authority's 10 days from the notification. Mon 4 May + 10 = Thu 14 May,
        // Ascension Day -> Fri 15 May, 24:00 CEST.
        QTest::newRow("epoc enforcing objection, Art. 12(1), Ascension")
            << "epoc"
            << "incoming"
            << "DE"
            << "normal" << none << "received=2026-05-04T08:00:00Z notified=2026-05-04T09:00:00Z"
            << "enforcing-objection"
            << "" << utc("2026-05-15T22:00:00Z") << "Art. 12(1)";
        // Emergency: 96 hours from the notification at 11:00 CEST: from 12:00 CEST (10:00 UTC).
        QTest::newRow("epoc enforcing objection emergency, 96 hours")
            << "epoc"
            << "incoming"
            << "DE"
            << "emergency" << none << "received=2026-05-04T08:00:00Z notified=2026-05-04T09:00:00Z"
            << "enforcing-objection"
            << "" << utc("2026-05-08T10:00:00Z") << "Art. 10(4)";
        // Art. 4(5), 48 hours for an emergency order issued without prior validation: tst_legalrules.
        // Art. 11(1): preservation ends after 60 days. Fri 2 January + 60 = Tue 3 March, 24:00 CET.
        QTest::newRow("epoc-pr preservation expiry, Art. 11(1)")
            << "epoc-pr"
            << "incoming"
            << "DE"
            << "normal" << none << "received=2026-01-02T12:00:00Z"
            << "preservation-expiry"
            << "" << utc("2026-03-03T23:00:00Z") << "Art. 11(1)";
        // Budapest Convention Art. 29(7): not less than 60 days, plain calendar counting. Tue 27 October
        // 10:00 EDT + 60 = Sat 26 December: no rollover; 24:00 EST = 05:00 UTC.
        QTest::newRow("budapest-29 preservation, Art. 29(7), calendar days, no rollover")
            << "budapest-29"
            << "incoming"
            << "US"
            << "normal" << none << "received=2026-10-27T14:00:00Z"
            << "preservation-expiry"
            << "" << utc("2026-12-27T05:00:00Z") << "Art. 29(7)";
        // Second Additional Protocol Art. 8(6): serve the provider within 45 days of complete documentation.
        // Japan, Mon 2 March 19:00 JST + 45 = Thu 16 April, 24:00 JST.
        QTest::newRow("2ap-8 service, Art. 8(6), 45 days")
            << "2ap-8"
            << "incoming"
            << "JP"
            << "normal" << none << "documentation-complete=2026-03-02T10:00:00Z"
            << "service"
            << "" << utc("2026-04-16T15:00:00Z") << "Art. 8(6)";
        // Art. 8(6): the provider has 20 days for subscriber information ...
        QTest::newRow("2ap-8 production of subscriber information, Art. 8(6), 20 days")
            << "2ap-8"
            << "incoming"
            << "JP"
            << "normal" << QStringList{QStringLiteral("subscriber")} << "served=2026-04-01T01:00:00Z"
            << "production"
            << "subscriber" << utc("2026-04-21T15:00:00Z") << "Art. 8(6)";
        // ... and 45 days for traffic data.
        QTest::newRow("2ap-8 production of traffic data, Art. 8(6), 45 days")
            << "2ap-8"
            << "incoming"
            << "JP"
            << "normal" << QStringList{QStringLiteral("traffic")} << "served=2026-04-01T01:00:00Z"
            << "production"
            << "traffic" << utc("2026-05-16T15:00:00Z") << "Art. 8(6)";
    }
    void knownAnswers() {
        QFETCH(QString, instrument);
        QFETCH(QString, direction);
        QFETCH(QString, state);
        QFETCH(QString, urgency);
        QFETCH(QStringList, categories);
        QFETCH(QString, eventSpec);
        QFETCH(QString, kind);
        QFETCH(QString, variant);
        QFETCH(QDateTime, due);
        QFETCH(QString, article);
        DeadlineInput input;
        input.instrument = instrument;
        input.direction = direction;
        input.urgency = urgency;
        input.dataCategories = categories;
        input.requestingState = direction == QLatin1String("outgoing") ? state : QStringLiteral("AT");
        input.requestedState = direction == QLatin1String("outgoing") ? QStringLiteral("AT") : state;
        input.events = events(eventSpec);
        auto deadlines = computeDeadlines(input, catalogue());
        QVERIFY2(deadlines.ok(), deadlines.ok() ? "" : qPrintable(deadlines.error().message));
        const Deadline* deadline = find(deadlines.value(), kind, variant);
        QVERIFY2(deadline, qPrintable(kind));
        QVERIFY2(deadline->due == due,
                 qPrintable(deadline->due.toString(Qt::ISODate) + QLatin1Char('\n') + trailText(*deadline)));
        QVERIFY2(deadline->article.contains(article), qPrintable(deadline->article));
        QCOMPARE(deadline->governingState, state);
        QVERIFY(!deadline->trail.isEmpty());
        QCOMPARE(deadline->trail.first().step, QStringLiteral("rule"));
        QVERIFY(deadline->trail.first().article.contains(article));
        QCOMPARE(deadline->state, Deadline::State::Open);
    }

    void rolloverAndWorkingDaysAreInTheTrail() {
        // Fri 6 March + 30 days rolls over Easter (see knownAnswers): the trail names both days skipped.
        DeadlineInput input;
        input.instrument = QStringLiteral("eio");
        input.requestingState = QStringLiteral("FR");
        input.requestedState = QStringLiteral("DE");
        input.events = events(QStringLiteral("received=2026-03-06T10:00:00Z"));
        auto deadlines = computeDeadlines(input, catalogue());
        QVERIFY(deadlines.ok());
        const Deadline* recognition = find(deadlines.value(), QStringLiteral("recognition"));
        QVERIFY(recognition);
        const QString trail = trailText(*recognition);
        QVERIFY2(trail.contains(QStringLiteral("Easter Monday")), qPrintable(trail));
        QVERIFY2(trail.contains(QStringLiteral("Art. 3(4)")), qPrintable(trail));
        QVERIFY2(trail.contains(QStringLiteral("Art. 3(1)")), qPrintable(trail));
    }

    void periodOfTwoDaysHasTwoWorkingDays() {
        // Regulation 1182/71 Art. 3(5): a 2-day period from Thu 24 December 2026 in Germany covers
        // Fri 25 (Christmas) and Sat 26 (holiday); it rolls to Mon 28 (Art. 3(4)) and must still include a
        // second working day: Tue 29 December, 24:00 CET.
        const StateProfile* de = catalogue().state(QStringLiteral("DE"));
        QVERIFY(de);
        const HolidayCalendar calendar(*de);
        PeriodCounting counting{true, QStringLiteral("DE"), QTimeZone("Europe/Berlin"), &calendar};
        const PeriodEnd end = periodEnd(utc("2026-12-24T10:00:00Z"), Period{2, Period::Unit::Days}, counting);
        QCOMPARE(end.end, utc("2026-12-29T23:00:00Z"));
        QVERIFY(std::any_of(end.trail.begin(), end.trail.end(), [](const TrailStep& s) {
            return s.article.contains(QStringLiteral("Art. 3(5)"));
        }));
    }

    void substituteHolidaysRollOver() {
        // England and Wales 2027: Christmas (Sat) and Boxing Day (Sun) are kept on Mon 27 and Tue 28
        // December. 10 days from Fri 17 December end on Mon 27 -> Wed 29 December, 24:00 GMT.
        const StateProfile* gb = catalogue().state(QStringLiteral("GB"));
        QVERIFY(gb);
        const HolidayCalendar calendar(*gb);
        PeriodCounting counting{true, QStringLiteral("GB"), QTimeZone("Europe/London"), &calendar};
        const PeriodEnd end =
            periodEnd(utc("2027-12-17T12:00:00Z"), Period{10, Period::Unit::Days}, counting);
        QCOMPARE(end.end, utc("2027-12-30T00:00:00Z"));
    }

    void stateWithoutCalendarCountsWeekendsOnly() {
        StateProfile bare;
        bare.code = QStringLiteral("XK");
        bare.name = QStringLiteral("Nowhere");
        bare.timeZone = QStringLiteral("UTC");
        const HolidayCalendar calendar(bare);
        PeriodCounting counting{true, bare.code, QTimeZone("UTC"), &calendar};
        // Thu 1 January 2026 + 2 days = Sat 3 -> Mon 5 January; 1 January is not a holiday here.
        const PeriodEnd end = periodEnd(utc("2026-01-01T10:00:00Z"), Period{2, Period::Unit::Days}, counting);
        QCOMPARE(end.end, utc("2026-01-06T00:00:00Z"));
        QVERIFY(std::any_of(end.trail.begin(), end.trail.end(), [](const TrailStep& s) {
            return s.text.contains(QStringLiteral("No public holiday calendar"));
        }));
    }

    void extensionOnceThenIgnored() {
        // Regulation 2023/1543 Art. 11(1), Annex VI: +30 days once. 2 January + 90 = Thu 2 April, 24:00 CEST.
        DeadlineInput input;
        input.instrument = QStringLiteral("epoc-pr");
        input.requestingState = QStringLiteral("FR");
        input.requestedState = QStringLiteral("DE");
        input.events = events(QStringLiteral("received=2026-01-02T12:00:00Z"));
        input.adjustments = {{QStringLiteral("preservation-expiry"), DeadlineAdjustment::Type::Extend,
                              utc("2026-02-20T09:00:00Z"), 0,
                              QStringLiteral("production request in preparation"), QString()},
                             {QStringLiteral("preservation-expiry"), DeadlineAdjustment::Type::Extend,
                              utc("2026-03-20T09:00:00Z"), 0, QStringLiteral("second try"), QString()}};
        auto deadlines = computeDeadlines(input, catalogue());
        QVERIFY(deadlines.ok());
        const Deadline* expiry = find(deadlines.value(), QStringLiteral("preservation-expiry"));
        QVERIFY(expiry);
        QCOMPARE(expiry->due, utc("2026-04-02T22:00:00Z"));
        const QString trail = trailText(*expiry);
        QVERIFY2(trail.contains(QStringLiteral("Annex VI")), qPrintable(trail));
        QVERIFY2(trail.contains(QStringLiteral("ignored")), qPrintable(trail));
    }

    void stoppedClockRestarts() {
        // Art. 12(3) EIO, received Mon 2 March: last day Wed 1 April. Stopped on 12 March with 20 days left,
        // restarted on 20 March: last day Thu 9 April, 24:00 CEST.
        DeadlineInput input;
        input.instrument = QStringLiteral("eio");
        input.requestingState = QStringLiteral("FR");
        input.requestedState = QStringLiteral("DE");
        input.events = events(QStringLiteral("received=2026-03-02T09:00:00Z"));
        input.adjustments = {{QStringLiteral("recognition"), DeadlineAdjustment::Type::Stop,
                              utc("2026-03-12T10:00:00Z"), 0, QStringLiteral("awaiting translation"),
                              QString()}};
        auto stopped = computeDeadlines(input, catalogue());
        QVERIFY(stopped.ok());
        const Deadline* recognition = find(stopped.value(), QStringLiteral("recognition"));
        QVERIFY(recognition);
        QCOMPARE(recognition->state, Deadline::State::Stopped);
        QVERIFY(!recognition->due.isValid());

        input.adjustments.append({QStringLiteral("recognition"), DeadlineAdjustment::Type::Restart,
                                  utc("2026-03-20T10:00:00Z"), 0, QStringLiteral("translation received"),
                                  QString()});
        auto restarted = computeDeadlines(input, catalogue());
        QVERIFY(restarted.ok());
        recognition = find(restarted.value(), QStringLiteral("recognition"));
        QVERIFY(recognition);
        QCOMPARE(recognition->state, Deadline::State::Open);
        QCOMPARE(recognition->due, utc("2026-04-09T22:00:00Z"));
    }

    void earlierDateAskedByTheOtherSide() {
        // Directive 2014/41/EU Art. 12(2): the issuing authority may ask for a shorter deadline.
        DeadlineInput input;
        input.instrument = QStringLiteral("eio");
        input.requestingState = QStringLiteral("FR");
        input.requestedState = QStringLiteral("DE");
        input.events =
            events(QStringLiteral("received=2026-06-01T08:00:00Z recognized=2026-07-01T08:00:00Z"));
        input.adjustments = {{QStringLiteral("execution"), DeadlineAdjustment::Type::Earlier,
                              utc("2026-08-01T10:00:00Z"), 0, QStringLiteral("trial date"),
                              QStringLiteral("Art. 12(2)")}};
        auto deadlines = computeDeadlines(input, catalogue());
        QVERIFY(deadlines.ok());
        const Deadline* execution = find(deadlines.value(), QStringLiteral("execution"));
        QVERIFY(execution);
        QCOMPARE(execution->due, utc("2026-08-01T10:00:00Z"));
        QCOMPARE(execution->trail.last().step, QStringLiteral("earlier"));
        QCOMPARE(execution->trail.last().article, QStringLiteral("Art. 12(2)"));
    }

    void metAndLateAndClosed() {
        DeadlineInput input;
        input.instrument = QStringLiteral("eio");
        input.requestingState = QStringLiteral("FR");
        input.requestedState = QStringLiteral("DE");
        // Receipt on 2 March, acknowledged on 12 March: after the week (due 9 March) -> met late.
        input.events =
            events(QStringLiteral("received=2026-03-02T09:30:00Z acknowledged=2026-03-12T09:00:00Z "
                                  "recognized=2026-03-20T09:00:00Z"));
        auto deadlines = computeDeadlines(input, catalogue());
        QVERIFY(deadlines.ok());
        QCOMPARE(find(deadlines.value(), QStringLiteral("receipt-ack"))->state, Deadline::State::MetLate);
        QCOMPARE(find(deadlines.value(), QStringLiteral("recognition"))->state, Deadline::State::Met);
        QCOMPARE(find(deadlines.value(), QStringLiteral("execution"))->state, Deadline::State::Open);
        input.closed = true;
        deadlines = computeDeadlines(input, catalogue());
        QCOMPARE(find(deadlines.value(), QStringLiteral("execution"))->state, Deadline::State::Closed);
    }

    void variantsAndConditions() {
        DeadlineInput input;
        input.instrument = QStringLiteral("epoc");
        input.requestingState = QStringLiteral("FR");
        input.requestedState = QStringLiteral("DE");
        input.events = events(QStringLiteral("issued=2026-06-10T07:45:00Z received=2026-06-10T09:00:00Z"));
        // Not an emergency: no ex post validation deadline (Art. 4(5) applies to emergencies only).
        auto normal = computeDeadlines(input, catalogue());
        QVERIFY(normal.ok());
        QVERIFY(!find(normal.value(), QStringLiteral("validation")));
        // EIO provisional measure only when one is requested (Art. 32(2)), not for urgency.
        input.instrument = QStringLiteral("eio");
        auto eio = computeDeadlines(input, catalogue());
        QVERIFY(!find(eio.value(), QStringLiteral("provisional-measure")));
        // 2AP Art. 8(6) with no data category chosen: both variants.
        input.instrument = QStringLiteral("2ap-8");
        input.events = events(QStringLiteral("served=2026-04-01T01:00:00Z"));
        auto both = computeDeadlines(input, catalogue());
        QVERIFY(find(both.value(), QStringLiteral("production"), QStringLiteral("subscriber")));
        QVERIFY(find(both.value(), QStringLiteral("production"), QStringLiteral("traffic")));
    }

    void providerDeletionAndRetentionAreDeadlines() {
        DeadlineInput input;
        input.instrument = QStringLiteral("budapest-29");
        input.direction = QStringLiteral("outgoing");
        input.requestingState = QStringLiteral("DE");
        input.requestedState = QStringLiteral("US");
        input.events = events(QStringLiteral("provider-deletion=2026-12-01T00:00:00Z"));
        input.retention = RetentionRecord{QString(),
                                          utc("2027-06-30T00:00:00Z"),
                                          QStringLiteral("case-decision"),
                                          QStringLiteral("Art. 28(2)(b)"),
                                          QStringLiteral("decision of 1 June"),
                                          30,
                                          QDateTime(),
                                          QString()};
        auto deadlines = computeDeadlines(input, catalogue());
        QVERIFY(deadlines.ok());
        const Deadline* deletion = find(deadlines.value(), QStringLiteral("provider-deletion"));
        QVERIFY(deletion);
        QCOMPARE(deletion->due, utc("2026-12-01T00:00:00Z"));
        const Deadline* retention = find(deadlines.value(), QStringLiteral("retention-end"));
        QVERIFY(retention);
        QCOMPARE(retention->due, utc("2027-06-30T00:00:00Z"));
        QCOMPARE(retention->article, QStringLiteral("Art. 28(2)(b)"));
    }

    void unknownInstrumentOrStateIsAnError() {
        DeadlineInput input;
        input.instrument = QStringLiteral("nope");
        QVERIFY(!computeDeadlines(input, catalogue()).ok());
        input.instrument = QStringLiteral("eio");
        input.requestedState = QStringLiteral("QQ");
        input.events = events(QStringLiteral("received=2026-03-02T09:30:00Z"));
        auto result = computeDeadlines(input, catalogue());
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(QStringLiteral("QQ")));
    }

    void everyDesignTableRuleIsInTheCatalogue_data() {
        QTest::addColumn<QString>("instrument");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("event");
        QTest::addColumn<int>("amount");
        QTest::addColumn<QString>("unit");
        // The table of DESIGN.md, Deadlines.
        QTest::newRow("eio receipt-ack") << "eio"
                                         << "receipt-ack"
                                         << "received" << 1 << "weeks";
        QTest::newRow("eio recognition") << "eio"
                                         << "recognition"
                                         << "received" << 30 << "days";
        QTest::newRow("eio execution") << "eio"
                                       << "execution"
                                       << "recognized" << 90 << "days";
        QTest::newRow("eio provisional-measure") << "eio"
                                                 << "provisional-measure"
                                                 << "received" << 24 << "hours";
        QTest::newRow("epoc production") << "epoc"
                                         << "production"
                                         << "received" << 10 << "days";
        QTest::newRow("epoc enforcing-objection") << "epoc"
                                                  << "enforcing-objection"
                                                  << "notified" << 10 << "days";
        QTest::newRow("epoc validation") << "epoc"
                                         << "validation"
                                         << "issued" << 48 << "hours";
        QTest::newRow("epoc-pr preservation-expiry") << "epoc-pr"
                                                     << "preservation-expiry"
                                                     << "received" << 60 << "days";
        QTest::newRow("budapest-29 preservation-expiry") << "budapest-29"
                                                         << "preservation-expiry"
                                                         << "received" << 60 << "days";
        QTest::newRow("2ap-8 service") << "2ap-8"
                                       << "service"
                                       << "documentation-complete" << 45 << "days";
        QTest::newRow("2ap-8 production") << "2ap-8"
                                          << "production"
                                          << "served" << 20 << "days";
    }
    void everyDesignTableRuleIsInTheCatalogue() {
        QFETCH(QString, instrument);
        QFETCH(QString, kind);
        QFETCH(QString, event);
        QFETCH(int, amount);
        QFETCH(QString, unit);
        const InstrumentRules* rules = catalogue().instrument(instrument);
        QVERIFY(rules);
        const auto rule = std::find_if(rules->deadlines.begin(), rules->deadlines.end(),
                                       [&](const DeadlineRule& r) { return r.kind == kind; });
        QVERIFY(rule != rules->deadlines.end());
        QCOMPARE(rule->event, event);
        QCOMPARE(rule->period.amount, amount);
        const Period::Unit expected = unit == QLatin1String("hours")   ? Period::Unit::Hours
                                      : unit == QLatin1String("weeks") ? Period::Unit::Weeks
                                                                       : Period::Unit::Days;
        QCOMPARE(rule->period.unit, expected);
        QVERIFY(!rule->article.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDeadlines)
#include "tst_deadlines.moc"
