#include "RequestOutput.h"

#include "domain/Instrument.h"
#include "interchange/EntityJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mladesk::cli {

namespace {

const QStringList kListFields{QStringLiteral("id"),
                              QStringLiteral("reference"),
                              QStringLiteral("direction"),
                              QStringLiteral("instrument"),
                              QStringLiteral("status"),
                              QStringLiteral("urgency"),
                              QStringLiteral("requesting_state"),
                              QStringLiteral("requested_state"),
                              QStringLiteral("case_id"),
                              QStringLiteral("summary"),
                              QStringLiteral("updated_at")};

QString otherState(const Request& r) {
    return r.direction == QLatin1String("outgoing") ? r.requestedState : r.requestingState;
}

QString elide(const QString& text, int width) {
    return text.size() <= width ? text : text.left(width - 1) + QChar(0x2026);
}

} // namespace

QString csvField(const QString& value) {
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QJsonObject listRow(const Request& r) {
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("reference"), r.reference},
            {QStringLiteral("direction"), r.direction},
            {QStringLiteral("instrument"), r.instrument},
            {QStringLiteral("status"), r.status},
            {QStringLiteral("urgency"), r.urgency},
            {QStringLiteral("requesting_state"), r.requestingState},
            {QStringLiteral("requested_state"), r.requestedState},
            {QStringLiteral("case_id"), r.caseId.isEmpty() ? QJsonValue() : QJsonValue(r.caseId)},
            {QStringLiteral("summary"), r.summary},
            {QStringLiteral("updated_at"), utcText(r.updatedAt)}};
}

void printTable(QTextStream& out, const QList<Request>& requests) {
    const auto row = [&](const QString& ref, const QString& dir, const QString& inst, const QString& status,
                         const QString& urgency, const QString& state, const QString& summary) {
        out << ref.leftJustified(16) << ' ' << dir.leftJustified(8) << ' ' << inst.leftJustified(11) << ' '
            << status.leftJustified(12) << ' ' << urgency.leftJustified(9) << ' ' << state.leftJustified(5)
            << ' ' << summary << '\n';
    };
    row(QStringLiteral("REFERENCE"), QStringLiteral("DIR"), QStringLiteral("INSTRUMENT"),
        QStringLiteral("STATUS"), QStringLiteral("URGENCY"), QStringLiteral("STATE"),
        QStringLiteral("SUMMARY"));
    for (const Request& r : requests)
        row(r.reference,
            r.direction == QLatin1String("outgoing") ? QStringLiteral("out") : QStringLiteral("in"),
            r.instrument, r.status, r.urgency, otherState(r), elide(r.summary, 70));
    out << requests.size() << " request(s)\n";
}

void printCsv(QTextStream& out, const QList<Request>& requests) {
    out << kListFields.join(QLatin1Char(',')) << "\r\n";
    for (const Request& r : requests) {
        const QJsonObject o = listRow(r);
        QStringList cells;
        for (const QString& field : kListFields)
            cells << csvField(o.value(field).toString());
        out << cells.join(QLatin1Char(',')) << "\r\n";
    }
}

void printJson(QTextStream& out, const QList<Request>& requests) {
    QJsonArray array;
    for (const Request& r : requests)
        array.append(listRow(r));
    out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

void printDetails(QTextStream& out, const Request& r) {
    const auto line = [&](const char* label, const QString& value) {
        if (!value.isEmpty())
            out << QString::fromLatin1(label).leftJustified(22) << value << '\n';
    };
    const auto block = [&](const char* label, const QString& value) {
        if (!value.isEmpty())
            out << '\n' << label << ":\n  " << value << '\n';
    };
    line("Reference", r.reference);
    line("Id", r.id);
    line("Direction", r.direction);
    line("Instrument", QStringLiteral("%1 - %2").arg(r.instrument, instrumentTitle(r.instrument)));
    line("Status", r.status);
    line("Urgency", r.urgency);
    line("Options", r.options.join(QStringLiteral(", ")));
    line("Requesting state", r.requestingState);
    line("Requested state", r.requestedState);
    line("Service provider", r.serviceProvider);
    line("Case", r.caseId);
    line("Created", utcText(r.createdAt));
    line("Updated", utcText(r.updatedAt));
    line("Summary", r.summary);
    block("Facts", r.facts);
    block("Offence", r.offence);
    block("Legal qualification", r.legalQualification);
    block("Assistance sought", r.assistanceSought);
    block("Measures", r.measures.join(QStringLiteral("; ")));
    QStringList identifiers;
    for (const Identifier& i : r.identifiers)
        identifiers << QStringLiteral("%1: %2").arg(i.kind, i.value);
    block("Identifiers", identifiers.join(QStringLiteral("\n  ")));
    QStringList ranges;
    for (const DateRange& d : r.dateRanges)
        ranges << QStringLiteral("%1 to %2").arg(d.from.toString(Qt::ISODate), d.to.toString(Qt::ISODate));
    block("Date ranges", ranges.join(QStringLiteral("\n  ")));
    block("Data categories", r.dataCategories.join(QStringLiteral(", ")));
    block("Necessity and proportionality", r.necessity);
    QStringList persons;
    for (const Person& p : r.persons)
        persons << QStringLiteral("%1 (%2)").arg(p.name, p.role);
    block("Persons concerned", persons.join(QStringLiteral("\n  ")));
    block("Procedures requested", r.procedures);
    block("Purpose", r.purpose);
    QStringList events;
    for (const RequestEvent& e : r.events)
        events << QStringLiteral("%1  %2").arg(utcText(e.at), e.name);
    block("Events", events.join(QStringLiteral("\n  ")));
    QStringList links;
    for (const RequestLink& l : r.links)
        links << QStringLiteral("%1 -> %2").arg(l.kind, l.toId);
    block("Links", links.join(QStringLiteral("\n  ")));
}

} // namespace mladesk::cli
