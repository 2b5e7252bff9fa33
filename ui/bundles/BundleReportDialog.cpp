#include "ui/bundles/BundleReportDialog.h"

#include "bundle/BundleImporter.h"
#include "bundle/BundleVerifier.h"
#include "bundle/Envelope.h"
#include "error/FileError.h"
#include "security/OwnerOnlyFile.h"
#include "services/Session.h"
#include "services/TrustService.h"
#include "services/Workspace.h"
#include "ui/bundles/CertificateText.h"
#include "ui/widgets/BackgroundTask.h"
#include "ui/widgets/WorkerProgress.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mladesk {

namespace {

QColor passColour(bool passed) {
    return passed ? QColor(0x1b, 0x7a, 0x2e) : QColor(0xb0, 0x00, 0x00);
}

} // namespace

bool BundleReportDialog::looksLikeBundle(const QString& path) {
    const QString suffix = QFileInfo(path).fileName().toLower();
    return suffix.endsWith(QLatin1String(".asice")) || suffix.endsWith(QLatin1String(".sce")) ||
           suffix.endsWith(QLatin1String(".p7m")) || suffix.endsWith(QLatin1String(".zip"));
}

QString BundleReportDialog::checkLabel(const QString& kind) {
    if (kind == QLatin1String("container"))
        return tr("Container");
    if (kind == QLatin1String("manifest"))
        return tr("Manifest");
    if (kind == QLatin1String("signature"))
        return tr("Signature file");
    if (kind == QLatin1String("digest"))
        return tr("File digest");
    if (kind == QLatin1String("missing"))
        return tr("Listed file present");
    if (kind == QLatin1String("unlisted"))
        return tr("File listed");
    if (kind == QLatin1String("request"))
        return tr("Request data");
    if (kind == QLatin1String("signer-signature"))
        return tr("Signature");
    if (kind == QLatin1String("signer-trust"))
        return tr("Signer trusted");
    if (kind == QLatin1String("signer-validity"))
        return tr("Certificate valid when signed");
    if (kind == QLatin1String("signer-key-usage"))
        return tr("Certificate fit for signing");
    return kind;
}

BundleReportDialog::BundleReportDialog(Workspace& session, const QString& path, QWidget* parent)
    : QDialog(parent)
    , m_workspace(session)
    , m_path(path)
    , m_verdict(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_checks(new QTableWidget(0, Columns, this))
    , m_signers(new QLabel(this))
    , m_import(new QPushButton(tr("&Import as incoming request"), this))
    , m_save(new QPushButton(tr("&Save report…"), this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_cancelled(std::make_shared<std::atomic_bool>(false)) {
    setWindowTitle(tr("Bundle %1").arg(QFileInfo(path).fileName()));
    auto* layout = new QVBoxLayout(this);
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    layout->addWidget(m_verdict);
    layout->addWidget(m_progress);
    m_checks->setHorizontalHeaderLabels({QString(), tr("Check"), tr("File or signer"), tr("Result")});
    m_checks->setAccessibleName(tr("Verification report"));
    m_checks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_checks->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_checks->verticalHeader()->hide();
    m_checks->setWordWrap(true);
    m_checks->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_checks, 1);
    m_signers->setWordWrap(true);
    m_signers->setTextFormat(Qt::RichText);
    m_signers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_signers);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    m_import->setEnabled(false);
    m_save->setEnabled(false);
    connect(m_import, &QPushButton::clicked, this, &BundleReportDialog::importBundle);
    connect(m_save, &QPushButton::clicked, this, &BundleReportDialog::saveReport);
    connect(m_close, &QPushButton::clicked, this, &BundleReportDialog::reject);
    resize(900, 560);
    m_verdict->setText(tr("Checking %1…").arg(QFileInfo(path).fileName().toHtmlEscaped()));
}

BundleReportDialog::~BundleReportDialog() {
    m_cancelled->store(true);
}

void BundleReportDialog::setRecipient(bundle::SigningIdentity identity) {
    m_recipient = std::make_shared<bundle::SigningIdentity>(std::move(identity));
}

void BundleReportDialog::reject() {
    if (m_running) {
        m_cancelled->store(true);
        return;
    }
    QDialog::reject();
}

void BundleReportDialog::start() {
    bundle::VerifyOptions options;
    if (auto trusted = m_workspace.trust().certificates())
        for (const TrustedCertificate& t : trusted.value())
            options.trusted << t.certificate;
    options.recipient = m_recipient.get();
    options.progress = progressOnBar(m_progress, m_cancelled);
    m_progress->setVisible(true);
    m_running = true;
    m_close->setText(tr("Stop"));
    const QString path = m_path;
    runInBackground<bundle::BundleReport>(
        this,
        [path, options, recipient = m_recipient] { return bundle::BundleVerifier::verify(path, options); },
        [this](bundle::BundleReport report) { showReport(std::move(report)); });
}

void BundleReportDialog::showReport(bundle::BundleReport report) {
    m_running = false;
    m_progress->setVisible(false);
    m_close->setText(tr("Close"));
    const bool ok = report.verified();
    const QList<bundle::BundleCheck> failures = report.failures();
    if (m_cancelled->load() && !ok) {
        m_verdict->setText(tr("Stopped before every check was made: the bundle is not verified."));
    } else if (ok) {
        m_verdict->setText(
            QStringLiteral("<b style=\"color:%1\">%2</b><br>%3")
                .arg(passColour(true).name(), tr("Verified: every check passed.").toHtmlEscaped(),
                     tr("%1, request %2. SHA-256 of the file: %3")
                         .arg(report.file, report.reference.isEmpty() ? tr("(unknown)") : report.reference,
                              report.sha256)
                         .toHtmlEscaped()));
    } else {
        m_verdict->setText(QStringLiteral("<b style=\"color:%1\">%2</b><br>%3")
                               .arg(passColour(false).name(),
                                    tr("Not verified: %n check(s) failed. Do not rely on this bundle.",
                                       nullptr, static_cast<int>(failures.size()))
                                        .toHtmlEscaped(),
                                    tr("SHA-256 of the file: %1").arg(report.sha256).toHtmlEscaped()));
    }
    m_checks->setRowCount(static_cast<int>(report.checks.size()));
    for (int row = 0; row < report.checks.size(); ++row) {
        const bundle::BundleCheck& check = report.checks[row];
        auto* result = new QTableWidgetItem(check.passed ? tr("Pass") : tr("Fail"));
        result->setForeground(passColour(check.passed));
        QFont bold = result->font();
        bold.setBold(true);
        result->setFont(bold);
        m_checks->setItem(row, Outcome, result);
        m_checks->setItem(row, Check, new QTableWidgetItem(checkLabel(check.kind)));
        m_checks->setItem(row, Subject, new QTableWidgetItem(check.subject));
        m_checks->setItem(row, Reason, new QTableWidgetItem(check.reason));
        m_checks->item(row, Reason)->setToolTip(check.reason);
    }
    m_checks->resizeColumnsToContents();
    m_checks->resizeRowsToContents();
    QStringList signers;
    for (const bundle::SignerReport& s : report.signers)
        signers << QStringLiteral("<li><b style=\"color:%1\">%2</b> — %3%4</li>")
                       .arg(passColour(s.passed).name(),
                            CertificateText::name(s.certificate.subject).toHtmlEscaped(),
                            s.signingTime.isValid() ? tr("signed %1")
                                                          .arg(QLocale().toString(s.signingTime.toLocalTime(),
                                                                                  QLocale::ShortFormat))
                                                    : tr("no signing time"),
                            s.trustAnchor.isEmpty()
                                ? QString()
                                : QStringLiteral(", ") + tr("trusted through %1")
                                                             .arg(CertificateText::name(s.trustAnchor))
                                                             .toHtmlEscaped());
    m_signers->setText(signers.isEmpty() ? tr("No signer could be read.")
                                         : tr("Signers:") + QStringLiteral("<ul>") + signers.join(QString()) +
                                               QStringLiteral("</ul>"));
    const bool may = m_workspace.session().can(Action::Import);
    m_import->setEnabled(ok && may);
    m_import->setToolTip(!may  ? tr("Your role cannot import requests.")
                         : !ok ? tr("Only a verified bundle can be imported.")
                               : QString());
    m_save->setEnabled(true);
    if (ok && may)
        m_import->setDefault(true);
    m_report = std::move(report);
    emit verified(ok);
}

bool BundleReportDialog::importBundle() {
    if (!isVerified() || m_running)
        return false;
    QProgressDialog progress(tr("Importing the bundle into the register…"), tr("Stop"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    bundle::ImportOptions options;
    options.recipient = m_recipient.get();
    // The import writes through the session's connection, on this thread: the
    // progress dialog is kept alive between its steps.
    // Stop (or the window locking) cancels; nothing is imported then.
    m_cancelled->store(false);
    options.progress = [this, &progress](qint64 done, qint64 total) {
        if (total > 0)
            progress.setValue(static_cast<int>(std::min<qint64>(done * 1000 / total, 999)));
        QApplication::processEvents();
        return !progress.wasCanceled() && !m_cancelled->load();
    };
    m_running = true;
    auto outcome = bundle::BundleImporter::importBundle(m_workspace, m_path, options);
    m_running = false;
    progress.setValue(1000);
    if (!outcome) {
        QMessageBox::warning(this, tr("Bundle not imported"),
                             tr("Nothing was imported. %1").arg(outcome.error().message));
        return false;
    }
    if (!outcome->imported) {
        QMessageBox::warning(this, tr("Bundle not imported"),
                             tr("Nothing was imported: %1").arg(outcome->report.failureSummary()));
        return false;
    }
    m_importedId = outcome->requestId;
    m_import->setEnabled(false);
    m_verdict->setText(m_verdict->text() +
                       QStringLiteral("<br><b>%1</b>")
                           .arg(tr("Imported as %1, with %n file(s) and this report as its "
                                   "chain of custody.",
                                   nullptr, outcome->attachments)
                                    .arg(outcome->reference)
                                    .toHtmlEscaped()));
    emit imported(outcome->requestId);
    return true;
}

void BundleReportDialog::saveReport() {
    if (!m_report)
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the verification report"),
                                     m_path + QStringLiteral(".report.json"), tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!openOwnerOnly(file) || file.write(m_report->toJson()) < 0 || !commitSaved(file))
        QMessageBox::warning(this, tr("Report not saved"), tr("%1: %2").arg(path, fileProblem(file)));
}

} // namespace mladesk
