#include "ui/register/RegisterOpener.h"

#include "access/Role.h"
#include "demo/DemoGenerator.h"
#include "services/ExchangeService.h"
#include "services/RegisterAccess.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "ui/register/CreateRegisterDialog.h"
#include "ui/register/UnlockDialog.h"
#include "ui/register/WelcomeDialog.h"
#include "ui/widgets/BackgroundTask.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTemporaryDir>

namespace mladesk {

std::unique_ptr<RegisterAccess> RegisterOpener::open(const QString& path, QTemporaryDir& sandboxFolder,
                                                     QWidget* parent) {
    if (RegisterAccess::exists(path))
        return unlockExisting(path, parent);
    WelcomeDialog welcome(parent);
    switch (welcome.exec()) {
    case WelcomeDialog::Create: {
        CreateRegisterDialog dialog(path, parent);
        return dialog.exec() == QDialog::Accepted ? dialog.takeRegister() : nullptr;
    }
    case WelcomeDialog::Open: {
        const QString folder =
            QFileDialog::getExistingDirectory(parent, tr("Open a register"), QDir::homePath());
        return folder.isEmpty() ? nullptr : unlockExisting(folder, parent);
    }
    case WelcomeDialog::Sandbox:
        return sandboxFolder.isValid()
                   ? openSandbox(sandboxFolder.filePath(QStringLiteral("sandbox.mladesk")), parent)
                   : nullptr;
    default:
        return nullptr;
    }
}

std::unique_ptr<RegisterAccess> RegisterOpener::unlockExisting(const QString& path, QWidget* parent) {
    QString failure;
    auto loaded = RegisterAccess::load(path);
    if (loaded) {
        UnlockDialog dialog(*loaded.value(), parent);
        if (dialog.exec() == QDialog::Accepted)
            return std::move(loaded.value());
        failure = dialog.failure();
        if (failure.isEmpty())
            return nullptr; // the user cancelled
    } else {
        failure = loaded.error().message;
    }
    return offerAWayOn(path, failure, parent);
}

std::unique_ptr<RegisterAccess> RegisterOpener::offerAWayOn(const QString& path, const QString& failure,
                                                            QWidget* parent) {
    QMessageBox box(QMessageBox::Critical, tr("The register cannot be opened"), failure,
                    QMessageBox::NoButton, parent);
    QPushButton* backup = box.addButton(tr("Open a &backup…"), QMessageBox::AcceptRole);
    QPushButton* other = box.addButton(tr("Open &another register…"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    backup->setEnabled(QDir(QDir(path).filePath(QStringLiteral("backups"))).exists());
    box.exec();
    if (box.clickedButton() != backup && box.clickedButton() != other)
        return nullptr;
    const QString start =
        box.clickedButton() == backup ? QDir(path).filePath(QStringLiteral("backups")) : QDir::homePath();
    const QString folder = QFileDialog::getExistingDirectory(parent, tr("Open a register"), start);
    return folder.isEmpty() ? nullptr : unlockExisting(folder, parent);
}

std::unique_ptr<RegisterAccess> RegisterOpener::openSandbox(const QString& folder, QWidget* parent) {
    QProgressDialog progress(tr("Preparing the sandbox with sample data…"), QString(), 0, 0, parent);
    progress.setWindowTitle(tr("Sandbox"));
    progress.setMinimumDuration(0);
    progress.show();
    QEventLoop loop;
    using Created = Result<std::unique_ptr<RegisterAccess>>;
    Created outcome = makeError(ErrorCode::Io, {});
    runInBackground<Created>(
        &loop,
        [folder]() -> Created {
            QByteArray phrase(kSandboxPassphrase);
            auto reg = RegisterAccess::create(folder, QStringLiteral("sandbox"),
                                              SecureBytes::takeFrom(phrase), KdfCost::interactive());
            if (!reg)
                return reg;
            // The sandbox user drafts; a second user, "prosecutor" (same
            // passphrase), can approve: the four-eyes rule can be tried out.
            auto workspace = reg.value()->signIn();
            if (!workspace)
                return workspace.error();
            DemoGenerator generator(20261127u, QDateTime::currentDateTimeUtc());
            if (auto imported =
                    workspace.value()->exchange().importData(generator.generate(kSandboxRequests));
                !imported)
                return imported.error();
            QByteArray second(kSandboxPassphrase);
            if (auto st =
                    workspace.value()->users().add(DemoGenerator::approver(), {roles::kProsecutor},
                                                   SecureBytes::takeFrom(second), KdfCost::interactive());
                !st)
                return st.error();
            // The window signs in on its own thread.
            reg.value()->signOut();
            return reg;
        },
        [&](Created created) {
            outcome = std::move(created);
            loop.quit();
        });
    loop.exec();
    if (!outcome) {
        QMessageBox::critical(parent, tr("No sandbox"), outcome.error().message);
        return nullptr;
    }
    return std::move(outcome.value());
}

} // namespace mladesk
