#include "ShippedStates.h"

#include "repositories/StateProfileRepository.h"
#include "repositories/StateRepository.h"
#include "repositories/Storage.h"
#include "rules/Catalogue.h"

#include <QSet>
#include <algorithm>

namespace mladesk {

QList<State> shippedStates(const Catalogue& catalogue) {
    QList<State> states;
    for (const StateProfile& p : catalogue.states()) {
        State s;
        s.code = p.code;
        s.name = p.name;
        s.languages = p.languages.value(QStringLiteral("default"), p.officialLanguages);
        s.timeZone = p.timeZone;
        const ContactPoint& central = p.centralAuthority;
        s.contact =
            central.address.isEmpty() ? central.name : central.name + QStringLiteral(", ") + central.address;
        states << s;
    }
    std::sort(states.begin(), states.end(), [](const State& a, const State& b) { return a.code < b.code; });
    return states;
}

Result<int> addShippedStates(Storage& storage) {
    auto catalogue = storage.stateProfiles().catalogue();
    if (!catalogue)
        return catalogue.error();
    auto existing = storage.states().all();
    if (!existing)
        return existing.error();
    QSet<QString> there;
    for (const State& s : existing.value())
        there.insert(s.code);
    int added = 0;
    for (const State& s : shippedStates(catalogue.value())) {
        if (there.contains(s.code))
            continue;
        if (auto st = storage.states().save(s); !st)
            return st.error();
        ++added;
    }
    return added;
}

} // namespace mladesk
