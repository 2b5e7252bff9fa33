#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace mladesk {

// One line of a deadline's trail: why the date is what it is.
struct TrailStep {
    QString
        step; // rule | start | end | rollover | working-days | extension | stop | restart | earlier | note
    QString text;    // in words, for people
    QString article; // where the step comes from, when it comes from a text
    bool operator==(const TrailStep&) const = default;
};

// What a user did to one deadline of a request: extend it, stop and restart
// the clock, or record an earlier date the other side asked for.
struct DeadlineAdjustment {
    enum class Type { Extend, Stop, Restart, Earlier };
    QString kind; // the deadline kind it applies to
    Type type = Type::Extend;
    QDateTime at;   // UTC: when the clock stopped/restarted, or the earlier due instant
    int amount = 0; // Extend: in the period's unit; 0 = the instrument's extension
    QString reason;
    QString article;
    bool operator==(const DeadlineAdjustment&) const = default;
};

QString adjustmentTypeName(DeadlineAdjustment::Type type);
bool adjustmentTypeFromName(const QString& name, DeadlineAdjustment::Type* type);

// A computed deadline. `due` is empty while the clock is stopped.
struct Deadline {
    enum class State { Open, Met, MetLate, Stopped, Closed };
    QString kind;
    QString variant;
    QString description;
    QString instrument;
    QString article;
    QString governingState; // the state whose calendar and time zone govern
    QString timeZone;
    QDateTime startEvent; // UTC
    QString startEventName;
    QDateTime due; // UTC
    QDateTime metAt;
    State state = State::Open;
    bool minimum = false;
    QList<TrailStep> trail;
};

QString deadlineStateName(Deadline::State state);

// When the data received under a request must be destroyed (retention sunset).
struct RetentionRecord {
    QString requestId;
    QDateTime until; // UTC
    QString basis;   // instrument | case-decision | extension
    QString article;
    QString reason;
    int reminderDays = 30;
    QDateTime purgedAt;
    QString purgedBy;
};

// Event names deadlines count from (docs/catalogue.md).
const QStringList& knownEventNames();

} // namespace mladesk
