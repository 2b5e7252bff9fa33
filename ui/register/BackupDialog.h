#pragma once

#include <QDialog>
#include <atomic>
#include <memory>

class QDialogButtonBox;
class QGroupBox;
class QSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace mladesk {

class Workspace;

// Register › Back up…: where to write the backup file (docs/backups.md),
// then the copy on a worker thread with a progress bar and Cancel; the
// window stays usable, and the register may even be locked meanwhile (the
// copier has a connection and a key of its own). The result says what the
// backup holds and its SHA-256; the backup is in the audit trail. Below, the
// setting of automatic backups (every N days to a folder, keeping the last
// K), saved as it is changed.
class BackupDialog : public QDialog {
    Q_OBJECT
public:
    // registerName names the suggested file (NAME-yyyyMMdd-HHmm.mladesk-backup);
    // registerId keys the automatic backups' setting (ui/register/AutomaticBackup).
    BackupDialog(Workspace& workspace, const QString& registerName, const QString& registerId,
                 QWidget* parent = nullptr);
    ~BackupDialog() override;
    QString path() const;
    void setPath(const QString& path);
    // Starts the backup (what the "Back up" button does).
    void start();
    bool isRunning() const { return m_running; }

signals:
    void finished(bool ok, const QString& message);

protected:
    void reject() override;

private:
    void browse();
    void saveAutomatic();

    Workspace& m_workspace;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QProgressBar* m_progress;
    QLabel* m_result;
    QDialogButtonBox* m_buttons;
    QPushButton* m_backUp;
    QString m_registerId;
    QGroupBox* m_automatic;
    QLineEdit* m_automaticFolder;
    QSpinBox* m_everyDays;
    QSpinBox* m_keep;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    bool m_running = false;
};

} // namespace mladesk
