#pragma once

#include "Scenario.h"

namespace mladesk::bench {

// The application's own code paths over the bench register (core, as the UI
// and the CLI call it).
QList<ScenarioInfo> appScenarios();

} // namespace mladesk::bench
