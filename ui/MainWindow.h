#pragma once

#include <QMainWindow>
#include <memory>

class QAction;
class QLabel;
class QStackedWidget;
class QTableView;

namespace mladesk {

class Register;
class RequestListModel;

// The main window, minimal for now: the register's requests in a list that
// pages in as it scrolls, the lock, and the status bar. The full window
// (navigation, filters, editor) builds on this.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Register> reg, QWidget* parent = nullptr);
    ~MainWindow() override;

    void lock();
    void unlock();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void showRegister();
    void updateStatus();

    std::unique_ptr<Register> m_register;
    RequestListModel* m_model;
    QStackedWidget* m_pages;
    QTableView* m_table;
    QWidget* m_lockedPage;
    QAction* m_lockAction = nullptr;
    QAction* m_unlockAction = nullptr;
    QLabel* m_registerLabel;
    QLabel* m_lockLabel;
    QLabel* m_countLabel;
};

} // namespace mladesk
