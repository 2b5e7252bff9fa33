#pragma once

#include <QMainWindow>
#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace mladesk {

class AuditView;
class AuthoritiesView;
class CasesView;
class DeadlineNotifier;
class AutomaticBackup;
class DeadlinesView;
class IdleLock;
class IntegrityWatch;
class RegisterAccess;
class RequestsView;
class BundleActions;
class Workspace;

// The main window: navigation (deadlines, outgoing, incoming, cases,
// authorities and states, audit trail), the current view, menus, toolbar and status bar. Locking (from the
// menu or after idle minutes) closes the register and hides all case content.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Section { Deadlines, Outgoing, Incoming, Cases, Authorities, Audit, SectionCount };

    explicit MainWindow(std::unique_ptr<RegisterAccess> reg, QWidget* parent = nullptr);
    ~MainWindow() override;

    void lock();
    void unlock();
    void showSection(Section section);
    // Shows the request in the Outgoing or Incoming view and selects it
    // (direction: looked up when empty).
    void showRequest(const QString& id, const QString& direction = {});
    DeadlinesView* deadlinesView() const { return m_deadlines; }
    DeadlineNotifier* deadlineNotifier() const { return m_notifier; }
    AutomaticBackup* automaticBackup() const { return m_autoBackup; }
    RequestsView* requestsView() const { return m_requests; }
    CasesView* casesView() const { return m_cases; }
    IdleLock* idleLock() const { return m_idleLock; }
    IntegrityWatch* integrityWatch() const { return m_integrity; }
    BundleActions* bundleActions() const { return m_bundles; }
    Workspace* session() const { return m_workspace; }
    bool isShowingContent() const;
    // Verifies each bundle (the report dialog, as for a drop) once the user is
    // signed in: now if they are, else after the unlock.
    void openBundlesWhenSignedIn(const QStringList& paths);

protected:
    void closeEvent(QCloseEvent* event) override;
    // A bundle dropped on the window is verified and offered for import.
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void showRegister();
    void updateStatus();
    void showProblem(const QString& title, const QString& message);
    void lockBecauseDamaged(const QString& message);

    std::unique_ptr<RegisterAccess> m_register; // the register, through its front door
    Workspace* m_workspace = nullptr;           // m_register's, while signed in
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QStackedWidget* m_content;
    DeadlinesView* m_deadlines;
    RequestsView* m_requests;
    CasesView* m_cases;
    AuthoritiesView* m_authorities;
    AuditView* m_audit;
    QWidget* m_lockedPage;
    IdleLock* m_idleLock;
    DeadlineNotifier* m_notifier;
    AutomaticBackup* m_autoBackup;
    IntegrityWatch* m_integrity;
    QStringList m_pendingBundles; // given on the command line, waiting for the unlock
    QAction* m_lockAction = nullptr;
    QAction* m_editRequest = nullptr;
    QAction* m_newCase = nullptr;
    QAction* m_usersAction = nullptr; // administrators
    QAction* m_backupAction = nullptr;
    QAction* m_passphraseAction = nullptr; // anyone signed in
    QList<QAction*> m_contentActions;      // find, document, translate: only while content is shown
    QAction* m_unlockAction = nullptr;
    QAction* m_newRequest = nullptr;
    QAction* m_exportCalendar = nullptr;
    BundleActions* m_bundles = nullptr;
    QLabel* m_registerLabel;
    QLabel* m_lockLabel;
    QLabel* m_countLabel;
    qint64 m_shown = 0;
};

} // namespace mladesk
