#pragma once

#include "bundle/SigningIdentity.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace mladesk {

class Keychain;

// Before signing: the user's PKCS#12 file (chosen in Settings, one per user
// of the register), its password from the system keychain or typed (and, if
// asked, remembered there), and the certificate shown (subject, issuer,
// validity, key usage, fingerprint). The keychain entry is
// SigningIdentity::keychainKey(file), which mladesk-cli reads too. An expired, not yet valid or
// unsuitable certificate is refused with the reason. The password is held
// only in SecureBytes while the file is opened.
class SigningIdentityDialog : public QDialog {
    Q_OBJECT
public:
    // purpose: what the signature is for, shown at the top ("Sign the bundle of OUT-2026-0001").
    SigningIdentityDialog(const QString& user, const QString& purpose, QWidget* parent = nullptr);
    ~SigningIdentityDialog() override;

    // The identity, once opened and suitable (after exec() returned Accepted).
    std::optional<bundle::SigningIdentity> takeIdentity();

    // The PKCS#12 file chosen for a user of the register (QSettings, this computer).
    static QString signingFile(const QString& user);
    static void setSigningFile(const QString& user, const QString& path);

    // As the controls do it (tests).
    void setFile(const QString& path);
    void setPassword(const QString& password);
    void setRememberPassword(bool remember);
    void open(); // loads the file on a worker thread; see opened()
    QTextBrowser* details() const { return m_details; }
    QLabel* problem() const { return m_problem; }
    QPushButton* signButton() const { return m_sign; }

signals:
    void opened(bool suitable);

private:
    void browse();
    void loaded(Result<bundle::SigningIdentity> identity, bool fromKeychain);
    void tryKeychain();
    void setBusy(bool busy, const QString& message = {});

    QString m_user;
    QLineEdit* m_file;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QPushButton* m_open;
    QLabel* m_problem;
    QTextBrowser* m_details;
    QDialogButtonBox* m_buttons;
    QPushButton* m_sign;
    Keychain* m_keychain;
    std::optional<bundle::SigningIdentity> m_identity;
    bool m_busy = false;            // opening the file
    bool m_keychainPending = false; // looking for its password; typing one wins
};

} // namespace mladesk
