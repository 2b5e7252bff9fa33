#include "ui/deadlines/DueBucket.h"

#include <QPalette>

namespace mladesk {

namespace {

// The last local day of a deadline: an end at 00:00 is 24:00 of the day before.
QDate lastLocalDay(const QDateTime& due) {
    return due.toLocalTime().addMSecs(-1).date();
}

bool isDark(const QPalette& palette) {
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor blend(const QColor& over, const QColor& base, double amount) {
    return QColor::fromRgbF(float(over.redF() * amount + base.redF() * (1 - amount)),
                            float(over.greenF() * amount + base.greenF() * (1 - amount)),
                            float(over.blueF() * amount + base.blueF() * (1 - amount)));
}

} // namespace

DueBucket dueBucket(const DueItem& item, const QDateTime& now) {
    if (item.state == QLatin1String("stopped") || !item.due.isValid())
        return DueBucket::Stopped;
    if (item.due <= now)
        return DueBucket::Overdue;
    const QDate today = now.toLocalTime().date();
    const QDate last = lastLocalDay(item.due);
    if (last <= today)
        return DueBucket::Today;
    if (last <= today.addDays(7))
        return DueBucket::Week;
    return DueBucket::Later;
}

bool isDueNow(const DueItem& item, const QDateTime& now) {
    const DueBucket bucket = dueBucket(item, now);
    return bucket == DueBucket::Overdue || bucket == DueBucket::Today;
}

QColor dueColour(DueBucket bucket, const QPalette& palette) {
    const bool dark = isDark(palette);
    switch (bucket) {
    case DueBucket::Overdue:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb4, 0x1c, 0x1c);
    case DueBucket::Today:
        return dark ? QColor(0xff, 0xa6, 0x57) : QColor(0xb8, 0x4a, 0x00);
    case DueBucket::Week:
        return dark ? QColor(0xe3, 0xc0, 0x4a) : QColor(0x85, 0x64, 0x00);
    case DueBucket::Later:
        return palette.color(QPalette::Text);
    case DueBucket::Stopped:
        return palette.color(QPalette::PlaceholderText);
    }
    return palette.color(QPalette::Text);
}

QColor dueBackground(DueBucket bucket, const QPalette& palette) {
    const QColor base = palette.color(QPalette::Base);
    switch (bucket) {
    case DueBucket::Overdue:
        return blend(QColor(0xe5, 0x39, 0x35), base, isDark(palette) ? 0.28 : 0.14);
    case DueBucket::Today:
        return blend(QColor(0xfb, 0x8c, 0x00), base, isDark(palette) ? 0.26 : 0.16);
    case DueBucket::Week:
        return blend(QColor(0xfd, 0xd8, 0x35), base, isDark(palette) ? 0.22 : 0.22);
    case DueBucket::Later:
    case DueBucket::Stopped:
        return palette.color(QPalette::AlternateBase);
    }
    return base;
}

} // namespace mladesk
