#pragma once

#include "error/Result.h"

#include <QJsonObject>
#include <QString>
#include <functional>
#include <memory>

namespace mladesk::bench {

class BenchWork;

// One measured thing. A child process (one per scenario) calls setUp() once,
// then for each run before(), run() (the only timed part) and after().
class Scenario {
public:
    virtual ~Scenario() = default;
    virtual Status setUp() { return {}; }
    virtual Status before(int /*run*/) { return {}; }
    virtual Status run(int run) = 0;
    virtual void after(int /*run*/) {}
    // Facts about what was measured (page counts, rows found, bucket counts).
    QJsonObject notes;
};

enum class ScenarioKind {
    Application, // the application's own code path
    Baseline,    // the same work with the library alone, no application code
};

struct ScenarioInfo {
    QString name;
    ScenarioKind kind = ScenarioKind::Application;
    QString description;
    QString baseline;             // name of its baseline scenario, or empty
    double targetMs = 0;          // 0: no time target
    double targetRatio = 0;       // 0: no ratio target
    double targetResidentMb = 0;  // 0: no memory target (absolute peak)
    double targetAboveIdleMb = 0; // 0: no memory target (peak above the size before the run)
    std::function<std::unique_ptr<Scenario>(const BenchWork&)> make;
};

// Scenarios the issue asks for that cannot be measured yet, with the reason.
struct PendingScenario {
    QString name;
    QString description;
    QString reason;
};

} // namespace mladesk::bench
