#pragma once

#include "domain/Deadline.h"
#include "domain/InstrumentRules.h"
#include "rules/HolidayCalendar.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace mladesk {

// A time during which the clock did not run (awaiting clarification).
// An invalid `restarted` means the clock is still stopped.
struct ClockStop {
    QDateTime stopped;
    QDateTime restarted;
    QString reason;
};

// Where and how a period is counted.
struct PeriodCounting {
    bool euRules = false; // Regulation (EEC, Euratom) No 1182/71, Art. 3
    QString stateCode;
    QTimeZone timeZone;
    const HolidayCalendar* calendar = nullptr;
};

struct PeriodEnd {
    QDateTime end; // UTC; invalid while the clock is stopped
    bool stopped = false;
    QList<TrailStep> trail;
};

// The end of a period that starts with an event, counted as DESIGN.md says:
// the event's hour or day is not counted; days end at 24:00 local time of the
// last day; under the EU rules a last day that is not a working day rolls
// over to the next working day and a period of two days or more contains at
// least two working days. Hours are elapsed hours, so a DST change is exact.
PeriodEnd periodEnd(const QDateTime& event, const Period& period, const PeriodCounting& counting,
                    const QList<ClockStop>& stops = {});

QString periodText(const Period& period);

} // namespace mladesk
