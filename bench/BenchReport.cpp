#include "BenchReport.h"

#include "BenchWork.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QSysInfo>
#include <QThread>
#include <sqlcipher/sqlite3.h>

namespace mladesk::bench {

namespace {

QString cpuModel() {
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly))
        for (const QByteArray& line : cpuinfo.readAll().split('\n'))
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    return QSysInfo::currentCpuArchitecture();
}

QString number(double value, int decimals = 1) {
    return QString::number(value, 'f', decimals);
}

QString mb(qint64 kb) {
    return QString::number(double(kb) / 1024.0, 'f', 0);
}

} // namespace

BenchReport::BenchReport(const QList<ScenarioInfo>& catalogue, const BenchSamples& samples, int runs)
    : m_catalogue(catalogue)
    , m_samples(samples)
    , m_runs(runs)
    , m_started(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)) {
}

void BenchReport::add(const ScenarioResult& result) {
    m_results << result;
}

void BenchReport::addPending(const PendingScenario& pending) {
    m_pending << pending;
}

const ScenarioInfo* BenchReport::info(const QString& name) const {
    for (const ScenarioInfo& i : m_catalogue)
        if (i.name == name)
            return &i;
    return nullptr;
}

const ScenarioResult* BenchReport::result(const QString& name) const {
    for (const ScenarioResult& r : m_results)
        if (r.name == name)
            return &r;
    return nullptr;
}

double BenchReport::ratio(const ScenarioResult& r) const {
    const ScenarioInfo* i = info(r.name);
    const ScenarioResult* base = i && !i->baseline.isEmpty() ? result(i->baseline) : nullptr;
    if (!base || !base->error.isEmpty() || base->median() <= 0 || !r.error.isEmpty())
        return 0;
    return r.median() / base->median();
}

QJsonValue BenchReport::met(const ScenarioResult& r) const {
    const ScenarioInfo* i = info(r.name);
    if (!i || !r.error.isEmpty() ||
        (i->targetMs <= 0 && i->targetRatio <= 0 && i->targetResidentMb <= 0 && i->targetAboveIdleMb <= 0))
        return QJsonValue::Null;
    bool ok = true;
    if (i->targetMs > 0)
        ok = ok && r.median() <= i->targetMs;
    if (i->targetRatio > 0)
        ok = ok && ratio(r) > 0 && ratio(r) <= i->targetRatio;
    if (i->targetResidentMb > 0)
        ok = ok && double(r.peakKb) / 1024.0 <= i->targetResidentMb;
    if (i->targetAboveIdleMb > 0)
        ok = ok && double(r.peakAboveIdleKb) / 1024.0 <= i->targetAboveIdleMb;
    return ok;
}

QString BenchReport::targetText(const ScenarioInfo& i) const {
    QStringList parts;
    if (i.targetMs > 0)
        parts << QStringLiteral("<= %1 ms").arg(i.targetMs);
    if (i.targetRatio > 0)
        parts << QStringLiteral("<= %1x").arg(i.targetRatio, 0, 'f', 2);
    if (i.targetResidentMb > 0)
        parts << QStringLiteral("<= %1 MB").arg(i.targetResidentMb);
    if (i.targetAboveIdleMb > 0)
        parts << QStringLiteral("+<= %1 MB").arg(i.targetAboveIdleMb);
    return parts.join(QStringLiteral(", "));
}

bool BenchReport::anyFailed() const {
    for (const ScenarioResult& r : m_results)
        if (!r.error.isEmpty())
            return true;
    return false;
}

void BenchReport::writeTable(QTextStream& out) const {
    out << "mladesk-bench: " << m_samples.requests << " requests (" << m_samples.deadlines << " deadlines, "
        << m_samples.openDeadlines << " open), " << m_runs << " run(s) each, SQLCipher "
        << QString::fromLatin1(sqlite3_libversion()) << ", " << cpuModel() << ", "
        << QThread::idealThreadCount() << " cores, " << m_started << "\n\n";
    const QString header = QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                               .arg(QStringLiteral("scenario"), -34)
                               .arg(QStringLiteral("median ms"), 10)
                               .arg(QStringLiteral("min"), 9)
                               .arg(QStringLiteral("max"), 9)
                               .arg(QStringLiteral("peak MB"), 8)
                               .arg(QStringLiteral("+MB"), 6)
                               .arg(QStringLiteral("ratio"), 7)
                               .arg(QStringLiteral("target"));
    out << header << '\n' << QString(header.size() + 16, u'-') << '\n';
    for (const ScenarioResult& r : m_results) {
        const ScenarioInfo* i = info(r.name);
        if (!r.error.isEmpty()) {
            out << QStringLiteral("%1 FAILED: %2\n").arg(r.name, -34).arg(r.error);
            continue;
        }
        const double q = ratio(r);
        const QJsonValue ok = met(r);
        QString target = i ? targetText(*i) : QString();
        if (ok.isBool())
            target += ok.toBool() ? QStringLiteral(" met") : QStringLiteral(" MISSED");
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                   .arg(r.name, -34)
                   .arg(number(r.median()), 10)
                   .arg(number(r.min()), 9)
                   .arg(number(r.max()), 9)
                   .arg(mb(r.peakKb), 8)
                   .arg(mb(r.peakAboveIdleKb), 6)
                   .arg(q > 0 ? number(q, 2) + u'x' : QString(), 7)
                   .arg(target)
            << '\n';
    }
    for (const PendingScenario& p : m_pending)
        out << QStringLiteral("%1 not measured: %2\n").arg(p.name, -34).arg(p.reason);
    out << "\nratio: median over the median of the scenario's baseline (raw-..., sha256-..., libzip-...).\n"
           "peak MB: the process's VmHWM during a run; +MB: that peak above the resident size before the "
           "run.\n";
    out << "Samples: reference \"" << m_samples.referenceQuery << "\", person \"" << m_samples.personQuery
        << "\", phrase \"" << m_samples.phraseQuery << "\", filter " << m_samples.filterState << " + "
        << m_samples.filterInstrument << " + " << m_samples.filterStatus << ".\n";
    if (const ScenarioResult* pdf = result(QStringLiteral("pdf-4-page")); pdf && pdf->error.isEmpty())
        out << "Document: " << m_samples.pdfReference << " (" << m_samples.pdfInstrument << "), "
            << pdf->notes.value(QStringLiteral("pages")).toInt() << " pages; bilingual "
            << m_samples.pdfLanguage << '+' << m_samples.pdfSecondLanguage << ": "
            << m_samples.pdfBilingualPages << " pages.\n";
    if (const ScenarioResult* d = result(QStringLiteral("dashboard")); d && d->error.isEmpty())
        out << "Dashboard: " << d->notes.value(QStringLiteral("overdue")).toInt() << " overdue, "
            << d->notes.value(QStringLiteral("today")).toInt() << " today, "
            << d->notes.value(QStringLiteral("week")).toInt() << " within 7 days, "
            << d->notes.value(QStringLiteral("later")).toInt() << " later, "
            << d->notes.value(QStringLiteral("stopped")).toInt() << " stopped.\n";
}

QJsonObject BenchReport::toJson() const {
    QJsonArray scenarios;
    for (const ScenarioResult& r : m_results) {
        const ScenarioInfo* i = info(r.name);
        QJsonObject o{{QStringLiteral("name"), r.name},
                      {QStringLiteral("kind"), i && i->kind == ScenarioKind::Baseline
                                                   ? QStringLiteral("baseline")
                                                   : QStringLiteral("application")},
                      {QStringLiteral("description"), i ? i->description : QString()},
                      {QStringLiteral("runs"), qint64(r.ms.size())},
                      {QStringLiteral("median_ms"), r.median()},
                      {QStringLiteral("min_ms"), r.min()},
                      {QStringLiteral("max_ms"), r.max()},
                      {QStringLiteral("peak_rss_mb"), double(r.peakKb) / 1024.0},
                      {QStringLiteral("peak_above_idle_mb"), double(r.peakAboveIdleKb) / 1024.0},
                      {QStringLiteral("notes"), r.notes}};
        QJsonArray times;
        for (double t : r.ms)
            times.append(t);
        o.insert(QStringLiteral("times_ms"), times);
        o.insert(QStringLiteral("baseline"),
                 i && !i->baseline.isEmpty() ? QJsonValue(i->baseline) : QJsonValue());
        const double q = ratio(r);
        o.insert(QStringLiteral("ratio"), q > 0 ? QJsonValue(q) : QJsonValue());
        QJsonObject target;
        if (i && i->targetMs > 0)
            target.insert(QStringLiteral("median_ms"), i->targetMs);
        if (i && i->targetRatio > 0)
            target.insert(QStringLiteral("ratio"), i->targetRatio);
        if (i && i->targetResidentMb > 0)
            target.insert(QStringLiteral("peak_rss_mb"), i->targetResidentMb);
        if (i && i->targetAboveIdleMb > 0)
            target.insert(QStringLiteral("peak_above_idle_mb"), i->targetAboveIdleMb);
        o.insert(QStringLiteral("target"), target.isEmpty() ? QJsonValue() : QJsonValue(target));
        o.insert(QStringLiteral("met"), met(r));
        if (!r.error.isEmpty())
            o.insert(QStringLiteral("error"), r.error);
        scenarios.append(o);
    }
    QJsonArray pending;
    for (const PendingScenario& p : m_pending)
        pending.append(QJsonObject{{QStringLiteral("name"), p.name},
                                   {QStringLiteral("description"), p.description},
                                   {QStringLiteral("reason"), p.reason}});
    const BenchSamples& s = m_samples;
    return {{QStringLiteral("bench"), QStringLiteral("mladesk-bench")},
            {QStringLiteral("format_version"), 1},
            {QStringLiteral("started"), m_started},
            {QStringLiteral("runs"), m_runs},
            {QStringLiteral("machine"),
             QJsonObject{{QStringLiteral("cpu"), cpuModel()},
                         {QStringLiteral("cores"), QThread::idealThreadCount()},
                         {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
                         {QStringLiteral("sqlite"), QString::fromLatin1(sqlite3_libversion())}}},
            {QStringLiteral("register"), QJsonObject{{QStringLiteral("requests"), s.requests},
                                                     {QStringLiteral("deadlines"), s.deadlines},
                                                     {QStringLiteral("open_deadlines"), s.openDeadlines},
                                                     {QStringLiteral("database_bytes"), s.registerBytes}}},
            {QStringLiteral("samples"),
             QJsonObject{
                 {QStringLiteral("reference"), s.referenceQuery},
                 {QStringLiteral("person"), s.personQuery},
                 {QStringLiteral("phrase"), s.phraseQuery},
                 {QStringLiteral("filter"), QJsonObject{{QStringLiteral("state"), s.filterState},
                                                        {QStringLiteral("instrument"), s.filterInstrument},
                                                        {QStringLiteral("status"), s.filterStatus}}},
                 {QStringLiteral("document"), s.pdfReference},
                 {QStringLiteral("document_pages"), s.pdfPages},
                 {QStringLiteral("bilingual_pages"), s.pdfBilingualPages}}},
            {QStringLiteral("scenarios"), scenarios},
            {QStringLiteral("pending"), pending}};
}

} // namespace mladesk::bench
