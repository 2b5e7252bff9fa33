#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace mladesk {

class Workspace;

// The audit trail for auditors and administrators: filter by user, action,
// object and time; verify the hash chain and see its head.
class AuditView : public QWidget {
    Q_OBJECT
public:
    explicit AuditView(QWidget* parent = nullptr);
    // The workspace whose trail to show (nullptr: none); follows its change events.
    void setSession(Workspace* session);
    void reload();
    void verify();

private:
    void reloadUsers();

    Workspace* m_workspace = nullptr;
    QComboBox* m_user;
    QComboBox* m_action;
    QLineEdit* m_object;
    QCheckBox* m_useDates;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QTableWidget* m_table;
    QLabel* m_chain;
    QList<QMetaObject::Connection> m_subscriptions;
};

} // namespace mladesk
