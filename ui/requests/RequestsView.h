#pragma once

#include "repositories/RequestListing.h"

#include <QWidget>

class QLabel;
class QSplitter;
class QTableView;

namespace mladesk {

class Workspace;
class RequestDetailsPanel;
class RequestFilterBar;
class RequestListModel;

// The working view: search and filters over the request list, the list, and
// the selected request's details and actions.
class RequestsView : public QWidget {
    Q_OBJECT
public:
    explicit RequestsView(QWidget* parent = nullptr);
    void setSession(Workspace* session);
    // outgoing, incoming, or empty for both; caseId narrows to one case.
    void setScope(const QString& direction, const QString& caseId = {});
    void newRequest();
    void editCurrent();
    void showRequest(QString id);
    // Shows the request and selects it in the list, clearing the search and
    // filters if they hide it (a jump from the deadlines or from a link).
    void revealRequest(const QString& id);
    void focusSearch();
    RequestListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    RequestDetailsPanel* details() const { return m_details; }
    void saveLayout() const;

signals:
    void countChanged(qint64 shown);
    void caseLinkActivated(const QString& caseId);
    void problem(const QString& title, const QString& message);

private:
    void applyFilter();
    void refreshFilterChoices();
    RequestFilter currentFilter() const;
    void fitColumns();
    void changeStatus(const QString& id, const QString& status);
    // "Sent": when it left (now unless the user says earlier); invalid when cancelled.
    QDateTime askWhenSent();
    void edit(const QString& id);
    void selectionChanged();

    bool isOpen() const; // the workspace's register is open
    Workspace* m_workspace = nullptr;
    QString m_direction;
    QString m_caseId;
    QString m_pendingSelection;
    QString m_locating;  // the pending request whose place in the list is being found
    QString m_revealing; // the request to show even if the filters must go
    int m_waitingRow = -1;
    RequestFilterBar* m_filters;
    RequestListModel* m_model;
    QTableView* m_table;
    RequestDetailsPanel* m_details;
    QLabel* m_empty;
    QSplitter* m_splitter = nullptr;
};

} // namespace mladesk
