#include "ui/register/UnlockDialog.h"

#include "services/RegisterAccess.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace mladesk {

UnlockDialog::UnlockDialog(RegisterAccess& reg, QWidget* parent)
    : QDialog(parent)
    , m_access(reg)
    , m_message(new QLabel(this))
    , m_user(new QComboBox(this))
    , m_passphrase(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember on this computer"), this))
    , m_busy(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Unlock %1").arg(reg.name()));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(
        tr("<b>Register %1</b><br>%2").arg(reg.name().toHtmlEscaped(), reg.folder().toHtmlEscaped()), this);
    heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(heading);
    // Whose passphrase: the register's users (read at each unlock, so that
    // someone added elsewhere is listed), the last one chosen here first.
    const QStringList users = reg.users();
    m_user->addItems(users);
    const QString last = QSettings().value(userSettingsKey()).toString();
    const QString account = qEnvironmentVariable("USER");
    m_user->setCurrentIndex(
        std::max(0, static_cast<int>(users.contains(last) ? users.indexOf(last) : users.indexOf(account))));
    auto* userLabel = new QLabel(tr("U&ser:"), this);
    userLabel->setBuddy(m_user);
    layout->addWidget(userLabel);
    layout->addWidget(m_user);
    userLabel->setVisible(users.size() > 1);
    m_user->setVisible(users.size() > 1);
    auto* label = new QLabel(tr("&Passphrase:"), this);
    label->setBuddy(m_passphrase);
    layout->addWidget(label);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setMinimumWidth(360);
    layout->addWidget(m_passphrase);
    m_remember->setToolTip(tr("Keeps a key for this register in the system keychain, so it opens without the "
                              "passphrase for your account on this computer."));
    m_remember->setChecked(reg.isRemembered());
    layout->addWidget(m_remember);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    layout->addWidget(m_message);
    m_busy->setRange(0, 0);
    m_busy->setVisible(false);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Unlock"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::tryPassphrase);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void UnlockDialog::showEvent(QShowEvent* event) {
    QDialog::showEvent(event);
    if (!m_policy) {
        UnlockPolicy::Options options;
        options.checkIntegrityLater = true; // the window checks it beside, once it shows the register
        m_policy = new UnlockPolicy(m_access, options, this);
        if (m_access.isRemembered())
            setBusy(true, tr("Opening with the key remembered on this computer…"));
        m_policy->start([this](const UnlockPolicy::Ask& ask,
                               UnlockPolicy::Answer answer) { askForPassphrase(ask, std::move(answer)); },
                        [this](Result<UnlockPolicy::Opened> outcome) { opened(std::move(outcome)); });
    }
    m_passphrase->setFocus();
}

void UnlockDialog::done(int result) {
    if (m_policy && result != QDialog::Accepted)
        m_policy->cancel();
    QDialog::done(result);
}

void UnlockDialog::setBusy(bool busy, const QString& message) {
    m_busy->setVisible(busy);
    m_passphrase->setEnabled(!busy);
    m_user->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (!message.isEmpty()) {
        m_message->setText(message);
        m_message->setVisible(true);
    }
}

void UnlockDialog::askForPassphrase(const UnlockPolicy::Ask& ask, UnlockPolicy::Answer answer) {
    m_answer = std::move(answer);
    switch (ask.reason) {
    case UnlockPolicy::Reason::Passphrase:
        setBusy(false);
        break;
    case UnlockPolicy::Reason::KeychainForgot:
        setBusy(false, tr("This computer no longer remembers the register. Enter the passphrase."));
        break;
    case UnlockPolicy::Reason::KeychainUnavailable:
    case UnlockPolicy::Reason::RememberedKeyRefused:
    case UnlockPolicy::Reason::Failed:
        setBusy(false, ask.problem.message);
        break;
    }
    m_passphrase->setFocus();
}

void UnlockDialog::tryPassphrase() {
    QByteArray typed = m_passphrase->text().toUtf8();
    m_passphrase->clear();
    if (!m_answer)
        return; // the policy is busy: the button is disabled then
    if (typed.isEmpty()) {
        setBusy(false, tr("Enter the passphrase."));
        return;
    }
    setBusy(true, tr("Deriving the key from the passphrase…"));
    if (m_policy)
        m_policy->setUser(m_user->count() > 1 ? m_user->currentText() : QString());
    std::exchange(m_answer, {})(SecureBytes::takeFrom(typed));
}

void UnlockDialog::opened(Result<UnlockPolicy::Opened> outcome) {
    if (!outcome) { // damaged or unreadable: no passphrase helps
        m_failure = outcome.error().message;
        reject();
        return;
    }
    if (outcome.value() == UnlockPolicy::Opened::WithPassphrase) {
        if (m_user->count() > 1)
            QSettings().setValue(userSettingsKey(), m_user->currentText());
        rememberIfAsked();
    } else
        accept();
}

QString UnlockDialog::userSettingsKey() const {
    return QStringLiteral("unlock/%1/user").arg(m_access.registerId());
}

void UnlockDialog::rememberIfAsked() {
    m_access.setRemembered(m_remember->isChecked(), this, [this](const QString& problem) {
        if (!problem.isEmpty())
            QMessageBox::warning(this, tr("Remember on this computer"), problem);
        accept();
    });
}

} // namespace mladesk
