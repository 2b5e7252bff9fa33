#include "ScenarioRunner.h"

#include "BenchWork.h"
#include "MemoryProbe.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace mladesk::bench {

namespace {

constexpr char kResultMarker[] = "mladesk-bench-result ";
constexpr int kChildTimeoutMs = 60 * 60 * 1000;

} // namespace

double ScenarioResult::median() const {
    if (ms.isEmpty())
        return 0;
    QList<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype n = sorted.size();
    return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

double ScenarioResult::min() const {
    return ms.isEmpty() ? 0 : *std::min_element(ms.begin(), ms.end());
}

double ScenarioResult::max() const {
    return ms.isEmpty() ? 0 : *std::max_element(ms.begin(), ms.end());
}

QJsonObject ScenarioResult::toJson() const {
    QJsonArray times;
    for (double t : ms)
        times.append(t);
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("times_ms"), times},
                  {QStringLiteral("peak_kb"), peakKb},
                  {QStringLiteral("peak_above_idle_kb"), peakAboveIdleKb},
                  {QStringLiteral("notes"), notes}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

ScenarioResult ScenarioResult::fromJson(const QJsonObject& o) {
    ScenarioResult r;
    r.name = o.value(QStringLiteral("name")).toString();
    for (const QJsonValue& t : o.value(QStringLiteral("times_ms")).toArray())
        r.ms << t.toDouble();
    r.peakKb = o.value(QStringLiteral("peak_kb")).toInteger();
    r.peakAboveIdleKb = o.value(QStringLiteral("peak_above_idle_kb")).toInteger();
    r.notes = o.value(QStringLiteral("notes")).toObject();
    r.error = o.value(QStringLiteral("error")).toString();
    return r;
}

namespace {
// User and system time of the whole process so far, in milliseconds.
double processCpuMs() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval& t) {
        return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}
} // namespace

int ScenarioRunner::runChild(const BenchWork& work, const ScenarioInfo& info, int runs) {
    ScenarioResult result;
    result.name = info.name;
    QJsonArray cpu; // the process's CPU time of each run, every thread: what a busy machine does not change
    std::unique_ptr<Scenario> scenario = info.make(work);
    Status status = scenario->setUp();
    for (int run = 0; status && run < runs; ++run) {
        status = scenario->before(run);
        if (!status)
            break;
        if (!MemoryProbe::resetPeak())
            result.notes.insert(QStringLiteral("peak_reset"),
                                QStringLiteral("refused: peaks include set-up"));
        const qint64 idle = MemoryProbe::residentKb();
        QElapsedTimer timer;
        const double cpuBefore = processCpuMs();
        timer.start();
        status = scenario->run(run);
        const double elapsed = double(timer.nsecsElapsed()) / 1e6;
        cpu.append(processCpuMs() - cpuBefore);
        const qint64 peak = MemoryProbe::peakKb();
        scenario->after(run);
        if (!status)
            break;
        result.ms << elapsed;
        result.peakKb = std::max(result.peakKb, peak);
        result.peakAboveIdleKb = std::max(result.peakAboveIdleKb, peak - idle);
    }
    for (auto it = scenario->notes.constBegin(); it != scenario->notes.constEnd(); ++it)
        result.notes.insert(it.key(), it.value());
    if (!cpu.isEmpty())
        result.notes.insert(QStringLiteral("cpu_ms"), cpu);
    if (!status)
        result.error = status.error().message;
    const QByteArray line =
        kResultMarker + QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
    return status ? 0 : 1;
}

ScenarioResult ScenarioRunner::runInChild(const QString& workFolder, const QString& name, int runs) {
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--child"), name, QStringLiteral("--work"), workFolder,
                 QStringLiteral("--runs"), QString::number(runs)});
    ScenarioResult result;
    result.name = name;
    if (!child.waitForFinished(kChildTimeoutMs)) {
        child.kill();
        child.waitForFinished();
        result.error = QStringLiteral("the child process did not finish: %1").arg(child.errorString());
        return result;
    }
    for (const QByteArray& line : child.readAllStandardOutput().split('\n'))
        if (line.startsWith(kResultMarker))
            return ScenarioResult::fromJson(
                QJsonDocument::fromJson(line.mid(qsizetype(sizeof kResultMarker - 1))).object());
    result.error = QStringLiteral("the child process ended (exit %1) without a result").arg(child.exitCode());
    return result;
}

} // namespace mladesk::bench
