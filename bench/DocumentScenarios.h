#pragma once

#include "Scenario.h"

namespace mladesk::bench {

// A request's document rendered as the CLI's render command and the preview
// do it: read through the session, the model built, the PDF written in memory.
QList<ScenarioInfo> documentScenarios();

} // namespace mladesk::bench
