#pragma once

#include "repositories/DeadlineRecords.h"

#include <QColor>
#include <QDateTime>

class QPalette;

namespace mladesk {

// Where an open deadline stands for the person looking at it: the groups of
// the deadlines dashboard, in their order. Days are the user's local days; a
// period that ends at 24:00 belongs to the day that ends then.
enum class DueBucket { Overdue, Today, Week, Later, Stopped };
inline constexpr int kDueBucketCount = 5;

DueBucket dueBucket(const DueItem& item, const QDateTime& now);
// Due today or overdue: what the tray notification announces.
bool isDueNow(const DueItem& item, const QDateTime& now);

// The group's colour, legible as text on the palette's base colour (lighter
// shades on a dark palette). Later and stopped use the palette's own text colours.
QColor dueColour(DueBucket bucket, const QPalette& palette);
// A faint wash of the group's colour over the base, for the group's heading row.
QColor dueBackground(DueBucket bucket, const QPalette& palette);

} // namespace mladesk
