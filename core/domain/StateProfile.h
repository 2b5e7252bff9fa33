#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace mladesk {

// One public holiday rule of a state's calendar (docs/catalogue.md): a fixed
// date, a day relative to Easter, or the nth weekday of a month.
struct HolidayRule {
    enum class Kind { Fixed, Easter, NthWeekday };
    enum class Observed { No, NextWeekday, NearestWeekday };
    QString name;
    Kind kind = Kind::Fixed;
    int month = 0;
    int day = 0;          // Fixed
    int easterOffset = 0; // Easter: days after Easter Sunday
    bool orthodox = false;
    int weekday = 0; // NthWeekday: 1 Monday ... 7 Sunday
    int nth = 0;     // 1..5, -1 = last
    Observed observed = Observed::No;
    int fromYear = 0; // 0 = no bound
    int toYear = 0;
    bool operator==(const HolidayRule&) const = default;
};

struct ContactPoint {
    QString name;
    QString address;
    QString email;
    QString phone;
    QString source;
    QString note;
    bool verified = false;
    bool isEmpty() const { return name.isEmpty() && address.isEmpty() && email.isEmpty() && phone.isEmpty(); }
    bool operator==(const ContactPoint&) const = default;
};

struct Reservation {
    QString instrument;
    QString article;
    QString text;
    QString source;
    bool verified = false;
    bool operator==(const Reservation&) const = default;
};

// What MLA Desk knows about a state: its calendar and time zone (where
// periods run), the languages it accepts per instrument, whom to contact.
// Shipped in resources/states/CC.json; a user's edits live in the register.
struct StateProfile {
    QString code;
    QString name;
    QString timeZone;
    QStringList officialLanguages;
    // Instrument key or "default" -> accepted, preferred first; "KEY/urgent":
    // accepted for an urgent or emergency request under KEY (e.g. Croatia
    // accepts English for an urgent EIO).
    QMap<QString, QStringList> languages;
    bool languagesVerified = true;
    QStringList languageSources;
    QString languagesNote;
    QStringList instruments; // instrument keys the state applies
    bool instrumentsVerified = true;
    QString instrumentsNote;
    QString periodRule; // empty: the instrument's rule; "eu-1182-71" where national law rolls over
    ContactPoint centralAuthority;
    ContactPoint contact24x7;
    QList<Reservation> reservations;
    QList<int> weekend{6, 7};
    QList<HolidayRule> holidays;
    bool hasHolidayCalendar = false; // false: weekends only
    QString holidaysNote;
    QString holidaysSource;
    bool holidaysVerified = true;
    bool edited = false; // true when the register holds the user's version

    // The languages accepted for an instrument, most preferred first; for an
    // urgent or emergency request, those of "KEY/urgent" when the state says.
    QStringList acceptedLanguages(const QString& instrument, const QString& urgency = QString()) const {
        if (!urgency.isEmpty() && urgency != QLatin1String("normal")) {
            const QStringList urgent = languages.value(instrument + QStringLiteral("/urgent"));
            if (!urgent.isEmpty())
                return urgent;
        }
        const QStringList specific = languages.value(instrument);
        return specific.isEmpty() ? languages.value(QStringLiteral("default"), officialLanguages) : specific;
    }
    bool operator==(const StateProfile&) const = default;
};

} // namespace mladesk
