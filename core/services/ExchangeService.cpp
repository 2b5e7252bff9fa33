#include "ExchangeService.h"

#include "access/ImportPolicy.h"
#include "access/Role.h"
#include "common/UtcText.h"
#include "repositories/StateRepository.h"
#include "repositories/Storage.h"
#include "services/ServiceGuard.h"
#include "services/Session.h"

namespace mladesk {

Result<ImportSummary> ExchangeService::importData(InterchangeData data,
                                                  const std::function<void(int, int)>& progress) {
    // The import's own transaction holds the audit entries too; no
    // transaction around it (see RegisterExchange::importAll on memory).
    return m_guard.runOwnTransaction(Action::Import, [&](ActionScope& scope) -> Result<ImportSummary> {
        auto empty = scope.storage().holdsNoRecords();
        if (!empty)
            return empty.error();
        const ImportKind kind =
            ImportPolicy::kindFor(m_guard.session().roles().contains(roles::kAdministrator), empty.value());
        auto states = scope.storage().states().all();
        if (!states)
            return states.error();
        const ImportAdjustments adjustments = ImportPolicy::apply(data, kind, scope.user(), states.value());
        const QString adjusted = ImportPolicy::describe(adjustments);
        auto imported =
            scope.storage().importAll(data, progress, [&](const ImportSummary& summary) -> Status {
                QString detail = QStringLiteral("%1: %2 requests, %3 cases, %4 authorities, %5 states")
                                     .arg(kind == ImportKind::Restore ? QStringLiteral("restore")
                                                                      : QStringLiteral("new work"))
                                     .arg(summary.requests)
                                     .arg(summary.cases)
                                     .arg(summary.authorities)
                                     .arg(summary.states);
                if (!adjusted.isEmpty())
                    detail += QStringLiteral("; ") + adjusted;
                if (auto st = scope.audit(QStringLiteral("import"), QStringLiteral("register"), detail); !st)
                    return st;
                // Each approval a restore carries, as imported: who, when, not given here.
                for (auto it = data.accountability.cbegin(); it != data.accountability.cend(); ++it)
                    for (const Approval& a : it->approvals)
                        if (auto st = scope.audit(
                                QStringLiteral("approval-imported"), QStringLiteral("request:") + it.key(),
                                QStringLiteral("approved by %1 at %2%3, as the restored file records it")
                                    .arg(a.approver, utcText(a.at),
                                         a.isCurrent() ? QString()
                                                       : QStringLiteral(", withdrawn at %1 by %2")
                                                             .arg(utcText(a.withdrawnAt), a.withdrawnBy)));
                            !st)
                            return st;
                return {};
            });
        if (!imported)
            return imported;
        imported->restored = kind == ImportKind::Restore;
        imported->adjustments = adjusted;
        scope.announce(Change::Kind::Requests);
        scope.announce(Change::Kind::References);
        scope.announce(Change::Kind::Deadlines);
        if (imported->restored)
            scope.announce(Change::Kind::Register);
        return imported;
    });
}

Result<InterchangeData> ExchangeService::exportData() {
    return m_guard.run(Action::Export, [&](ActionScope& scope) -> Result<InterchangeData> {
        auto data = scope.storage().exportAll();
        if (!data)
            return data;
        if (auto st = scope.audit(QStringLiteral("export"), QStringLiteral("register"),
                                  QStringLiteral("%1 requests").arg(data->requests.size()));
            !st)
            return st.error();
        return data;
    });
}

} // namespace mladesk
