#pragma once

#include "Scenario.h"
#include "ScenarioRunner.h"

#include <QJsonObject>
#include <QList>
#include <QTextStream>

namespace mladesk::bench {

struct BenchSamples;

// The results of a whole run, with each scenario's ratio to its baseline and
// whether it meets its target (docs/performance.md).
class BenchReport {
public:
    BenchReport(const QList<ScenarioInfo>& catalogue, const BenchSamples& samples, int runs);
    void add(const ScenarioResult& result);
    void addPending(const PendingScenario& pending);

    void writeTable(QTextStream& out) const;
    QJsonObject toJson() const;
    bool anyFailed() const;

private:
    const ScenarioInfo* info(const QString& name) const;
    const ScenarioResult* result(const QString& name) const;
    double ratio(const ScenarioResult& r) const; // 0: no baseline measured
    QJsonValue met(const ScenarioResult& r) const;
    QString targetText(const ScenarioInfo& i) const;

    const QList<ScenarioInfo>& m_catalogue;
    const BenchSamples& m_samples;
    int m_runs;
    QList<ScenarioResult> m_results;
    QList<PendingScenario> m_pending;
    QString m_started;
};

} // namespace mladesk::bench
