#pragma once

#include <QDialog>
#include <QList>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace mladesk {

class Workspace;

// One change to the register's users, as a form: a new user (name, roles,
// passphrase), a user's roles (and an auditor's sight of content), a new
// passphrase for someone who lost theirs, or one's own passphrase (the
// current one, then the new one twice). The passphrase work (Argon2id) runs on
// a worker thread with a busy bar; storing it runs through UserService, which
// checks the roles. The dialog closes once the change is made, and stays open
// with the reason when it is refused.
class UserFormDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { AddUser, Roles, ResetPassphrase, OwnPassphrase };
    UserFormDialog(Workspace& workspace, Mode mode, const QString& user = {}, QWidget* parent = nullptr);

private:
    void submit();
    void store();
    void showMessage(const QString& text);
    QStringList chosenRoles() const;

    Workspace& m_workspace;
    Mode m_mode;
    QString m_user;
    QLineEdit* m_name = nullptr;
    QList<QCheckBox*> m_roles;
    QCheckBox* m_contentAccess = nullptr;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_message;
    QProgressBar* m_busy;
    QDialogButtonBox* m_buttons;
};

} // namespace mladesk
