#pragma once

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <functional>
#include <memory>

class QSystemTrayIcon;
class QTimer;

namespace mladesk {

class RegisterReader;
class Workspace;

// Tells the user, through the system tray, when deadlines become due (due
// today or overdue) while the register is unlocked: it reads the open
// deadlines off the UI thread (the workspace's read side) every minute and
// announces those that were not due at the previous check, in one message. The first check after the
// register opens only takes note (the dashboard shows what is due). A
// notification can show on a locked screen: it names a deadline by its
// request's reference and kind, nothing more.
class DeadlineNotifier : public QObject {
    Q_OBJECT
public:
    explicit DeadlineNotifier(QObject* parent = nullptr);
    ~DeadlineNotifier() override;

    // Starts checking the workspace's register; nullptr (locking) stops and
    // hides the icon.
    void setWorkspace(Workspace* workspace);
    // For tests: what "now" is, and how often to check.
    void setClock(std::function<QDateTime()> clock);
    void setInterval(int milliseconds);
    // Checks now (asynchronous; checked() follows).
    void check();
    bool hasTrayIcon() const { return m_tray != nullptr; }

    static QString title(int count);
    static QString body(const QStringList& lines);

signals:
    // Deadlines that became due since the previous check: "reference — kind" each.
    void becameDue(const QStringList& lines);
    void checked();
    // The user clicked the message or the icon: show the deadlines.
    void openRequested();

private:
    std::shared_ptr<RegisterReader> m_reader;
    QMetaObject::Connection m_replaced;
    std::function<QDateTime()> m_clock;
    QTimer* m_timer;
    QSystemTrayIcon* m_tray = nullptr;
    QString m_registerId;
    QSet<QString> m_due; // what was due at the previous check
    bool m_baseline = false;
    quint64 m_generation = 0;
};

} // namespace mladesk
