#include "DeadlineCalendar.h"

#include "domain/Instrument.h"
#include "error/CoreText.h"

#include <QSet>
#include <ctime>
#include <libical/ical.h>
#include <memory>

namespace mladesk {

namespace {

constexpr auto kProductId = "-//MLA Desk//Deadlines//EN";
constexpr auto kCategory = "MLA Desk";
constexpr int kDaySeconds = 24 * 60 * 60;
constexpr int kHourSeconds = 60 * 60;

struct ComponentFree {
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

struct BufferFree {
    void operator()(char* buffer) const { icalmemory_free_buffer(buffer); }
};

Error libicalError() {
    return makeError(ErrorCode::Io,
                     text::Import::tr("Could not write the calendar file (libical: %1). Close other programs "
                                      "to free memory and export again.")
                         .arg(QString::fromUtf8(icalerror_strerror(icalerrno))));
}

// TEXT values (RFC 5545 3.3.11) may hold no control character but HTAB; line
// breaks are written as "\n". libical escapes backslash, comma, semicolon and
// line feeds, but 3.0 silently drops CR and passes the other control
// characters through unescaped, so they become spaces here.
QByteArray text(const QString& value) {
    QString clean = value;
    clean.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    for (QChar& c : clean)
        if ((c.unicode() < 0x20 && c != u'\n' && c != u'\t') || c.unicode() == 0x7f)
            c = u' ';
    return clean.toUtf8();
}

icaltimetype utc(const QDateTime& instant) {
    return icaltime_from_timet_with_zone(static_cast<time_t>(instant.toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

// Takes ownership of `property`; false when libical could not make it.
bool add(icalcomponent* component, icalproperty* property) {
    if (!property)
        return false;
    icalcomponent_add_property(component, property);
    return true;
}

QString title(const DueItem& item) {
    const QString kind =
        item.variant.isEmpty() ? item.kind : QStringLiteral("%1 (%2)").arg(item.kind, item.variant);
    return QStringLiteral("%1 due: %2").arg(kind, item.reference);
}

// Instrument, direction and kind only: never the request's summary, persons or
// authorities. The calendar file leaves the encrypted register in plain text.
QString description(const DueItem& item) {
    const QString instrument = instrumentTitle(item.instrument);
    QStringList lines{
        QStringLiteral("Deadline: %1").arg(item.kind),
    };
    if (!item.variant.isEmpty())
        lines << QStringLiteral("Variant: %1").arg(item.variant);
    lines << QStringLiteral("Request: %1").arg(item.reference)
          << QStringLiteral("Instrument: %1").arg(instrument.isEmpty() ? item.instrument : instrument)
          << QStringLiteral("Direction: %1").arg(item.direction)
          << text::Deadlines::tr("The request and the deadline's reasons are in MLA Desk.");
    return lines.join(QLatin1Char('\n'));
}

// A DISPLAY alarm; RFC 5545 3.6.6 requires its DESCRIPTION.
Component alarm(int secondsBefore, const QByteArray& what) {
    Component valarm(icalcomponent_new_valarm());
    if (!valarm || !add(valarm.get(), icalproperty_new_action(ICAL_ACTION_DISPLAY)) ||
        !add(valarm.get(), icalproperty_new_trigger(icaltriggertype_from_int(-secondsBefore))) ||
        !add(valarm.get(), icalproperty_new_description(what.constData())))
        return {};
    return valarm;
}

Component event(const DueItem& item, const icaltimetype& stamp) {
    const QByteArray summary = text(title(item));
    Component vevent(icalcomponent_new_vevent());
    if (!vevent)
        return {};
    icalcomponent* e = vevent.get();
    // A deadline is a point in time. RFC 5545 3.8.2.2 wants DTEND later than
    // DTSTART, so DTEND = DTSTART would be invalid; DURATION:PT0S is valid,
    // libical reads it back as end = start, and Outlook, which never writes
    // DURATION, uses it on import when DTEND is missing (MS-STANOICAL 2.2.70).
    if (!add(e, icalproperty_new_uid(text(deadlineCalendarUid(item)).constData())) ||
        !add(e, icalproperty_new_dtstamp(stamp)) || !add(e, icalproperty_new_dtstart(utc(item.due))) ||
        !add(e, icalproperty_new_duration(icaldurationtype_from_int(0))) ||
        !add(e, icalproperty_new_summary(summary.constData())) ||
        !add(e, icalproperty_new_description(text(description(item)).constData())) ||
        !add(e, icalproperty_new_categories(kCategory)) ||
        // Shared calendars show a private event as busy time only; a deadline
        // is no appointment, so it does not make the user busy either.
        !add(e, icalproperty_new_class(ICAL_CLASS_PRIVATE)) ||
        !add(e, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT)))
        return {};
    for (const int before : {kDaySeconds, kHourSeconds}) {
        Component valarm = alarm(before, summary);
        if (!valarm)
            return {};
        icalcomponent_add_component(e, valarm.release());
    }
    return vevent;
}

} // namespace

QString deadlineCalendarUid(const DueItem& item) {
    QString uid = item.requestId + QLatin1Char('.') + item.kind;
    if (!item.variant.isEmpty())
        uid += QLatin1Char('.') + item.variant;
    return uid + QStringLiteral("@mladesk");
}

Result<QByteArray> deadlinesToICalendar(const QList<DueItem>& items, const QDateTime& now) {
    if (!now.isValid())
        return makeError(ErrorCode::InvalidInput,
                         text::Import::tr("The calendar export needs a valid time."));
    // METHOD:PUBLISH without ORGANIZER: iTIP (RFC 5546) asks for an ORGANIZER
    // in a published VEVENT and libical's icalrestriction_check() says so, but
    // we have no address to name and calendar programs import such files.
    Component calendar(icalcomponent_new_vcalendar());
    if (!calendar || !add(calendar.get(), icalproperty_new_prodid(kProductId)) ||
        !add(calendar.get(), icalproperty_new_version("2.0")) ||
        !add(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH)))
        return libicalError();

    const icaltimetype stamp = utc(now);
    QSet<QString> uids;
    for (const DueItem& item : items) {
        if (!item.due.isValid())
            continue; // stopped: no due instant to show
        // Two events with one UID would make an invalid calendar; the register
        // keeps one row per request, kind and variant, so this is only a guard.
        const QString uid = deadlineCalendarUid(item);
        if (uids.contains(uid))
            continue;
        uids.insert(uid);
        Component vevent = event(item, stamp);
        if (!vevent)
            return libicalError();
        icalcomponent_add_component(calendar.get(), vevent.release());
    }

    const std::unique_ptr<char, BufferFree> ics(icalcomponent_as_ical_string_r(calendar.get()));
    if (!ics)
        return libicalError();
    return QByteArray(ics.get());
}

} // namespace mladesk
