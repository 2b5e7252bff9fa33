#pragma once

#include "bundle/BundleReport.h"
#include "bundle/SigningIdentity.h"

#include <QDialog>
#include <atomic>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace mladesk {

class Workspace;

// Register › Verify or import a bundle… (or a bundle dropped on the window):
// the bundle checked on a worker thread against the register's trust store
// (every digest, nothing unlisted or missing, every signature and signer's
// certificate at its signing time), the report as a list of checks with pass
// or fail and a reason, the signers, and, for a verified bundle, Import as an
// incoming request (all or nothing, with the report kept as its chain of
// custody). An encrypted bundle is opened with the user's own certificate.
class BundleReportDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { Outcome, Check, Subject, Reason, Columns };

    BundleReportDialog(Workspace& session, const QString& path, QWidget* parent = nullptr);
    ~BundleReportDialog() override;

    // Starts the verification (the constructor does not: the caller may give
    // an identity for an encrypted bundle first). Emits verified().
    void start();
    void setRecipient(bundle::SigningIdentity identity);
    bool importBundle();
    void reject() override; // not while verifying: Stop first

    bool isVerified() const { return m_report && m_report->verified(); }
    const std::optional<bundle::BundleReport>& report() const { return m_report; }
    QString importedRequestId() const { return m_importedId; }
    QTableWidget* checks() const { return m_checks; }
    QLabel* verdict() const { return m_verdict; }
    QPushButton* importButton() const { return m_import; }

    static QString checkLabel(const QString& kind);
    // Files a bundle can be: a signed container or one encrypted for us.
    static bool looksLikeBundle(const QString& path);

signals:
    void verified(bool ok);
    void imported(const QString& requestId);

private:
    void showReport(bundle::BundleReport report);
    void saveReport();

    Workspace& m_workspace;
    QString m_path;
    std::shared_ptr<bundle::SigningIdentity> m_recipient;
    std::optional<bundle::BundleReport> m_report;
    QString m_importedId;
    QLabel* m_verdict;
    QProgressBar* m_progress;
    QTableWidget* m_checks;
    QLabel* m_signers;
    QPushButton* m_import;
    QPushButton* m_save;
    QPushButton* m_close;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    bool m_running = false;
};

} // namespace mladesk
