#include "CatalogueJson.h"

#include "domain/Deadline.h"
#include "domain/Entities.h"
#include "domain/Instrument.h"
#include "domain/Validation.h"
#include "error/CoreText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <optional>

namespace mladesk {

namespace {

// Walks a JSON object keeping the path for messages; the first problem wins.
class Reader {
public:
    Reader(QString fileName)
        : m_file(std::move(fileName)) {}

    bool failed() const { return m_error.has_value(); }
    Error error() const { return *m_error; }

    void fail(const QString& path, const QString& message) {
        if (!m_error)
            m_error = makeError(ErrorCode::Damaged,
                                text::Rules::tr("%1: %2: %3")
                                    .arg(m_file, path.isEmpty() ? QStringLiteral("(top)") : path, message));
    }

    QJsonValue need(const QJsonObject& o, const QString& path, const char* key) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            fail(join(path, key), QStringLiteral("missing"));
        return v;
    }
    QString string(const QJsonObject& o, const QString& path, const char* key, bool required = true) {
        const QJsonValue v = required ? need(o, path, key) : o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString() || (required && v.toString().trimmed().isEmpty()))
            fail(join(path, key), text::Rules::tr("must be a non-empty string"));
        return v.toString();
    }
    int integer(const QJsonObject& o, const QString& path, const char* key, int fallback, int min, int max) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < min || v.toInt() > max)
            fail(join(path, key), text::Rules::tr("must be a whole number from %1 to %2").arg(min).arg(max));
        return v.toInt();
    }
    bool boolean(const QJsonObject& o, const QString& path, const char* key, bool fallback) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isBool())
            fail(join(path, key), text::Rules::tr("must be true or false"));
        return v.toBool();
    }
    QStringList strings(const QJsonObject& o, const QString& path, const char* key, bool required = true) {
        const QJsonValue v = required ? need(o, path, key) : o.value(QLatin1String(key));
        QStringList result;
        if (v.isUndefined() || v.isNull())
            return result;
        if (!v.isArray()) {
            fail(join(path, key), text::Rules::tr("must be a list of strings"));
            return result;
        }
        for (const QJsonValue& item : v.toArray()) {
            if (!item.isString())
                fail(join(path, key), text::Rules::tr("must be a list of strings"));
            result << item.toString();
        }
        return result;
    }
    QJsonObject object(const QJsonObject& o, const QString& path, const char* key, bool required = true) {
        const QJsonValue v = required ? need(o, path, key) : o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject())
            fail(join(path, key), text::Rules::tr("must be an object"));
        return v.toObject();
    }
    QJsonArray array(const QJsonObject& o, const QString& path, const char* key, bool required = true) {
        const QJsonValue v = required ? need(o, path, key) : o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            fail(join(path, key), text::Rules::tr("must be a list"));
        return v.toArray();
    }
    QJsonObject item(const QJsonArray& a, const QString& path, qsizetype index) {
        if (!a.at(index).isObject())
            fail(at(path, index), text::Rules::tr("must be an object"));
        return a.at(index).toObject();
    }

    static QString join(const QString& path, const char* key) {
        return path.isEmpty() ? QString::fromLatin1(key) : path + QLatin1Char('.') + QLatin1String(key);
    }
    static QString at(const QString& path, qsizetype index) {
        return path + QStringLiteral("[%1]").arg(index);
    }

private:
    QString m_file;
    std::optional<Error> m_error;
};

std::optional<QJsonObject> parseObject(const QByteArray& json, Reader& reader) {
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        reader.fail(QString(), text::Rules::tr("not valid JSON at byte %1 (%2)")
                                   .arg(parseError.offset)
                                   .arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        reader.fail(QString(), text::Rules::tr("must be a JSON object"));
        return std::nullopt;
    }
    return document.object();
}

Period readPeriod(Reader& r, const QJsonObject& o, const QString& path) {
    Period period;
    period.amount = r.integer(o, path, "amount", 0, 1, 100000);
    const QString unit = r.string(o, path, "unit");
    if (unit == QLatin1String("hours"))
        period.unit = Period::Unit::Hours;
    else if (unit == QLatin1String("days"))
        period.unit = Period::Unit::Days;
    else if (unit == QLatin1String("weeks"))
        period.unit = Period::Unit::Weeks;
    else if (unit == QLatin1String("working-days"))
        period.unit = Period::Unit::WorkingDays;
    else
        r.fail(Reader::join(path, "unit"), text::Rules::tr("must be hours, days, weeks or working-days"));
    if (period.amount == 0)
        r.fail(Reader::join(path, "amount"), QStringLiteral("missing"));
    return period;
}

Condition readCondition(Reader& r, const QJsonObject& owner, const QString& path) {
    Condition condition;
    const QJsonObject o = r.object(owner, path, "when", false);
    const QString here = Reader::join(path, "when");
    condition.direction = r.string(o, here, "direction", false);
    if (!condition.direction.isEmpty() && !directions().contains(condition.direction))
        r.fail(Reader::join(here, "direction"), text::Rules::tr("must be outgoing or incoming"));
    condition.urgencies = r.strings(o, here, "urgency", false);
    for (const QString& u : condition.urgencies)
        if (!urgencies().contains(u))
            r.fail(Reader::join(here, "urgency"), text::Rules::tr("unknown urgency \"%1\"").arg(u));
    condition.dataCategories = r.strings(o, here, "dataCategories", false);
    for (const QString& c : condition.dataCategories)
        if (!dataCategories().contains(c))
            r.fail(Reader::join(here, "dataCategories"),
                   text::Rules::tr("unknown data category \"%1\"").arg(c));
    condition.options = r.strings(o, here, "options", false);
    for (const QString& option : condition.options)
        if (!requestOptions().contains(option))
            r.fail(Reader::join(here, "options"), text::Rules::tr("unknown option \"%1\"").arg(option));
    return condition;
}

const QHash<QString, QStringList>& fieldsByCheck() {
    static const QHash<QString, QStringList> fields{
        {QStringLiteral("present"),
         {QStringLiteral("requesting_authority_id"), QStringLiteral("requested_authority_id"),
          QStringLiteral("service_provider"), QStringLiteral("case_id"), QStringLiteral("requested_state"),
          QStringLiteral("requesting_state"), QStringLiteral("reference"), QStringLiteral("summary"),
          QStringLiteral("facts"), QStringLiteral("offence"), QStringLiteral("legal_qualification"),
          QStringLiteral("assistance_sought"), QStringLiteral("necessity"), QStringLiteral("procedures"),
          QStringLiteral("purpose")}},
        {QStringLiteral("text"),
         {QStringLiteral("summary"), QStringLiteral("facts"), QStringLiteral("offence"),
          QStringLiteral("legal_qualification"), QStringLiteral("assistance_sought"),
          QStringLiteral("necessity"), QStringLiteral("procedures"), QStringLiteral("purpose")}},
        {QStringLiteral("list"), {QStringLiteral("measures"), QStringLiteral("offences")}},
        {QStringLiteral("identifiers"), {QStringLiteral("identifiers")}},
        {QStringLiteral("date-ranges"), {QStringLiteral("date_ranges")}},
        {QStringLiteral("data-categories"), {QStringLiteral("data_categories")}},
        {QStringLiteral("persons"), {QStringLiteral("persons")}},
    };
    return fields;
}

QList<FormSection> readSections(Reader& r, const QJsonObject& o, const char* key,
                                const QStringList& elementIds) {
    QList<FormSection> sections;
    const QJsonArray array = r.array(o, QString(), key, false);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = Reader::at(QString::fromLatin1(key), i);
        const QJsonObject s = r.item(array, QString::fromLatin1(key), i);
        FormSection section;
        section.id = r.string(s, path, "id");
        section.title = r.string(s, path, "title");
        section.source = r.string(s, path, "source", false);
        section.elements = r.strings(s, path, "elements", false);
        section.verified = r.boolean(s, path, "verified", true);
        for (const QString& element : section.elements)
            if (!elementIds.contains(element))
                r.fail(Reader::join(path, "elements"), text::Rules::tr("no element \"%1\"").arg(element));
        sections.append(section);
    }
    return sections;
}

} // namespace

Result<InstrumentRules> instrumentRulesFromJson(const QByteArray& json, const QString& fileName) {
    Reader r(fileName);
    const auto parsed = parseObject(json, r);
    if (!parsed)
        return r.error();
    const QJsonObject& o = *parsed;
    InstrumentRules rules;
    rules.key = r.string(o, QString(), "key");
    if (!r.failed() && !isKnownInstrument(rules.key))
        r.fail(QStringLiteral("key"), text::Rules::tr("unknown instrument \"%1\"").arg(rules.key));
    rules.title = r.string(o, QString(), "title");
    rules.citation = r.string(o, QString(), "citation");
    rules.sources = r.strings(o, QString(), "sources");
    rules.kind = r.string(o, QString(), "kind");
    static const QStringList kinds{QStringLiteral("eu-directive"), QStringLiteral("eu-regulation"),
                                   QStringLiteral("convention"), QStringLiteral("protocol"),
                                   QStringLiteral("executive-agreement")};
    if (!r.failed() && !kinds.contains(rules.kind))
        r.fail(QStringLiteral("kind"),
               text::Rules::tr("must be one of %1").arg(kinds.join(QStringLiteral(", "))));
    rules.periodRule = r.string(o, QString(), "periodRule");
    if (!r.failed() && rules.periodRule != QLatin1String("eu-1182-71") &&
        rules.periodRule != QLatin1String("calendar"))
        r.fail(QStringLiteral("periodRule"), text::Rules::tr("must be eu-1182-71 or calendar"));
    rules.events = r.strings(o, QString(), "events");
    for (const QString& event : rules.events)
        if (!knownEventNames().contains(event))
            r.fail(QStringLiteral("events"), text::Rules::tr("unknown event \"%1\"").arg(event));
    rules.dataCategories = r.strings(o, QString(), "dataCategories");
    for (const QString& category : rules.dataCategories)
        if (!dataCategories().contains(category))
            r.fail(QStringLiteral("dataCategories"),
                   text::Rules::tr("unknown data category \"%1\"").arg(category));

    QStringList elementIds;
    const QJsonArray elements = r.array(o, QString(), "elements");
    for (qsizetype i = 0; i < elements.size() && !r.failed(); ++i) {
        const QString path = Reader::at(QStringLiteral("elements"), i);
        const QJsonObject e = r.item(elements, QStringLiteral("elements"), i);
        RequiredElement element;
        element.id = r.string(e, path, "id");
        if (elementIds.contains(element.id))
            r.fail(Reader::join(path, "id"), text::Rules::tr("\"%1\" appears twice").arg(element.id));
        elementIds << element.id;
        element.label = r.string(e, path, "label");
        element.article = r.string(e, path, "article");
        element.field = r.string(e, path, "field");
        element.check = r.string(e, path, "check");
        if (!r.failed() && !fieldsByCheck().contains(element.check))
            r.fail(Reader::join(path, "check"), text::Rules::tr("unknown check \"%1\"").arg(element.check));
        else if (!r.failed() && !fieldsByCheck().value(element.check).contains(element.field))
            r.fail(Reader::join(path, "field"),
                   text::Rules::tr("\"%1\" cannot be checked with \"%2\"").arg(element.field, element.check));
        element.minWords = r.integer(e, path, "minWords", 3, 1, 1000);
        element.when = readCondition(r, e, path);
        element.advisory = r.boolean(e, path, "advisory", false);
        element.verified = r.boolean(e, path, "verified", true);
        element.source = r.string(e, path, "source", false);
        element.note = r.string(e, path, "note", false);
        rules.elements.append(element);
    }
    const QJsonArray prohibitions = r.array(o, QString(), "prohibitions", false);
    for (qsizetype i = 0; i < prohibitions.size() && !r.failed(); ++i) {
        const QString path = Reader::at(QStringLiteral("prohibitions"), i);
        const QJsonObject p = r.item(prohibitions, QStringLiteral("prohibitions"), i);
        Prohibition prohibition;
        prohibition.id = r.string(p, path, "id");
        prohibition.label = r.string(p, path, "label");
        prohibition.article = r.string(p, path, "article");
        prohibition.when = readCondition(r, p, path);
        if (!r.failed() && prohibition.when == Condition{})
            r.fail(Reader::join(path, "when"), text::Rules::tr("must say which requests it forbids"));
        prohibition.verified = r.boolean(p, path, "verified", true);
        prohibition.source = r.string(p, path, "source", false);
        prohibition.note = r.string(p, path, "note", false);
        rules.prohibitions.append(prohibition);
    }
    rules.formSections = readSections(r, o, "formSections", elementIds);
    rules.receiptFormSections = readSections(r, o, "receiptFormSections", elementIds);
    rules.extensionFormSections = readSections(r, o, "extensionFormSections", elementIds);

    const QJsonArray deadlines = r.array(o, QString(), "deadlines");
    for (qsizetype i = 0; i < deadlines.size() && !r.failed(); ++i) {
        const QString path = Reader::at(QStringLiteral("deadlines"), i);
        const QJsonObject d = r.item(deadlines, QStringLiteral("deadlines"), i);
        DeadlineRule rule;
        rule.kind = r.string(d, path, "kind");
        rule.description = r.string(d, path, "description");
        rule.event = r.string(d, path, "event");
        rule.metBy = r.string(d, path, "metBy", false);
        for (const QString& event : {rule.event, rule.metBy})
            if (!event.isEmpty() && !knownEventNames().contains(event))
                r.fail(path, text::Rules::tr("unknown event \"%1\"").arg(event));
        rule.runsIn = r.string(d, path, "runsIn");
        if (!r.failed() && rule.runsIn != QLatin1String("requested") &&
            rule.runsIn != QLatin1String("requesting"))
            r.fail(Reader::join(path, "runsIn"), text::Rules::tr("must be requested or requesting"));
        rule.period = readPeriod(r, r.object(d, path, "period"), Reader::join(path, "period"));
        rule.article = r.string(d, path, "article");
        const QJsonObject extension = r.object(d, path, "extension", false);
        if (!extension.isEmpty()) {
            const QString here = Reader::join(path, "extension");
            rule.extension = readPeriod(r, extension, here);
            rule.extensionMaxTimes = r.integer(extension, here, "maxTimes", 1, 1, 100);
            rule.extensionArticle = r.string(extension, here, "article");
            if ((rule.extension.unit == Period::Unit::Hours) != (rule.period.unit == Period::Unit::Hours))
                r.fail(Reader::join(here, "unit"),
                       text::Rules::tr("must be in hours exactly when the period is"));
        }
        const QJsonObject emergency = r.object(d, path, "emergency", false);
        if (!emergency.isEmpty()) {
            const QString here = Reader::join(path, "emergency");
            rule.emergency = readPeriod(r, emergency, here);
            rule.emergencyArticle = r.string(emergency, here, "article");
        }
        rule.emergencyOnly = r.boolean(d, path, "emergencyOnly", false);
        rule.variant = r.string(d, path, "variant", false);
        rule.minimum = r.boolean(d, path, "minimum", false);
        rule.when = readCondition(r, d, path);
        rule.verified = r.boolean(d, path, "verified", true);
        rule.source = r.string(d, path, "source", false);
        rule.note = r.string(d, path, "note", false);
        rules.deadlines.append(rule);
    }
    const QJsonObject language = r.object(o, QString(), "languageRule");
    rules.languageRule = {r.string(language, QStringLiteral("languageRule"), "article"),
                          r.string(language, QStringLiteral("languageRule"), "text"),
                          r.boolean(language, QStringLiteral("languageRule"), "verified", true)};
    const QJsonObject retention = r.object(o, QString(), "retention");
    rules.retention.article = r.string(retention, QStringLiteral("retention"), "article");
    rules.retention.text = r.string(retention, QStringLiteral("retention"), "text");
    rules.retention.defaultDays =
        r.integer(retention, QStringLiteral("retention"), "defaultDays", 0, 1, 100000);
    rules.retention.reminderDays =
        r.integer(retention, QStringLiteral("retention"), "reminderDays", 30, 0, 3650);
    rules.retention.verified = r.boolean(retention, QStringLiteral("retention"), "verified", true);
    rules.notes = r.string(o, QString(), "notes", false);
    rules.verified = r.boolean(o, QString(), "verified", true);
    if (r.failed())
        return r.error();
    return rules;
}

namespace {

ContactPoint readContact(Reader& r, const QJsonObject& owner, const char* key) {
    const QJsonObject o = r.object(owner, QString(), key, false);
    const QString path = QString::fromLatin1(key);
    return {r.string(o, path, "name", false),     r.string(o, path, "address", false),
            r.string(o, path, "email", false),    r.string(o, path, "phone", false),
            r.string(o, path, "source", false),   r.string(o, path, "note", false),
            r.boolean(o, path, "verified", false)};
}

HolidayRule readHoliday(Reader& r, const QJsonObject& h, const QString& path) {
    HolidayRule rule;
    rule.name = r.string(h, path, "name");
    if (h.contains(QLatin1String("easter"))) {
        rule.kind = HolidayRule::Kind::Easter;
        rule.easterOffset = r.integer(h, path, "easter", 0, -100, 100);
        const QString calendar = r.string(h, path, "calendar", false);
        if (!calendar.isEmpty() && calendar != QLatin1String("orthodox") &&
            calendar != QLatin1String("western"))
            r.fail(Reader::join(path, "calendar"), text::Rules::tr("must be western or orthodox"));
        rule.orthodox = calendar == QLatin1String("orthodox");
    } else if (h.contains(QLatin1String("weekday"))) {
        rule.kind = HolidayRule::Kind::NthWeekday;
        rule.month = r.integer(h, path, "month", 0, 1, 12);
        rule.weekday = r.integer(h, path, "weekday", 0, 1, 7);
        rule.nth = r.integer(h, path, "nth", 0, -1, 5);
        if (rule.month == 0 || rule.nth == 0)
            r.fail(path, text::Rules::tr("an nth-weekday rule needs month, weekday and nth (1-5 or -1)"));
    } else {
        rule.kind = HolidayRule::Kind::Fixed;
        rule.month = r.integer(h, path, "month", 0, 1, 12);
        rule.day = r.integer(h, path, "day", 0, 1, 31);
        if (rule.month == 0 || rule.day == 0 || !QDate::isValid(2024, rule.month, rule.day))
            r.fail(path, text::Rules::tr("a fixed holiday needs a valid month and day"));
    }
    const QString observed = r.string(h, path, "observed", false);
    if (observed == QLatin1String("next-weekday"))
        rule.observed = HolidayRule::Observed::NextWeekday;
    else if (observed == QLatin1String("nearest-weekday"))
        rule.observed = HolidayRule::Observed::NearestWeekday;
    else if (!observed.isEmpty())
        r.fail(Reader::join(path, "observed"), text::Rules::tr("must be next-weekday or nearest-weekday"));
    rule.fromYear = r.integer(h, path, "fromYear", 0, 1583, 9999);
    rule.toYear = r.integer(h, path, "toYear", 0, 1583, 9999);
    return rule;
}

} // namespace

Result<StateProfile> stateProfileFromObject(const QJsonObject& o, const QString& fileName) {
    Reader r(fileName);
    StateProfile state;
    state.code = r.string(o, QString(), "code");
    if (!r.failed() && !isCountryCode(state.code))
        r.fail(QStringLiteral("code"),
               text::Rules::tr("\"%1\" is not an ISO 3166-1 alpha-2 code").arg(state.code));
    state.name = r.string(o, QString(), "name");
    state.timeZone = r.string(o, QString(), "timeZone");
    if (!r.failed() && !isTimeZone(state.timeZone))
        r.fail(QStringLiteral("timeZone"),
               text::Rules::tr("\"%1\" is not an IANA time zone").arg(state.timeZone));
    state.officialLanguages = r.strings(o, QString(), "officialLanguages");
    const QJsonObject languages = r.object(o, QString(), "languages");
    for (auto it = languages.begin(); it != languages.end(); ++it) {
        const QString path = QStringLiteral("languages.") + it.key();
        // "eio/urgent": what the state also accepts when the request is urgent or an emergency.
        const QString instrument =
            it.key().endsWith(QLatin1String("/urgent")) ? it.key().chopped(7) : it.key();
        if (instrument != QLatin1String("default") && !isKnownInstrument(instrument))
            r.fail(path, text::Rules::tr("unknown instrument"));
        QStringList codes;
        for (const QJsonValue& v : it.value().toArray())
            codes << v.toString();
        if (!it.value().isArray() || codes.isEmpty())
            r.fail(path, text::Rules::tr("must be a non-empty list of language codes"));
        state.languages.insert(it.key(), codes);
    }
    for (const QStringList& codes : std::as_const(state.languages))
        for (const QString& code : codes + state.officialLanguages)
            if (!isLanguageCode(code))
                r.fail(QStringLiteral("languages"),
                       text::Rules::tr("\"%1\" is not an ISO 639-1 code").arg(code));
    state.languagesVerified = r.boolean(o, QString(), "languagesVerified", true);
    state.languageSources = r.strings(o, QString(), "languageSources", false);
    state.languagesNote = r.string(o, QString(), "languagesNote", false);
    state.instruments = r.strings(o, QString(), "instruments");
    for (const QString& key : state.instruments)
        if (!isKnownInstrument(key))
            r.fail(QStringLiteral("instruments"), text::Rules::tr("unknown instrument \"%1\"").arg(key));
    state.instrumentsVerified = r.boolean(o, QString(), "instrumentsVerified", true);
    state.instrumentsNote = r.string(o, QString(), "instrumentsNote", false);
    state.periodRule = r.string(o, QString(), "periodRule", false);
    if (!state.periodRule.isEmpty() && state.periodRule != QLatin1String("eu-1182-71"))
        r.fail(QStringLiteral("periodRule"), text::Rules::tr("must be eu-1182-71 when given"));
    state.centralAuthority = readContact(r, o, "centralAuthority");
    state.contact24x7 = readContact(r, o, "contact24x7");
    const QJsonArray reservations = r.array(o, QString(), "reservations", false);
    for (qsizetype i = 0; i < reservations.size(); ++i) {
        const QString path = Reader::at(QStringLiteral("reservations"), i);
        const QJsonObject v = r.item(reservations, QStringLiteral("reservations"), i);
        state.reservations.append({r.string(v, path, "instrument"), r.string(v, path, "article", false),
                                   r.string(v, path, "text"), r.string(v, path, "source", false),
                                   r.boolean(v, path, "verified", false)});
    }
    if (o.contains(QLatin1String("weekend"))) {
        state.weekend.clear();
        for (const QJsonValue& v : o.value(QLatin1String("weekend")).toArray()) {
            if (v.toInt() < 1 || v.toInt() > 7)
                r.fail(QStringLiteral("weekend"), text::Rules::tr("must list ISO weekdays 1-7"));
            state.weekend << v.toInt();
        }
    }
    const QJsonArray holidays = r.array(o, QString(), "holidays", false);
    state.hasHolidayCalendar = o.contains(QLatin1String("holidays"));
    for (qsizetype i = 0; i < holidays.size(); ++i)
        state.holidays.append(readHoliday(r, r.item(holidays, QStringLiteral("holidays"), i),
                                          Reader::at(QStringLiteral("holidays"), i)));
    state.holidaysNote = r.string(o, QString(), "holidaysNote", false);
    state.holidaysSource = r.string(o, QString(), "holidaysSource", false);
    state.holidaysVerified = r.boolean(o, QString(), "holidaysVerified", true);
    state.edited = r.boolean(o, QString(), "edited", false);
    if (r.failed())
        return r.error();
    return state;
}

Result<StateProfile> stateProfileFromJson(const QByteArray& json, const QString& fileName) {
    Reader r(fileName);
    const auto parsed = parseObject(json, r);
    if (!parsed)
        return r.error();
    return stateProfileFromObject(*parsed, fileName);
}

namespace {

QJsonObject contactToJson(const ContactPoint& c) {
    QJsonObject o;
    const auto put = [&o](const char* key, const QString& value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("name", c.name);
    put("address", c.address);
    put("email", c.email);
    put("phone", c.phone);
    put("source", c.source);
    put("note", c.note);
    o.insert(QStringLiteral("verified"), c.verified);
    return o;
}

QJsonObject holidayToJson(const HolidayRule& h) {
    QJsonObject o{{QStringLiteral("name"), h.name}};
    switch (h.kind) {
    case HolidayRule::Kind::Fixed:
        o.insert(QStringLiteral("month"), h.month);
        o.insert(QStringLiteral("day"), h.day);
        break;
    case HolidayRule::Kind::Easter:
        o.insert(QStringLiteral("easter"), h.easterOffset);
        if (h.orthodox)
            o.insert(QStringLiteral("calendar"), QStringLiteral("orthodox"));
        break;
    case HolidayRule::Kind::NthWeekday:
        o.insert(QStringLiteral("month"), h.month);
        o.insert(QStringLiteral("weekday"), h.weekday);
        o.insert(QStringLiteral("nth"), h.nth);
        break;
    }
    if (h.observed == HolidayRule::Observed::NextWeekday)
        o.insert(QStringLiteral("observed"), QStringLiteral("next-weekday"));
    else if (h.observed == HolidayRule::Observed::NearestWeekday)
        o.insert(QStringLiteral("observed"), QStringLiteral("nearest-weekday"));
    if (h.fromYear)
        o.insert(QStringLiteral("fromYear"), h.fromYear);
    if (h.toYear)
        o.insert(QStringLiteral("toYear"), h.toYear);
    return o;
}

} // namespace

QJsonObject stateProfileToJson(const StateProfile& s) {
    QJsonObject languages;
    for (auto it = s.languages.begin(); it != s.languages.end(); ++it)
        languages.insert(it.key(), QJsonArray::fromStringList(it.value()));
    QJsonArray reservations;
    for (const Reservation& v : s.reservations)
        reservations.append(QJsonObject{{QStringLiteral("instrument"), v.instrument},
                                        {QStringLiteral("article"), v.article},
                                        {QStringLiteral("text"), v.text},
                                        {QStringLiteral("source"), v.source},
                                        {QStringLiteral("verified"), v.verified}});
    QJsonArray weekend;
    for (int day : s.weekend)
        weekend.append(day);
    QJsonObject o{{QStringLiteral("code"), s.code},
                  {QStringLiteral("name"), s.name},
                  {QStringLiteral("timeZone"), s.timeZone},
                  {QStringLiteral("officialLanguages"), QJsonArray::fromStringList(s.officialLanguages)},
                  {QStringLiteral("languages"), languages},
                  {QStringLiteral("languagesVerified"), s.languagesVerified},
                  {QStringLiteral("languageSources"), QJsonArray::fromStringList(s.languageSources)},
                  {QStringLiteral("languagesNote"), s.languagesNote},
                  {QStringLiteral("instrumentsNote"), s.instrumentsNote},
                  {QStringLiteral("holidaysVerified"), s.holidaysVerified},
                  {QStringLiteral("instruments"), QJsonArray::fromStringList(s.instruments)},
                  {QStringLiteral("instrumentsVerified"), s.instrumentsVerified},
                  {QStringLiteral("centralAuthority"), contactToJson(s.centralAuthority)},
                  {QStringLiteral("contact24x7"), contactToJson(s.contact24x7)},
                  {QStringLiteral("reservations"), reservations},
                  {QStringLiteral("weekend"), weekend},
                  {QStringLiteral("holidaysNote"), s.holidaysNote},
                  {QStringLiteral("holidaysSource"), s.holidaysSource},
                  {QStringLiteral("edited"), s.edited}};
    if (!s.periodRule.isEmpty())
        o.insert(QStringLiteral("periodRule"), s.periodRule);
    if (s.hasHolidayCalendar) {
        QJsonArray holidays;
        for (const HolidayRule& h : s.holidays)
            holidays.append(holidayToJson(h));
        o.insert(QStringLiteral("holidays"), holidays);
    }
    return o;
}

} // namespace mladesk
