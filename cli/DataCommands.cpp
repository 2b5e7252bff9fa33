// mladesk-cli commands that move and show a register's requests.
#include "cli/Cli.h"
#include "cli/DeadlineOutput.h"
#include "cli/ExitCode.h"
#include "cli/RequestOutput.h"
#include "domain/Instrument.h"
#include "domain/RequestWorkflow.h"
#include "domain/Validation.h"
#include "error/FileError.h"
#include "interchange/EntityJson.h"
#include "interchange/InterchangeFormat.h"
#include "interchange/RegisterExchange.h"
#include "security/OwnerOnlyFile.h"
#include "services/AuditService.h"
#include "services/DeadlineService.h"
#include "services/ExchangeService.h"
#include "services/RequestService.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace mladesk::cli {

int Cli::importFile() {
    const QString path = m_positional.at(1);
    auto data = InterchangeFormat::readFile(path);
    if (!data)
        return fail(data.error());
    if (auto st = openSession(); !st)
        return fail(st.error());
    auto summary = m_workspace->exchange().importData(std::move(data.value()));
    if (!summary)
        return fail(summary.error());
    m_out << (summary->restored ? "Restored " : "Imported ") << summary->requests << " requests, "
          << summary->cases << " cases, " << summary->authorities << " authorities and " << summary->states
          << " states" << (summary->restored ? " into the empty register, with their approvals.\n" : ".\n");
    if (!summary->adjustments.isEmpty())
        m_out << "Four eyes: " << summary->adjustments << ".\n";
    return kDone;
}

int Cli::exportFile() {
    if (auto st = openSession(); !st)
        return fail(st.error());
    auto data = m_workspace->exchange().exportData();
    if (!data)
        return fail(data.error());
    // Streamed: the file's text is never held whole in memory.
    if (!m_parser.isSet(QStringLiteral("out"))) {
        m_out.flush();
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) ||
            !InterchangeFormat::write(std::move(data.value()), stdoutFile))
            return fail(makeError(ErrorCode::Io, QStringLiteral("Could not write to standard output.")));
        return kDone;
    }
    const QString path = m_parser.value(QStringLiteral("out"));
    QSaveFile out(path);
    if (!openOwnerOnly(out) || !InterchangeFormat::write(std::move(data.value()), out) || !commitSaved(out))
        return fail(
            makeError(ErrorCode::Io, QStringLiteral("Could not write %1: %2. Nothing was written; check the "
                                                    "free space and permissions.")
                                         .arg(path, fileProblem(out))));
    m_err << "Exported the register to " << path
          << ". The file holds case content in plain text: keep it on encrypted storage and delete it when "
             "done.\n";
    return kDone;
}

int Cli::list() {
    RequestFilter filter;
    filter.direction = m_parser.value(QStringLiteral("direction"));
    filter.status = m_parser.value(QStringLiteral("status"));
    filter.state = m_parser.value(QStringLiteral("state")).toUpper();
    filter.instrument = m_parser.value(QStringLiteral("instrument"));
    filter.search = m_parser.value(QStringLiteral("search"));
    if (!filter.direction.isEmpty() && !directions().contains(filter.direction))
        return usage(QStringLiteral("--direction takes outgoing or incoming."));
    if (!filter.instrument.isEmpty() && !isKnownInstrument(filter.instrument))
        return usage(
            QStringLiteral("--instrument: \"%1\" is not a known instrument key.").arg(filter.instrument));
    if (!filter.state.isEmpty() && !isCountryCode(filter.state))
        return usage(QStringLiteral("--state takes an ISO 3166 country code such as FR."));
    if (!filter.status.isEmpty() &&
        !RequestWorkflow::isKnownStatus(QStringLiteral("outgoing"), filter.status) &&
        !RequestWorkflow::isKnownStatus(QStringLiteral("incoming"), filter.status))
        return usage(QStringLiteral("--status: \"%1\" is not a status.").arg(filter.status));
    bool ok = true;
    const int limit =
        m_parser.isSet(QStringLiteral("limit")) ? m_parser.value(QStringLiteral("limit")).toInt(&ok) : -1;
    if (!ok || (m_parser.isSet(QStringLiteral("limit")) && limit < 0))
        return usage(QStringLiteral("--limit takes a number."));
    const QString format = m_parser.value(QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("table") && format != QLatin1String("json") &&
        format != QLatin1String("csv"))
        return usage(QStringLiteral("--format takes table, json or csv."));

    if (auto st = openSession(); !st)
        return fail(st.error());
    auto requests = m_workspace->requests().list(filter, limit);
    if (!requests)
        return fail(requests.error());
    if (auto st = m_workspace->audit().record(QStringLiteral("list"), QStringLiteral("register"),
                                              QStringLiteral("%1 requests").arg(requests->size()));
        !st)
        return fail(st.error());
    if (format == QLatin1String("json"))
        printJson(m_out, requests.value());
    else if (format == QLatin1String("csv"))
        printCsv(m_out, requests.value());
    else
        printTable(m_out, requests.value());
    return kDone;
}

int Cli::show() {
    const QString format = m_parser.value(QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("table") && format != QLatin1String("json"))
        return usage(QStringLiteral("--format takes table or json."));
    if (auto st = openSession(); !st)
        return fail(st.error());
    auto request = m_workspace->requests().view(m_positional.at(1));
    if (!request)
        return fail(request.error());
    auto deadlines = m_workspace->deadlines().deadlinesOf(request->id);
    if (!deadlines)
        return fail(deadlines.error());
    if (format == QLatin1String("json")) {
        QJsonObject object = toJson(request.value());
        object.insert(QStringLiteral("deadlines"), deadlinesJson(deadlines.value()));
        m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return kDone;
    }
    printDetails(m_out, request.value());
    m_out << "\nDeadlines:\n";
    QList<std::pair<QString, Deadline>> rows;
    for (const Deadline& d : deadlines.value())
        rows.append({request->reference, d});
    printDeadlines(m_out, rows, false);
    return kDone;
}

} // namespace mladesk::cli
