#include "EntityJson.h"

#include "interchange/JsonText.h"

#include <QJsonDocument>
#include <algorithm>

namespace mladesk {

namespace {

QJsonValue optionalText(const QString& text) {
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}
QJsonValue optionalDate(const QDate& date) {
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

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

QString compactJson(const QJsonArray& array) {
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray parseJsonArray(const QString& text) {
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

QJsonArray toJson(const QStringList& values) {
    return QJsonArray::fromStringList(values);
}

QJsonArray toJson(const QList<Identifier>& identifiers) {
    QJsonArray array;
    for (const Identifier& i : identifiers)
        array.append(QJsonObject{{QStringLiteral("kind"), i.kind}, {QStringLiteral("value"), i.value}});
    return array;
}

QJsonArray toJson(const QList<DateRange>& ranges) {
    QJsonArray array;
    for (const DateRange& r : ranges)
        array.append(QJsonObject{{QStringLiteral("from"), optionalDate(r.from)},
                                 {QStringLiteral("to"), optionalDate(r.to)}});
    return array;
}

QJsonArray toJson(const QList<Person>& persons) {
    QJsonArray array;
    for (const Person& p : persons)
        array.append(QJsonObject{{QStringLiteral("name"), p.name},
                                 {QStringLiteral("role"), p.role},
                                 {QStringLiteral("birth_date"), optionalDate(p.birthDate)},
                                 {QStringLiteral("nationality"), optionalText(p.nationality)},
                                 {QStringLiteral("location"), optionalText(p.location)}});
    return array;
}

QJsonObject toJson(const State& s) {
    return {{QStringLiteral("code"), s.code},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("languages"), toJson(s.languages)},
            {QStringLiteral("time_zone"), s.timeZone},
            {QStringLiteral("contact"), optionalText(s.contact)}};
}

QJsonObject toJson(const Authority& a) {
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("state"), a.state},
            {QStringLiteral("name"), a.name},
            {QStringLiteral("kind"), a.kind},
            {QStringLiteral("languages"), toJson(a.languages)},
            {QStringLiteral("time_zone"), a.timeZone},
            {QStringLiteral("email"), optionalText(a.email)},
            {QStringLiteral("phone"), optionalText(a.phone)},
            {QStringLiteral("address"), optionalText(a.address)}};
}

QJsonObject toJson(const Case& c) {
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("reference"), c.reference},
            {QStringLiteral("title"), c.title},
            {QStringLiteral("offences"), toJson(c.offences)},
            {QStringLiteral("prosecutor"), optionalText(c.prosecutor)},
            {QStringLiteral("created_at"), utcText(c.createdAt)}};
}

QJsonObject toJson(const Request& r) {
    QJsonArray events;
    for (const RequestEvent& e : r.events)
        events.append(QJsonObject{{QStringLiteral("name"), e.name}, {QStringLiteral("at"), utcText(e.at)}});
    QJsonArray links;
    for (const RequestLink& l : r.links)
        links.append(QJsonObject{{QStringLiteral("to"), l.toId}, {QStringLiteral("kind"), l.kind}});
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("reference"), r.reference},
            {QStringLiteral("direction"), r.direction},
            {QStringLiteral("instrument"), r.instrument},
            {QStringLiteral("case_id"), optionalText(r.caseId)},
            {QStringLiteral("status"), r.status},
            {QStringLiteral("urgency"), r.urgency},
            {QStringLiteral("requesting_state"), r.requestingState},
            {QStringLiteral("requesting_authority_id"), optionalText(r.requestingAuthorityId)},
            {QStringLiteral("requested_state"), r.requestedState},
            {QStringLiteral("requested_authority_id"), optionalText(r.requestedAuthorityId)},
            {QStringLiteral("service_provider"), optionalText(r.serviceProvider)},
            {QStringLiteral("summary"), r.summary},
            {QStringLiteral("facts"), optionalText(r.facts)},
            {QStringLiteral("offence"), optionalText(r.offence)},
            {QStringLiteral("legal_qualification"), optionalText(r.legalQualification)},
            {QStringLiteral("assistance_sought"), optionalText(r.assistanceSought)},
            {QStringLiteral("measures"), toJson(r.measures)},
            {QStringLiteral("identifiers"), toJson(r.identifiers)},
            {QStringLiteral("date_ranges"), toJson(r.dateRanges)},
            {QStringLiteral("data_categories"), toJson(r.dataCategories)},
            {QStringLiteral("necessity"), optionalText(r.necessity)},
            {QStringLiteral("persons"), toJson(r.persons)},
            {QStringLiteral("procedures"), optionalText(r.procedures)},
            {QStringLiteral("purpose"), optionalText(r.purpose)},
            {QStringLiteral("events"), events},
            {QStringLiteral("links"), links},
            {QStringLiteral("created_at"), utcText(r.createdAt)},
            {QStringLiteral("updated_at"), utcText(r.updatedAt)}};
}

QJsonArray toJson(QList<RequestText> translations) {
    std::sort(translations.begin(), translations.end(), [](const RequestText& a, const RequestText& b) {
        return std::tie(a.field, a.language) < std::tie(b.field, b.language);
    });
    QJsonArray array;
    for (const RequestText& t : translations)
        array.append(QJsonObject{{QStringLiteral("field"), t.field},
                                 {QStringLiteral("language"), t.language},
                                 {QStringLiteral("text"), t.text},
                                 {QStringLiteral("status"), t.status},
                                 {QStringLiteral("source_sha256"), optionalText(t.sourceHash)},
                                 {QStringLiteral("updated_by"), optionalText(t.updatedBy)},
                                 {QStringLiteral("updated_at"), optionalText(utcText(t.updatedAt))}});
    return array;
}

QByteArray listJson(const QStringList& values) {
    QByteArray json("[");
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            json += ',';
        appendJsonString(json, values[i]);
    }
    json += ']';
    return json;
}

namespace {

// {"key":value,...} in compact JSON, keys given in QJsonObject's (sorted) order.
class CompactObject {
public:
    explicit CompactObject(QByteArray& out)
        : m_out(out) {
        m_out += '{';
    }
    ~CompactObject() { m_out += '}'; }
    CompactObject& text(const char* key, const QString& value) {
        name(key);
        appendJsonString(m_out, value);
        return *this;
    }
    CompactObject& optional(const char* key, const QString& value) {
        if (value.isEmpty()) {
            name(key);
            m_out += "null";
            return *this;
        }
        return text(key, value);
    }
    CompactObject& date(const char* key, const QDate& value) {
        return value.isValid() ? text(key, value.toString(Qt::ISODate)) : optional(key, {});
    }

private:
    void name(const char* key) {
        if (!m_first)
            m_out += ',';
        m_first = false;
        m_out += '"';
        m_out += key;
        m_out += "\":";
    }
    QByteArray& m_out;
    bool m_first = true;
};

template <typename List, typename Item> QByteArray compactList(const List& values, Item item) {
    QByteArray json("[");
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            json += ',';
        CompactObject object(json);
        item(object, values[i]);
    }
    json += ']';
    return json;
}

} // namespace

QByteArray listJson(const QList<Identifier>& identifiers) {
    return compactList(identifiers, [](CompactObject& o, const Identifier& i) {
        o.text("kind", i.kind).text("value", i.value);
    });
}

QByteArray listJson(const QList<DateRange>& ranges) {
    return compactList(ranges,
                       [](CompactObject& o, const DateRange& r) { o.date("from", r.from).date("to", r.to); });
}

QByteArray listJson(const QList<Person>& persons) {
    return compactList(persons, [](CompactObject& o, const Person& p) {
        o.date("birth_date", p.birthDate)
            .optional("location", p.location)
            .text("name", p.name)
            .optional("nationality", p.nationality)
            .text("role", p.role);
    });
}

} // namespace mladesk
