#include "interchange/DeadlineCalendar.h"

#include <QSet>
#include <QTest>
#include <ctime>
#include <libical/ical.h>
#include <memory>

using namespace mladesk;

namespace {

struct ComponentFree {
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

const QDateTime kNow(QDate(2027, 1, 10), QTime(8, 30), Qt::UTC);
const QString kSecretSummary = QStringLiteral("Bank records of Jonas Quellmann, suspected launderer");

DueItem item(const QString& requestId, const QString& reference, const QString& kind, const QString& variant,
             const QDateTime& due) {
    DueItem d;
    d.requestId = requestId;
    d.reference = reference;
    d.summary = kSecretSummary;
    d.instrument = QStringLiteral("eio");
    d.direction = QStringLiteral("outgoing");
    d.kind = kind;
    d.variant = variant;
    d.state = due.isValid() ? QStringLiteral("open") : QStringLiteral("stopped");
    d.due = due;
    return d;
}

// Two open deadlines of one request (one with a variant), one of another
// request, and a stopped one that has no due instant.
QList<DueItem> sample() {
    return {
        item(QStringLiteral("5a0c1e2f"), QStringLiteral("OUT-2027-000042"), QStringLiteral("recognition"), {},
             QDateTime(QDate(2027, 2, 9), QTime(23, 0), Qt::UTC)),
        item(QStringLiteral("5a0c1e2f"), QStringLiteral("OUT-2027-000042"), QStringLiteral("production"),
             QStringLiteral("traffic"), QDateTime(QDate(2027, 2, 24), QTime(12, 0), Qt::UTC)),
        item(QStringLiteral("77b3d901"), QStringLiteral("IN-2027-000007"), QStringLiteral("execution"), {},
             QDateTime(QDate(2027, 3, 1), QTime(16, 45), Qt::UTC)),
        item(QStringLiteral("9f00aa11"), QStringLiteral("IN-2027-000008"), QStringLiteral("recognition"), {},
             QDateTime()),
    };
}

QByteArray exportOf(const QList<DueItem>& items, const QDateTime& now = kNow) {
    const Result<QByteArray> ics = deadlinesToICalendar(items, now);
    if (!ics) {
        qWarning("%s", qPrintable(ics.error().message));
        return {};
    }
    return ics.value();
}

Component parse(const QByteArray& ics) {
    return Component(icalparser_parse_string(ics.constData()));
}

QList<icalcomponent*> componentsOf(icalcomponent* parent, icalcomponent_kind kind) {
    QList<icalcomponent*> found;
    for (icalcomponent* c = icalcomponent_get_first_component(parent, kind); c;
         c = icalcomponent_get_next_component(parent, kind))
        found << c;
    return found;
}

QString propertyText(icalcomponent* component, icalproperty_kind kind) {
    icalproperty* p = icalcomponent_get_first_property(component, kind);
    return p ? QString::fromUtf8(icalproperty_get_value_as_string(p)) : QString();
}

QString summaryOf(icalcomponent* event) {
    return QString::fromUtf8(icalcomponent_get_summary(event));
}

qint64 utcSeconds(const icaltimetype& t) {
    return static_cast<qint64>(icaltime_as_timet_with_zone(t, icaltimezone_get_utc_timezone()));
}

// Content lines are folded at 75 octets (RFC 5545 3.1): unfold before looking for text.
QByteArray unfolded(QByteArray ics) {
    return ics.replace("\r\n ", "");
}

QSet<QString> uidsOf(const QByteArray& ics) {
    QSet<QString> uids;
    const Component calendar = parse(ics);
    for (icalcomponent* event : componentsOf(calendar.get(), ICAL_VEVENT_COMPONENT))
        uids.insert(QString::fromUtf8(icalcomponent_get_uid(event)));
    return uids;
}

} // namespace

class TestDeadlineCalendar : public QObject {
    Q_OBJECT
private slots:
    void calendarHeader() {
        const QByteArray ics = exportOf(sample());
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        const Component calendar = parse(ics);
        QVERIFY(calendar);
        QCOMPARE(icalcomponent_isa(calendar.get()), ICAL_VCALENDAR_COMPONENT);
        QCOMPARE(propertyText(calendar.get(), ICAL_PRODID_PROPERTY),
                 QStringLiteral("-//MLA Desk//Deadlines//EN"));
        QCOMPARE(propertyText(calendar.get(), ICAL_VERSION_PROPERTY), QStringLiteral("2.0"));
        QCOMPARE(icalcomponent_get_method(calendar.get()), ICAL_METHOD_PUBLISH);
        // The parser marks what it could not read with X-LIC-ERROR properties.
        QCOMPARE(icalcomponent_count_errors(calendar.get()), 0);
    }

    void oneEventPerDeadlineWithADueInstant() {
        const Component calendar = parse(exportOf(sample()));
        QVERIFY(calendar);
        const QList<icalcomponent*> events = componentsOf(calendar.get(), ICAL_VEVENT_COMPONENT);
        QCOMPARE(events.size(), 3); // the stopped deadline is left out
        QCOMPARE(summaryOf(events[0]), QStringLiteral("recognition due: OUT-2027-000042"));
        QCOMPARE(summaryOf(events[1]), QStringLiteral("production (traffic) due: OUT-2027-000042"));
        QCOMPARE(summaryOf(events[2]), QStringLiteral("execution due: IN-2027-000007"));
        for (icalcomponent* event : events) {
            QCOMPARE(propertyText(event, ICAL_CATEGORIES_PROPERTY), QStringLiteral("MLA Desk"));
            QCOMPARE(propertyText(event, ICAL_CLASS_PROPERTY), QStringLiteral("PRIVATE"));
            QCOMPARE(propertyText(event, ICAL_TRANSP_PROPERTY), QStringLiteral("TRANSPARENT"));
        }
        const QString description = QString::fromUtf8(icalcomponent_get_description(events[1]));
        QVERIFY2(description.contains(QStringLiteral("Deadline: production")), qPrintable(description));
        QVERIFY(description.contains(QStringLiteral("Variant: traffic")));
        QVERIFY(description.contains(QStringLiteral("Request: OUT-2027-000042")));
        QVERIFY(description.contains(QStringLiteral("European Investigation Order")));
        QVERIFY(description.contains(QStringLiteral("Direction: outgoing")));
    }

    void uidsAreUniqueAndStableAcrossExports() {
        const QByteArray first = exportOf(sample());
        const QByteArray later = exportOf(sample(), kNow.addDays(3).addSecs(17));
        QVERIFY(first != later); // DTSTAMP differs
        const QSet<QString> expected{
            QStringLiteral("5a0c1e2f.recognition@mladesk"),
            QStringLiteral("5a0c1e2f.production.traffic@mladesk"),
            QStringLiteral("77b3d901.execution@mladesk"),
        };
        QCOMPARE(uidsOf(first), expected); // three events, three different UIDs
        QCOMPARE(uidsOf(later), expected);
        // The same input at the same time gives the same bytes.
        QCOMPARE(exportOf(sample()), first);

        const Component calendar = parse(later);
        for (icalcomponent* event : componentsOf(calendar.get(), ICAL_VEVENT_COMPONENT)) {
            const icaltimetype stamp = icalcomponent_get_dtstamp(event);
            QVERIFY(icaltime_is_utc(stamp));
            QCOMPARE(utcSeconds(stamp), kNow.addDays(3).addSecs(17).toSecsSinceEpoch());
        }
    }

    void startIsTheDueInstantInUtc() {
        // 2027-02-10 00:00 in Brussels (UTC+1) is 2027-02-09 23:00 UTC.
        const QDateTime due(QDate(2027, 2, 10), QTime(0, 0), Qt::OffsetFromUTC, 3600);
        const QByteArray ics = exportOf({item(QStringLiteral("r1"), QStringLiteral("OUT-2027-000001"),
                                              QStringLiteral("receipt-ack"), {}, due)});
        QVERIFY2(ics.contains("\r\nDTSTART:20270209T230000Z\r\n"), ics.constData());
        QVERIFY(ics.contains("\r\nDURATION:PT0S\r\n"));
        QVERIFY(!ics.contains("DTEND"));
        const Component calendar = parse(ics);
        icalcomponent* event = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
        QVERIFY(event);
        const icaltimetype start = icalcomponent_get_dtstart(event);
        QVERIFY(icaltime_is_utc(start));
        QCOMPARE(utcSeconds(start), due.toSecsSinceEpoch());
        // A point in time: libical computes the end from DURATION.
        QCOMPARE(utcSeconds(icalcomponent_get_dtend(event)), due.toSecsSinceEpoch());
    }

    void twoDisplayAlarmsBeforeTheDeadline() {
        const Component calendar = parse(exportOf(sample()));
        const QList<icalcomponent*> events = componentsOf(calendar.get(), ICAL_VEVENT_COMPONENT);
        QCOMPARE(events.size(), 3);
        for (icalcomponent* event : events) {
            const QList<icalcomponent*> alarms = componentsOf(event, ICAL_VALARM_COMPONENT);
            QCOMPARE(alarms.size(), 2);
            QList<int> triggers;
            for (icalcomponent* alarm : alarms) {
                icalproperty* action = icalcomponent_get_first_property(alarm, ICAL_ACTION_PROPERTY);
                QVERIFY(action);
                QCOMPARE(icalproperty_get_action(action), ICAL_ACTION_DISPLAY);
                // DISPLAY alarms must carry a DESCRIPTION (RFC 5545 3.6.6).
                QCOMPARE(propertyText(alarm, ICAL_DESCRIPTION_PROPERTY), summaryOf(event));
                icalproperty* trigger = icalcomponent_get_first_property(alarm, ICAL_TRIGGER_PROPERTY);
                QVERIFY(trigger);
                // Relative to the start (no RELATED=END), as a duration, not an absolute time.
                QVERIFY(!icalproperty_get_first_parameter(trigger, ICAL_RELATED_PARAMETER));
                const icaltriggertype t = icalproperty_get_trigger(trigger);
                QVERIFY(icaltime_is_null_time(t.time));
                triggers << icaldurationtype_as_int(t.duration);
            }
            QCOMPARE(triggers, (QList<int>{-24 * 60 * 60, -60 * 60}));
        }
        const QByteArray ics = exportOf(sample());
        QCOMPARE(ics.count("\r\nTRIGGER:-P1D\r\n"), 3);
        QCOMPARE(ics.count("\r\nTRIGGER:-PT1H\r\n"), 3);
    }

    void requestSummaryIsLeftOut() {
        const QByteArray ics = unfolded(exportOf(sample()));
        QVERIFY(!ics.isEmpty());
        QVERIFY(!ics.contains("Quellmann"));
        QVERIFY(!ics.contains("launderer"));
        QVERIFY(!ics.contains(kSecretSummary.toUtf8()));
    }

    void textIsEscapedAndSurvivesTheRoundTrip() {
        const QString reference = QStringLiteral("OUT,2027;9\\x \u00e9\u65e5");
        const QByteArray ics = exportOf({item(QStringLiteral("r2"), reference, QStringLiteral("service"), {},
                                              QDateTime(QDate(2027, 5, 1), QTime(9, 0), Qt::UTC))});
        QVERIFY2(unfolded(ics).contains("SUMMARY:service due: OUT\\,2027\\;9\\\\x"), ics.constData());
        const Component calendar = parse(ics);
        icalcomponent* event = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
        QVERIFY(event);
        QCOMPARE(summaryOf(event), QStringLiteral("service due: ") + reference);
        QVERIFY(QString::fromUtf8(icalcomponent_get_description(event))
                    .contains(QStringLiteral("Request: ") + reference));
    }

    void controlCharactersBecomeSpaces() {
        const QByteArray ics = exportOf(
            {item(QStringLiteral("r3"), QStringLiteral("OUT\x01-2027\r\n-1\t2"), QStringLiteral("service"),
                  {}, QDateTime(QDate(2027, 5, 1), QTime(0, 0), Qt::UTC))});
        QVERIFY(!ics.contains('\x01'));
        const Component calendar = parse(ics);
        icalcomponent* event = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
        QVERIFY(event);
        QCOMPARE(summaryOf(event), QStringLiteral("service due: OUT -2027\n-1\t2"));
    }

    void linesAreCrlfAndFolded() {
        DueItem longOne = item(QStringLiteral("r4"), QStringLiteral("OUT-2027-") + QString(60, u'\u00e4'),
                               QStringLiteral("provider-response"), {},
                               QDateTime(QDate(2027, 6, 1), QTime(10, 0), Qt::UTC));
        const QByteArray ics = exportOf({longOne});
        QVERIFY(ics.endsWith("\r\n"));
        const QList<QByteArray> lines = ics.chopped(1).split('\n');
        for (const QByteArray& line : lines) {
            QVERIFY2(line.endsWith('\r'), line.constData());
            QVERIFY2(line.size() - 1 <= 75, line.constData()); // octets, without the CR
        }
        const Component calendar = parse(ics);
        icalcomponent* event = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
        QCOMPARE(summaryOf(event), QStringLiteral("provider-response due: ") + longOne.reference);
    }

    void emptyListGivesACalendarWithoutEvents() {
        for (const QList<DueItem>& items :
             {QList<DueItem>{}, QList<DueItem>{sample().constLast()} /* only a stopped one */}) {
            const QByteArray ics = exportOf(items);
            QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
            QVERIFY(!ics.contains("VEVENT"));
            const Component calendar = parse(ics);
            QVERIFY(calendar);
            QCOMPARE(icalcomponent_isa(calendar.get()), ICAL_VCALENDAR_COMPONENT);
            QCOMPARE(icalcomponent_count_components(calendar.get(), ICAL_VEVENT_COMPONENT), 0);
            QCOMPARE(icalcomponent_count_errors(calendar.get()), 0);
        }
    }

    void repeatedDeadlineIsWrittenOnce() {
        const QList<DueItem> twice{sample().constFirst(), sample().constFirst()};
        const Component calendar = parse(exportOf(twice));
        QCOMPARE(icalcomponent_count_components(calendar.get(), ICAL_VEVENT_COMPONENT), 1);
    }

    void invalidNowIsRefused() {
        const Result<QByteArray> ics = deadlinesToICalendar(sample(), QDateTime());
        QVERIFY(!ics);
        QCOMPARE(ics.error().code, ErrorCode::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestDeadlineCalendar)
#include "tst_deadlinecalendar.moc"
