// mladesk-bench: the performance budget of MLA Desk, measured against the raw
// limits of its libraries (docs/performance.md).
#include "BenchReport.h"
#include "BenchWork.h"
#include "ScenarioCatalogue.h"
#include "ScenarioRunner.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <cstdio>

using namespace mladesk;
using namespace mladesk::bench;

namespace {

constexpr int kUsage = 2;

int usage(const QString& message) {
    QTextStream err(stderr);
    err << "mladesk-bench: " << message << "\nRun mladesk-bench --help for the options.\n";
    return kUsage;
}

// The names asked for with --scenario, and the baselines they are compared with.
QStringList selected(const QList<ScenarioInfo>& all, const QStringList& asked, QString* unknown) {
    QStringList names;
    for (const ScenarioInfo& info : all) {
        bool wanted = asked.isEmpty();
        for (const QString& a : asked)
            wanted = wanted || info.name == a;
        if (!wanted)
            continue;
        if (!names.contains(info.name))
            names << info.name;
        if (!info.baseline.isEmpty() && !names.contains(info.baseline))
            names << info.baseline;
    }
    for (const QString& a : asked)
        if (!findScenario(all, a)) {
            bool pending = false;
            for (const PendingScenario& p : pendingScenarios())
                pending = pending || p.name == a;
            if (!pending)
                *unknown = a;
        }
    return names;
}

} // namespace

int main(int argc, char* argv[]) {
    // The GUI scenario and the documents need a QGuiApplication; no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Its own settings and data folders: the bench never touches the user's.
    QApplication::setApplicationName(QStringLiteral("mladesk-bench"));
    QApplication::setOrganizationName(QStringLiteral("mladesk-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures MLA Desk on a register of its own against raw SQLCipher, OpenSSL and libzip "
                       "baselines (docs/performance.md)."));
    parser.addHelpOption();
    const QCommandLineOption requestsOption(QStringLiteral("requests"),
                                            QStringLiteral("Requests in the register (default 100000)."),
                                            QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Measured runs per scenario (default 5)."),
                                        QStringLiteral("K"), QStringLiteral("5"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          QStringLiteral("table (default) or json."),
                                          QStringLiteral("FORMAT"), QStringLiteral("table"));
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"),
        QStringLiteral("Only this scenario (and its baseline); repeat or separate with commas."),
        QStringLiteral("NAME"));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"),
        QStringLiteral("Work in DIR and keep it; a register already there with N requests is reused."),
        QStringLiteral("DIR"));
    const QCommandLineOption attachmentsOption(
        QStringLiteral("attachments-mb"),
        QStringLiteral(
            "Megabytes of attachments for the bundle scenarios and their baselines (default 200)."),
        QStringLiteral("MB"), QStringLiteral("200"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Also write the JSON report to FILE."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption listOption(QStringLiteral("list"),
                                        QStringLiteral("List the scenarios and exit."));
    QCommandLineOption childOption(QStringLiteral("child"), QStringLiteral("internal"),
                                   QStringLiteral("NAME"));
    QCommandLineOption workOption(QStringLiteral("work"), QStringLiteral("internal"), QStringLiteral("DIR"));
    childOption.setFlags(QCommandLineOption::HiddenFromHelp);
    workOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({requestsOption, runsOption, formatOption, scenarioOption, keepOption,
                       attachmentsOption, jsonOption, listOption, childOption, workOption});
    parser.process(app);

    const QList<ScenarioInfo> all = allScenarios();
    bool ok = true;
    const int runs = parser.value(runsOption).toInt(&ok);
    if (!ok || runs < 1 || runs > 1000)
        return usage(QStringLiteral("--runs takes a number from 1 to 1000."));

    if (parser.isSet(childOption)) {
        const ScenarioInfo* info = findScenario(all, parser.value(childOption));
        if (!info)
            return usage(QStringLiteral("no scenario %1").arg(parser.value(childOption)));
        BenchWork work(parser.value(workOption));
        if (auto st = work.loadSamples(); !st)
            return usage(st.error().message);
        return ScenarioRunner::runChild(work, *info, runs);
    }

    QTextStream out(stdout);
    QTextStream log(stderr);
    if (parser.isSet(listOption)) {
        for (const ScenarioInfo& info : all)
            out << QStringLiteral("%1 %2\n").arg(info.name, -36).arg(info.description);
        for (const PendingScenario& p : pendingScenarios())
            out << QStringLiteral("%1 %2 (not measured: %3)\n").arg(p.name, -36).arg(p.description, p.reason);
        return 0;
    }
    const int requests = parser.value(requestsOption).toInt(&ok);
    if (!ok || requests < 50 || requests > 10'000'000)
        return usage(QStringLiteral("--requests takes a number from 50 to 10000000."));
    const int attachmentMb = parser.value(attachmentsOption).toInt(&ok);
    if (!ok || attachmentMb < 1 || attachmentMb > 100'000)
        return usage(QStringLiteral("--attachments-mb takes a number from 1 to 100000."));
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return usage(QStringLiteral("--format takes table or json."));
    QStringList asked;
    for (const QString& value : parser.values(scenarioOption))
        asked << value.split(u',', Qt::SkipEmptyParts);
    QString unknown;
    const QStringList names = selected(all, asked, &unknown);
    if (!unknown.isEmpty())
        return usage(QStringLiteral("there is no scenario \"%1\" (see --list).").arg(unknown));

    QTemporaryDir temporary(QDir::temp().filePath(QStringLiteral("mladesk-bench-XXXXXX")));
    const QString folder =
        parser.isSet(keepOption) ? QDir(parser.value(keepOption)).absolutePath() : temporary.path();
    if (!parser.isSet(keepOption) && !temporary.isValid())
        return usage(QStringLiteral("could not create a temporary folder"));
    BenchWork work(folder);
    if (auto st = work.prepare(requests, qint64(attachmentMb) * 1024 * 1024, log); !st) {
        log << "mladesk-bench: " << st.error().message << '\n';
        return 4;
    }

    BenchReport report(all, work.samples(), runs);
    for (const QString& name : names) {
        log << "  " << name << "...";
        log.flush();
        const ScenarioResult result = ScenarioRunner::runInChild(folder, name, runs);
        if (result.error.isEmpty())
            log << " median " << QString::number(result.median(), 'f', 1) << " ms\n";
        else
            log << " FAILED: " << result.error << '\n';
        log.flush();
        report.add(result);
    }
    for (const PendingScenario& p : pendingScenarios())
        if (asked.isEmpty() || asked.contains(p.name))
            report.addPending(p);
    if (parser.isSet(jsonOption)) {
        QFile json(parser.value(jsonOption));
        if (!json.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            json.write(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented)) < 0)
            log << "mladesk-bench: could not write " << json.fileName() << '\n';
    }
    if (format == QLatin1String("json"))
        out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    else
        report.writeTable(out);
    out.flush();
    return report.anyFailed() ? 1 : 0;
}
