#include "Validation.h"

#include "domain/Deadline.h"
#include "domain/Instrument.h"
#include "domain/RequestWorkflow.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace mladesk {

namespace {

void require(QList<FieldProblem>& problems, const QString& field, const QString& value) {
    if (value.trimmed().isEmpty())
        problems.append({field, QStringLiteral("is required")});
}

void oneOf(QList<FieldProblem>& problems, const QString& field, const QString& value,
           const QStringList& allowed) {
    if (!allowed.contains(value))
        problems.append({field, QStringLiteral("\"%1\" is not one of: %2").arg(value, allowed.join(u", "))});
}

void countryField(QList<FieldProblem>& problems, const QString& field, const QString& code) {
    if (!isCountryCode(code))
        problems.append(
            {field, QStringLiteral("\"%1\" is not an ISO 3166-1 alpha-2 country code").arg(code)});
}

void languagesField(QList<FieldProblem>& problems, const QString& field, const QStringList& codes) {
    for (const QString& code : codes)
        if (!isLanguageCode(code))
            problems.append({field, QStringLiteral("\"%1\" is not an ISO 639-1 language code").arg(code)});
}

void timeZoneField(QList<FieldProblem>& problems, const QString& field, const QString& id) {
    if (!isTimeZone(id))
        problems.append(
            {field, QStringLiteral("\"%1\" is not an IANA time zone (e.g. Europe/Berlin)").arg(id)});
}

void uuidField(QList<FieldProblem>& problems, const QString& field, const QString& id) {
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    if (!uuid.match(id).hasMatch())
        problems.append({field, QStringLiteral("\"%1\" is not a lower-case UUID").arg(id)});
}

} // namespace

bool isCountryCode(const QString& code) {
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{2}$"));
    return shape.match(code).hasMatch() && QLocale::codeToTerritory(code) != QLocale::AnyTerritory;
}

bool isLanguageCode(const QString& code) {
    static const QRegularExpression shape(QStringLiteral("^[a-z]{2}$"));
    // Qt knows Norwegian only as "nb"/"nn"; ISO 639-1 also has the macrolanguage "no".
    return shape.match(code).hasMatch() &&
           (code == QLatin1String("no") ||
            QLocale::codeToLanguage(code, QLocale::ISO639Part1) != QLocale::AnyLanguage);
}

bool isTimeZone(const QString& id) {
    return !id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id.toUtf8());
}

QList<FieldProblem> validateState(const State& state) {
    QList<FieldProblem> problems;
    countryField(problems, QStringLiteral("code"), state.code);
    require(problems, QStringLiteral("name"), state.name);
    languagesField(problems, QStringLiteral("languages"), state.languages);
    timeZoneField(problems, QStringLiteral("time_zone"), state.timeZone);
    return problems;
}

QList<FieldProblem> validateAuthority(const Authority& authority) {
    QList<FieldProblem> problems;
    uuidField(problems, QStringLiteral("id"), authority.id);
    countryField(problems, QStringLiteral("state"), authority.state);
    require(problems, QStringLiteral("name"), authority.name);
    oneOf(problems, QStringLiteral("kind"), authority.kind, authorityKinds());
    languagesField(problems, QStringLiteral("languages"), authority.languages);
    timeZoneField(problems, QStringLiteral("time_zone"), authority.timeZone);
    return problems;
}

QList<FieldProblem> validateCase(const Case& kase) {
    QList<FieldProblem> problems;
    uuidField(problems, QStringLiteral("id"), kase.id);
    require(problems, QStringLiteral("reference"), kase.reference);
    require(problems, QStringLiteral("title"), kase.title);
    if (!kase.createdAt.isValid())
        problems.append({QStringLiteral("created_at"), QStringLiteral("is not a valid date and time")});
    return problems;
}

namespace {

QDateTime earliestEvent(const Request& r, const char* name) {
    QDateTime found;
    for (const RequestEvent& e : r.events)
        if (e.name == QLatin1String(name) && e.at.isValid() && (!found.isValid() || e.at < found))
            found = e.at;
    return found;
}

// Events must be known, not in the future (except a provider's announced
// deletion date), and in an order that can have happened.
void eventProblems(QList<FieldProblem>& problems, const Request& r) {
    const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(300);
    for (int i = 0; i < r.events.size(); ++i) {
        const QString field = QStringLiteral("events[%1]").arg(i);
        const RequestEvent& e = r.events[i];
        oneOf(problems, field + QStringLiteral(".name"), e.name, knownEventNames());
        if (!e.at.isValid())
            problems.append(
                {field + QStringLiteral(".at"), QStringLiteral("is not a valid UTC date and time")});
        else if (e.at > soon && e.name != QLatin1String("provider-deletion"))
            problems.append({field + QStringLiteral(".at"),
                             QStringLiteral("\"%1\" is in the future (%2): record events once they happen")
                                 .arg(e.name, e.at.toString(Qt::ISODate))});
        else if (r.direction == QLatin1String("outgoing") && r.createdAt.isValid() &&
                 e.name != QLatin1String("provider-deletion") && e.at < r.createdAt.addSecs(-60))
            problems.append(
                {field + QStringLiteral(".at"),
                 QStringLiteral("\"%1\" (%2) is before the request was created (%3)")
                     .arg(e.name, e.at.toString(Qt::ISODate), r.createdAt.toString(Qt::ISODate))});
    }
    static const std::pair<const char*, const char*> order[] = {
        {"received", "acknowledged"}, {"received", "recognized"}, {"received", "executed"},
        {"received", "produced"},     {"recognized", "executed"}, {"issued", "sent"},
        {"issued", "validated"},      {"sent", "acknowledged"},   {"documentation-complete", "served"},
        {"served", "produced"},
    };
    for (const auto& [first, then] : order) {
        const QDateTime a = earliestEvent(r, first), b = earliestEvent(r, then);
        if (a.isValid() && b.isValid() && b < a)
            problems.append(
                {QStringLiteral("events"), QStringLiteral("\"%1\" (%2) cannot come before \"%3\" (%4)")
                                               .arg(QLatin1String(then), b.toString(Qt::ISODate),
                                                    QLatin1String(first), a.toString(Qt::ISODate))});
    }
}

} // namespace

QList<FieldProblem> validateRequest(const Request& r) {
    QList<FieldProblem> problems;
    uuidField(problems, QStringLiteral("id"), r.id);
    require(problems, QStringLiteral("reference"), r.reference);
    oneOf(problems, QStringLiteral("direction"), r.direction, directions());
    if (!isKnownInstrument(r.instrument))
        problems.append({QStringLiteral("instrument"),
                         QStringLiteral("\"%1\" is not a known instrument").arg(r.instrument)});
    if (!RequestWorkflow::isKnownStatus(r.direction, r.status))
        problems.append(
            {QStringLiteral("status"),
             QStringLiteral("\"%1\" is not a status of %2 requests (allowed: %3)")
                 .arg(r.status, r.direction, RequestWorkflow::statuses(r.direction).join(u", "))});
    oneOf(problems, QStringLiteral("urgency"), r.urgency, urgencies());
    countryField(problems, QStringLiteral("requesting_state"), r.requestingState);
    countryField(problems, QStringLiteral("requested_state"), r.requestedState);
    require(problems, QStringLiteral("summary"), r.summary);
    for (int i = 0; i < r.identifiers.size(); ++i) {
        const QString field = QStringLiteral("identifiers[%1]").arg(i);
        oneOf(problems, field + QStringLiteral(".kind"), r.identifiers[i].kind, identifierKinds());
        require(problems, field + QStringLiteral(".value"), r.identifiers[i].value);
    }
    for (int i = 0; i < r.dateRanges.size(); ++i) {
        const DateRange& range = r.dateRanges[i];
        const QString field = QStringLiteral("date_ranges[%1]").arg(i);
        if (!range.from.isValid() || !range.to.isValid())
            problems.append({field, QStringLiteral("needs valid \"from\" and \"to\" dates (YYYY-MM-DD)")});
        else if (range.from > range.to)
            problems.append({field, QStringLiteral("ends before it starts")});
    }
    for (const QString& category : r.dataCategories)
        oneOf(problems, QStringLiteral("data_categories"), category, dataCategories());
    for (int i = 0; i < r.persons.size(); ++i) {
        const QString field = QStringLiteral("persons[%1]").arg(i);
        require(problems, field + QStringLiteral(".name"), r.persons[i].name);
        oneOf(problems, field + QStringLiteral(".role"), r.persons[i].role, personRoles());
        if (!r.persons[i].nationality.isEmpty())
            countryField(problems, field + QStringLiteral(".nationality"), r.persons[i].nationality);
    }
    eventProblems(problems, r);
    for (int i = 0; i < r.links.size(); ++i) {
        const QString field = QStringLiteral("links[%1]").arg(i);
        uuidField(problems, field + QStringLiteral(".to"), r.links[i].toId);
        oneOf(problems, field + QStringLiteral(".kind"), r.links[i].kind, linkKinds());
        if (r.links[i].toId == r.id)
            problems.append(
                {field + QStringLiteral(".to"), QStringLiteral("a request cannot link to itself")});
    }
    if (!r.createdAt.isValid())
        problems.append({QStringLiteral("created_at"), QStringLiteral("is not a valid date and time")});
    if (!r.updatedAt.isValid())
        problems.append({QStringLiteral("updated_at"), QStringLiteral("is not a valid date and time")});
    return problems;
}

} // namespace mladesk
