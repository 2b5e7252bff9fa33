#pragma once

#include "repositories/Backup.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <functional>

class QTimer;

namespace mladesk {

class Workspace;

// Automatic backups of the open register (docs/backups.md): every N days to
// a chosen folder, keeping the last K. The setting is this computer's, per
// register (QSettings "backup/<register id>/…"). While a user who may back
// up is signed in, it checks at sign-in and then every hour; a backup runs
// on a worker thread like Register › Back up…, is audited, and then the
// oldest automatic backups of this register in that folder beyond K are
// deleted. Only files named as it names them are ever deleted:
// NAME-IDPREFIX-yyyyMMdd-HHmmss.mladesk-backup (IDPREFIX: the first 8
// characters of the register's id).
class AutomaticBackup : public QObject {
    Q_OBJECT
public:
    struct Settings {
        bool enabled = false;
        QString folder;
        int everyDays = 7;
        int keep = 5;
    };
    static Settings load(const QString& registerId);
    static void save(const QString& registerId, const Settings& settings);

    explicit AutomaticBackup(QObject* parent = nullptr);
    ~AutomaticBackup() override;

    // Starts watching the workspace's register (registerName and registerId
    // name the files and the setting); nullptr (locking) stops. A backup
    // already running finishes.
    void setWorkspace(Workspace* workspace, const QString& registerName = {}, const QString& registerId = {});
    // Checks now: starts a backup when one is due (asynchronous; done() follows).
    // Returns whether one was started.
    bool checkNow();
    // For tests: what "now" is.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // The automatic backups of a register in folder, oldest first.
    static QStringList backupsIn(const QString& folder, const QString& registerName,
                                 const QString& registerId);

signals:
    // A backup was made (ok, its facts and the files pruned) or failed
    // (the message says why and what to do).
    void done(bool ok, const QString& message);

private:
    void finish(const Result<BackupFacts>& written, const Settings& settings);

    Workspace* m_workspace = nullptr;
    QString m_registerName;
    QString m_registerId;
    QTimer* m_timer;
    std::function<QDateTime()> m_clock;
    bool m_running = false;
    bool m_warned = false; // one failure message per sign-in
};

} // namespace mladesk
