#include "DeadlineEngine.h"

#include "domain/DisplayNames.h"
#include "error/CoreText.h"
#include "rules/PeriodCalculator.h"

#include <QTimeZone>
#include <algorithm>

namespace mladesk {

DeadlineInput DeadlineInput::of(const Request& request, const QList<DeadlineAdjustment>& adjustments) {
    DeadlineInput input;
    input.instrument = request.instrument;
    input.direction = request.direction;
    input.urgency = request.urgency;
    input.dataCategories = request.dataCategories;
    input.options = request.options;
    input.requestingState = request.requestingState;
    input.requestedState = request.requestedState;
    input.events = request.events;
    input.adjustments = adjustments;
    static const QStringList closedStatuses{QStringLiteral("closed"), QStringLiteral("refused"),
                                            QStringLiteral("withdrawn")};
    input.closed = closedStatuses.contains(request.status);
    return input;
}

namespace {

bool matches(const Condition& when, const DeadlineInput& input) {
    if (!when.direction.isEmpty() && when.direction != input.direction)
        return false;
    if (!when.urgencies.isEmpty() && !when.urgencies.contains(input.urgency))
        return false;
    if (std::any_of(when.options.begin(), when.options.end(),
                    [&](const QString& option) { return !input.options.contains(option); }))
        return false;
    if (!when.dataCategories.isEmpty() && !input.dataCategories.isEmpty() &&
        std::none_of(when.dataCategories.begin(), when.dataCategories.end(),
                     [&](const QString& c) { return input.dataCategories.contains(c); }))
        return false;
    return true;
}

QDateTime earliest(const QList<RequestEvent>& events, const QString& name, const QDateTime& notBefore = {}) {
    QDateTime found;
    for (const RequestEvent& event : events)
        if (event.name == name && (!notBefore.isValid() || event.at >= notBefore) &&
            (!found.isValid() || event.at < found))
            found = event.at;
    return found;
}

QList<DeadlineAdjustment> adjustmentsFor(const DeadlineInput& input, const QString& kind) {
    QList<DeadlineAdjustment> result;
    for (const DeadlineAdjustment& a : input.adjustments)
        if (a.kind == kind)
            result.append(a);
    std::stable_sort(result.begin(), result.end(),
                     [](const DeadlineAdjustment& a, const DeadlineAdjustment& b) { return a.at < b.at; });
    return result;
}

QList<ClockStop> clockStops(const QList<DeadlineAdjustment>& adjustments) {
    QList<ClockStop> stops;
    for (const DeadlineAdjustment& a : adjustments) {
        if (a.type == DeadlineAdjustment::Type::Stop && (stops.isEmpty() || stops.last().restarted.isValid()))
            stops.append({a.at, QDateTime(), a.reason});
        else if (a.type == DeadlineAdjustment::Type::Restart && !stops.isEmpty() &&
                 !stops.last().restarted.isValid())
            stops.last().restarted = a.at;
    }
    return stops;
}

Deadline finish(Deadline deadline, const DeadlineInput& input, const QString& metBy) {
    if (!metBy.isEmpty())
        deadline.metAt = earliest(input.events, metBy, deadline.startEvent);
    if (deadline.metAt.isValid())
        deadline.state = deadline.due.isValid() && deadline.metAt > deadline.due ? Deadline::State::MetLate
                                                                                 : Deadline::State::Met;
    else if (input.closed)
        deadline.state = Deadline::State::Closed;
    else if (!deadline.due.isValid())
        deadline.state = Deadline::State::Stopped;
    return deadline;
}

Result<Deadline> fromRule(const DeadlineRule& rule, const InstrumentRules& instrument,
                          const DeadlineInput& input, const QDateTime& start, const Catalogue& catalogue) {
    Deadline deadline;
    deadline.kind = rule.kind;
    deadline.variant = rule.variant;
    deadline.description = rule.description;
    deadline.instrument = instrument.key;
    deadline.minimum = rule.minimum;
    deadline.startEvent = start;
    deadline.startEventName = rule.event;
    deadline.governingState = !input.governingState.isEmpty()              ? input.governingState
                              : rule.runsIn == QLatin1String("requesting") ? input.requestingState
                                                                           : input.requestedState;
    const StateProfile* state = catalogue.state(deadline.governingState);
    if (!state)
        return makeError(
            ErrorCode::InvalidInput,
            text::Deadlines::tr("The state \"%1\" is not known: add it under Authorities and states, or "
                                "give one of the catalogue's codes.")
                .arg(deadline.governingState));
    deadline.timeZone = state->timeZone;

    const bool emergency = input.urgency == QLatin1String("emergency") && rule.emergency.isValid();
    Period period = emergency ? rule.emergency : rule.period;
    deadline.article = emergency ? rule.emergencyArticle : rule.article;
    deadline.trail.append(
        {QStringLiteral("rule"),
         //: The first step of a trail: the rule's description (%1), its variant (%2: " (traffic)" or
         //: nothing), the period (%3), the event it counts from (%4), ", emergency period" or nothing (%5).
         text::Deadlines::tr("%1%2: %3 from \"%4\"%5.")
             .arg(displayName::catalogueText(rule.description),
                  rule.variant.isEmpty()
                      ? QString()
                      : QStringLiteral(" (%1)").arg(displayName::dataCategory(rule.variant)),
                  periodText(period), displayName::event(rule.event),
                  emergency ? text::Deadlines::tr(", emergency period") : QString()),
         deadline.article + QStringLiteral(", ") + instrument.citation});
    if (rule.minimum)
        deadline.trail.append(
            {QStringLiteral("note"),
             text::Deadlines::tr("The text sets a minimum (\"not less than\"): this is the earliest "
                                 "the other side may end it."),
             rule.article});
    if (!rule.verified)
        deadline.trail.append(
            {QStringLiteral("note"),
             text::Deadlines::tr("This rule is marked unverified in the catalogue: check the text."),
             QString()});

    const QList<DeadlineAdjustment> adjustments = adjustmentsFor(input, rule.kind);
    int extensions = 0;
    for (const DeadlineAdjustment& a : adjustments) {
        if (a.type != DeadlineAdjustment::Type::Extend)
            continue;
        const int amount = a.amount > 0 ? a.amount : rule.extension.amount;
        if (rule.extension.isValid() && extensions >= rule.extensionMaxTimes) {
            deadline.trail.append(
                {QStringLiteral("note"),
                 text::Deadlines::tr("Extension of %1 ignored: the instrument allows %2 extension(s).")
                     .arg(a.at.toString(Qt::ISODate))
                     .arg(rule.extensionMaxTimes),
                 rule.extensionArticle});
            continue;
        }
        if (amount <= 0)
            continue;
        ++extensions;
        const Period added{amount, period.unit};
        period.amount += amount;
        deadline.trail.append(
            {QStringLiteral("extension"),
             text::Deadlines::tr("Extended by %1 on %2%3: the period is now %4.")
                 .arg(periodText(added), a.at.toString(Qt::ISODate),
                      a.reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(a.reason),
                      periodText(period)),
             !a.article.isEmpty() ? a.article : rule.extensionArticle});
    }
    // How an extension is counted (issue 17): the texts extend the time limit
    // itself ("may be extended by a maximum of 30 days", Directive 2014/41/EU
    // Art. 12(5); "extend the duration ... by an additional 30 days", Reg.
    // 2023/1543 Art. 11(1)), so the longer period runs from the same event and
    // Regulation 1182/71 Art. 3 is applied once, to its end: a weekend or
    // holiday at the old end moves nothing.
    if (extensions > 0)
        deadline.trail.append(
            {QStringLiteral("note"),
             text::Deadlines::tr("The extension lengthens the period itself: it is counted from the same "
                                 "event, and only its new end rolls over past a weekend or holiday."),
             rule.extensionArticle});

    const HolidayCalendar calendar(*state);
    PeriodCounting counting;
    counting.euRules = instrument.periodRule == QLatin1String("eu-1182-71") ||
                       state->periodRule == QLatin1String("eu-1182-71");
    counting.stateCode = state->code;
    counting.timeZone = QTimeZone(state->timeZone.toUtf8());
    counting.calendar = &calendar;
    deadline.trail.append(
        {QStringLiteral("counting"),
         counting.euRules
             ? text::Deadlines::tr("Counted under Regulation (EEC, Euratom) No 1182/71 Art. 3 in the "
                                   "calendar of %1 (%2).")
                   .arg(displayName::catalogueText(state->name), state->timeZone)
             : text::Deadlines::tr("Counted in calendar days in %1 (%2).")
                   .arg(displayName::catalogueText(state->name), state->timeZone),
         counting.euRules ? QStringLiteral("Regulation (EEC, Euratom) No 1182/71, Art. 3") : QString()});
    // A directive's period reaches the executing authority through its
    // state's transposing law, which may count it by rules of its own (issue
    // 17, "Where 1182/71 applies"): the trail says so rather than implying
    // that the Regulation binds that authority directly.
    if (instrument.kind == QLatin1String("eu-directive"))
        deadline.trail.append(
            {QStringLiteral("note"),
             text::Deadlines::tr("The Directive sets this period; it binds the authorities of %1 through "
                                 "their national law transposing it, which may count it by rules of its own. "
                                 "Where %1's profile gives no other rule, MLA Desk counts it as above.")
                 .arg(displayName::catalogueText(state->name)),
             QStringLiteral("Art. 288 TFEU")});

    const PeriodEnd end = periodEnd(start, period, counting, clockStops(adjustments));
    deadline.trail.append(end.trail);
    deadline.due = end.end;
    for (const DeadlineAdjustment& a : adjustments) {
        if (a.type != DeadlineAdjustment::Type::Earlier || !deadline.due.isValid() || a.at >= deadline.due)
            continue;
        deadline.due = a.at;
        deadline.trail.append(
            {QStringLiteral("earlier"),
             text::Deadlines::tr("The other side asked for an earlier date%1: due %2.")
                 .arg(a.reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(a.reason),
                      a.at.toString(Qt::ISODate)),
             a.article});
    }
    return finish(deadline, input, rule.metBy);
}

// A provider's announced deletion date: the preservation must reach it first.
Deadline providerDeletion(const DeadlineInput& input, const QDateTime& at) {
    Deadline deadline;
    deadline.kind = QStringLiteral("provider-deletion");
    deadline.description =
        text::Deadlines::tr("Data deleted by the provider: the request must reach it before");
    deadline.instrument = input.instrument;
    deadline.article = text::Deadlines::tr("date announced by the provider (no legal period)");
    deadline.governingState = input.requestedState;
    deadline.startEvent = at;
    deadline.startEventName = QStringLiteral("provider-deletion");
    deadline.due = at;
    deadline.trail.append(
        {QStringLiteral("rule"),
         text::Deadlines::tr("The provider deletes the data at %1 (event \"provider-deletion\"); "
                             "preservation or production must reach it before.")
             .arg(at.toString(Qt::ISODate)),
         deadline.article});
    return finish(deadline, input,
                  input.direction == QLatin1String("outgoing") ? QStringLiteral("sent")
                                                               : QStringLiteral("produced"));
}

// The retention sunset of the data received under the request.
Deadline retentionEnd(const DeadlineInput& input, const RetentionRecord& retention) {
    Deadline deadline;
    deadline.kind = QStringLiteral("retention-end");
    deadline.description = text::Deadlines::tr("Review or destroy the data received under the request");
    deadline.instrument = input.instrument;
    deadline.article = retention.article;
    deadline.governingState =
        input.direction == QLatin1String("outgoing") ? input.requestingState : input.requestedState;
    deadline.startEventName = QStringLiteral("retention");
    deadline.due = retention.until;
    deadline.trail.append(
        {QStringLiteral("rule"),
         text::Deadlines::tr("Retention ends at %1 (%2%3); a reminder is due %4 day(s) before.")
             .arg(retention.until.toString(Qt::ISODate), retention.basis,
                  retention.reason.isEmpty() ? QString() : QStringLiteral(": ") + retention.reason)
             .arg(retention.reminderDays),
         retention.article});
    if (retention.purgedAt.isValid()) {
        deadline.metAt = retention.purgedAt;
        deadline.state = Deadline::State::Met;
        deadline.trail.append({QStringLiteral("purge"),
                               text::Deadlines::tr("Purged at %1 by %2.")
                                   .arg(retention.purgedAt.toString(Qt::ISODate), retention.purgedBy),
                               QString()});
    }
    return deadline;
}

} // namespace

Result<QList<Deadline>> computeDeadlines(const DeadlineInput& input, const Catalogue& catalogue) {
    const InstrumentRules* instrument = catalogue.instrument(input.instrument);
    if (!instrument)
        return makeError(ErrorCode::InvalidInput,
                         text::Deadlines::tr("Unknown instrument \"%1\".").arg(input.instrument));
    QList<Deadline> deadlines;
    for (const DeadlineRule& rule : instrument->deadlines) {
        if (rule.emergencyOnly && input.urgency != QLatin1String("emergency"))
            continue;
        if (!matches(rule.when, input))
            continue;
        const QDateTime start = earliest(input.events, rule.event);
        if (!start.isValid())
            continue;
        auto deadline = fromRule(rule, *instrument, input, start, catalogue);
        if (!deadline)
            return deadline.error();
        deadlines.append(std::move(deadline).value());
    }
    const QDateTime deletion = earliest(input.events, QStringLiteral("provider-deletion"));
    if (deletion.isValid())
        deadlines.append(providerDeletion(input, deletion));
    if (input.retention)
        deadlines.append(retentionEnd(input, *input.retention));
    return deadlines;
}

} // namespace mladesk
