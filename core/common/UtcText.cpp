#include "UtcText.h"

namespace mladesk {

namespace {

// "YYYY-MM-DDTHH:MM:SSZ", what Qt::ISODate writes for a UTC instant of a
// year 1-9999 without milliseconds; anything else goes through Qt.
QString fastUtcText(const QDate& date, const QTime& time) {
    char16_t text[20];
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, date.year(), 4);
    text[4] = u'-';
    put(5, date.month(), 2);
    text[7] = u'-';
    put(8, date.day(), 2);
    text[10] = u'T';
    put(11, time.hour(), 2);
    text[13] = u':';
    put(14, time.minute(), 2);
    text[16] = u':';
    put(17, time.second(), 2);
    text[19] = u'Z';
    return QString(reinterpret_cast<const QChar*>(text), 20);
}

// Reads the digits of text[at, at + count), or -1.
int digitsAt(QStringView text, int at, int count) {
    int value = 0;
    for (int i = at; i < at + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

QString utcText(const QDateTime& instant) {
    if (!instant.isValid())
        return {};
    const QDateTime utc = instant.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    if (date.year() >= 1 && date.year() <= 9999 && time.msec() == 0)
        return fastUtcText(date, time);
    return utc.toString(Qt::ISODate);
}

QDateTime parseUtc(const QString& text) {
    // The common case, "YYYY-MM-DDTHH:MM:SSZ" (what utcText writes), read
    // directly; a value it does not take goes to Qt's ISO parser.
    if (text.size() == 20 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' &&
        text.at(13) == u':' && text.at(16) == u':' && text.at(19) == u'Z') {
        const int year = digitsAt(text, 0, 4), month = digitsAt(text, 5, 2), day = digitsAt(text, 8, 2);
        const int hour = digitsAt(text, 11, 2), minute = digitsAt(text, 14, 2),
                  second = digitsAt(text, 17, 2);
        const QDate date(year, month, day);
        const QTime time(hour, minute, second);
        if (year > 0 && date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    // An instant must say where it is: Z or an offset. A bare local time is ambiguous.
    const bool hasZone = text.endsWith(QLatin1Char('Z')) ||
                         (text.size() > 19 && (text.at(text.size() - 6) == QLatin1Char('+') ||
                                               text.at(text.size() - 6) == QLatin1Char('-')));
    if (!hasZone)
        return {};
    const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace mladesk
