#include "ui/register/CreateRegisterDialog.h"

#include "ui/widgets/BackgroundTask.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace mladesk {

CreateRegisterDialog::CreateRegisterDialog(const QString& suggestedLocation, QWidget* parent)
    : QDialog(parent)
    , m_location(new QLineEdit(suggestedLocation, this))
    , m_user(new QLineEdit(qEnvironmentVariable("USER"), this))
    , m_passphrase(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_remember(new QCheckBox(tr("&Remember on this computer"), this))
    , m_message(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Create a register"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("A register holds your requests, encrypted. Choose a passphrase you can remember: "
                      "nobody, including the administrators, can recover it."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    auto* locationRow = new QHBoxLayout;
    locationRow->addWidget(m_location);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    locationRow->addWidget(browse);
    auto* locationLabel = new QLabel(tr("&Location:"), this);
    locationLabel->setBuddy(m_location);
    form->addRow(locationLabel, locationRow);
    form->addRow(tr("&Your name:"), m_user);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("Re&peat:"), m_repeat);
    form->addRow(QString(), m_hint);
    form->addRow(QString(), m_remember);
    layout->addLayout(form);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    layout->addWidget(m_message);
    m_busy->setRange(0, 0);
    m_busy->setVisible(false);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    setMinimumWidth(520);
    updateHint();
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getSaveFileName(this, tr("New register"), m_location->text(),
                                                         tr("MLA Desk registers (*.mladesk)"));
        if (!dir.isEmpty())
            m_location->setText(dir.endsWith(QLatin1String(".mladesk")) ? dir
                                                                        : dir + QStringLiteral(".mladesk"));
    });
    connect(m_passphrase, &QLineEdit::textChanged, this, &CreateRegisterDialog::updateHint);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateRegisterDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString CreateRegisterDialog::strengthHint(const QString& passphrase) {
    int classes = 0;
    const auto has = [&](auto predicate) {
        return std::any_of(passphrase.begin(), passphrase.end(), predicate);
    };
    classes += has([](QChar c) { return c.isLower(); });
    classes += has([](QChar c) { return c.isUpper(); });
    classes += has([](QChar c) { return c.isDigit(); });
    classes += has([](QChar c) { return !c.isLetterOrNumber(); });
    if (passphrase.size() < kMinimumPassphraseLength)
        return tr("Too short: use at least %1 characters, for example four unrelated words.")
            .arg(kMinimumPassphraseLength);
    if (passphrase.size() < 20 && classes < 3)
        return tr("Fair: longer, or mixing words, digits and signs, is stronger.");
    return tr("Strong.");
}

void CreateRegisterDialog::updateHint() {
    m_hint->setText(strengthHint(m_passphrase->text()));
}

void CreateRegisterDialog::showMessage(const QString& text) {
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void CreateRegisterDialog::create() {
    if (m_passphrase->text().size() < kMinimumPassphraseLength)
        return showMessage(
            tr("The passphrase must have at least %1 characters.").arg(kMinimumPassphraseLength));
    if (m_passphrase->text() != m_repeat->text()) {
        m_passphrase->clear();
        m_repeat->clear();
        m_passphrase->setFocus();
        return showMessage(tr("The two passphrases differ. Type them again."));
    }
    if (m_user->text().trimmed().isEmpty())
        return showMessage(tr("Enter your name; it names your key slot in the register."));
    if (RegisterAccess::exists(m_location->text()))
        return showMessage(tr("A register already exists there. Choose another location."));
    QByteArray typed = m_passphrase->text().toUtf8();
    m_passphrase->clear();
    m_repeat->clear();
    auto passphrase = std::make_shared<SecureBytes>(SecureBytes::takeFrom(typed));
    const QString location = m_location->text();
    const QString user = m_user->text().trimmed();
    showMessage(tr("Creating the register and deriving its key…"));
    m_busy->setVisible(true);
    m_buttons->setEnabled(false);
    using Created = Result<std::unique_ptr<RegisterAccess>>;
    runInBackground<Created>(
        this, [=] { return RegisterAccess::create(location, user, *passphrase, KdfCost::standard()); },
        [this](Created created) {
            m_busy->setVisible(false);
            m_buttons->setEnabled(true);
            if (!created)
                return showMessage(created.error().message);
            m_register = std::move(created.value());
            m_register->setRemembered(m_remember->isChecked(), this, [this](const QString& problem) {
                if (!problem.isEmpty())
                    QMessageBox::warning(this, tr("Remember on this computer"), problem);
                accept();
            });
        });
}

} // namespace mladesk
