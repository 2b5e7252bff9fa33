#include "ScenarioCatalogue.h"

#include "AppScenarios.h"
#include "BundleScenarios.h"
#include "DocumentScenarios.h"
#include "GuiScenario.h"
#include "RawBaselines.h"

namespace mladesk::bench {

QList<ScenarioInfo> allScenarios() {
    QList<ScenarioInfo> all = appScenarios();
    all << documentScenarios();
    all << bundleScenarios();
    all << guiScenario();
    all << rawBaselines();
    return all;
}

QList<PendingScenario> pendingScenarios() {
    return pendingBundleScenarios();
}

const ScenarioInfo* findScenario(const QList<ScenarioInfo>& all, const QString& name) {
    for (const ScenarioInfo& info : all)
        if (info.name == name)
            return &info;
    return nullptr;
}

} // namespace mladesk::bench
