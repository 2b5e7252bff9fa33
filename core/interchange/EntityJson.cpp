#include "EntityJson.h"

#include "common/UtcText.h"

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
    QJsonObject o{{QStringLiteral("id"), r.id},
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
    // Absent when none: the content hash of an approval made before options
    // existed stays the same.
    if (!r.options.isEmpty())
        o.insert(QStringLiteral("options"), toJson(r.options));
    return o;
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

} // namespace mladesk
