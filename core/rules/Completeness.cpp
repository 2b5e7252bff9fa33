#include "Completeness.h"

#include "domain/DisplayNames.h"
#include "error/CoreText.h"

#include <QRegularExpression>
#include <algorithm>

namespace mladesk {

namespace {

QString textField(const Request& r, const QString& field) {
    static const QHash<QString, QString Request::*> fields{
        {QStringLiteral("reference"), &Request::reference},
        {QStringLiteral("case_id"), &Request::caseId},
        {QStringLiteral("requesting_state"), &Request::requestingState},
        {QStringLiteral("requesting_authority_id"), &Request::requestingAuthorityId},
        {QStringLiteral("requested_state"), &Request::requestedState},
        {QStringLiteral("requested_authority_id"), &Request::requestedAuthorityId},
        {QStringLiteral("service_provider"), &Request::serviceProvider},
        {QStringLiteral("summary"), &Request::summary},
        {QStringLiteral("facts"), &Request::facts},
        {QStringLiteral("offence"), &Request::offence},
        {QStringLiteral("legal_qualification"), &Request::legalQualification},
        {QStringLiteral("assistance_sought"), &Request::assistanceSought},
        {QStringLiteral("necessity"), &Request::necessity},
        {QStringLiteral("procedures"), &Request::procedures},
        {QStringLiteral("purpose"), &Request::purpose},
    };
    const auto member = fields.value(field);
    return member ? r.*member : QString();
}

qsizetype wordCount(const QString& text) {
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.split(space, Qt::SkipEmptyParts).size();
}

// Empty when the element is satisfied; otherwise {problem, message}.
std::pair<QString, QString> problemWith(const RequiredElement& e, const Request& r,
                                        const InstrumentRules& instrument, const Case* kase) {
    const QString missing = QStringLiteral("missing");
    const QString vague = QStringLiteral("too-vague");
    if (e.check == QLatin1String("present"))
        return textField(r, e.field).trimmed().isEmpty()
                   ? std::pair{missing, text::Completeness::tr("not given")}
                   : std::pair<QString, QString>{};
    if (e.check == QLatin1String("text")) {
        const qsizetype words = wordCount(textField(r, e.field));
        if (words == 0)
            return {missing, text::Completeness::tr("not given")};
        if (words < e.minWords)
            return {vague, text::Completeness::tr("%1 word(s); at least %2 are needed to state it")
                               .arg(words)
                               .arg(e.minWords)};
        return {};
    }
    if (e.check == QLatin1String("list")) {
        const QStringList items =
            e.field == QLatin1String("offences") ? (kase ? kase->offences : QStringList()) : r.measures;
        return items.isEmpty() ? std::pair{missing, text::Completeness::tr("none listed")}
                               : std::pair<QString, QString>{};
    }
    if (e.check == QLatin1String("identifiers")) {
        const bool any = std::any_of(r.identifiers.begin(), r.identifiers.end(), [](const Identifier& i) {
            return !i.kind.isEmpty() && !i.value.trimmed().isEmpty();
        });
        return any ? std::pair<QString, QString>{}
                   : std::pair{missing, text::Completeness::tr(
                                            "no identifier (account, e-mail address, IP address...) "
                                            "says whose data is sought")};
    }
    if (e.check == QLatin1String("date-ranges")) {
        if (r.dateRanges.isEmpty())
            return {missing, text::Completeness::tr("no date range limits the data sought")};
        for (const DateRange& range : r.dateRanges)
            if (!range.from.isValid() || !range.to.isValid() || range.from > range.to)
                return {vague,
                        text::Completeness::tr("a date range needs a start and an end, the start first")};
        return {};
    }
    if (e.check == QLatin1String("data-categories")) {
        if (r.dataCategories.isEmpty())
            return {missing,
                    text::Completeness::tr("no data category (subscriber, traffic, content...) is chosen")};
        for (const QString& category : r.dataCategories)
            if (!instrument.dataCategories.isEmpty() && !instrument.dataCategories.contains(category))
                return {QStringLiteral("not-allowed"),
                        text::Completeness::tr("\"%1\" data cannot be asked for under this instrument")
                            .arg(displayName::dataCategory(category))};
        return {};
    }
    if (e.check == QLatin1String("persons")) {
        const bool any = std::any_of(r.persons.begin(), r.persons.end(),
                                     [](const Person& p) { return !p.name.trimmed().isEmpty(); });
        return any ? std::pair<QString, QString>{}
                   : std::pair{missing, text::Completeness::tr("no person is named")};
    }
    return {};
}

} // namespace

bool appliesTo(const Condition& when, const Request& r) {
    if (!when.direction.isEmpty() && when.direction != r.direction)
        return false;
    if (!when.urgencies.isEmpty() && !when.urgencies.contains(r.urgency))
        return false;
    if (std::any_of(when.options.begin(), when.options.end(),
                    [&](const QString& option) { return !r.options.contains(option); }))
        return false;
    return when.dataCategories.isEmpty() ||
           std::any_of(when.dataCategories.begin(), when.dataCategories.end(),
                       [&](const QString& c) { return r.dataCategories.contains(c); });
}

QList<MissingElement> checkCompleteness(const Request& request, const InstrumentRules& instrument,
                                        const Case* kase) {
    QList<MissingElement> missing;
    for (const RequiredElement& element : instrument.elements) {
        if (!appliesTo(element.when, request))
            continue;
        const auto [problem, message] = problemWith(element, request, instrument, kase);
        if (!problem.isEmpty())
            missing.append({element.id, element.label, element.article, element.field, problem, message,
                            element.advisory, element.verified});
    }
    const QStringList known = optionsOf(instrument);
    for (const QString& option : request.options)
        if (!known.contains(option))
            missing.append({QStringLiteral("options"), displayName::requestOption(option), QString(),
                            QStringLiteral("options"), QStringLiteral("not-allowed"),
                            text::Completeness::tr("does not apply under this instrument"), false, true});
    for (const Prohibition& prohibition : instrument.prohibitions)
        if (appliesTo(prohibition.when, request))
            missing.append({prohibition.id, displayName::catalogueText(prohibition.label),
                            prohibition.article, QStringLiteral("options"), QStringLiteral("not-allowed"),
                            text::Completeness::tr("not allowed for this request as it stands"), false,
                            prohibition.verified});
    return missing;
}

QStringList optionsOf(const InstrumentRules& instrument) {
    QStringList options;
    const auto add = [&](const Condition& when) {
        for (const QString& option : when.options)
            if (!options.contains(option))
                options << option;
    };
    for (const RequiredElement& element : instrument.elements)
        add(element.when);
    for (const DeadlineRule& rule : instrument.deadlines)
        add(rule.when);
    for (const Prohibition& prohibition : instrument.prohibitions)
        add(prohibition.when);
    return options;
}

bool isComplete(const QList<MissingElement>& missing) {
    return std::all_of(missing.begin(), missing.end(), [](const MissingElement& m) { return m.advisory; });
}

} // namespace mladesk
