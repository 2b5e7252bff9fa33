#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>

class QTemporaryDir;
class QWidget;

namespace mladesk {

class RegisterAccess;

// How the GUI gets to an unlocked register at start.
class RegisterOpener {
    Q_DECLARE_TR_FUNCTIONS(RegisterOpener)

public:
    // Unlocks the register at path. Without one there, the welcome screen
    // offers to create one, open another, or open the sandbox (in
    // sandboxFolder). A damaged register offers a backup or another register.
    // nullptr when the user gives up.
    static std::unique_ptr<RegisterAccess> open(const QString& path, QTemporaryDir& sandboxFolder,
                                                QWidget* parent = nullptr);
    // A new register filled with sample data, unlocked. Its passphrase is
    // kSandboxPassphrase: it holds nothing real.
    static std::unique_ptr<RegisterAccess> openSandbox(const QString& folder, QWidget* parent = nullptr);
    static constexpr const char* kSandboxPassphrase = "sandbox";
    static constexpr int kSandboxRequests = 400;
    // The register at path is damaged or unreadable (failure says how): says
    // so and offers to open a backup of it or another register, unlocked.
    // nullptr when the user gives up.
    static std::unique_ptr<RegisterAccess> offerAWayOn(const QString& path, const QString& failure,
                                                       QWidget* parent = nullptr);

private:
    static std::unique_ptr<RegisterAccess> unlockExisting(const QString& path, QWidget* parent);
};

} // namespace mladesk
