#pragma once

#include "services/RegisterAccess.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace mladesk {

// Creates a new register: location, user, passphrase twice with a strength
// hint, "remember on this computer". Key derivation runs off the UI thread.
class CreateRegisterDialog : public QDialog {
    Q_OBJECT
public:
    explicit CreateRegisterDialog(const QString& suggestedLocation, QWidget* parent = nullptr);
    // The new register, unlocked, once the dialog is accepted.
    std::unique_ptr<RegisterAccess> takeRegister() { return std::move(m_register); }

    // A rough hint, not a guarantee: length and variety of characters.
    static QString strengthHint(const QString& passphrase);
    // The shortest passphrase the window accepts, wherever one is set (a new
    // register, a new user, a new passphrase).
    static constexpr int kMinimumPassphraseLength = 12;

private:
    void create();
    void updateHint();
    void showMessage(const QString& text);

    QLineEdit* m_location;
    QLineEdit* m_user;
    QLineEdit* m_passphrase;
    QLineEdit* m_repeat;
    QLabel* m_hint;
    QCheckBox* m_remember;
    QLabel* m_message;
    QProgressBar* m_busy;
    QDialogButtonBox* m_buttons;
    std::unique_ptr<RegisterAccess> m_register;
};

} // namespace mladesk
