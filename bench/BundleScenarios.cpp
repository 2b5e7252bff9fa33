#include "BundleScenarios.h"

namespace mladesk::bench {

QList<ScenarioInfo> bundleScenarios() {
    return {};
}

QList<PendingScenario> pendingBundleScenarios() {
    const QString reason = QStringLiteral("core/bundle has no export and verify API yet");
    return {{QStringLiteral("bundle-export-sign"),
             QStringLiteral("export and sign a bundle with the attachments (200 MB by default)"), reason},
            {QStringLiteral("bundle-verify"), QStringLiteral("verify that bundle"), reason}};
}

} // namespace mladesk::bench
