#include "RegisterOpener.h"

#include "demo/DemoGenerator.h"
#include "interchange/RegisterExchange.h"
#include "storage/Register.h"
#include "ui/BackgroundTask.h"
#include "ui/CreateRegisterDialog.h"
#include "ui/UnlockDialog.h"

#include <QApplication>
#include <QEventLoop>
#include <QMessageBox>
#include <QProgressDialog>

namespace mladesk {

std::unique_ptr<Register> RegisterOpener::open(const QString& path, QWidget* parent) {
    if (!Register::exists(path)) {
        CreateRegisterDialog dialog(path, parent);
        if (dialog.exec() != QDialog::Accepted)
            return nullptr;
        return dialog.takeRegister();
    }
    auto loaded = Register::load(path);
    if (!loaded) {
        QMessageBox::critical(parent,
                              QApplication::translate("RegisterOpener", "The register cannot be opened"),
                              loaded.error().message);
        return nullptr;
    }
    UnlockDialog dialog(*loaded.value(), parent);
    if (dialog.exec() != QDialog::Accepted) {
        if (!dialog.failure().isEmpty())
            QMessageBox::critical(parent,
                                  QApplication::translate("RegisterOpener", "The register cannot be opened"),
                                  dialog.failure());
        return nullptr;
    }
    return std::move(loaded.value());
}

std::unique_ptr<Register> RegisterOpener::openSandbox(const QString& folder, QWidget* parent) {
    QProgressDialog progress(
        QApplication::translate("RegisterOpener", "Preparing the sandbox with sample data…"), QString(), 0, 0,
        parent);
    progress.setWindowTitle(QApplication::translate("RegisterOpener", "Sandbox"));
    progress.setMinimumDuration(0);
    progress.show();
    QEventLoop loop;
    using Created = Result<std::unique_ptr<Register>>;
    Created outcome = makeError(ErrorCode::Io, {});
    runInBackground<Created>(
        &loop,
        [folder]() -> Created {
            QByteArray phrase(kSandboxPassphrase);
            auto reg = Register::create(folder, QStringLiteral("sandbox"), SecureBytes::takeFrom(phrase),
                                        KdfCost::interactive());
            if (!reg)
                return reg;
            DemoGenerator generator(20261127u, QDateTime::currentDateTimeUtc());
            auto imported =
                RegisterExchange::importAll(reg.value()->database(), generator.generate(kSandboxRequests));
            if (!imported)
                return imported.error();
            return reg;
        },
        [&](Created created) {
            outcome = std::move(created);
            loop.quit();
        });
    loop.exec();
    if (!outcome) {
        QMessageBox::critical(parent, QApplication::translate("RegisterOpener", "No sandbox"),
                              outcome.error().message);
        return nullptr;
    }
    return std::move(outcome.value());
}

} // namespace mladesk
