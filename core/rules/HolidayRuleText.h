#pragma once

#include "domain/StateProfile.h"
#include "error/Result.h"

#include <QString>

namespace mladesk {

// A holiday rule as one line a user can read and type (the state editor):
// "12-25" (a fixed date), "Easter+1", "Easter-2", "Orthodox Easter+1",
// "4th Thu Nov", "last Mon May". Weekday and month names are English
// three-letter abbreviations, like the catalogue files' documentation.
QString holidayRuleText(const HolidayRule& rule);
// Parses the text into `rule`'s date part (kind, month, day, offset...);
// the name, observed and year bounds are left as they are.
Status parseHolidayRule(const QString& text, HolidayRule* rule);

} // namespace mladesk
