#include "HolidayCalendar.h"

#include <QLocale>

namespace mladesk {

HolidayCalendar::HolidayCalendar(const StateProfile& state)
    : m_weekend(state.weekend)
    , m_rules(state.holidays)
    , m_hasHolidays(state.hasHolidayCalendar) {
}

bool HolidayCalendar::isWeekend(const QDate& date) const {
    return m_weekend.contains(date.dayOfWeek());
}

QString HolidayCalendar::holiday(const QDate& date) const {
    const QString name = holidaysOf(date.year()).value(date);
    // A 1 January on a Saturday is observed on 31 December of the year before.
    if (name.isEmpty() && date.month() == 12)
        return holidaysOf(date.year() + 1).value(date);
    return name;
}

QString HolidayCalendar::whyNotWorking(const QDate& date) const {
    const QString name = holiday(date);
    if (!name.isEmpty())
        return name;
    if (isWeekend(date))
        return QLocale::c().dayName(date.dayOfWeek());
    return {};
}

QDate HolidayCalendar::westernEaster(int year) {
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QDate HolidayCalendar::orthodoxEaster(int year) {
    // Meeus's Julian algorithm, then the Julian-Gregorian difference of the century.
    const int a = year % 4, b = year % 7, c = year % 19;
    const int d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
    const int month = (d + e + 114) / 31, day = (d + e + 114) % 31 + 1;
    const int gap = year / 100 - year / 400 - 2;
    return QDate(year, month, day).addDays(gap);
}

namespace {

QDate nthWeekday(int year, int month, int weekday, int nth) {
    if (nth > 0) {
        QDate date(year, month, 1);
        date = date.addDays((weekday - date.dayOfWeek() + 7) % 7);
        date = date.addDays(7 * (nth - 1));
        return date.month() == month ? date : QDate();
    }
    QDate date(year, month, QDate(year, month, 1).daysInMonth());
    return date.addDays(-((date.dayOfWeek() - weekday + 7) % 7));
}

QDate ruleDate(const HolidayRule& rule, int year) {
    switch (rule.kind) {
    case HolidayRule::Kind::Fixed:
        return QDate(year, rule.month, rule.day);
    case HolidayRule::Kind::Easter:
        return (rule.orthodox ? HolidayCalendar::orthodoxEaster(year) : HolidayCalendar::westernEaster(year))
            .addDays(rule.easterOffset);
    case HolidayRule::Kind::NthWeekday:
        return nthWeekday(year, rule.month, rule.weekday, rule.nth);
    }
    return {};
}

bool inForce(const HolidayRule& rule, int year) {
    return (rule.fromYear == 0 || year >= rule.fromYear) && (rule.toYear == 0 || year <= rule.toYear);
}

} // namespace

QHash<QDate, QString> HolidayCalendar::holidaysOf(int year) const {
    const auto cached = m_byYear.constFind(year);
    if (cached != m_byYear.constEnd())
        return *cached;
    QHash<QDate, QString> days;
    QList<std::pair<QDate, const HolidayRule*>> substitutes;
    for (const HolidayRule& rule : m_rules) {
        if (!inForce(rule, year))
            continue;
        const QDate date = ruleDate(rule, year);
        if (!date.isValid())
            continue;
        days.insert(date,
                    days.contains(date) ? days.value(date) + QStringLiteral(", ") + rule.name : rule.name);
        if (rule.observed != HolidayRule::Observed::No && isWeekend(date))
            substitutes.append({date, &rule});
    }
    // Substitutes in date order, so that Boxing Day's follows Christmas Day's.
    std::sort(substitutes.begin(), substitutes.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [date, rule] : substitutes) {
        QDate observed;
        if (rule->observed == HolidayRule::Observed::NearestWeekday) {
            observed = date.dayOfWeek() == 6 ? date.addDays(-1) : date.addDays(1);
        } else {
            observed = date.addDays(1);
            while (isWeekend(observed) || days.contains(observed))
                observed = observed.addDays(1);
        }
        days.insert(observed, rule->name + QStringLiteral(" (substitute day)"));
    }
    m_byYear.insert(year, days);
    return days;
}

} // namespace mladesk
