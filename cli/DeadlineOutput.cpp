#include "DeadlineOutput.h"

#include <QTimeZone>

namespace mladesk::cli {

namespace {

QJsonValue instant(const QDateTime& at) {
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QString padded(const QString& text, qsizetype width) {
    return text.leftJustified(width, QLatin1Char(' '));
}

} // namespace

QString localDue(const Deadline& d) {
    if (!d.due.isValid())
        return {};
    const QTimeZone zone(d.timeZone.toUtf8());
    return zone.isValid() ? d.due.toTimeZone(zone).toString(Qt::ISODate) : d.due.toString(Qt::ISODate);
}

QJsonObject deadlineJson(const Deadline& d) {
    QJsonArray trail;
    for (const TrailStep& step : d.trail)
        trail.append(QJsonObject{{QStringLiteral("step"), step.step},
                                 {QStringLiteral("text"), step.text},
                                 {QStringLiteral("article"), step.article}});
    return {{QStringLiteral("kind"), d.kind},
            {QStringLiteral("variant"), d.variant},
            {QStringLiteral("description"), d.description},
            {QStringLiteral("instrument"), d.instrument},
            {QStringLiteral("article"), d.article},
            {QStringLiteral("state"), deadlineStateName(d.state)},
            {QStringLiteral("governing_state"), d.governingState},
            {QStringLiteral("time_zone"), d.timeZone},
            {QStringLiteral("start_event"), d.startEventName},
            {QStringLiteral("start_at"), instant(d.startEvent)},
            {QStringLiteral("due"), instant(d.due)},
            {QStringLiteral("due_local"), d.due.isValid() ? QJsonValue(localDue(d)) : QJsonValue()},
            {QStringLiteral("met_at"), instant(d.metAt)},
            {QStringLiteral("minimum"), d.minimum},
            {QStringLiteral("trail"), trail}};
}

QJsonArray deadlinesJson(const QList<Deadline>& deadlines) {
    QJsonArray array;
    for (const Deadline& d : deadlines)
        array.append(deadlineJson(d));
    return array;
}

void printDeadlines(QTextStream& out, const QList<std::pair<QString, Deadline>>& rows, bool withReference) {
    if (rows.isEmpty()) {
        out << "No deadlines.\n";
        return;
    }
    qsizetype referenceWidth = 9, kindWidth = 4;
    for (const auto& [reference, d] : rows) {
        referenceWidth = std::max(referenceWidth, reference.size());
        kindWidth = std::max(kindWidth, d.kind.size() + (d.variant.isEmpty() ? 0 : d.variant.size() + 3));
    }
    out << padded(QStringLiteral("DUE (UTC)"), 21) << padded(QStringLiteral("DUE (LOCAL)"), 29);
    if (withReference)
        out << padded(QStringLiteral("REFERENCE"), referenceWidth + 2);
    out << padded(QStringLiteral("KIND"), kindWidth + 2) << padded(QStringLiteral("STATE"), 10)
        << "ARTICLE\n";
    for (const auto& [reference, d] : rows) {
        const QString kind = d.variant.isEmpty() ? d.kind : QStringLiteral("%1 (%2)").arg(d.kind, d.variant);
        out << padded(d.due.isValid() ? d.due.toString(Qt::ISODate) : QStringLiteral("(clock stopped)"), 21)
            << padded(d.due.isValid() ? localDue(d) + QLatin1Char(' ') + d.governingState : QString(), 29);
        if (withReference)
            out << padded(reference, referenceWidth + 2);
        out << padded(kind, kindWidth + 2) << padded(deadlineStateName(d.state), 10) << d.article << '\n';
    }
}

void printTrail(QTextStream& out, const Deadline& d) {
    out << d.kind << (d.variant.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(d.variant)) << ": "
        << (d.due.isValid() ? d.due.toString(Qt::ISODate) + QStringLiteral(" = ") + localDue(d) +
                                  QLatin1Char(' ') + d.timeZone
                            : QStringLiteral("clock stopped"))
        << " [" << deadlineStateName(d.state) << "]\n";
    for (const TrailStep& step : d.trail)
        out << "  - " << step.text
            << (step.article.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(step.article)) << '\n';
}

QJsonObject completenessJson(const QList<MissingElement>& missing) {
    QJsonArray items;
    for (const MissingElement& m : missing)
        items.append(QJsonObject{{QStringLiteral("element"), m.element},
                                 {QStringLiteral("label"), m.label},
                                 {QStringLiteral("article"), m.article},
                                 {QStringLiteral("field"), m.field},
                                 {QStringLiteral("problem"), m.problem},
                                 {QStringLiteral("message"), m.message},
                                 {QStringLiteral("advisory"), m.advisory},
                                 {QStringLiteral("verified"), m.verified}});
    return {{QStringLiteral("complete"), isComplete(missing)}, {QStringLiteral("missing"), items}};
}

void printCompleteness(QTextStream& out, const QString& reference, const QString& instrument,
                       const QList<MissingElement>& missing) {
    if (missing.isEmpty()) {
        out << "Request " << reference << " has every element " << instrument << " requires.\n";
        return;
    }
    out << "Request " << reference << (isComplete(missing) ? " is complete for " : " is incomplete for ")
        << instrument << ":\n";
    for (const MissingElement& m : missing)
        out << "  - " << m.label << " (" << m.article << "): " << m.problem << ", " << m.message
            << (m.advisory ? QStringLiteral(" [where possible]") : QString())
            << (m.verified ? QString() : QStringLiteral(" [article unverified]")) << '\n';
}

} // namespace mladesk::cli
