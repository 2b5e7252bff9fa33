#pragma once

#include "bundle/BundleExporter.h"
#include "bundle/SigningIdentity.h"

#include <QDialog>
#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace mladesk {

class Workspace;

// Register › Export signed bundle…: an approved, complete outgoing request as
// an ASiC-E bundle (docs/bundle-format.md) with its PDFs in every language
// they are final in and its attachments, signed with the user's certificate
// (shown before signing) and, if chosen, encrypted for the recipient
// authority's certificate from the trust store. Written on a worker thread
// with progress and Cancel; the export is recorded in the audit trail.
class BundleExportDialog : public QDialog {
    Q_OBJECT
public:
    BundleExportDialog(Workspace& session, const QString& requestId, QWidget* parent = nullptr);
    ~BundleExportDialog() override;

    bool ready() const { return m_plan.has_value(); }
    // As the controls do it (tests): the signer, the recipient (a fingerprint
    // of the trust store, empty: not encrypted), the file, then export().
    void setSigner(bundle::SigningIdentity identity);
    bool setRecipient(const QString& fingerprint);
    void setOutputPath(const QString& path);
    void startExport();
    QLabel* summary() const { return m_summary; }
    QLabel* status() const { return m_status; }
    QPushButton* exportButton() const { return m_export; }
    QString writtenSha256() const { return m_writtenSha256; }

    void reject() override; // not while writing: Stop first

signals:
    void finished(bool ok);

private:
    void chooseSigner();
    void chooseFile();
    void updateControls();
    void done(Result<bundle::WrittenBundle> written);

    Workspace& m_workspace;
    QString m_requestId;
    std::optional<bundle::ExportPlan> m_plan;
    std::shared_ptr<bundle::SigningIdentity> m_signer; // shared with the worker
    QList<CertificateInfo> m_recipients;
    QLabel* m_summary;
    QLabel* m_signerLabel;
    QComboBox* m_recipient;
    QLineEdit* m_file;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_export;
    QPushButton* m_cancel;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    bool m_running = false;
    QString m_writtenSha256;
};

} // namespace mladesk
