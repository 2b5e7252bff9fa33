#include "ui/register/UserFormDialog.h"

#include "access/Role.h"
#include "domain/DisplayNames.h"
#include "security/KdfCost.h"
#include "services/Session.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "ui/register/CreateRegisterDialog.h"
#include "ui/widgets/BackgroundTask.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace mladesk {

namespace {

QLineEdit* passphraseField(QWidget* parent) {
    auto* field = new QLineEdit(parent);
    field->setEchoMode(QLineEdit::Password);
    return field;
}

SecureBytes takeText(QLineEdit* field) {
    QByteArray bytes = field->text().toUtf8();
    field->clear();
    return SecureBytes::takeFrom(bytes);
}

// What the worker thread hands back: the prepared passphrase, and for one's
// own passphrase the proof that the current one was typed.
struct Prepared {
    Result<PreparedCredential> credential = makeError(ErrorCode::InvalidInput, QString());
    std::optional<Result<Authentication>> proof;
};

} // namespace

UserFormDialog::UserFormDialog(Workspace& workspace, Mode mode, const QString& user, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_mode(mode)
    , m_user(mode == Mode::OwnPassphrase ? workspace.session().user() : user)
    , m_message(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    switch (mode) {
    case Mode::AddUser:
        setWindowTitle(tr("Add a user"));
        break;
    case Mode::Roles:
        setWindowTitle(tr("Roles of %1").arg(m_user));
        break;
    case Mode::ResetPassphrase:
        setWindowTitle(tr("A new passphrase for %1").arg(m_user));
        form->addRow(new QLabel(tr("Give it to %1 in person; they can change it afterwards with Register › "
                                   "Change my passphrase….")
                                    .arg(m_user),
                                this));
        break;
    case Mode::OwnPassphrase:
        setWindowTitle(tr("Change my passphrase"));
        m_current = passphraseField(this);
        form->addRow(tr("&Current passphrase:"), m_current);
        break;
    }
    if (mode == Mode::AddUser) {
        m_name = new QLineEdit(this);
        m_name->setPlaceholderText(tr("the name they unlock with, e.g. anna.schmidt"));
        form->addRow(tr("&Name:"), m_name);
    }
    if (mode == Mode::AddUser || mode == Mode::Roles) {
        QStringList current;
        bool contentAccess = false;
        if (mode == Mode::Roles) {
            if (auto users = m_workspace.users().users())
                for (const UserRecord& record : users.value())
                    if (record.name == m_user) {
                        current = record.roles;
                        contentAccess = record.contentAccess;
                    }
        }
        auto* roles = new QVBoxLayout;
        for (const QString& role : allRoles()) {
            auto* box = new QCheckBox(displayName::role(role), this);
            box->setProperty("role", role);
            box->setChecked(current.contains(role));
            m_roles << box;
            roles->addWidget(box);
        }
        form->addRow(tr("Roles:"), roles);
        m_contentAccess = new QCheckBox(tr("This auditor may also read case content"), this);
        m_contentAccess->setChecked(contentAccess);
        form->addRow(QString(), m_contentAccess);
        const auto updateContentAccess = [this] {
            const bool auditor = chosenRoles().contains(roles::kAuditor);
            m_contentAccess->setEnabled(auditor);
            if (!auditor)
                m_contentAccess->setChecked(false);
        };
        for (QCheckBox* box : std::as_const(m_roles))
            connect(box, &QCheckBox::toggled, this, updateContentAccess);
        updateContentAccess();
    }
    if (mode != Mode::Roles) {
        m_passphrase = passphraseField(this);
        m_repeat = passphraseField(this);
        form->addRow(mode == Mode::OwnPassphrase ? tr("&New passphrase:") : tr("&Passphrase:"), m_passphrase);
        form->addRow(tr("&Repeat it:"), m_repeat);
    }
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_message->setVisible(false);
    layout->addWidget(m_message);
    m_busy->setRange(0, 0);
    m_busy->setVisible(false);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserFormDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(460);
    if (QWidget* first = m_name ? m_name : m_current ? m_current : m_passphrase)
        first->setFocus();
}

QStringList UserFormDialog::chosenRoles() const {
    QStringList chosen;
    for (const QCheckBox* box : m_roles)
        if (box->isChecked())
            chosen << box->property("role").toString();
    return chosen;
}

void UserFormDialog::showMessage(const QString& text) {
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void UserFormDialog::submit() {
    if (m_name) {
        m_user = m_name->text().trimmed();
        if (m_user.isEmpty())
            return showMessage(tr("Give the user a name."));
    }
    if (!m_roles.isEmpty() && chosenRoles().isEmpty())
        return showMessage(tr("Choose at least one role."));
    if (!m_passphrase)
        return store();
    if (m_passphrase->text().size() < CreateRegisterDialog::kMinimumPassphraseLength)
        return showMessage(tr("The passphrase must have at least %1 characters.")
                               .arg(CreateRegisterDialog::kMinimumPassphraseLength));
    if (m_passphrase->text() != m_repeat->text()) {
        m_repeat->clear();
        m_repeat->setFocus();
        return showMessage(tr("The two passphrases differ. Type them again."));
    }
    auto sealer = m_workspace.users().sealer();
    if (!sealer)
        return showMessage(sealer.error().message);
    auto passphrase = std::make_shared<SecureBytes>(takeText(m_passphrase));
    m_repeat->clear();
    auto current = std::make_shared<SecureBytes>(m_current ? takeText(m_current) : SecureBytes());
    const Session* session = m_mode == Mode::OwnPassphrase ? &m_workspace.session() : nullptr;
    showMessage(QString());
    m_busy->setVisible(true);
    m_buttons->setEnabled(false);
    // Argon2id (the new passphrase, and the current one for one's own) on a
    // worker thread, without the database; storing it runs here afterwards.
    runInBackground<std::shared_ptr<Prepared>>(
        this,
        [seal = sealer.value(), user = m_user, passphrase, current, session] {
            auto prepared = std::make_shared<Prepared>();
            if (session)
                prepared->proof = session->authenticate(*current);
            if (!prepared->proof || prepared->proof.value())
                prepared->credential = seal(user, *passphrase, KdfCost::standard());
            return prepared;
        },
        [this](std::shared_ptr<Prepared> prepared) {
            m_busy->setVisible(false);
            m_buttons->setEnabled(true);
            Status st;
            if (prepared->proof && !prepared->proof.value())
                st = makeError(ErrorCode::WrongPassphrase,
                               tr("The current passphrase is wrong; nothing was changed."));
            else if (!prepared->credential)
                st = prepared->credential.error();
            else if (m_mode == Mode::AddUser) {
                st = m_workspace.users().add(m_user, chosenRoles(), prepared->credential.value());
                if (st && m_contentAccess->isChecked())
                    st = m_workspace.users().setRoles(m_user, chosenRoles(), true);
            } else if (m_mode == Mode::ResetPassphrase)
                st = m_workspace.users().resetAccess(m_user, prepared->credential.value());
            else
                st = m_workspace.users().changeOwnPassphrase(prepared->proof->value(),
                                                             prepared->credential.value());
            if (st)
                accept();
            else
                showMessage(st.error().message);
        });
}

void UserFormDialog::store() {
    const Status st = m_workspace.users().setRoles(m_user, chosenRoles(), m_contentAccess->isChecked());
    if (st)
        accept();
    else
        showMessage(st.error().message);
}

} // namespace mladesk
