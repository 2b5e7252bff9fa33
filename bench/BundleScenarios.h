#pragma once

#include "Scenario.h"

namespace mladesk::bench {

// Bundle scenarios, against the sha256-attachments and libzip-attachments
// baselines (target: at least 60 % of the raw SHA-256 throughput; peak memory
// at most 100 MB above idle, whatever the size of the attachments):
// - bundle-export-sign: the attachments (200 MB by default, --attachments-mb)
//   with request.json and the request's PDF written into a signed ASiC-E
//   container by core/bundle's BundleWriter (streamed through SHA-256 and
//   deflate, the manifest signed with CMS), as its header suggests for the
//   benchmark. Not measured here: reading and decrypting attachments stored
//   in the register (BundleExporter::prepare through a Workspace).
// - bundle-verify: that container checked by BundleVerifier (every digest,
//   the signature, the signer trusted).
QList<ScenarioInfo> bundleScenarios();
QList<PendingScenario> pendingBundleScenarios();

} // namespace mladesk::bench
