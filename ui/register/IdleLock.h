#pragma once

#include <QObject>

class QTimer;

namespace mladesk {

// Emits idle() after a span without keyboard or mouse input anywhere in the
// application; the main window locks the register then. 0 minutes: never.
class IdleLock : public QObject {
    Q_OBJECT
public:
    explicit IdleLock(QObject* parent = nullptr);
    void setMinutes(int minutes);
    int minutes() const { return m_minutes; }
    // For tests: the same with a span in milliseconds.
    void setIntervalMs(int ms);
    static int savedMinutes();
    static void saveMinutes(int minutes);
    static constexpr int kDefaultMinutes = 10;

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer* m_timer;
    int m_minutes = 0;
    bool m_active = false;
};

} // namespace mladesk
