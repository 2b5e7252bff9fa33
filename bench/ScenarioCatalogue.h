#pragma once

#include "Scenario.h"

namespace mladesk::bench {

// Every scenario of mladesk-bench, in the order of the report.
QList<ScenarioInfo> allScenarios();
QList<PendingScenario> pendingScenarios();
const ScenarioInfo* findScenario(const QList<ScenarioInfo>& all, const QString& name);

} // namespace mladesk::bench
