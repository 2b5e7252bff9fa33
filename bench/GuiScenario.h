#pragma once

#include "Scenario.h"

namespace mladesk::bench {

// The real main window (offscreen) over the bench register: the deadlines
// dashboard it opens on, then the outgoing and the incoming list with their
// first page. Measured in its own process, like every scenario.
ScenarioInfo guiScenario();

} // namespace mladesk::bench
