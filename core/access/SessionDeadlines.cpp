// Session: deadlines, completeness and state profiles (declared in Session.h).
#include "Session.h"
#include "interchange/EntityJson.h"
#include "storage/Database.h"
#include "storage/ReferenceRepositories.h"
#include "storage/RequestRepository.h"
#include "storage/StateProfileStore.h"

namespace mladesk {

Result<QList<Deadline>> Session::deadlinesOf(const QString& idOrReference) {
    if (auto st = require(Action::ViewContent); !st)
        return st.error();
    auto request = RequestRepository(database()).find(idOrReference);
    if (!request)
        return request.error();
    return DeadlineStore(database()).deadlinesOf(request.value());
}

Result<QList<DueItem>> Session::dueDeadlines(const DueFilter& filter) {
    if (auto st = require(Action::ViewContent); !st)
        return st.error();
    return DeadlineStore(database()).due(filter);
}

Result<QList<DueDeadline>> Session::dueDeadlinesWithTrails(const DueFilter& filter) {
    if (auto st = require(Action::ViewContent); !st)
        return st.error();
    return DeadlineStore(database()).dueWithTrails(filter);
}

Status Session::adjustDeadline(const QString& idOrReference, const DeadlineAdjustment& adjustment) {
    if (auto st = require(Action::ChangeStatus); !st)
        return st;
    auto request = RequestRepository(database()).find(idOrReference);
    if (!request)
        return request.error();
    return inTransaction([&]() -> Status {
        if (auto st = DeadlineStore(database()).addAdjustment(request.value(), adjustment, user()); !st)
            return st;
        return record(QStringLiteral("deadline-adjusted"), QStringLiteral("request:") + request->id,
                      QStringLiteral("%1: %2 at %3")
                          .arg(adjustment.kind, adjustmentTypeName(adjustment.type), utcText(adjustment.at)));
    });
}

Result<Catalogue> Session::catalogue() {
    return StateProfileStore(database()).catalogue();
}

Result<QList<MissingElement>> Session::checkCompleteness(const QString& idOrReference) {
    if (auto st = require(Action::ViewContent); !st)
        return st.error();
    auto request = RequestRepository(database()).find(idOrReference);
    if (!request)
        return request.error();
    const auto& shipped = Catalogue::shipped();
    if (!shipped)
        return shipped.error();
    const InstrumentRules* instrument = shipped->instrument(request->instrument);
    if (!instrument)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Unknown instrument \"%1\".").arg(request->instrument));
    std::optional<Case> kase;
    if (!request->caseId.isEmpty()) {
        auto found = CaseRepository(database()).find(request->caseId);
        if (found)
            kase = found.value();
    }
    return mladesk::checkCompleteness(request.value(), *instrument, kase ? &*kase : nullptr);
}

Status Session::requireComplete(const Request& request, const QString& doing) {
    auto missing = checkCompleteness(request.id);
    if (!missing)
        return missing.error();
    if (isComplete(missing.value()))
        return {};
    QStringList items;
    for (const MissingElement& m : missing.value())
        if (!m.advisory)
            items << QStringLiteral("%1 (%2): %3").arg(m.label, m.article, m.message);
    return makeError(ErrorCode::Conflict,
                     QStringLiteral("Request %1 cannot be %2: it lacks what its instrument requires. %3.")
                         .arg(request.reference, doing, items.join(QStringLiteral("; "))));
}

Status Session::saveStateProfile(const StateProfile& profile) {
    if (auto st = require(Action::EditContent); !st)
        return st;
    return inTransaction([&]() -> Status {
        if (auto st = StateProfileStore(database()).save(profile); !st)
            return st;
        if (auto st = DeadlineStore(database()).recomputeForState(profile.code); !st)
            return st;
        return record(QStringLiteral("change"), QStringLiteral("state-profile:") + profile.code);
    });
}

Status Session::resetStateProfile(const QString& code) {
    if (auto st = require(Action::EditContent); !st)
        return st;
    return inTransaction([&]() -> Status {
        if (auto st = StateProfileStore(database()).reset(code); !st)
            return st;
        if (auto st = DeadlineStore(database()).recomputeForState(code); !st)
            return st;
        return record(QStringLiteral("change"), QStringLiteral("state-profile:") + code,
                      QStringLiteral("back to the shipped version"));
    });
}

} // namespace mladesk
