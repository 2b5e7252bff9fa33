#include "PeriodCalculator.h"

#include "error/CoreText.h"

#include <QLocale>

namespace mladesk {

namespace {

const QString kRegulation = QStringLiteral("Regulation (EEC, Euratom) No 1182/71, ");

QString article(const PeriodCounting& counting, const char* paragraph) {
    return counting.euRules ? kRegulation + QLatin1String(paragraph) : QString();
}

QString localText(const QDateTime& utc, const QTimeZone& zone) {
    const QDateTime local = utc.toTimeZone(zone);
    return QLocale().toString(local, QStringLiteral("ddd yyyy-MM-dd HH:mm")) + QLatin1Char(' ') +
           zone.abbreviation(utc);
}

QString dayText(const QDate& date) {
    return QLocale().toString(date, QStringLiteral("ddd yyyy-MM-dd"));
}

// 24:00 of a local day, as a UTC instant.
QDateTime endOfDay(const QDate& day, const QTimeZone& zone) {
    return QDateTime(day.addDays(1), QTime(0, 0), zone).toUTC();
}

PeriodEnd hoursPeriod(const QDateTime& event, const Period& period, const PeriodCounting& counting,
                      const QList<ClockStop>& stops) {
    PeriodEnd result;
    const qint64 offset = counting.timeZone.offsetFromUtc(event);
    const qint64 local = event.toSecsSinceEpoch() + offset;
    const QDateTime start = QDateTime::fromSecsSinceEpoch(local - local % 3600 - offset + 3600, Qt::UTC);
    result.trail.append(
        {QStringLiteral("start"),
         text::Deadlines::tr("Event at %1; the hour in which it happened is not counted: the period "
                             "starts at %2.")
             .arg(localText(event, counting.timeZone), localText(start, counting.timeZone)),
         article(counting, "Art. 3(1)")});
    QDateTime end = start.addSecs(qint64(period.amount) * 3600);
    result.trail.append({QStringLiteral("end"),
                         text::Deadlines::tr("%1: the period ends at the end of its last hour, %2.")
                             .arg(periodText(period), localText(end, counting.timeZone)),
                         article(counting, "Art. 3(2)(a)")});
    for (const ClockStop& stop : stops) {
        if (stop.stopped >= end)
            continue;
        const qint64 remaining = stop.stopped.secsTo(end);
        if (!stop.restarted.isValid()) {
            result.trail.append(
                {QStringLiteral("stop"),
                 text::Deadlines::tr("Clock stopped at %1 (%2) with %3 minutes remaining; no date "
                                     "until it restarts.")
                     .arg(localText(stop.stopped, counting.timeZone), stop.reason)
                     .arg(remaining / 60),
                 QString()});
            result.stopped = true;
            return result;
        }
        end = stop.restarted.addSecs(remaining);
        result.trail.append(
            {QStringLiteral("restart"),
             text::Deadlines::tr("Clock stopped at %1 (%2) and restarted at %3: the %4 minutes that "
                                 "remained now end at %5.")
                 .arg(localText(stop.stopped, counting.timeZone), stop.reason,
                      localText(stop.restarted, counting.timeZone))
                 .arg(remaining / 60)
                 .arg(localText(end, counting.timeZone)),
             QString()});
    }
    if (counting.euRules)
        result.trail.append(
            {QStringLiteral("note"),
             text::Deadlines::tr("A period in hours does not roll over past weekends or public "
                                 "holidays."),
             article(counting, "Art. 3(4)")});
    result.end = end;
    return result;
}

int workingDaysBetween(const QDate& first, const QDate& last, const HolidayCalendar& calendar) {
    int count = 0;
    for (QDate day = first; day <= last && count < 2; day = day.addDays(1))
        count += calendar.isWorkingDay(day) ? 1 : 0;
    return count;
}

PeriodEnd daysPeriod(const QDateTime& event, const Period& period, const PeriodCounting& counting,
                     const QList<ClockStop>& stops) {
    PeriodEnd result;
    const HolidayCalendar& calendar = *counting.calendar;
    const QDate eventDay = event.toTimeZone(counting.timeZone).date();
    const QDate firstDay = eventDay.addDays(1);
    result.trail.append(
        {QStringLiteral("start"),
         text::Deadlines::tr("Event at %1; the day on which it happened is not counted: the period "
                             "starts at 00:00 on %2.")
             .arg(localText(event, counting.timeZone), dayText(firstDay)),
         article(counting, "Art. 3(1)")});
    QDate lastDay = eventDay.addDays(period.days());
    if (period.unit == Period::Unit::WorkingDays) {
        // Only working days count: Saturdays, Sundays and public holidays of
        // the governing state are passed over (1182/71 Art. 3(3)).
        lastDay = eventDay;
        for (int counted = 0; counted < period.amount;) {
            lastDay = lastDay.addDays(1);
            counted += calendar.isWorkingDay(lastDay) ? 1 : 0;
        }
        result.trail.append(
            {QStringLiteral("end"),
             text::Deadlines::tr("%1, counting only the working days of %2 (weekends and public holidays "
                                 "do not count): the last day is %3.")
                 .arg(periodText(period), counting.stateCode, dayText(lastDay)),
             QStringLiteral("Regulation (EEC, Euratom) No 1182/71, Art. 3(3)")});
    } else {
        result.trail.append(
            {QStringLiteral("end"),
             text::Deadlines::tr("%1: the last day is %2.").arg(periodText(period), dayText(lastDay)),
             article(counting, period.unit == Period::Unit::Weeks ? "Art. 3(2)(c)" : "Art. 3(2)(b)")});
    }
    for (const ClockStop& stop : stops) {
        const QDate stopDay = stop.stopped.toTimeZone(counting.timeZone).date();
        if (stopDay > lastDay)
            continue;
        const qint64 remaining = stopDay.daysTo(lastDay);
        if (!stop.restarted.isValid()) {
            result.trail.append(
                {QStringLiteral("stop"),
                 text::Deadlines::tr("Clock stopped on %1 (%2) with %3 day(s) remaining; no date "
                                     "until it restarts.")
                     .arg(dayText(stopDay), stop.reason)
                     .arg(remaining),
                 QString()});
            result.stopped = true;
            return result;
        }
        const QDate restartDay = stop.restarted.toTimeZone(counting.timeZone).date();
        lastDay = restartDay.addDays(remaining);
        result.trail.append(
            {QStringLiteral("restart"),
             text::Deadlines::tr("Clock stopped on %1 (%2) with %3 day(s) remaining and restarted on "
                                 "%4: the last day is now %5.")
                 .arg(dayText(stopDay), stop.reason)
                 .arg(remaining)
                 .arg(dayText(restartDay), dayText(lastDay)),
             QString()});
    }
    if (counting.euRules) {
        if (!calendar.hasHolidays())
            result.trail.append(
                {QStringLiteral("note"),
                 text::Deadlines::tr("No public holiday calendar is known for %1: only Saturdays and "
                                     "Sundays are taken into account.")
                     .arg(counting.stateCode),
                 QString()});
        if (!calendar.isWorkingDay(lastDay)) {
            QStringList skipped;
            while (!calendar.isWorkingDay(lastDay)) {
                skipped << QStringLiteral("%1 (%2)").arg(dayText(lastDay), calendar.whyNotWorking(lastDay));
                lastDay = lastDay.addDays(1);
            }
            result.trail.append(
                {QStringLiteral("rollover"),
                 text::Deadlines::tr("The last day is not a working day in %1: %2. The period ends "
                                     "at the end of the next working day, %3.")
                     .arg(counting.stateCode, skipped.join(QStringLiteral(", ")), dayText(lastDay)),
                 article(counting, "Art. 3(4)")});
        }
        if (period.days() >= 2 && workingDaysBetween(firstDay, lastDay, calendar) < 2) {
            while (workingDaysBetween(firstDay, lastDay, calendar) < 2)
                lastDay = lastDay.addDays(1);
            result.trail.append(
                {QStringLiteral("working-days"),
                 text::Deadlines::tr("A period of two days or more includes at least two working "
                                     "days: it is extended to %1.")
                     .arg(dayText(lastDay)),
                 article(counting, "Art. 3(5)")});
        }
    } else if (period.unit != Period::Unit::WorkingDays) {
        result.trail.append(
            {QStringLiteral("note"),
             text::Deadlines::tr("Calendar days: weekends and public holidays count and the last day "
                                 "does not roll over."),
             QString()});
    }
    result.end = endOfDay(lastDay, counting.timeZone);
    result.trail.append({QStringLiteral("due"),
                         text::Deadlines::tr("Due at 24:00 on %1 in %2 (%3 UTC).")
                             .arg(dayText(lastDay), QString::fromLatin1(counting.timeZone.id()),
                                  result.end.toString(Qt::ISODate)),
                         article(counting, "Art. 3(2)(b)")});
    return result;
}

} // namespace

QString periodText(const Period& period) {
    switch (period.unit) {
    case Period::Unit::Hours:
        return text::Deadlines::tr("%1 hour(s)").arg(period.amount);
    case Period::Unit::Days:
        return text::Deadlines::tr("%1 day(s)").arg(period.amount);
    case Period::Unit::Weeks:
        return text::Deadlines::tr("%1 week(s)").arg(period.amount);
    case Period::Unit::WorkingDays:
        return text::Deadlines::tr("%1 working day(s)").arg(period.amount);
    }
    return {};
}

PeriodEnd periodEnd(const QDateTime& event, const Period& period, const PeriodCounting& counting,
                    const QList<ClockStop>& stops) {
    if (period.unit == Period::Unit::Hours)
        return hoursPeriod(event.toUTC(), period, counting, stops);
    return daysPeriod(event.toUTC(), period, counting, stops);
}

} // namespace mladesk
