#include "BackupService.h"

#include "repositories/Storage.h"
#include "services/ServiceGuard.h"

#include <QFileInfo>

namespace mladesk {

Result<std::unique_ptr<BackupCopier>> BackupService::copier() {
    return m_guard.run(Action::BackUp, [](ActionScope& scope) { return scope.storage().backupCopier(); });
}

Status BackupService::recordBackup(const BackupFacts& facts) {
    return m_guard.run(Action::BackUp, [&](ActionScope& scope) {
        return scope.audit(QStringLiteral("backup"), QFileInfo(facts.file).fileName(),
                           QStringLiteral("%1 bytes, sha256 %2, %3 requests, %4 attachments")
                               .arg(facts.bytes)
                               .arg(facts.sha256)
                               .arg(facts.requests)
                               .arg(facts.attachments));
    });
}

Status BackupService::recordRestore(const BackupFacts& facts) {
    return m_guard.inTransaction([&](ActionScope& scope) {
        return scope.audit(QStringLiteral("restore"), QFileInfo(facts.file).fileName(),
                           QStringLiteral("backup taken %1 by %2, sha256 %3")
                               .arg(facts.takenAt.toString(Qt::ISODate), facts.takenBy, facts.sha256));
    });
}

} // namespace mladesk
