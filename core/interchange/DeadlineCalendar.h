#pragma once

#include "domain/DueItem.h"
#include "error/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mladesk {

// Deadlines as an iCalendar file (RFC 5545) for the user's own calendar
// program: one VEVENT per deadline that has a due instant, with a reminder a
// day and an hour before. Stopped deadlines (no due instant) are left out.
// What goes in and what is left out on purpose: docs/icalendar.md.
//
// `now` is the export's time stamp (DTSTAMP); it must be valid. Fails only
// when libical does (out of memory).
Result<QByteArray> deadlinesToICalendar(const QList<DueItem>& items, const QDateTime& now);

// The event's UID, "<requestId>.<kind>[.<variant>]@mladesk": the same deadline
// has the same UID in every export, so a calendar updates the event instead of
// adding a second one.
QString deadlineCalendarUid(const DueItem& item);

} // namespace mladesk
