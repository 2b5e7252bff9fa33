#include "EntityJson.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace mladesk {

namespace {

QJsonValue optionalText(const QString& text) {
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}
QJsonValue optionalDate(const QDate& date) {
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

// Reads one object's fields with type checks, remembering which it saw so
// unknown fields can be reported.
class FieldReader {
public:
    FieldReader(const QJsonObject& object, QString prefix, QList<FieldProblem>& problems)
        : m_object(object)
        , m_prefix(std::move(prefix))
        , m_problems(problems) {}

    QString name(const QString& key) const { return m_prefix + key; }
    QJsonValue value(const QString& key) {
        m_seen.insert(key);
        return m_object.value(key);
    }
    void problem(const QString& key, const QString& message) { m_problems.append({name(key), message}); }

    QString text(const QString& key, bool required) {
        const QJsonValue v = value(key);
        if (v.isString())
            return v.toString();
        if (v.isUndefined() || v.isNull()) {
            if (required)
                problem(key, QStringLiteral("is required"));
        } else {
            problem(key, QStringLiteral("must be text"));
        }
        return {};
    }
    QDate date(const QString& key, bool required) {
        const QString s = text(key, required);
        if (s.isEmpty())
            return {};
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid() || s.size() != 10)
            problem(key, QStringLiteral("\"%1\" is not a valid date (YYYY-MM-DD)").arg(s));
        return d;
    }
    QDateTime instant(const QString& key, bool required) {
        const QString s = text(key, required);
        if (s.isEmpty())
            return {};
        const QDateTime t = parseUtc(s);
        if (!t.isValid())
            problem(key, QStringLiteral("\"%1\" is not a valid date and time with a time zone "
                                        "(e.g. 2026-03-01T09:30:00Z)")
                             .arg(s));
        return t;
    }
    QStringList strings(const QString& key) { return stringsFromJson(value(key), name(key), m_problems); }
    QJsonValue array(const QString& key) {
        const QJsonValue v = value(key);
        if (!v.isUndefined() && !v.isNull() && !v.isArray())
            problem(key, QStringLiteral("must be a list"));
        return v;
    }
    void rejectUnknown() {
        for (auto it = m_object.begin(); it != m_object.end(); ++it)
            if (!m_seen.contains(it.key()))
                problem(it.key(), QStringLiteral("is not a field of this record"));
    }

private:
    const QJsonObject& m_object;
    QString m_prefix;
    QList<FieldProblem>& m_problems;
    QSet<QString> m_seen;
};

template <typename Fn>
void forEachObject(const QJsonValue& value, const QString& field, QList<FieldProblem>& problems, Fn fn) {
    const QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QString name = QStringLiteral("%1[%2]").arg(field).arg(i);
        if (!array[i].isObject()) {
            problems.append({name, QStringLiteral("must be an object")});
            continue;
        }
        const QJsonObject object = array[i].toObject();
        FieldReader reader(object, name + QLatin1Char('.'), problems);
        fn(reader);
        reader.rejectUnknown();
    }
}

} // namespace

QString utcText(const QDateTime& instant) {
    return instant.isValid() ? instant.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime parseUtc(const QString& text) {
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

QStringList stringsFromJson(const QJsonValue& value, const QString& field, QList<FieldProblem>& problems) {
    QStringList result;
    if (value.isUndefined() || value.isNull())
        return result;
    if (!value.isArray()) {
        problems.append({field, QStringLiteral("must be a list of text")});
        return result;
    }
    const QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (array[i].isString())
            result << array[i].toString();
        else
            problems.append({QStringLiteral("%1[%2]").arg(field).arg(i), QStringLiteral("must be text")});
    }
    return result;
}

QList<Identifier> identifiersFromJson(const QJsonValue& value, QList<FieldProblem>& problems) {
    QList<Identifier> result;
    forEachObject(value, QStringLiteral("identifiers"), problems, [&](FieldReader& f) {
        result.append({f.text(QStringLiteral("kind"), true), f.text(QStringLiteral("value"), true)});
    });
    return result;
}

QList<DateRange> dateRangesFromJson(const QJsonValue& value, QList<FieldProblem>& problems) {
    QList<DateRange> result;
    forEachObject(value, QStringLiteral("date_ranges"), problems, [&](FieldReader& f) {
        const QDate from = f.date(QStringLiteral("from"), true);
        result.append({from, f.date(QStringLiteral("to"), true)});
    });
    return result;
}

QList<Person> personsFromJson(const QJsonValue& value, QList<FieldProblem>& problems) {
    QList<Person> result;
    forEachObject(value, QStringLiteral("persons"), problems, [&](FieldReader& f) {
        Person p;
        p.name = f.text(QStringLiteral("name"), true);
        p.role = f.text(QStringLiteral("role"), true);
        p.birthDate = f.date(QStringLiteral("birth_date"), false);
        p.nationality = f.text(QStringLiteral("nationality"), false);
        p.location = f.text(QStringLiteral("location"), false);
        result.append(p);
    });
    return result;
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

State stateFromJson(const QJsonObject& object, QList<FieldProblem>& problems) {
    FieldReader f(object, {}, problems);
    State s;
    s.code = f.text(QStringLiteral("code"), true);
    s.name = f.text(QStringLiteral("name"), true);
    s.languages = f.strings(QStringLiteral("languages"));
    s.timeZone = f.text(QStringLiteral("time_zone"), true);
    s.contact = f.text(QStringLiteral("contact"), false);
    f.rejectUnknown();
    return s;
}

Authority authorityFromJson(const QJsonObject& object, QList<FieldProblem>& problems) {
    FieldReader f(object, {}, problems);
    Authority a;
    a.id = f.text(QStringLiteral("id"), true);
    a.state = f.text(QStringLiteral("state"), true);
    a.name = f.text(QStringLiteral("name"), true);
    a.kind = f.text(QStringLiteral("kind"), true);
    a.languages = f.strings(QStringLiteral("languages"));
    a.timeZone = f.text(QStringLiteral("time_zone"), true);
    a.email = f.text(QStringLiteral("email"), false);
    a.phone = f.text(QStringLiteral("phone"), false);
    a.address = f.text(QStringLiteral("address"), false);
    f.rejectUnknown();
    return a;
}

Case caseFromJson(const QJsonObject& object, QList<FieldProblem>& problems) {
    FieldReader f(object, {}, problems);
    Case c;
    c.id = f.text(QStringLiteral("id"), true);
    c.reference = f.text(QStringLiteral("reference"), true);
    c.title = f.text(QStringLiteral("title"), true);
    c.offences = f.strings(QStringLiteral("offences"));
    c.prosecutor = f.text(QStringLiteral("prosecutor"), false);
    c.createdAt = f.instant(QStringLiteral("created_at"), true);
    f.rejectUnknown();
    return c;
}

Request requestFromJson(const QJsonObject& object, QList<FieldProblem>& problems, RequestTexts* texts) {
    FieldReader f(object, {}, problems);
    Request r;
    r.id = f.text(QStringLiteral("id"), true);
    r.reference = f.text(QStringLiteral("reference"), true);
    r.direction = f.text(QStringLiteral("direction"), true);
    r.instrument = f.text(QStringLiteral("instrument"), true);
    r.caseId = f.text(QStringLiteral("case_id"), false);
    r.status = f.text(QStringLiteral("status"), true);
    r.urgency = f.text(QStringLiteral("urgency"), true);
    r.requestingState = f.text(QStringLiteral("requesting_state"), true);
    r.requestingAuthorityId = f.text(QStringLiteral("requesting_authority_id"), false);
    r.requestedState = f.text(QStringLiteral("requested_state"), true);
    r.requestedAuthorityId = f.text(QStringLiteral("requested_authority_id"), false);
    r.serviceProvider = f.text(QStringLiteral("service_provider"), false);
    r.summary = f.text(QStringLiteral("summary"), true);
    r.facts = f.text(QStringLiteral("facts"), false);
    r.offence = f.text(QStringLiteral("offence"), false);
    r.legalQualification = f.text(QStringLiteral("legal_qualification"), false);
    r.assistanceSought = f.text(QStringLiteral("assistance_sought"), false);
    r.measures = f.strings(QStringLiteral("measures"));
    r.identifiers = identifiersFromJson(f.array(QStringLiteral("identifiers")), problems);
    r.dateRanges = dateRangesFromJson(f.array(QStringLiteral("date_ranges")), problems);
    r.dataCategories = f.strings(QStringLiteral("data_categories"));
    r.necessity = f.text(QStringLiteral("necessity"), false);
    r.persons = personsFromJson(f.array(QStringLiteral("persons")), problems);
    r.procedures = f.text(QStringLiteral("procedures"), false);
    r.purpose = f.text(QStringLiteral("purpose"), false);
    forEachObject(f.array(QStringLiteral("events")), QStringLiteral("events"), problems, [&](FieldReader& e) {
        const QString name = e.text(QStringLiteral("name"), true);
        r.events.append({name, e.instant(QStringLiteral("at"), true)});
    });
    forEachObject(f.array(QStringLiteral("links")), QStringLiteral("links"), problems, [&](FieldReader& l) {
        const QString to = l.text(QStringLiteral("to"), true);
        r.links.append({to, l.text(QStringLiteral("kind"), true)});
    });
    r.createdAt = f.instant(QStringLiteral("created_at"), true);
    r.updatedAt = f.instant(QStringLiteral("updated_at"), true);
    RequestTexts read;
    read.textLanguage = f.text(QStringLiteral("text_language"), false);
    if (!read.textLanguage.isEmpty() && !isLanguageCode(read.textLanguage))
        f.problem(QStringLiteral("text_language"),
                  QStringLiteral("\"%1\" is not an ISO 639-1 language code").arg(read.textLanguage));
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    QSet<QString> seen;
    forEachObject(f.array(QStringLiteral("translations")), QStringLiteral("translations"), problems,
                  [&](FieldReader& t) {
                      RequestText text;
                      text.field = t.text(QStringLiteral("field"), true);
                      text.language = t.text(QStringLiteral("language"), true);
                      text.text = t.text(QStringLiteral("text"), true);
                      text.status = t.text(QStringLiteral("status"), true);
                      text.sourceHash = t.text(QStringLiteral("source_sha256"), false);
                      text.updatedBy = t.text(QStringLiteral("updated_by"), false);
                      text.updatedAt = t.instant(QStringLiteral("updated_at"), false);
                      if (!text.sourceHash.isEmpty() && !sha256.match(text.sourceHash).hasMatch())
                          t.problem(QStringLiteral("source_sha256"),
                                    QStringLiteral("must be a SHA-256 in lower-case hex"));
                      for (const FieldProblem& p : validateRequestText(text, read.sourceLanguage()))
                          t.problem(p.field, p.message);
                      const QString key = text.field + QLatin1Char('/') + text.language;
                      if (seen.contains(key))
                          t.problem(
                              QStringLiteral("language"),
                              QStringLiteral("%1 has a text in \"%2\" twice").arg(text.field, text.language));
                      seen.insert(key);
                      read.translations.append(text);
                  });
    if (texts)
        *texts = read;
    f.rejectUnknown();
    return r;
}

} // namespace mladesk
