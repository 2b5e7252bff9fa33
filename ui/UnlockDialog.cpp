#include "UnlockDialog.h"

#include "security/Keychain.h"
#include "storage/Register.h"
#include "storage/RememberOnThisComputer.h"
#include "ui/BackgroundTask.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace mladesk {

UnlockDialog::UnlockDialog(Register& reg, QWidget* parent)
    : QDialog(parent)
    , m_register(reg)
    , m_message(new QLabel(this))
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
    auto* label = new QLabel(tr("&Passphrase:"), this);
    label->setBuddy(m_passphrase);
    layout->addWidget(label);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setMinimumWidth(360);
    layout->addWidget(m_passphrase);
    m_remember->setToolTip(tr("Keeps a key for this register in the system keychain, so it opens without the "
                              "passphrase for your account on this computer."));
    m_remember->setChecked(reg.keySlots().hasDeviceSlot());
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
    if (!m_triedKeychain && m_register.keySlots().hasDeviceSlot()) {
        m_triedKeychain = true;
        QTimer::singleShot(0, this, &UnlockDialog::tryKeychain);
    }
    m_passphrase->setFocus();
}

void UnlockDialog::setBusy(bool busy, const QString& message) {
    m_busy->setVisible(busy);
    m_passphrase->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (!message.isEmpty()) {
        m_message->setText(message);
        m_message->setVisible(true);
    }
}

void UnlockDialog::tryKeychain() {
    setBusy(true, tr("Opening with the key remembered on this computer…"));
    auto* keychain = new Keychain(this);
    keychain->read(m_register.keySlots().registerId(), [this, keychain](Keychain::ReadResult read) {
        keychain->deleteLater();
        if (read.outcome != Keychain::Outcome::Ok) {
            setBusy(false, read.outcome == Keychain::Outcome::NotFound
                               ? tr("This computer no longer remembers the register. Enter the passphrase.")
                               : read.message);
            return;
        }
        finishWithKey(m_register.deriveMasterKeyFromDevice(read.secret), false);
    });
}

void UnlockDialog::tryPassphrase() {
    QByteArray typed = m_passphrase->text().toUtf8();
    m_passphrase->clear();
    if (typed.isEmpty()) {
        setBusy(false, tr("Enter the passphrase."));
        return;
    }
    auto passphrase = std::make_shared<SecureBytes>(SecureBytes::takeFrom(typed));
    setBusy(true, tr("Deriving the key from the passphrase…"));
    const Register* reg = &m_register;
    runInBackground<Result<KeySlots::Unwrapped>>(
        this, [reg, passphrase] { return reg->deriveMasterKey(*passphrase); },
        [this](Result<KeySlots::Unwrapped> key) { finishWithKey(std::move(key), true); });
}

void UnlockDialog::finishWithKey(Result<KeySlots::Unwrapped> key, bool fromPassphrase) {
    if (!key) {
        setBusy(false, key.error().message);
        m_passphrase->setFocus();
        return;
    }
    // The window checks the register's integrity once it shows it.
    if (auto st = m_register.unlockWithMasterKey(std::move(key.value()), -1, IntegrityCheck::ByCaller); !st) {
        if (st.error().code == ErrorCode::Damaged || st.error().code == ErrorCode::Io) {
            m_failure = st.error().message;
            reject();
            return;
        }
        setBusy(false, st.error().message);
        return;
    }
    if (fromPassphrase)
        rememberIfAsked();
    else
        accept();
}

void UnlockDialog::rememberIfAsked() {
    setRemembered(m_register, m_remember->isChecked(), this, [this](const QString& problem) {
        if (!problem.isEmpty())
            QMessageBox::warning(this, tr("Remember on this computer"), problem);
        accept();
    });
}

} // namespace mladesk
