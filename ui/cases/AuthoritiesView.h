#pragma once

#include <QWidget>

class QTableWidget;

namespace mladesk {

class Workspace;

// States (languages accepted, time zone, central authority) and their
// authorities, with editors for both.
class AuthoritiesView : public QWidget {
    Q_OBJECT
public:
    explicit AuthoritiesView(QWidget* parent = nullptr);
    void setSession(Workspace* session);

private:
    void reload();
    void showAuthoritiesOf(const QString& state);
    QString selectedState() const;
    void editState(bool isNew);
    void editStateProfile();
    void editAuthority(bool isNew);

    bool isOpen() const; // the workspace's register is open
    Workspace* m_workspace = nullptr;
    QMetaObject::Connection m_referencesChanged;
    QTableWidget* m_states;
    QTableWidget* m_authorities;
};

} // namespace mladesk
