#pragma once

#include "domain/Deadline.h"
#include "domain/Entities.h"
#include "rules/Completeness.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace mladesk {

class Workspace;

// The "Deadlines" tab of the detail pane: whether the request holds what its
// instrument requires (and, if not, what it lacks with the articles), its
// deadlines with the trail of the selected one, and the adjustments a user
// may make (extend, stop and restart the clock, an earlier date).
class RequestDeadlinesTab : public QWidget {
    Q_OBJECT
public:
    // The pane is narrow: what matters most comes first.
    enum Column { Kind, DueLocal, State, DueThere, DueUtc, Article, ColumnCount };

    explicit RequestDeadlinesTab(QWidget* parent = nullptr);
    // Follows the workspace's deadline changes of the request it shows.
    void setSession(Workspace* session);
    // Shows the request's deadlines and completeness (an empty request: nothing).
    void showRequest(const Request& request);
    void adjust(DeadlineAdjustment::Type type);

    QTableWidget* table() const { return m_table; }
    QTextBrowser* trail() const { return m_trail; }
    QLabel* completeness() const { return m_completeness; }
    QList<Deadline> deadlines() const { return m_deadlines; }

    // "Complete for …", or what it lacks with the articles that require it.
    static QString completenessHtml(const QString& instrument, const QList<MissingElement>& missing);

signals:
    void adjusted(const QString& requestId);

private:
    void showCompleteness();
    void showDeadlines();
    void showTrail();
    void updateButtons();
    const Deadline* current() const;

    Workspace* m_workspace = nullptr;
    QMetaObject::Connection m_subscription;
    Request m_request;
    QString m_tableRequestId; // whose deadlines the table showed last
    int m_lastRow = -1;       // the row chosen there, kept while the panel is briefly cleared
    QList<Deadline> m_deadlines;
    QLabel* m_completeness;
    QTableWidget* m_table;
    QTextBrowser* m_trail;
    QLabel* m_none;
    QPushButton* m_extend;
    QPushButton* m_stop;
    QPushButton* m_restart;
    QPushButton* m_earlier;
};

} // namespace mladesk
