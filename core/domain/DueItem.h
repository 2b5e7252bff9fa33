#pragma once

#include <QDateTime>
#include <QString>

namespace mladesk {

// An open deadline of the register, for the dashboard, the CLI and iCalendar.
struct DueItem {
    QString requestId;
    QString reference;
    QString summary;
    QString instrument;
    QString direction;
    QString kind;
    QString variant;
    QString state; // open | stopped
    QDateTime due; // UTC; invalid while stopped
    // The state whose law and calendar govern the deadline, and its time
    // zone, as stored with it (schema v8); empty for a row stored before.
    QString governingState;
    QString timeZone;
};

} // namespace mladesk
