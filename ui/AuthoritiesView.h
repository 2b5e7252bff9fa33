#pragma once

#include <QWidget>

class QTableWidget;

namespace mladesk {

class Register;
class Session;

// States (languages accepted, time zone, central authority) and their
// authorities, with editors for both.
class AuthoritiesView : public QWidget {
    Q_OBJECT
public:
    explicit AuthoritiesView(QWidget* parent = nullptr);
    void setSession(Session* session);

private:
    void reload();
    void showAuthoritiesOf(const QString& state);
    QString selectedState() const;
    void editState(bool isNew);
    void editStateProfile();
    void editAuthority(bool isNew);

    Register* reg() const;
    Session* m_session = nullptr;
    QTableWidget* m_states;
    QTableWidget* m_authorities;
};

} // namespace mladesk
