#include "BackupService.h"

#include "repositories/Storage.h"
#include "services/ServiceGuard.h"
#include "services/Workspace.h"
#include "storage/Register.h"
#include "storage/RegisterBackup.h"

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

Result<BackupFacts> BackupService::inspect(const QString& file) {
    return RegisterBackup::inspect(file);
}

Result<BackupFacts> BackupService::restore(const QString& file, const QString& to,
                                           const SecureBytes& passphrase, const QString& user) {
    auto restored = RegisterBackup::restore(file, to, passphrase, user);
    if (!restored)
        return restored.error();
    Status recorded = [&]() -> Status {
        auto workspace = Workspace::start(*restored->reg);
        if (!workspace)
            return workspace.error();
        const Status st = workspace.value()->backups().recordRestore(restored->facts);
        workspace.value()->end();
        return st;
    }();
    restored->reg->lock();
    if (!recorded)
        return makeError(
            recorded.error().code,
            QStringLiteral("The register was restored into %1, but its audit trail could not record "
                           "the restore: %2")
                .arg(to, recorded.error().message));
    return restored->facts;
}

} // namespace mladesk
