#pragma once

#include "Scenario.h"

namespace mladesk::bench {

// Bundle scenarios: "bundle-export-sign" (a request with 200 MB (--attachments-mb) of
// attachments exported as a signed ASiC-E bundle) and "bundle-verify" (that
// bundle verified), each with its peak memory, against the sha256-attachments and
// libzip-attachments baselines (target: at least 60 % of the raw SHA-256
// throughput, peak memory at most 100 MB above idle whatever the size of the
// attachments).
//
// The signed-bundle code (core/bundle) has no export or verify API yet; the
// scenarios are reported as pending until it has. Add them here: make a
// ScenarioInfo for each, with baseline "sha256-attachments" and the attachments of
// BenchWork::attachmentFiles().
QList<ScenarioInfo> bundleScenarios();
QList<PendingScenario> pendingBundleScenarios();

} // namespace mladesk::bench
