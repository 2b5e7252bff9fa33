#pragma once

#include "Scenario.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace mladesk::bench {

class BenchWork;

// What one scenario measured over its runs.
struct ScenarioResult {
    QString name;
    QList<double> ms;           // wall time of each run
    qint64 peakKb = 0;          // the process's highest VmHWM during a run
    qint64 peakAboveIdleKb = 0; // the highest VmHWM of a run minus VmRSS just before it
    QJsonObject notes;
    QString error; // non-empty: the scenario failed

    double median() const;
    double min() const;
    double max() const;
    QJsonObject toJson() const;
    static ScenarioResult fromJson(const QJsonObject& o);
};

// Each scenario runs in a child process of its own (this executable with
// --child NAME), so that its peak memory is its own and nothing it leaves
// behind (caches, heap) reaches the next one.
class ScenarioRunner {
public:
    // In the child: set up, then `runs` measured runs; the result goes to
    // standard output as one line.
    static int runChild(const BenchWork& work, const ScenarioInfo& info, int runs);
    // In the parent.
    static ScenarioResult runInChild(const QString& workFolder, const QString& name, int runs);
};

} // namespace mladesk::bench
