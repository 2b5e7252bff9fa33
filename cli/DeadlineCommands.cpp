// mladesk-cli commands for completeness and deadlines (DESIGN.md, Deadlines).
#include "cli/Cli.h"
#include "cli/DeadlineOutput.h"
#include "cli/ExitCode.h"
#include "domain/Instrument.h"
#include "interchange/DeadlineCalendar.h"
#include "rules/DeadlineEngine.h"
#include "services/AuditService.h"
#include "services/DeadlineService.h"
#include "services/RequestService.h"

#include <QJsonDocument>
#include <QTimeZone>

namespace mladesk::cli {

namespace {

void printJsonValue(QTextStream& out, const QJsonValue& value) {
    out << QString::fromUtf8(value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
}

} // namespace

int Cli::check() {
    const QString format = m_parser.value(QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("table") && format != QLatin1String("json"))
        return usage(QStringLiteral("--format takes table or json."));
    if (auto st = openSession(); !st)
        return fail(st.error());
    auto request = m_workspace->requests().view(m_positional.at(1));
    if (!request)
        return fail(request.error());
    auto missing = m_workspace->deadlines().completeness(request->id);
    if (!missing)
        return fail(missing.error());
    if (format == QLatin1String("json")) {
        QJsonObject report = completenessJson(missing.value());
        report.insert(QStringLiteral("id"), request->id);
        report.insert(QStringLiteral("reference"), request->reference);
        report.insert(QStringLiteral("instrument"), request->instrument);
        printJsonValue(m_out, report);
    } else {
        printCompleteness(m_out, request->reference, instrumentTitle(request->instrument), missing.value());
    }
    return isComplete(missing.value()) ? kDone : kNegative;
}

int Cli::deadlines() {
    if (m_positional.value(1) == QLatin1String("calc"))
        return deadlinesCalc();
    if (m_positional.size() != 1)
        return usage(QStringLiteral("\"deadlines\" takes no argument, or \"calc\"."));
    if (!allowOnly({QStringLiteral("within"), QStringLiteral("overdue"), QStringLiteral("format")}))
        return kUsage;
    const QString format = m_parser.value(QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("table") && format != QLatin1String("json") &&
        format != QLatin1String("ics"))
        return usage(QStringLiteral("--format takes table, json or ics."));
    DueFilter filter;
    if (m_parser.isSet(QStringLiteral("within"))) {
        bool ok = false;
        filter.withinDays = m_parser.value(QStringLiteral("within")).toInt(&ok);
        if (!ok || filter.withinDays < 0)
            return usage(QStringLiteral("--within takes a number of days (0 or more)."));
    }
    filter.overdueOnly = m_parser.isSet(QStringLiteral("overdue"));
    if (auto st = openSession(); !st)
        return fail(st.error());
    const auto recordListing = [this](qsizetype count) {
        return m_workspace->audit().record(QStringLiteral("list"), QStringLiteral("deadlines"),
                                           QStringLiteral("%1 deadlines").arg(count));
    };
    if (format == QLatin1String("ics")) {
        auto due = m_workspace->deadlines().due(filter);
        if (!due)
            return fail(due.error());
        if (auto st = recordListing(due->size()); !st)
            return fail(st.error());
        auto calendar = deadlinesToICalendar(due.value(), filter.now);
        if (!calendar)
            return fail(calendar.error());
        m_out << QString::fromUtf8(calendar.value());
        return kDone;
    }
    // The full deadline (local time in the governing state, trail) of every row.
    auto due = m_workspace->deadlines().dueWithTrails(filter);
    if (!due)
        return fail(due.error());
    if (auto st = recordListing(due->size()); !st)
        return fail(st.error());
    QList<std::pair<QString, Deadline>> rows;
    QStringList ids;
    for (const DueDeadline& row : due.value()) {
        rows.append({row.item.reference, row.deadline});
        ids.append(row.item.requestId);
    }
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (int i = 0; i < rows.size(); ++i) {
            QJsonObject row = deadlineJson(rows[i].second);
            row.insert(QStringLiteral("reference"), rows[i].first);
            row.insert(QStringLiteral("id"), ids.at(i));
            array.append(row);
        }
        printJsonValue(m_out, array);
    } else {
        printDeadlines(m_out, rows, true);
    }
    return kDone;
}

int Cli::deadlinesCalc() {
    if (!allowOnly({QStringLiteral("instrument"), QStringLiteral("state"), QStringLiteral("event"),
                    QStringLiteral("emergency"), QStringLiteral("provisional-measure"),
                    QStringLiteral("without-prior-validation"), QStringLiteral("category"),
                    QStringLiteral("format")}))
        return kUsage;
    if (m_positional.size() != 2)
        return usage(QStringLiteral("\"deadlines calc\" takes options only."));
    const QString format = m_parser.value(QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("table") && format != QLatin1String("json"))
        return usage(QStringLiteral("--format takes table or json."));
    const auto& catalogue = Catalogue::shipped();
    if (!catalogue)
        return fail(catalogue.error());
    DeadlineInput input;
    input.instrument = m_parser.value(QStringLiteral("instrument"));
    if (!catalogue->instrument(input.instrument)) {
        QStringList keys;
        for (const InstrumentKey& key : instrumentKeys())
            keys << key.key;
        return usage(QStringLiteral("--instrument takes one of: %1.").arg(keys.join(u", ")));
    }
    const QString state = m_parser.value(QStringLiteral("state")).toUpper();
    const StateProfile* profile = catalogue->state(state);
    if (!profile)
        return usage(
            QStringLiteral("--state takes the code of a state in the catalogue (for example DE, FR, US); "
                           "\"%1\" is not one.")
                .arg(state));
    input.governingState = state;
    input.requestingState = input.requestedState = state;
    input.urgency =
        m_parser.isSet(QStringLiteral("emergency")) ? QStringLiteral("emergency") : QStringLiteral("normal");
    input.direction = QStringLiteral("incoming");
    // What the order states (Request::options) and the data it concerns:
    // rules with a condition on them apply only when given.
    for (const QString& option : requestOptions())
        if (m_parser.isSet(option))
            input.options << option;
    for (const QString& category : m_parser.values(QStringLiteral("category"))) {
        if (!dataCategories().contains(category))
            return usage(QStringLiteral("--category takes one of: %1.").arg(dataCategories().join(u", ")));
        if (!input.dataCategories.contains(category))
            input.dataCategories << category;
    }
    const QTimeZone zone(profile->timeZone.toUtf8());
    const QStringList events = m_parser.values(QStringLiteral("event"));
    if (events.isEmpty())
        return usage(QStringLiteral("Give at least one --event NAME=ISO8601 (for example "
                                    "--event received=2026-03-02T09:30:00Z)."));
    for (const QString& spec : events) {
        const qsizetype equals = spec.indexOf(QLatin1Char('='));
        const QString name = spec.left(equals);
        if (equals <= 0 || !knownEventNames().contains(name))
            return usage(QStringLiteral("--event takes NAME=ISO8601; NAME is one of: %1.")
                             .arg(knownEventNames().join(u", ")));
        QDateTime at = QDateTime::fromString(spec.mid(equals + 1), Qt::ISODate);
        if (!at.isValid())
            return usage(QStringLiteral("\"%1\" is not a date and time: write it as ISO 8601, for example "
                                        "2026-03-02T09:30:00Z, or without Z for the local time in %2.")
                             .arg(spec.mid(equals + 1), state));
        if (at.timeSpec() == Qt::LocalTime)
            at = QDateTime(at.date(), at.time(), zone);
        input.events.append({name, at.toUTC()});
    }
    auto deadlines = computeDeadlines(input, catalogue.value());
    if (!deadlines)
        return fail(deadlines.error());
    if (format == QLatin1String("json")) {
        printJsonValue(m_out, deadlinesJson(deadlines.value()));
        return kDone;
    }
    if (deadlines->isEmpty())
        m_out << "No deadline of " << input.instrument << " counts from these events.\n";
    for (const Deadline& d : deadlines.value())
        printTrail(m_out, d);
    return kDone;
}

} // namespace mladesk::cli
