#include "ui/bundles/BundleExportDialog.h"

#include "bundle/BundleWriter.h"
#include "documents/DocumentTranslator.h"
#include "documents/RequestBundleDocuments.h"
#include "services/Session.h"
#include "services/TrustService.h"
#include "services/Workspace.h"
#include "ui/bundles/CertificateText.h"
#include "ui/bundles/SigningIdentityDialog.h"
#include "ui/widgets/BackgroundTask.h"
#include "ui/widgets/ExportFolder.h"
#include "ui/widgets/WorkerProgress.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace mladesk {

namespace {

QString languageNames(const QStringList& codes) {
    QStringList names;
    for (const QString& code : codes)
        names << documentLanguageName(code);
    return names.join(QStringLiteral(", "));
}

} // namespace

BundleExportDialog::BundleExportDialog(Workspace& session, const QString& requestId, QWidget* parent)
    : QDialog(parent)
    , m_workspace(session)
    , m_requestId(requestId)
    , m_summary(new QLabel(this))
    , m_signerLabel(new QLabel(this))
    , m_recipient(new QComboBox(this))
    , m_file(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_export(new QPushButton(tr("&Export"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_cancelled(std::make_shared<std::atomic_bool>(false)) {
    setWindowTitle(tr("Export signed bundle"));
    auto* layout = new QVBoxLayout(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);
    auto* form = new QFormLayout;
    auto* signerRow = new QHBoxLayout;
    auto* chooseSigner = new QPushButton(tr("C&hoose…"), this);
    m_signerLabel->setWordWrap(true);
    signerRow->addWidget(m_signerLabel, 1);
    signerRow->addWidget(chooseSigner);
    form->addRow(tr("Signed by:"), signerRow);
    m_recipient->setAccessibleName(tr("Encrypt for"));
    m_recipient->addItem(tr("Not encrypted (signed only)"), QString());
    form->addRow(tr("&Encrypt for:"), m_recipient);
    auto* fileRow = new QHBoxLayout;
    auto* browse = new QPushButton(tr("&Browse…"), this);
    m_file->setAccessibleName(tr("Bundle file"));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* saveAs = new QLabel(tr("&Save as:"), this);
    saveAs->setBuddy(m_file);
    form->addRow(saveAs, fileRow);
    layout->addLayout(form);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    layout->addStretch(1);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    resize(640, 360);

    connect(chooseSigner, &QPushButton::clicked, this, &BundleExportDialog::chooseSigner);
    connect(browse, &QPushButton::clicked, this, &BundleExportDialog::chooseFile);
    connect(m_file, &QLineEdit::textChanged, this, &BundleExportDialog::updateControls);
    connect(m_export, &QPushButton::clicked, this, &BundleExportDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_running)
            m_cancelled->store(true);
        else
            reject();
    });
    connect(m_recipient, &QComboBox::currentIndexChanged, this, [this] {
        const QString path = m_file->text();
        const bool enveloped = !m_recipient->currentData().toString().isEmpty();
        if (enveloped && path.endsWith(QLatin1String(".asice")))
            m_file->setText(path + QStringLiteral(".p7m"));
        else if (!enveloped && path.endsWith(QLatin1String(".asice.p7m")))
            m_file->setText(path.chopped(4));
    });

    // The attachments are decrypted on the writer's thread, on a connection of their own.
    auto plan = bundle::BundleExporter::prepare(m_workspace, m_requestId, requestBundleDocuments, true);
    if (!plan) {
        m_summary->setText(QStringLiteral("<b>%1</b><br>%2")
                               .arg(tr("This request cannot be exported yet.").toHtmlEscaped(),
                                    plan.error().message.toHtmlEscaped()));
        chooseSigner->setEnabled(false);
        updateControls();
        return;
    }
    m_plan = std::move(plan).value();
    m_summary->setText(
        tr("<b>%1</b>: the request (interchange format), its document in %2 and %n "
           "attachment(s), with a manifest of their SHA-256 digests, signed by you.",
           nullptr, m_plan->attachments)
            .arg(m_plan->reference.toHtmlEscaped(), languageNames(m_plan->languages).toHtmlEscaped()) +
        (m_plan->acceptedLanguages.isEmpty()
             ? QString()
             : QStringLiteral("<br>") + tr("%1 accepts %2 for this request.")
                                            .arg(m_plan->receivingState.toHtmlEscaped(),
                                                 languageNames(m_plan->acceptedLanguages).toHtmlEscaped())));
    if (auto trusted = m_workspace.trust().certificates()) {
        for (const TrustedCertificate& t : trusted.value()) {
            m_recipients << t.certificate;
            m_recipient->addItem(CertificateText::name(t.certificate.subject), t.certificate.fingerprint);
        }
    }
    m_file->setText(exportFolder::suggestedPath(m_plan->reference + QStringLiteral(".asice")));
    m_signerLabel->setText(tr("(choose your certificate)"));
    updateControls();
}

BundleExportDialog::~BundleExportDialog() {
    m_cancelled->store(true);
}

void BundleExportDialog::reject() {
    if (m_running) {
        m_cancelled->store(true);
        return;
    }
    QDialog::reject();
}

void BundleExportDialog::chooseSigner() {
    SigningIdentityDialog dialog(m_workspace.session().user(),
                                 tr("Sign the bundle of %1.").arg(m_plan ? m_plan->reference : QString()),
                                 this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto identity = dialog.takeIdentity())
        setSigner(std::move(*identity));
}

void BundleExportDialog::setSigner(bundle::SigningIdentity identity) {
    m_signerLabel->setText(QStringLiteral("%1<br><small>%2</small>")
                               .arg(CertificateText::name(identity.certificate().subject).toHtmlEscaped(),
                                    identity.certificate().fingerprintForPeople().toHtmlEscaped()));
    m_signer = std::make_shared<bundle::SigningIdentity>(std::move(identity));
    updateControls();
}

bool BundleExportDialog::setRecipient(const QString& fingerprint) {
    const int index = m_recipient->findData(fingerprint);
    if (index < 0)
        return false;
    m_recipient->setCurrentIndex(index);
    return true;
}

void BundleExportDialog::setOutputPath(const QString& path) {
    m_file->setText(path);
}

void BundleExportDialog::chooseFile() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the bundle"), m_file->text(),
                                                      tr("Signed bundles (*.asice *.p7m)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

void BundleExportDialog::updateControls() {
    m_export->setEnabled(m_plan && m_signer && !m_file->text().trimmed().isEmpty() && !m_running);
    if (m_plan && !m_signer)
        m_export->setToolTip(tr("Choose the certificate you sign with first."));
    else
        m_export->setToolTip(QString());
}

void BundleExportDialog::startExport() {
    if (!m_plan || !m_signer || m_running || !exportFolder::prepare(this, m_file->text().trimmed()))
        return;
    bundle::BundleWriteOptions options;
    options.signers = {&*m_signer};
    const QString fingerprint = m_recipient->currentData().toString();
    for (const CertificateInfo& c : std::as_const(m_recipients))
        if (c.fingerprint == fingerprint)
            options.encryptFor = {c};
    m_running = true;
    m_cancelled->store(false);
    m_progress->setVisible(true);
    m_status->setText(tr("Writing and signing the bundle…"));
    m_cancel->setText(tr("Stop"));
    updateControls();
    options.progress = progressOnBar(m_progress, m_cancelled);
    const QList<bundle::BundleSource> sources = m_plan->sources;
    const QString path = m_file->text().trimmed();
    // The worker keeps the signer alive, and the sources the attachments' connection.
    runInBackground<Result<bundle::WrittenBundle>>(
        this,
        [sources, path, options, signer = m_signer] {
            return bundle::BundleWriter::write(sources, path, options);
        },
        [this, options](Result<bundle::WrittenBundle> written) {
            if (written) {
                if (auto st = bundle::BundleExporter::record(m_workspace, *m_plan, written.value(), options);
                    !st) {
                    QFile::remove(written->path);
                    written = st.error();
                }
            }
            done(std::move(written));
        });
}

void BundleExportDialog::done(Result<bundle::WrittenBundle> written) {
    m_running = false;
    m_progress->setVisible(false);
    m_cancel->setText(tr("Close"));
    updateControls();
    if (!written) {
        m_status->setText(m_cancelled->load()
                              ? tr("Stopped. No bundle was written.")
                              : tr("The bundle was not written: %1").arg(written.error().message));
        emit finished(false);
        return;
    }
    m_writtenSha256 = written->sha256;
    exportFolder::remember(written->path);
    m_status->setText(
        tr("Written: %1 (%2). SHA-256 %3 — give this digest to the recipient by another channel "
           "if they want to check the file they received.")
            .arg(QDir::toNativeSeparators(written->path), QLocale().formattedDataSize(written->size),
                 written->sha256));
    m_export->setEnabled(false);
    emit finished(true);
}

} // namespace mladesk
