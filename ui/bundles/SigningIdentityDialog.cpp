#include "ui/bundles/SigningIdentityDialog.h"

#include "security/Keychain.h"
#include "ui/bundles/CertificateText.h"
#include "ui/widgets/BackgroundTask.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace mladesk {

namespace {

QString settingsKey(const QString& user) {
    return QStringLiteral("signing/%1/pkcs12").arg(QString::fromLatin1(user.toUtf8().toHex()));
}

} // namespace

QString SigningIdentityDialog::signingFile(const QString& user) {
    return QSettings().value(settingsKey(user)).toString();
}

void SigningIdentityDialog::setSigningFile(const QString& user, const QString& path) {
    QSettings settings;
    if (path.isEmpty())
        settings.remove(settingsKey(user));
    else
        settings.setValue(settingsKey(user), QFileInfo(path).absoluteFilePath());
}

SigningIdentityDialog::SigningIdentityDialog(const QString& user, const QString& purpose, QWidget* parent)
    : QDialog(parent)
    , m_user(user)
    , m_file(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the system keychain"), this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_problem(new QLabel(this))
    , m_details(new QTextBrowser(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_sign(m_buttons->addButton(tr("&Sign"), QDialogButtonBox::AcceptRole))
    , m_keychain(new Keychain(this)) {
    setWindowTitle(tr("Sign as %1").arg(user));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(purpose, this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    auto* fileRow = new QHBoxLayout;
    m_file->setAccessibleName(tr("Certificate file (PKCS#12)"));
    m_file->setPlaceholderText(tr("Your .p12 or .pfx file"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* fileLabel = new QLabel(tr("Certificate &file:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password of the certificate file"));
    auto* passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_open);
    auto* passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, passwordRow);
    form->addRow(QString(), m_remember);
    layout->addLayout(form);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00000"));
    layout->addWidget(m_problem);
    m_details->setAccessibleName(tr("The certificate you sign with"));
    m_details->setMinimumHeight(180);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_buttons);
    m_sign->setEnabled(false);
    resize(620, 460);

    connect(browse, &QPushButton::clicked, this, &SigningIdentityDialog::browse);
    connect(m_open, &QPushButton::clicked, this, &SigningIdentityDialog::open);
    connect(m_password, &QLineEdit::returnPressed, this, &SigningIdentityDialog::open);
    connect(m_file, &QLineEdit::textEdited, this, [this] {
        m_identity.reset();
        m_sign->setEnabled(false);
        m_details->clear();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_identity)
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_file->setText(signingFile(user));
    if (m_file->text().isEmpty())
        m_problem->setText(tr("Choose your certificate file. Settings keeps it for next time."));
    else
        tryKeychain();
}

SigningIdentityDialog::~SigningIdentityDialog() = default;

std::optional<bundle::SigningIdentity> SigningIdentityDialog::takeIdentity() {
    return std::exchange(m_identity, std::nullopt);
}

void SigningIdentityDialog::setFile(const QString& path) {
    m_file->setText(path);
    m_identity.reset();
    m_sign->setEnabled(false);
}

void SigningIdentityDialog::setPassword(const QString& password) {
    m_password->setText(password);
}

void SigningIdentityDialog::setRememberPassword(bool remember) {
    m_remember->setChecked(remember);
}

void SigningIdentityDialog::browse() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Certificate file"), m_file->text(),
                                                      tr("PKCS#12 files (*.p12 *.pfx);;All files (*)"));
    if (path.isEmpty())
        return;
    setFile(path);
    tryKeychain();
}

void SigningIdentityDialog::setBusy(bool busy, const QString& message) {
    m_busy = busy;
    m_open->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_file->setEnabled(!busy);
    if (busy || !message.isEmpty())
        m_problem->setText(message);
}

void SigningIdentityDialog::tryKeychain() {
    const QString path = m_file->text();
    if (path.isEmpty() || m_busy)
        return;
    m_keychainPending = true;
    m_problem->setText(tr("Looking for the password in the system keychain…"));
    m_keychain->read(bundle::SigningIdentity::keychainKey(path), [this, path](Keychain::ReadResult read) {
        if (!m_keychainPending || m_busy || path != m_file->text())
            return; // the user typed a password or chose another file meanwhile
        m_keychainPending = false;
        if (read.outcome != Keychain::Outcome::Ok) {
            m_problem->setText(tr("Enter the password of the certificate file."));
            m_password->setFocus();
            return;
        }
        auto password = std::make_shared<SecureBytes>(std::move(read.secret));
        setBusy(true, tr("Opening the certificate file…"));
        runInBackground<Result<bundle::SigningIdentity>>(
            this, [path, password] { return bundle::SigningIdentity::load(path, *password); },
            [this](Result<bundle::SigningIdentity> identity) { loaded(std::move(identity), true); });
    });
}

void SigningIdentityDialog::open() {
    const QString path = m_file->text().trimmed();
    if (m_busy)
        return;
    m_keychainPending = false;
    if (path.isEmpty()) {
        m_problem->setText(tr("Choose your certificate file."));
        return;
    }
    QByteArray typed = m_password->text().toUtf8();
    m_password->clear();
    auto password = std::make_shared<SecureBytes>(SecureBytes::takeFrom(typed));
    const bool remember = m_remember->isChecked();
    setBusy(true, tr("Opening the certificate file…"));
    runInBackground<Result<bundle::SigningIdentity>>(
        this, [path, password] { return bundle::SigningIdentity::load(path, *password); },
        [this, password, path, remember](Result<bundle::SigningIdentity> identity) {
            const bool ok = identity.ok();
            loaded(std::move(identity), false);
            if (ok && remember)
                m_keychain->store(bundle::SigningIdentity::keychainKey(path),
                                  SecureBytes::fromRaw(password->data(), password->size()),
                                  [this](Keychain::Outcome outcome, const QString& message) {
                                      if (outcome != Keychain::Outcome::Ok)
                                          m_problem->setText(
                                              tr("The password could not be remembered: %1").arg(message));
                                  });
        });
}

void SigningIdentityDialog::loaded(Result<bundle::SigningIdentity> identity, bool fromKeychain) {
    setBusy(false, QString());
    m_problem->setStyleSheet(QStringLiteral("color: #b00000"));
    m_identity.reset();
    m_sign->setEnabled(false);
    if (!identity) {
        m_details->clear();
        m_problem->setText(identity.error().code == ErrorCode::WrongPassphrase
                               ? (fromKeychain
                                      ? tr("The password remembered in the keychain no longer opens the "
                                           "file. Enter it again.")
                                      : tr("Wrong password for this certificate file. Try again."))
                               : identity.error().message);
        m_password->setFocus();
        emit opened(false);
        return;
    }
    m_details->setHtml(CertificateText::html(identity->certificate()));
    const QString unsuitable = identity->unsuitability();
    if (!unsuitable.isEmpty()) {
        m_problem->setText(tr("This certificate cannot sign: %1").arg(unsuitable));
        emit opened(false);
        return;
    }
    setSigningFile(m_user, m_file->text().trimmed());
    m_problem->setText(tr("Check that this is your certificate, then sign."));
    m_problem->setStyleSheet(QString());
    m_identity = std::move(identity).value();
    m_sign->setEnabled(true);
    m_sign->setDefault(true);
    emit opened(true);
}

} // namespace mladesk
