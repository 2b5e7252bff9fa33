#pragma once

#include "domain/Deadline.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QTimeZone;

namespace mladesk {

// How deadlines read in the interface: their kinds and states in words, due
// instants in the user's and the governing state's time, and their trails.
class DeadlineText {
    Q_DECLARE_TR_FUNCTIONS(DeadlineText)

public:
    static QString kindLabel(const QString& kind, const QString& variant = {});
    static QString stateLabel(Deadline::State state);
    static QString adjustmentLabel(DeadlineAdjustment::Type type);
    static QString eventLabel(const QString& event);

    // "Mon 2026-03-02 17:00" in the zone. A period that ends at midnight is
    // shown the way the law counts it: 24:00 of the day that ends.
    static QString instant(const QDateTime& utc, const QTimeZone& zone);
    static QString timeOfDay(const QDateTime& utc, const QTimeZone& zone); // "17:00", "24:00"
    static QString local(const QDateTime& utc);
    static QString utc(const QDateTime& utc);
    // The time in the governing state's zone, with its place ("… (Dublin)"),
    // or an empty string where it reads the same as the user's time. Short:
    // without the date when it is the same day as in the user's time.
    static QString there(const QDateTime& utc, const QString& timeZoneId, bool shortForm = false);
    // "Dublin" for "Europe/Dublin".
    static QString place(const QString& timeZoneId);

    // The deadline with every step of its trail and the article it rests on.
    static QString trailHtml(const Deadline& deadline, const QString& reference);
};

} // namespace mladesk
