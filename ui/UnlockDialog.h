#pragma once

#include "error/Result.h"
#include "security/KeySlots.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace mladesk {

class Register;

// Unlocks a register: first with the key remembered on this computer (when
// there is one), else with the passphrase. Key derivation runs off the UI
// thread with a busy indicator; a wrong passphrase lets the user try again.
class UnlockDialog : public QDialog {
    Q_OBJECT
public:
    UnlockDialog(Register& reg, QWidget* parent = nullptr);
    // What went wrong when the dialog was rejected for a damaged register.
    QString failure() const { return m_failure; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void tryKeychain();
    void tryPassphrase();
    void finishWithKey(Result<KeySlots::Unwrapped> key, bool fromPassphrase);
    void setBusy(bool busy, const QString& message = {});
    void rememberIfAsked();

    Register& m_register;
    QLabel* m_message;
    QLineEdit* m_passphrase;
    QCheckBox* m_remember;
    QProgressBar* m_busy;
    QDialogButtonBox* m_buttons;
    QString m_failure;
    bool m_triedKeychain = false;
};

} // namespace mladesk
