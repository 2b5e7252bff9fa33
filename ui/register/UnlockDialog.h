#pragma once

#include "services/UnlockPolicy.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace mladesk {

class RegisterAccess;

// Unlocks a register by the unlock policy (services/UnlockPolicy): first
// with the key remembered on this computer (when there is one), else with
// the passphrase typed here, which is the policy's prompt. Key derivation
// runs off the UI thread with a busy indicator; a wrong passphrase lets the
// user try again.
class UnlockDialog : public QDialog {
    Q_OBJECT
public:
    UnlockDialog(RegisterAccess& access, QWidget* parent = nullptr);
    // What went wrong when the dialog was rejected for a damaged register.
    QString failure() const { return m_failure; }

    // Closing the dialog gives up the unlock still under way.
    void done(int result) override;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void askForPassphrase(const UnlockPolicy::Ask& ask, UnlockPolicy::Answer answer);
    void tryPassphrase();
    void opened(Result<UnlockPolicy::Opened> outcome);
    void setBusy(bool busy, const QString& message = {});
    void rememberIfAsked();
    QString userSettingsKey() const;

    RegisterAccess& m_access;
    UnlockPolicy* m_policy = nullptr; // from the first show
    UnlockPolicy::Answer m_answer;    // while the policy waits for the passphrase
    QLabel* m_message;
    QComboBox* m_user; // the register's users; shown when it has more than one
    QLineEdit* m_passphrase;
    QCheckBox* m_remember;
    QProgressBar* m_busy;
    QDialogButtonBox* m_buttons;
    QString m_failure;
};

} // namespace mladesk
