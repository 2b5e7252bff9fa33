#pragma once

#include "domain/Deadline.h"
#include "domain/DueItem.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

namespace mladesk {

// Which open deadlines a due list holds.
// How many deadlines the register holds, and how many of them run.
struct DeadlineCounts {
    qint64 all = 0;
    qint64 open = 0;
};

struct DueFilter {
    QDateTime now = QDateTime::currentDateTimeUtc();
    int withinDays = -1; // -1: no limit
    bool overdueOnly = false;
    QStringList kinds; // empty: every kind
};

// A due item with its full deadline (trail, local time in the governing state).
struct DueDeadline {
    DueItem item;
    Deadline deadline;
};

// An open deadline with the state whose calendar and time zone govern it.
struct DueEntry {
    DueItem item;
    QString governingState;
    QString timeZone; // IANA id; empty when the state is not known
};

// The governing state and time zone of a request's deadlines stored before
// schema v8 (which did not store them), as the engine computes them: per
// request id, per "kind\nvariant". Kept by a view between reads until
// requests change, so each such request is computed once.
struct GoverningState {
    QString state;
    QString timeZone;
};
using GoverningCache = QHash<QString, QHash<QString, GoverningState>>;

} // namespace mladesk
