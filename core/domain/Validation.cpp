#include "Validation.h"

#include "domain/Deadline.h"
#include "domain/Instrument.h"
#include "domain/RequestWorkflow.h"
#include "error/CoreText.h"

#include <QLocale>
#include <QTimeZone>

namespace mladesk {

namespace {

void require(QList<FieldProblem>& problems, const QString& field, const QString& value) {
    if (value.trimmed().isEmpty())
        problems.append({field, text::Domain::tr("is required")});
}

void oneOf(QList<FieldProblem>& problems, const QString& field, const QString& value,
           const QStringList& allowed) {
    if (!allowed.contains(value))
        problems.append(
            {field, text::Domain::tr("\"%1\" is not one of: %2").arg(value, allowed.join(u", "))});
}

void countryField(QList<FieldProblem>& problems, const QString& field, const QString& code) {
    if (!isCountryCode(code))
        problems.append(
            {field, text::Domain::tr("\"%1\" is not an ISO 3166-1 alpha-2 country code").arg(code)});
}

void languagesField(QList<FieldProblem>& problems, const QString& field, const QStringList& codes) {
    for (const QString& code : codes)
        if (!isLanguageCode(code))
            problems.append({field, text::Domain::tr("\"%1\" is not an ISO 639-1 language code").arg(code)});
}

void timeZoneField(QList<FieldProblem>& problems, const QString& field, const QString& id) {
    if (!isTimeZone(id))
        problems.append(
            {field, text::Domain::tr("\"%1\" is not an IANA time zone (e.g. Europe/Berlin)").arg(id)});
}

// 8-4-4-4-12 lower-case hexadecimal digits.
bool isLowerCaseUuid(const QString& id) {
    if (id.size() != 36)
        return false;
    for (qsizetype i = 0; i < 36; ++i) {
        const char16_t c = id.at(i).unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) {
            return false;
        }
    }
    return true;
}

void uuidField(QList<FieldProblem>& problems, const QString& field, const QString& id) {
    if (!isLowerCaseUuid(id))
        problems.append({field, text::Domain::tr("\"%1\" is not a lower-case UUID").arg(id)});
}

} // namespace

namespace {

bool twoLetters(const QString& code, char16_t first, char16_t last) {
    return code.size() == 2 && code.at(0).unicode() >= first && code.at(0).unicode() <= last &&
           code.at(1).unicode() >= first && code.at(1).unicode() <= last;
}

} // namespace

bool isCountryCode(const QString& code) {
    return twoLetters(code, u'A', u'Z') && QLocale::codeToTerritory(code) != QLocale::AnyTerritory;
}

bool isLanguageCode(const QString& code) {
    // Qt knows Norwegian only as "nb"/"nn"; ISO 639-1 also has the macrolanguage "no".
    return twoLetters(code, u'a', u'z') &&
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
        problems.append({QStringLiteral("created_at"), text::Domain::tr("is not a valid date and time")});
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
    static const QStringList eventNames = knownEventNames();
    for (int i = 0; i < r.events.size(); ++i) {
        const auto field = [i] {
            return QStringLiteral("events[%1]").arg(i);
        };
        const RequestEvent& e = r.events[i];
        if (!eventNames.contains(e.name))
            oneOf(problems, field() + QStringLiteral(".name"), e.name, eventNames);
        if (!e.at.isValid())
            problems.append(
                {field() + QStringLiteral(".at"), text::Domain::tr("is not a valid UTC date and time")});
        else if (e.at > soon && e.name != QLatin1String("provider-deletion"))
            problems.append({field() + QStringLiteral(".at"),
                             text::Domain::tr("\"%1\" is in the future (%2): record events once they happen")
                                 .arg(e.name, e.at.toString(Qt::ISODate))});
        // An event may be older than the request's record: requests are often
        // recorded after the fact (sent last week, entered today).
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
                {QStringLiteral("events"), text::Domain::tr("\"%1\" (%2) cannot come before \"%3\" (%4)")
                                               .arg(QLatin1String(then), b.toString(Qt::ISODate),
                                                    QLatin1String(first), a.toString(Qt::ISODate))});
    }
}

} // namespace

QList<FieldProblem> validateRequest(const Request& r) {
    // Names of list elements are built only for a problem.
    static const QStringList kDirections = directions(), kUrgencies = urgencies(),
                             kIdentifierKinds = identifierKinds(), kDataCategories = dataCategories(),
                             kPersonRoles = personRoles(), kOptions = requestOptions();
    QList<FieldProblem> problems;
    uuidField(problems, QStringLiteral("id"), r.id);
    require(problems, QStringLiteral("reference"), r.reference);
    oneOf(problems, QStringLiteral("direction"), r.direction, kDirections);
    if (!isKnownInstrument(r.instrument))
        problems.append({QStringLiteral("instrument"),
                         text::Domain::tr("\"%1\" is not a known instrument").arg(r.instrument)});
    if (!RequestWorkflow::isKnownStatus(r.direction, r.status))
        problems.append(
            {QStringLiteral("status"),
             text::Domain::tr("\"%1\" is not a status of %2 requests (allowed: %3)")
                 .arg(r.status, r.direction, RequestWorkflow::statuses(r.direction).join(u", "))});
    oneOf(problems, QStringLiteral("urgency"), r.urgency, kUrgencies);
    countryField(problems, QStringLiteral("requesting_state"), r.requestingState);
    countryField(problems, QStringLiteral("requested_state"), r.requestedState);
    require(problems, QStringLiteral("summary"), r.summary);
    for (int i = 0; i < r.identifiers.size(); ++i) {
        const Identifier& identifier = r.identifiers[i];
        const auto field = [i](const char* part) {
            return QStringLiteral("identifiers[%1].%2").arg(i).arg(QLatin1String(part));
        };
        if (!kIdentifierKinds.contains(identifier.kind))
            oneOf(problems, field("kind"), identifier.kind, kIdentifierKinds);
        if (identifier.value.trimmed().isEmpty())
            require(problems, field("value"), identifier.value);
    }
    for (int i = 0; i < r.dateRanges.size(); ++i) {
        const DateRange& range = r.dateRanges[i];
        if (!range.from.isValid() || !range.to.isValid())
            problems.append({QStringLiteral("date_ranges[%1]").arg(i),
                             text::Domain::tr("needs valid \"from\" and \"to\" dates (YYYY-MM-DD)")});
        else if (range.from > range.to)
            problems.append(
                {QStringLiteral("date_ranges[%1]").arg(i), text::Domain::tr("ends before it starts")});
    }
    for (const QString& category : r.dataCategories)
        oneOf(problems, QStringLiteral("data_categories"), category, kDataCategories);
    for (const QString& option : r.options)
        oneOf(problems, QStringLiteral("options"), option, kOptions);
    for (int i = 0; i < r.persons.size(); ++i) {
        const Person& person = r.persons[i];
        const auto field = [i](const char* part) {
            return QStringLiteral("persons[%1].%2").arg(i).arg(QLatin1String(part));
        };
        if (person.name.trimmed().isEmpty())
            require(problems, field("name"), person.name);
        if (!kPersonRoles.contains(person.role))
            oneOf(problems, field("role"), person.role, kPersonRoles);
        if (!person.nationality.isEmpty() && !isCountryCode(person.nationality))
            countryField(problems, field("nationality"), person.nationality);
    }
    eventProblems(problems, r);
    static const QStringList kLinkKinds = linkKinds();
    for (int i = 0; i < r.links.size(); ++i) {
        const QString field = QStringLiteral("links[%1]").arg(i);
        uuidField(problems, field + QStringLiteral(".to"), r.links[i].toId);
        oneOf(problems, field + QStringLiteral(".kind"), r.links[i].kind, kLinkKinds);
        if (r.links[i].toId == r.id)
            problems.append(
                {field + QStringLiteral(".to"), text::Domain::tr("a request cannot link to itself")});
    }
    if (!r.createdAt.isValid())
        problems.append({QStringLiteral("created_at"), text::Domain::tr("is not a valid date and time")});
    if (!r.updatedAt.isValid())
        problems.append({QStringLiteral("updated_at"), text::Domain::tr("is not a valid date and time")});
    return problems;
}

} // namespace mladesk
