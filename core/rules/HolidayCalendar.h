#pragma once

#include "domain/StateProfile.h"

#include <QDate>
#include <QHash>
#include <QString>

namespace mladesk {

// Working days and public holidays of one state, from its holiday rules.
// Caches per year: one instance per thread.
class HolidayCalendar {
public:
    explicit HolidayCalendar(const StateProfile& state);

    bool hasHolidays() const { return m_hasHolidays; }
    bool isWeekend(const QDate& date) const;
    // The holiday's name, empty when the date is not a public holiday.
    QString holiday(const QDate& date) const;
    bool isWorkingDay(const QDate& date) const { return !isWeekend(date) && holiday(date).isEmpty(); }
    // Why a date is not a working day ("Saturday", "Easter Monday"), empty if it is one.
    QString whyNotWorking(const QDate& date) const;

    // All holidays of a year, date -> name (observed substitutes included).
    QHash<QDate, QString> holidaysOf(int year) const;

    static QDate westernEaster(int year);
    static QDate orthodoxEaster(int year); // in the Gregorian calendar

private:
    QList<int> m_weekend;
    QList<HolidayRule> m_rules;
    bool m_hasHolidays;
    mutable QHash<int, QHash<QDate, QString>> m_byYear;
};

} // namespace mladesk
