// The corrections of the catalogue against the legal texts (issue 17), each
// test naming the article it checks: the rules computed by the deadline
// engine and the completeness check from resources/instruments.
#include "rules/Catalogue.h"
#include "rules/Completeness.h"
#include "rules/DeadlineEngine.h"

#include <QTest>

using namespace mladesk;

namespace {

const Catalogue& catalogue() {
    const auto& shipped = Catalogue::shipped();
    if (!shipped)
        qFatal("%s", qPrintable(shipped.error().message));
    return shipped.value();
}

const InstrumentRules& rules(const char* key) {
    const InstrumentRules* found = catalogue().instrument(QLatin1String(key));
    if (!found)
        qFatal("no instrument %s", key);
    return *found;
}

const Deadline* find(const QList<Deadline>& deadlines, const QString& kind) {
    for (const Deadline& d : deadlines)
        if (d.kind == kind)
            return &d;
    return nullptr;
}

QDateTime utc(const char* text) {
    return QDateTime::fromString(QLatin1String(text), Qt::ISODate).toUTC();
}

DeadlineInput order(const char* instrument, const char* urgency, QStringList options,
                    QList<RequestEvent> events) {
    DeadlineInput input;
    input.instrument = QLatin1String(instrument);
    input.direction = QStringLiteral("outgoing");
    input.urgency = QLatin1String(urgency);
    input.options = std::move(options);
    input.requestingState = QStringLiteral("DE");
    input.requestedState = QStringLiteral("FR");
    input.events = std::move(events);
    return input;
}

// A request the completeness check has nothing else to say about.
Request emergencyOrder(const char* instrument, QStringList categories, QStringList options) {
    Request r;
    r.instrument = QLatin1String(instrument);
    r.direction = QStringLiteral("outgoing");
    r.urgency = QStringLiteral("emergency");
    r.dataCategories = std::move(categories);
    r.options = std::move(options);
    return r;
}

bool lacks(const QList<MissingElement>& missing, const QString& element) {
    return std::any_of(missing.begin(), missing.end(),
                       [&](const MissingElement& m) { return m.element == element; });
}

const MissingElement* missingOf(const QList<MissingElement>& missing, const QString& element) {
    for (const MissingElement& m : missing)
        if (m.element == element)
            return &m;
    return nullptr;
}

} // namespace

class TestLegalRules : public QObject {
    Q_OBJECT
private slots:
    // Directive 2014/41/EU Art. 32(2): the executing authority decides on a
    // requested provisional measure within 24 hours of receipt "wherever
    // practicable", whatever the urgency of the EIO; urgency alone asks for none.
    void eioProvisionalMeasureFollowsTheRequestNotTheUrgency() {
        const auto received = QList<RequestEvent>{{QStringLiteral("received"), utc("2026-03-28T22:30:00Z")}};
        auto urgentWithout = computeDeadlines(order("eio", "urgent", {}, received), catalogue());
        QVERIFY(urgentWithout.ok());
        QVERIFY(!find(urgentWithout.value(), QStringLiteral("provisional-measure")));

        DeadlineInput normal = order("eio", "normal", {QStringLiteral("provisional-measure")}, received);
        normal.direction = QStringLiteral("incoming");
        normal.requestingState = QStringLiteral("AT");
        normal.requestedState = QStringLiteral("DE");
        auto asked = computeDeadlines(normal, catalogue());
        QVERIFY(asked.ok());
        const Deadline* deadline = find(asked.value(), QStringLiteral("provisional-measure"));
        QVERIFY(deadline);
        QVERIFY(deadline->article.contains(QStringLiteral("Art. 32(2)")));
        // Sat 28 March 23:30 CET: the hour is not counted (1182/71 Art. 3(1)); 24 real hours from
        // 00:00 CET across the change to summer time end at 01:00 CEST on Monday 30 March.
        QCOMPARE(deadline->due, utc("2026-03-29T23:00:00Z"));
        QCOMPARE(deadline->state, Deadline::State::Open);

        // Marked met by the decision on it.
        normal.events.append({QStringLiteral("provisional-measure-decided"), utc("2026-03-29T10:00:00Z")});
        auto decided = computeDeadlines(normal, catalogue());
        QCOMPARE(find(decided.value(), QStringLiteral("provisional-measure"))->state, Deadline::State::Met);
    }

    // Where Regulation 1182/71 applies: a directive's periods bind the
    // executing authority through national transposition (Art. 288 TFEU); an
    // EIO's trail says so, a regulation's (directly applicable) does not.
    void aDirectivesTrailSaysItBindsThroughNationalLaw() {
        const auto received = QList<RequestEvent>{{QStringLiteral("received"), utc("2026-03-02T09:30:00Z")}};
        const auto says = [](const Deadline& d) {
            return std::any_of(d.trail.begin(), d.trail.end(), [](const TrailStep& s) {
                return s.article == QLatin1String("Art. 288 TFEU") &&
                       s.text.contains(QStringLiteral("transposing"));
            });
        };
        auto eio = computeDeadlines(order("eio", "normal", {}, received), catalogue());
        QVERIFY(eio.ok());
        QVERIFY(says(*find(eio.value(), QStringLiteral("recognition"))));
        auto epoc = computeDeadlines(order("epoc", "normal", {}, received), catalogue());
        QVERIFY(epoc.ok());
        QVERIFY(!says(*find(epoc.value(), QStringLiteral("production"))));
    }

    // How an extension is counted: Directive 2014/41/EU Art. 12(5) extends the
    // time limit itself ("by a maximum of 30 days"), so the 60 days run from
    // receipt and only their end rolls over. Received Fri 6 March 2026 in
    // Germany: the 30 days end on Easter Sunday and roll to Tue 7 April; the
    // extended period ends on Tue 5 May (not 7 May, 30 days after the
    // rolled-over end).
    void anExtensionLengthensThePeriodFromTheSameEvent() {
        DeadlineInput input =
            order("eio", "normal", {}, {{QStringLiteral("received"), utc("2026-03-06T10:00:00Z")}});
        input.direction = QStringLiteral("incoming");
        input.requestingState = QStringLiteral("FR");
        input.requestedState = QStringLiteral("DE");
        QCOMPARE(find(computeDeadlines(input, catalogue()).value(), QStringLiteral("recognition"))->due,
                 utc("2026-04-07T22:00:00Z"));
        input.adjustments = {{QStringLiteral("recognition"), DeadlineAdjustment::Type::Extend,
                              utc("2026-04-01T09:00:00Z"), 0, QStringLiteral("measures need a court order"),
                              QString()}};
        auto extended = computeDeadlines(input, catalogue());
        QVERIFY(extended.ok());
        const Deadline* recognition = find(extended.value(), QStringLiteral("recognition"));
        QCOMPARE(recognition->due, utc("2026-05-05T22:00:00Z"));
        const bool said =
            std::any_of(recognition->trail.begin(), recognition->trail.end(), [](const TrailStep& s) {
                return s.text.contains(QStringLiteral("same event")) &&
                       s.article.contains(QStringLiteral("Art. 12(5)"));
            });
        QVERIFY(said);
    }

    // Regulation (EU) 2023/1543 Art. 4(5): an emergency order issued without
    // prior validation is validated ex post within 48 hours.
    void emergencyOrdersWithoutPriorValidationAreValidatedWithin48Hours_data() {
        QTest::addColumn<QString>("instrument");
        QTest::newRow("epoc, Art. 4(5)") << "epoc";
        QTest::newRow("epoc-pr, Art. 4(5) through Art. 3(2)") << "epoc-pr";
    }
    void emergencyOrdersWithoutPriorValidationAreValidatedWithin48Hours() {
        QFETCH(QString, instrument);
        const QByteArray key = instrument.toLatin1();
        const auto issued = QList<RequestEvent>{{QStringLiteral("issued"), utc("2026-06-10T07:45:00Z")}};
        auto validatedFirst = computeDeadlines(order(key.constData(), "emergency", {}, issued), catalogue());
        QVERIFY(validatedFirst.ok());
        QVERIFY(!find(validatedFirst.value(), QStringLiteral("validation")));

        const QStringList without{QStringLiteral("without-prior-validation")};
        auto notEmergency = computeDeadlines(order(key.constData(), "urgent", without, issued), catalogue());
        QVERIFY(!find(notEmergency.value(), QStringLiteral("validation")));

        auto exPost = computeDeadlines(order(key.constData(), "emergency", without, issued), catalogue());
        QVERIFY(exPost.ok());
        const Deadline* deadline = find(exPost.value(), QStringLiteral("validation"));
        QVERIFY(deadline);
        QVERIFY(deadline->article.contains(QStringLiteral("Art. 4(5)")));
        // 48 hours, counted in the issuing State (Germany) from the start of the next hour:
        // 08:00 UTC on 10 June + 48 h; hours never roll to a working day (1182/71 Art. 3(4)).
        QCOMPARE(deadline->due, utc("2026-06-12T08:00:00Z"));
        QCOMPARE(deadline->governingState, QStringLiteral("DE"));
    }

    // Art. 4(2) and 4(5): the emergency exception covers production orders for
    // subscriber data and data requested solely to identify the user; traffic
    // and content data need prior validation. A preservation order may be
    // issued without it for any data (Art. 4(3)(b), 4(5)). Only emergencies.
    void onlyEmergencyOrdersForSubscriberOrIdentificationDataSkipPriorValidation() {
        const QStringList without{QStringLiteral("without-prior-validation")};
        for (const QString& category : {QStringLiteral("subscriber"), QStringLiteral("user-identifying")})
            QVERIFY2(!lacks(checkCompleteness(emergencyOrder("epoc", {category}, without), rules("epoc")),
                            QStringLiteral("validation-for-traffic-and-content")),
                     qPrintable(category));
        for (const QString& category : {QStringLiteral("traffic"), QStringLiteral("content")}) {
            const auto missing = checkCompleteness(
                emergencyOrder("epoc", {QStringLiteral("subscriber"), category}, without), rules("epoc"));
            const MissingElement* refused =
                missingOf(missing, QStringLiteral("validation-for-traffic-and-content"));
            QVERIFY2(refused, qPrintable(category));
            QCOMPARE(refused->problem, QStringLiteral("not-allowed"));
            QVERIFY(refused->article.contains(QStringLiteral("Art. 4(5)")));
            QVERIFY(!isComplete(missing));
        }
        QVERIFY(!lacks(checkCompleteness(emergencyOrder("epoc-pr", {QStringLiteral("content")}, without),
                                         rules("epoc-pr")),
                       QStringLiteral("validation-for-traffic-and-content")));
        for (const char* key : {"epoc", "epoc-pr"}) {
            Request urgent = emergencyOrder(key, {QStringLiteral("subscriber")}, without);
            urgent.urgency = QStringLiteral("urgent");
            QVERIFY2(
                lacks(checkCompleteness(urgent, rules(key)), QStringLiteral("validation-only-in-emergency")),
                key);
        }
    }

    // An option an instrument's rules do not speak of is refused (a
    // provisional measure is an EIO matter, Art. 32; prior validation an
    // e-evidence one, Reg. 2023/1543 Art. 4).
    void optionsOutsideTheirInstrumentAreRefused() {
        QCOMPARE(optionsOf(rules("eio")),
                 (QStringList{QStringLiteral("interception"), QStringLiteral("provisional-measure")}));
        QCOMPARE(optionsOf(rules("epoc")), QStringList{QStringLiteral("without-prior-validation")});
        QVERIFY(optionsOf(rules("mla")).isEmpty());
        Request r =
            emergencyOrder("epoc", {QStringLiteral("subscriber")}, {QStringLiteral("provisional-measure")});
        const MissingElement* refused =
            missingOf(checkCompleteness(r, rules("epoc")), QStringLiteral("options"));
        QVERIFY(refused);
        QCOMPARE(refused->problem, QStringLiteral("not-allowed"));
    }

    // Directive 2014/41/EU Art. 30(3)-(4): an EIO for the interception of
    // telecommunications also identifies its subject, gives the desired
    // duration and the technical data (the target identifier), and says why
    // the measure is relevant. Only such an EIO is asked for them.
    void eioInterceptionAsksForArticle30Data() {
        Request r;
        r.instrument = QStringLiteral("eio");
        r.direction = QStringLiteral("outgoing");
        const QStringList article30{
            QStringLiteral("interception-subject"), QStringLiteral("interception-duration"),
            QStringLiteral("interception-target"), QStringLiteral("interception-relevance")};
        const auto ordinary = checkCompleteness(r, rules("eio"));
        for (const QString& id : article30)
            QVERIFY2(!lacks(ordinary, id), qPrintable(id));
        r.options = {QStringLiteral("interception")};
        const auto interception = checkCompleteness(r, rules("eio"));
        for (const QString& id : article30) {
            const MissingElement* m = missingOf(interception, id);
            QVERIFY2(m, qPrintable(id));
            QVERIFY(m->article.startsWith(QStringLiteral("Art. 30(")));
            QVERIFY2(m->verified, qPrintable(id)); // read at legislation.gov.uk (the Directive as adopted)
        }
    }

    // Reg. 2023/1543 Art. 10(2)-(3): the ordinary 10 days are Art. 10(3), 10(2)
    // the case with notification; Art. 5(5)(e) and 6(3)(e): the time range
    // only "if applicable".
    void epocProductionCitesBothParagraphsAndTheTimeRangeIsAdvisory() {
        const auto production =
            std::find_if(rules("epoc").deadlines.begin(), rules("epoc").deadlines.end(),
                         [](const DeadlineRule& d) { return d.kind == QLatin1String("production"); });
        QVERIFY(production != rules("epoc").deadlines.end());
        QVERIFY(production->article.contains(QStringLiteral("Art. 10(2)")) &&
                production->article.contains(QStringLiteral("(3)")));
        for (const char* key : {"epoc", "epoc-pr"}) {
            const auto range =
                std::find_if(rules(key).elements.begin(), rules(key).elements.end(),
                             [](const RequiredElement& e) { return e.id == QLatin1String("time-range"); });
            QVERIFY2(range != rules(key).elements.end(), key);
            QVERIFY2(range->advisory, key);
        }
    }

    // Reg. 2023/1543 Art. 16(2): the enforcing authority decides on recognition
    // "at the latest within 5 working days" of receiving the order. Received
    // Thursday 24 December 2026 in Germany: Christmas (25, 26 December), the
    // weekend and New Year's Day do not count; the fifth working day is Monday
    // 4 January 2027, due at 24:00 CET.
    void epocEnforcementIsCountedInWorkingDays() {
        for (const char* key : {"epoc", "epoc-pr"}) {
            DeadlineInput input = order(
                key, "normal", {}, {{QStringLiteral("enforcement-received"), utc("2026-12-24T10:00:00Z")}});
            input.direction = QStringLiteral("incoming");
            input.requestingState = QStringLiteral("FR");
            input.requestedState = QStringLiteral("DE");
            auto deadlines = computeDeadlines(input, catalogue());
            QVERIFY(deadlines.ok());
            const Deadline* deadline = find(deadlines.value(), QStringLiteral("enforcement-recognition"));
            QVERIFY2(deadline, key);
            QVERIFY(deadline->article.contains(QStringLiteral("Art. 16(2)")));
            QCOMPARE(deadline->due, utc("2027-01-04T23:00:00Z"));
            bool said = false;
            for (const TrailStep& step : deadline->trail)
                said = said || step.article.contains(QStringLiteral("Art. 3(3)"));
            QVERIFY2(said, "the trail cites 1182/71 Art. 3(3) for working days");
            input.events.append({QStringLiteral("recognized"), utc("2026-12-30T09:00:00Z")});
            QCOMPARE(
                find(computeDeadlines(input, catalogue()).value(), QStringLiteral("enforcement-recognition"))
                    ->state,
                Deadline::State::Met);
        }
    }

    // Croatia accepts English for an urgent EIO only (its notification under
    // Directive 2014/41/EU Art. 5(2); resources/states/HR.json).
    void croatiaAcceptsEnglishForUrgentEiosOnly() {
        const StateProfile* hr = catalogue().state(QStringLiteral("HR"));
        QVERIFY(hr);
        QVERIFY(!hr->acceptedLanguages(QStringLiteral("eio"), QStringLiteral("normal"))
                     .contains(QStringLiteral("en")));
        QVERIFY(hr->acceptedLanguages(QStringLiteral("eio"), QStringLiteral("urgent"))
                    .contains(QStringLiteral("en")));
        QVERIFY(hr->acceptedLanguages(QStringLiteral("eio"), QStringLiteral("emergency"))
                    .contains(QStringLiteral("en")));
        QCOMPARE(hr->acceptedLanguages(QStringLiteral("eio"), QStringLiteral("urgent")).first(),
                 QStringLiteral("hr"));
    }
};

QTEST_GUILESS_MAIN(TestLegalRules)
#include "tst_legalrules.moc"
