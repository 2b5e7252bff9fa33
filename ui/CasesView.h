#pragma once

#include <QWidget>

class QLineEdit;
class QTableWidget;

namespace mladesk {

class Register;
class Session;
class RequestsView;

// The register's cases, and the requests of the selected case.
class CasesView : public QWidget {
    Q_OBJECT
public:
    explicit CasesView(QWidget* parent = nullptr);
    void setSession(Session* session);
    void showCase(const QString& caseId);
    void newCase();
    RequestsView* requests() const { return m_requests; }

protected:
    void showEvent(QShowEvent* event) override;

signals:
    void problem(const QString& title, const QString& message);

private:
    void reload(const QString& select = {});
    void editSelected();

    Register* reg() const;
    Session* m_session = nullptr;
    bool m_stale = true;
    QLineEdit* m_filter;
    QTableWidget* m_cases;
    RequestsView* m_requests;
};

} // namespace mladesk
