#include "ui/bundles/BundleActions.h"

#include "bundle/BundleWriter.h"
#include "bundle/Envelope.h"
#include "services/AuditService.h"
#include "services/Session.h"
#include "services/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/bundles/BundleExportDialog.h"
#include "ui/bundles/BundleReportDialog.h"
#include "ui/bundles/SigningIdentityDialog.h"
#include "ui/bundles/TrustStoreDialog.h"
#include "ui/requests/RequestDetailsPanel.h"
#include "ui/requests/RequestsView.h"
#include "ui/widgets/BackgroundTask.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QUrl>

namespace mladesk {

BundleActions::BundleActions(MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_menu(new QMenu(tr("&Bundles"), window)) {
    QAction* exportBundle =
        m_menu->addAction(tr("&Export signed bundle…"), this, &BundleActions::exportSelected);
    exportBundle->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    exportBundle->setStatusTip(
        tr("The selected approved request as a signed bundle for the requested authority"));
    m_menu->addAction(tr("&Add my signature to a bundle…"), this, &BundleActions::addSignature)
        ->setStatusTip(tr("Co-sign a bundle, e.g. as the approving prosecutor"));
    QAction* verify =
        m_menu->addAction(tr("&Verify or import a bundle…"), this, &BundleActions::verifyOrImport);
    verify->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
    verify->setStatusTip(
        tr("Check a bundle received from another authority; you can also drop it on the window"));
    m_menu->addSeparator();
    m_menu->addAction(tr("&Trusted certificates…"), this, &BundleActions::trustedCertificates);
}

QStringList BundleActions::bundlesIn(const QMimeData* data) {
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl& url : data->urls())
        if (url.isLocalFile() && BundleReportDialog::looksLikeBundle(url.toLocalFile()))
            paths << url.toLocalFile();
    return paths;
}

void BundleActions::exportSelected() {
    Workspace* session = m_window->session();
    const QString id = m_window->requestsView()->details()->currentId();
    if (!session)
        return;
    if (id.isEmpty()) {
        QMessageBox::information(m_window, tr("Export signed bundle"),
                                 tr("Select the approved outgoing request to export first."));
        return;
    }
    BundleExportDialog dialog(*session, id, m_window);
    dialog.exec();
}

void BundleActions::addSignature() {
    Workspace* session = m_window->session();
    if (!session)
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Add my signature to a bundle"), QString(),
                                                      tr("Signed bundles (*.asice *.sce)"));
    if (path.isEmpty())
        return;
    SigningIdentityDialog dialog(session->session().user(),
                                 tr("Add your signature to %1. It signs the same manifest as the signatures "
                                    "already there; check the bundle first (Verify or import a bundle).")
                                     .arg(QFileInfo(path).fileName()),
                                 m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto identity = dialog.takeIdentity();
    if (!identity)
        return;
    auto signer = std::make_shared<bundle::SigningIdentity>(std::move(*identity));
    QPointer<MainWindow> window(m_window);
    m_window->setCursor(Qt::BusyCursor);
    runInBackground<Result<bundle::WrittenBundle>>(
        this, [path, signer] { return bundle::BundleWriter::addSigner(path, *signer); },
        [window, path, signer](Result<bundle::WrittenBundle> written) {
            if (!window)
                return;
            window->unsetCursor();
            if (!written) {
                QMessageBox::warning(window, tr("Signature not added"), written.error().message);
                return;
            }
            if (Workspace* s = window->session())
                (void)s->audit().record(QStringLiteral("bundle-sign"),
                                        QStringLiteral("bundle:") + written->sha256,
                                        QStringLiteral("signer %1").arg(signer->certificate().fingerprint));
            QMessageBox::information(window, tr("Signature added"),
                                     tr("Your signature was added to %1.\nSHA-256 of the file now: %2")
                                         .arg(QFileInfo(path).fileName(), written->sha256));
        });
}

void BundleActions::verifyOrImport() {
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Verify or import a bundle"), QString(),
                                     tr("Bundles (*.asice *.sce *.p7m *.zip);;All files (*)"));
    if (!path.isEmpty())
        openBundle(path);
}

void BundleActions::openBundle(const QString& path) {
    Workspace* session = m_window->session();
    if (!session)
        return;
    BundleReportDialog dialog(*session, path, m_window);
    if (bundle::Envelope::looksEnveloped(path)) {
        SigningIdentityDialog identity(session->session().user(),
                                       tr("%1 is encrypted for its recipient. Open it with your certificate.")
                                           .arg(QFileInfo(path).fileName()),
                                       m_window);
        identity.setWindowTitle(tr("Open an encrypted bundle"));
        if (identity.exec() != QDialog::Accepted)
            return;
        if (auto opened = identity.takeIdentity())
            dialog.setRecipient(std::move(*opened));
    }
    connect(&dialog, &BundleReportDialog::imported, m_window,
            [this](const QString& id) { m_window->showRequest(id, QStringLiteral("incoming")); });
    dialog.start();
    dialog.exec();
}

void BundleActions::trustedCertificates() {
    if (Workspace* session = m_window->session()) {
        TrustStoreDialog dialog(*session, m_window);
        dialog.exec();
    }
}

} // namespace mladesk
