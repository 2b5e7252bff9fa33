#pragma once

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace mladesk {

class Workspace;

// Register › Users… (administrators): the register's users with their roles;
// add one, change roles (and an auditor's sight of content), give a new
// passphrase to someone who lost theirs, remove one. What the window offers
// is what UserService allows: the last administrator cannot be removed or
// lose the role, and every change is in the audit trail.
class UsersDialog : public QDialog {
    Q_OBJECT
public:
    explicit UsersDialog(Workspace& workspace, QWidget* parent = nullptr);

private:
    void reload();
    QString selectedUser() const;
    void updateButtons();
    void removeSelected();

    Workspace& m_workspace;
    QTableWidget* m_table;
    QPushButton* m_roles;
    QPushButton* m_reset;
    QPushButton* m_remove;
};

} // namespace mladesk
