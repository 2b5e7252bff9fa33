#include "HolidayRuleText.h"

#include "error/CoreText.h"

#include <QDate>
#include <QRegularExpression>

namespace mladesk {

namespace {

const char* const kWeekdays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const char* const kOrdinals[] = {"1st", "2nd", "3rd", "4th", "5th"};

int indexIn(const char* const* names, int count, const QString& name) {
    for (int i = 0; i < count; ++i)
        if (name.compare(QLatin1String(names[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    return 0;
}

QString signedDays(int days) {
    return days == 0 ? QString() : (days > 0 ? QStringLiteral("+%1").arg(days) : QString::number(days));
}

} // namespace

QString holidayRuleText(const HolidayRule& rule) {
    switch (rule.kind) {
    case HolidayRule::Kind::Fixed:
        return QStringLiteral("%1-%2")
            .arg(rule.month, 2, 10, QLatin1Char('0'))
            .arg(rule.day, 2, 10, QLatin1Char('0'));
    case HolidayRule::Kind::Easter:
        return (rule.orthodox ? QStringLiteral("Orthodox Easter") : QStringLiteral("Easter")) +
               signedDays(rule.easterOffset);
    case HolidayRule::Kind::NthWeekday:
        return QStringLiteral("%1 %2 %3")
            .arg(rule.nth < 0 ? QStringLiteral("last") : QLatin1String(kOrdinals[rule.nth - 1]),
                 QLatin1String(kWeekdays[rule.weekday - 1]), QLatin1String(kMonths[rule.month - 1]));
    }
    return {};
}

Status parseHolidayRule(const QString& input, HolidayRule* rule) {
    const QString text = input.simplified();
    static const QRegularExpression fixed(QStringLiteral("^(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression easter(QStringLiteral("^(orthodox )?easter\\s*([+-]\\s*\\d{1,3})?$"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression nth(QStringLiteral("^(1st|2nd|3rd|4th|5th|last) ([a-z]{3}) ([a-z]{3})$"),
                                        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = fixed.match(text); m.hasMatch()) {
        const int month = m.captured(1).toInt(), day = m.captured(2).toInt();
        if (!QDate::isValid(2024, month, day))
            return makeError(ErrorCode::InvalidInput,
                             text::Rules::tr("\"%1\" is not a day of the year (MM-DD).").arg(text));
        rule->kind = HolidayRule::Kind::Fixed;
        rule->month = month;
        rule->day = day;
        return {};
    }
    if (const auto m = easter.match(text); m.hasMatch()) {
        rule->kind = HolidayRule::Kind::Easter;
        rule->orthodox = !m.captured(1).isEmpty();
        rule->easterOffset = m.captured(2).remove(QLatin1Char(' ')).toInt();
        return {};
    }
    if (const auto m = nth.match(text); m.hasMatch()) {
        const int weekday = indexIn(kWeekdays, 7, m.captured(2)), month = indexIn(kMonths, 12, m.captured(3));
        if (weekday && month) {
            rule->kind = HolidayRule::Kind::NthWeekday;
            rule->nth = m.captured(1).compare(QLatin1String("last"), Qt::CaseInsensitive) == 0
                            ? -1
                            : indexIn(kOrdinals, 5, m.captured(1));
            rule->weekday = weekday;
            rule->month = month;
            return {};
        }
    }
    return makeError(
        ErrorCode::InvalidInput,
        text::Rules::tr("\"%1\" is not a holiday rule. Write a date as 12-25, a day after Easter as "
                        "Easter+1 (or Orthodox Easter+1), or a weekday of a month as 4th Thu Nov or "
                        "last Mon May.")
            .arg(text));
}

} // namespace mladesk
