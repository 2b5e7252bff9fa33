#pragma once

#include <QString>
#include <memory>

class QWidget;

namespace mladesk {

class Register;

// How the GUI gets to an unlocked register at start.
class RegisterOpener {
public:
    // Unlocks the register at path, or offers to create one there when there
    // is none. nullptr when the user gives up; problems are shown to the user.
    static std::unique_ptr<Register> open(const QString& path, QWidget* parent = nullptr);
    // A new register in folder filled with sample data, unlocked. Its
    // passphrase is kSandboxPassphrase: it holds nothing real.
    static std::unique_ptr<Register> openSandbox(const QString& folder, QWidget* parent = nullptr);
    static constexpr const char* kSandboxPassphrase = "sandbox";
    static constexpr int kSandboxRequests = 400;
};

} // namespace mladesk
