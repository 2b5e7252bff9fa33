#pragma once

#include "error/Result.h"
#include "ui/deadlines/DeadlinesModel.h"

#include <QSet>
#include <QWidget>
#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTimer;
class QTreeView;

namespace mladesk {

class RegisterReader;
class Workspace;

// The deadlines dashboard: every open deadline of the register grouped by
// how soon it is due, read off the UI thread (a RegisterReader) and read
// again every minute (groups move with time) and when the workspace
// announces that requests or deadlines changed. The selected deadline's
// trail shows beside it; Enter, a double click or "Open request" jumps to
// the request.
class DeadlinesView : public QWidget {
    Q_OBJECT
public:
    explicit DeadlinesView(QWidget* parent = nullptr);
    ~DeadlinesView() override;

    void setSession(Workspace* session);
    // Reads the deadlines again (now if shown, else when next shown).
    void reload();
    // Requests changed: their governing states may have too (the
    // workspace's change events call this).
    void requestsChanged();
    void openCurrent();
    void exportCalendar();
    // For tests: what "now" is, and how often the groups are read again.
    void setClock(std::function<QDateTime()> clock);
    void setRefreshInterval(int milliseconds);

    DeadlinesModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }
    QTextBrowser* trail() const { return m_trail; }
    bool isLoading() const { return m_loading; }

signals:
    void loaded();
    void trailShown();
    void requestActivated(const QString& id, const QString& direction);
    void problem(const QString& title, const QString& message);
    void message(const QString& text); // for the status bar

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void load();
    void applyLoaded(const QList<DueEntry>& entries, const QDateTime& now);
    void showTrail();
    void updateSummary();
    void updateButtons();

    Workspace* m_workspace = nullptr;
    std::shared_ptr<RegisterReader> m_reader;
    QList<QMetaObject::Connection> m_subscriptions;
    std::function<QDateTime()> m_clock;
    GoverningCache m_governing;
    DeadlinesModel* m_model;
    QTreeView* m_tree;
    QTextBrowser* m_trail;
    QLabel* m_summary;
    QLabel* m_updated;
    QPushButton* m_open;
    QPushButton* m_export;
    QTimer* m_timer;
    QSet<int> m_collapsed; // groups the user folded, kept across reloads
    quint64 m_generation = 0;
    quint64 m_trailGeneration = 0;
    bool m_loading = false;
    bool m_stale = true;
};

} // namespace mladesk
