#pragma once

#include "domain/Entities.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace mladesk {

class RequestDeadlinesTab;
class RequestRetentionTab;
class RequestTranslationsTab;
class Workspace;

// The detail pane: a request grouped as a practitioner reads it, its links
// to the case and to related requests, and its actions (edit, the status
// changes its workflow allows from where it stands).
class RequestDetailsPanel : public QWidget {
    Q_OBJECT
public:
    explicit RequestDetailsPanel(QWidget* parent = nullptr);
    void setSession(Workspace* session);
    // Loads and shows the request (empty id: the empty state).
    void showRequest(const QString& id);
    QString currentId() const { return m_request.id; }
    QString currentReference() const { return m_request.reference; }
    RequestDeadlinesTab* deadlinesTab() const { return m_deadlines; }
    void showDeadlinesTab();
    RequestRetentionTab* retentionTab() const { return m_retention; }
    void showRetentionTab();
    RequestTranslationsTab* translationsTab() const { return m_translations; }
    void showTranslationsTab();
    static QString toHtml(const Request& request, const QString& caseLine,
                          const QList<std::pair<QString, QString>>& links);

signals:
    void editRequested(const QString& id);
    void statusChangeRequested(const QString& id, const QString& status);
    void requestLinkActivated(const QString& id);
    void caseLinkActivated(const QString& caseId);
    void approved(const QString& id);
    void deadlinesAdjusted(const QString& id);
    // A retention decision, an attachment or a purge (which redacts the request).
    void retentionChanged(const QString& id);

private:
    void approve();
    void showHistory();
    void showCurrentTab();
    QString completenessLine();
    QString custodyHtml();
    void showCustodyReport(const QString& sha256);

    Workspace* m_workspace = nullptr;
    QMetaObject::Connection m_requestChanged;
    Request m_request;
    QLabel* m_title;
    QPushButton* m_edit;
    QPushButton* m_status;
    QPushButton* m_approve;
    QTabWidget* m_tabs;
    QTextBrowser* m_text;
    QTableWidget* m_history;
    RequestDeadlinesTab* m_deadlines;
    RequestRetentionTab* m_retention;
    RequestTranslationsTab* m_translations;
};

} // namespace mladesk
