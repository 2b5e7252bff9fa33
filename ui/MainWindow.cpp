#include "MainWindow.h"

#include "storage/Register.h"
#include "ui/RequestListModel.h"
#include "ui/UnlockDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace mladesk {

MainWindow::MainWindow(std::unique_ptr<Register> reg, QWidget* parent)
    : QMainWindow(parent)
    , m_register(std::move(reg))
    , m_model(new RequestListModel(this))
    , m_pages(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_lockedPage(new QWidget(this))
    , m_registerLabel(new QLabel(this))
    , m_lockLabel(new QLabel(this))
    , m_countLabel(new QLabel(this)) {
    setWindowTitle(tr("%1 – MLA Desk").arg(m_register->name()));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(RequestListModel::Summary, QHeaderView::Stretch);
    m_table->setWordWrap(false);
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
    m_pages->addWidget(m_table);
    m_pages->addWidget(m_lockedPage);
    setCentralWidget(m_pages);
    statusBar()->addWidget(m_registerLabel);
    statusBar()->addWidget(m_lockLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    connect(m_model, &RequestListModel::loadFailed, this, [this](const QString& message) {
        QMessageBox::warning(this, tr("Could not load requests"), message);
    });
    createMenus();
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1200, 760);
    showRegister();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus() {
    QMenu* registerMenu = menuBar()->addMenu(tr("&Register"));
    m_lockAction = registerMenu->addAction(tr("&Lock"), this, &MainWindow::lock);
    m_lockAction->setShortcut(Qt::CTRL | Qt::Key_L);
    m_unlockAction = registerMenu->addAction(tr("&Unlock…"), this, &MainWindow::unlock);
    m_unlockAction->setShortcut(Qt::CTRL | Qt::Key_U);
    registerMenu->addSeparator();
    QAction* quit = registerMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About MLA Desk"), this, [this] {
        QMessageBox::about(
            this, tr("About MLA Desk"),
            tr("<b>MLA Desk %1</b><p>Cross-border requests for evidence: mutual legal assistance, "
               "European Investigation and Production Orders, Budapest Convention and CLOUD Act "
               "requests, in an encrypted register.</p>")
                .arg(QApplication::applicationVersion()));
    });
    QToolBar* toolbar = addToolBar(tr("Register"));
    toolbar->setObjectName(QStringLiteral("registerToolbar"));
    toolbar->addAction(m_lockAction);
    toolbar->addAction(m_unlockAction);
}

void MainWindow::showRegister() {
    const bool unlocked = m_register->isUnlocked();
    m_model->setDatabase(unlocked ? &m_register->database() : nullptr);
    m_pages->setCurrentWidget(unlocked ? static_cast<QWidget*>(m_table) : m_lockedPage);
    m_lockAction->setEnabled(unlocked);
    m_unlockAction->setEnabled(!unlocked);
    if (unlocked) {
        m_table->resizeColumnsToContents();
        m_table->horizontalHeader()->setSectionResizeMode(RequestListModel::Summary, QHeaderView::Stretch);
    }
    updateStatus();
}

void MainWindow::updateStatus() {
    const bool unlocked = m_register->isUnlocked();
    m_registerLabel->setText(tr("Register: %1").arg(m_register->name()));
    m_lockLabel->setText(unlocked ? tr("Unlocked") : tr("Locked"));
    m_countLabel->setText(unlocked ? tr("%n request(s)", nullptr, static_cast<int>(m_model->totalCount()))
                                   : QString());
}

void MainWindow::lock() {
    m_model->setDatabase(nullptr);
    m_register->lock();
    showRegister();
}

void MainWindow::unlock() {
    if (m_register->isUnlocked())
        return;
    UnlockDialog dialog(*m_register, this);
    if (dialog.exec() != QDialog::Accepted && !dialog.failure().isEmpty())
        QMessageBox::critical(this, tr("The register cannot be opened"), dialog.failure());
    showRegister();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    lock();
    event->accept();
}

} // namespace mladesk
