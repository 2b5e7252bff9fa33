#pragma once

#include <QWidget>

class QLineEdit;
class QTableWidget;

namespace mladesk {

class Workspace;
class RequestsView;

// The register's cases, and the requests of the selected case.
class CasesView : public QWidget {
    Q_OBJECT
public:
    explicit CasesView(QWidget* parent = nullptr);
    void setSession(Workspace* session);
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

    bool isOpen() const; // the workspace's register is open
    Workspace* m_workspace = nullptr;
    bool m_stale = true;
    QMetaObject::Connection m_referencesChanged;
    QLineEdit* m_filter;
    QTableWidget* m_cases;
    RequestsView* m_requests;
};

} // namespace mladesk
