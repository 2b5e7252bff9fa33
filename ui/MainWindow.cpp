#include "MainWindow.h"

#include "domain/DisplayNames.h"
#include "services/RegisterAccess.h"
#include "services/RequestService.h"
#include "services/Session.h"
#include "services/Workspace.h"
#include "ui/AboutDialog.h"
#include "ui/audit/AuditView.h"
#include "ui/bundles/BundleActions.h"
#include "ui/cases/AuthoritiesView.h"
#include "ui/cases/CasesView.h"
#include "ui/deadlines/DeadlineNotifier.h"
#include "ui/deadlines/DeadlinesView.h"
#include "ui/register/AutomaticBackup.h"
#include "ui/register/BackupDialog.h"
#include "ui/register/IdleLock.h"
#include "ui/register/IntegrityWatch.h"
#include "ui/register/RegisterOpener.h"
#include "ui/register/UnlockDialog.h"
#include "ui/register/UserFormDialog.h"
#include "ui/register/UsersDialog.h"
#include "ui/requests/DocumentPreviewDialog.h"
#include "ui/requests/RequestDetailsPanel.h"
#include "ui/requests/RequestListModel.h"
#include "ui/requests/RequestsView.h"
#include "ui/settings/SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <utility>

namespace mladesk {

MainWindow::MainWindow(std::unique_ptr<RegisterAccess> reg, QWidget* parent)
    : QMainWindow(parent)
    , m_register(std::move(reg))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_content(new QStackedWidget(this))
    , m_deadlines(new DeadlinesView(this))
    , m_requests(new RequestsView(this))
    , m_cases(new CasesView(this))
    , m_authorities(new AuthoritiesView(this))
    , m_audit(new AuditView(this))
    , m_lockedPage(new QWidget(this))
    , m_idleLock(new IdleLock(this))
    , m_notifier(new DeadlineNotifier(this))
    , m_autoBackup(new AutomaticBackup(this))
    , m_integrity(new IntegrityWatch(this))
    , m_registerLabel(new QLabel(this))
    , m_lockLabel(new QLabel(this))
    , m_countLabel(new QLabel(this)) {
    setWindowTitle(tr("%1 – MLA Desk").arg(m_register->name()));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->addItems({tr("Deadlines"), tr("Outgoing requests"), tr("Incoming requests"), tr("Cases"),
                            tr("Authorities and states"), tr("Audit trail")});
    const int navigationWidth = m_navigation->sizeHintForColumn(0) + 48;
    m_navigation->setMinimumWidth(navigationWidth);
    m_content->addWidget(m_deadlines);
    m_content->addWidget(m_requests);
    m_content->addWidget(m_cases);
    m_content->addWidget(m_authorities);
    m_content->addWidget(m_audit);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_content);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({navigationWidth, 1200});

    auto* lockedLayout = new QVBoxLayout(m_lockedPage);
    auto* lockedText = new QLabel(tr("<h2>The register is locked</h2><p>Its content is hidden until you "
                                     "unlock it again.</p>"),
                                  m_lockedPage);
    lockedText->setAlignment(Qt::AlignCenter);
    auto* unlockButton = new QPushButton(tr("&Unlock…"), m_lockedPage);
    connect(unlockButton, &QPushButton::clicked, this, &MainWindow::unlock);
    lockedLayout->addStretch();
    lockedLayout->addWidget(lockedText);
    lockedLayout->addWidget(unlockButton, 0, Qt::AlignHCenter);
    lockedLayout->addStretch();
    m_pages->addWidget(splitter);
    m_pages->addWidget(m_lockedPage);
    setCentralWidget(m_pages);

    statusBar()->addWidget(m_registerLabel);
    statusBar()->addWidget(m_lockLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    createActions();

    connect(m_navigation, &QListWidget::currentRowChanged, this,
            [this](int row) { showSection(Section(row)); });
    connect(m_requests, &RequestsView::countChanged, this, [this](qint64 shown) {
        m_shown = shown;
        updateStatus();
    });
    connect(m_requests, &RequestsView::problem, this, &MainWindow::showProblem);
    connect(m_cases, &CasesView::problem, this, &MainWindow::showProblem);
    connect(m_requests, &RequestsView::caseLinkActivated, this, [this](const QString& caseId) {
        showSection(Cases);
        m_cases->showCase(caseId);
    });
    connect(m_cases->requests(), &RequestsView::caseLinkActivated, m_cases, &CasesView::showCase);
    connect(m_deadlines, &DeadlinesView::requestActivated, this,
            [this](const QString& id, const QString& direction) { showRequest(id, direction); });
    connect(m_deadlines, &DeadlinesView::problem, this, &MainWindow::showProblem);
    connect(m_deadlines, &DeadlinesView::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 15000); });
    // The dashboard follows the workspace's change events (DeadlinesView::setSession).
    // Also said in the window (there may be no system tray), and the dashboard moves on.
    connect(m_notifier, &DeadlineNotifier::becameDue, this, [this](const QStringList& lines) {
        statusBar()->showMessage(DeadlineNotifier::title(int(lines.size())) + QStringLiteral(": ") +
                                     lines.join(QStringLiteral("; ")),
                                 5 * 60 * 1000);
        m_deadlines->reload();
    });
    // An automatic backup: said in the status bar; a failure in a message
    // that waits for the user (a backup that does not happen must be seen).
    connect(m_autoBackup, &AutomaticBackup::done, this, [this](bool ok, const QString& message) {
        if (ok) {
            statusBar()->showMessage(message, 60 * 1000);
            return;
        }
        auto* box =
            new QMessageBox(QMessageBox::Warning, tr("Automatic backup"), message, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setModal(false);
        box->show();
    });
    connect(m_notifier, &DeadlineNotifier::openRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
        if (m_workspace && m_workspace->session().can(Action::ViewContent))
            showSection(Deadlines);
    });
    connect(m_idleLock, &IdleLock::idle, this, &MainWindow::lock);
    connect(m_integrity, &IntegrityWatch::passed, this,
            [this] { statusBar()->showMessage(tr("Checked the register: no damage found."), 5000); });
    connect(m_integrity, &IntegrityWatch::failed, this, &MainWindow::lockBecauseDamaged);
    m_idleLock->setMinutes(IdleLock::savedMinutes());

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1360, 820);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    showRegister();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    QMenu* registerMenu = menuBar()->addMenu(tr("&Register"));
    m_newRequest = registerMenu->addAction(tr("&New request…"), this, [this] {
        if (m_content->currentWidget() == m_cases)
            m_cases->requests()->newRequest();
        else
            m_requests->newRequest();
    });
    m_newRequest->setShortcut(QKeySequence::New);
    QAction* newCase = registerMenu->addAction(tr("New &case…"), this, [this] {
        showSection(Cases);
        m_cases->newCase();
    });
    newCase->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
    m_newCase = newCase;
    registerMenu->addSeparator();
    m_exportCalendar = registerMenu->addAction(tr("E&xport deadlines to calendar…"), m_deadlines,
                                               &DeadlinesView::exportCalendar);
    registerMenu->addSeparator();
    m_usersAction = registerMenu->addAction(tr("U&sers…"), this, [this] {
        if (!m_workspace)
            return;
        UsersDialog(*m_workspace, this).exec();
        showRegister(); // one's own roles may have changed: the sections follow
    });
    m_passphraseAction = registerMenu->addAction(tr("Change my &passphrase…"), this, [this] {
        if (m_workspace)
            UserFormDialog(*m_workspace, UserFormDialog::Mode::OwnPassphrase, {}, this).exec();
    });
    m_backupAction = registerMenu->addAction(tr("&Back up…"), this, [this] {
        if (m_workspace)
            BackupDialog(*m_workspace, m_register->name(), m_register->registerId(), this).exec();
        m_autoBackup->checkNow(); // the automatic backups' setting may have changed
    });
    registerMenu->addSeparator();
    m_lockAction = registerMenu->addAction(tr("&Lock"), this, &MainWindow::lock);
    m_lockAction->setShortcut(Qt::CTRL | Qt::Key_L);
    m_unlockAction = registerMenu->addAction(tr("&Unlock…"), this, &MainWindow::unlock);
    m_unlockAction->setShortcut(Qt::CTRL | Qt::Key_U);
    registerMenu->addSeparator();
    registerMenu->addAction(tr("&Settings…"), this, [this] {
        SettingsDialog dialog(m_workspace ? m_workspace->session().user() : QString(), this);
        if (dialog.exec() == QDialog::Accepted)
            m_idleLock->setMinutes(IdleLock::savedMinutes());
    });
    QAction* quit = registerMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* editRequest = edit->addAction(tr("&Edit request…"), this, [this] {
        if (m_content->currentWidget() == m_cases)
            m_cases->requests()->editCurrent();
        else
            m_requests->editCurrent();
    });
    editRequest->setShortcut(Qt::CTRL | Qt::Key_E);
    m_editRequest = editRequest;
    QAction* document = edit->addAction(tr("Request &document…"), this, [this] {
        const QString id = m_requests->details()->currentId();
        if (!m_workspace || id.isEmpty())
            return;
        DocumentPreviewDialog preview(*m_workspace, id, this);
        preview.exec();
    });
    document->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
    QAction* translate = edit->addAction(tr("Trans&late texts"), this, [this] {
        if (m_content->currentWidget() == m_requests && !m_requests->details()->currentId().isEmpty())
            m_requests->details()->showTranslationsTab();
    });
    translate->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_T);
    translate->setStatusTip(tr("The selected request's free texts beside their translation"));
    QAction* find = edit->addAction(tr("&Find…"), this, [this] {
        if (m_content->currentWidget() != m_requests)
            showSection(Outgoing);
        m_requests->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    // The toolbar and the shortcuts reach these even when their menu is
    // disabled: each is enabled only when the content it acts on is shown.
    m_contentActions = {document, translate, find};

    m_bundles = new BundleActions(this);
    menuBar()->addMenu(m_bundles->menu());
    setAcceptDrops(true);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    const QString sections[] = {tr("&Deadlines"), tr("&Outgoing requests"),      tr("&Incoming requests"),
                                tr("&Cases"),     tr("&Authorities and states"), tr("Audit &trail")};
    for (int i = 0; i < SectionCount; ++i) {
        QAction* go = view->addAction(sections[i], this, [this, i] { m_navigation->setCurrentRow(i); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About MLA Desk"), this, [this] { AboutDialog(this).exec(); });

    QToolBar* toolbar = addToolBar(tr("Register"));
    toolbar->setObjectName(QStringLiteral("registerToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_newRequest);
    toolbar->addAction(editRequest);
    toolbar->addAction(find);
    toolbar->addSeparator();
    toolbar->addAction(m_lockAction);
    toolbar->addAction(m_unlockAction);
}

void MainWindow::showSection(Section section) {
    if (m_navigation->currentRow() != section)
        m_navigation->setCurrentRow(section); // comes back here
    switch (section) {
    case Deadlines:
        m_content->setCurrentWidget(m_deadlines);
        break;
    case Outgoing:
    case Incoming:
        m_content->setCurrentWidget(m_requests);
        m_requests->setScope(section == Outgoing ? QStringLiteral("outgoing") : QStringLiteral("incoming"));
        break;
    case Cases:
        m_content->setCurrentWidget(m_cases);
        break;
    case Authorities:
        m_content->setCurrentWidget(m_authorities);
        break;
    case Audit:
        m_content->setCurrentWidget(m_audit);
        m_audit->reload();
        break;
    case SectionCount:
        break;
    }
}

void MainWindow::showRequest(const QString& id, const QString& direction) {
    if (!m_workspace || !m_workspace->session().can(Action::ViewContent))
        return;
    QString side = direction;
    if (side.isEmpty()) {
        auto request = m_workspace->requests().find(id);
        if (!request) {
            showProblem(tr("Cannot show the request"), request.error().message);
            return;
        }
        side = request->direction;
    }
    showSection(side == QLatin1String("incoming") ? Incoming : Outgoing);
    m_requests->revealRequest(id);
}

bool MainWindow::isShowingContent() const {
    return m_pages->currentWidget() != m_lockedPage;
}

void MainWindow::showRegister() {
    if (m_register->isUnlocked() && !m_workspace) {
        auto session = m_register->signIn();
        if (!session) {
            m_register->lock();
            showProblem(tr("The register cannot be used"), session.error().message);
        } else {
            m_workspace = session.value();
            // The register is shown at once; its integrity check runs beside.
            statusBar()->showMessage(tr("Checking the register for damage…"));
            m_integrity->start(m_workspace);
            openBundlesWhenSignedIn({});
        }
    }
    const bool unlocked = m_register->isUnlocked() && m_workspace;
    // Each person sees the sections their roles allow (enforced again in core).
    const bool content = unlocked && m_workspace->session().can(Action::ViewContent);
    const bool audit = unlocked && m_workspace->session().can(Action::ReadAudit);
    for (int section : {Deadlines, Outgoing, Incoming, Cases, Authorities})
        m_navigation->item(section)->setHidden(!content);
    m_navigation->item(Audit)->setHidden(!audit);
    Workspace* session = content ? m_workspace : nullptr;
    m_deadlines->setSession(session);
    m_notifier->setWorkspace(session);
    m_autoBackup->setWorkspace(session, m_register->name(), m_register->registerId());
    m_requests->setSession(session);
    m_cases->setSession(session);
    m_authorities->setSession(session);
    m_audit->setSession(audit ? m_workspace : nullptr);
    if (unlocked && (m_navigation->currentRow() < 0 || m_navigation->currentItem()->isHidden()))
        m_navigation->setCurrentRow(content ? Deadlines : Audit);
    m_pages->setCurrentWidget(unlocked ? m_pages->widget(0) : m_lockedPage);
    m_lockAction->setEnabled(unlocked);
    m_unlockAction->setEnabled(!unlocked);
    m_newRequest->setEnabled(content && m_workspace->session().can(Action::EditContent));
    m_editRequest->setEnabled(content && m_workspace->session().can(Action::EditContent));
    m_newCase->setEnabled(content && m_workspace->session().can(Action::EditContent));
    m_usersAction->setEnabled(unlocked && m_workspace->session().can(Action::ManageUsers));
    m_passphraseAction->setEnabled(unlocked);
    m_backupAction->setEnabled(unlocked && m_workspace->session().can(Action::BackUp));
    for (QAction* action : std::as_const(m_contentActions))
        action->setEnabled(content);
    m_exportCalendar->setEnabled(content && m_workspace->session().can(Action::Export));
    for (QAction* action : menuBar()->actions())
        if (action->menu() && action->text() != tr("&Register") && action->text() != tr("&Help"))
            action->setEnabled(unlocked);
    updateStatus();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (m_workspace && !BundleActions::bundlesIn(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QStringList bundles = BundleActions::bundlesIn(event->mimeData());
    if (!m_workspace || bundles.isEmpty())
        return;
    event->acceptProposedAction();
    openBundlesWhenSignedIn(bundles); // after the drop has finished: the report dialog is modal
}

void MainWindow::openBundlesWhenSignedIn(const QStringList& paths) {
    m_pendingBundles << paths;
    if (!m_workspace || m_pendingBundles.isEmpty())
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            const QStringList bundles = std::exchange(m_pendingBundles, {});
            for (const QString& path : bundles)
                m_bundles->openBundle(path);
        },
        Qt::QueuedConnection);
}

void MainWindow::updateStatus() {
    const bool unlocked = m_register->isUnlocked();
    QStringList roles;
    if (m_workspace)
        for (const QString& role : m_workspace->session().roles())
            roles << displayName::role(role);
    m_registerLabel->setText(m_workspace ? tr("Register: %1 — %2 (%3)")
                                               .arg(m_register->name(), m_workspace->session().user(),
                                                    roles.join(QStringLiteral(", ")))
                                         : tr("Register: %1").arg(m_register->name()));
    m_lockLabel->setText(unlocked ? tr("Unlocked") : tr("Locked"));
    m_countLabel->setText(unlocked ? tr("%n request(s) shown", nullptr, static_cast<int>(m_shown))
                                   : QString());
}

void MainWindow::showProblem(const QString& title, const QString& message) {
    QMessageBox::warning(this, title, message);
}

void MainWindow::lockBecauseDamaged(const QString& message) {
    statusBar()->clearMessage();
    lock();
    if (m_register->isUnlocked()) { // locks once the bundle work it waits for has stopped
        QMessageBox::critical(this, tr("The register is damaged"), message);
        return;
    }
    auto other = RegisterOpener::offerAWayOn(m_register->folder(), message, this);
    if (!other)
        return;
    m_register = std::move(other);
    setWindowTitle(tr("%1 – MLA Desk").arg(m_register->name()));
    showRegister();
}

void MainWindow::lock() {
    if (!m_register->isUnlocked())
        return;
    // Views let go of the register first (their reader connections close),
    // then the key is wiped. Open dialogs of this window close with it.
    for (QDialog* dialog : findChildren<QDialog*>())
        if (dialog->isVisible())
            dialog->reject();
    // A dialog still open is one that was writing or importing a bundle with
    // the session: it has been told to stop. Lock once it has.
    for (QDialog* dialog : findChildren<QDialog*>())
        if (dialog->isVisible()) {
            QTimer::singleShot(200, this, &MainWindow::lock);
            return;
        }
    m_integrity->stop();
    m_notifier->setWorkspace(nullptr);
    m_autoBackup->setWorkspace(nullptr);
    m_deadlines->setSession(nullptr);
    m_requests->setSession(nullptr);
    m_cases->setSession(nullptr);
    m_authorities->setSession(nullptr);
    m_audit->setSession(nullptr);
    m_workspace = nullptr;
    m_register->lock(); // the workspace ends (recorded) before the key goes
    showRegister();
}

void MainWindow::unlock() {
    if (m_register->isUnlocked()) { // unlocked elsewhere (tests, a script): just show it
        showRegister();
        return;
    }
    UnlockDialog dialog(*m_register, this);
    if (dialog.exec() != QDialog::Accepted && !dialog.failure().isEmpty())
        QMessageBox::critical(this, tr("The register cannot be opened"), dialog.failure());
    showRegister();
    if (m_register->isUnlocked())
        showSection(Section(qMax(0, m_navigation->currentRow())));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    m_requests->saveLayout();
    lock();
    event->accept();
}

} // namespace mladesk
