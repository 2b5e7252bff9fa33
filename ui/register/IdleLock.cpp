#include "ui/register/IdleLock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>
#include <QTimer>

namespace mladesk {

IdleLock::IdleLock(QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this)) {
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IdleLock::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

void IdleLock::setMinutes(int minutes) {
    m_minutes = minutes;
    setIntervalMs(minutes * 60 * 1000);
}

void IdleLock::setIntervalMs(int ms) {
    m_timer->stop();
    m_active = ms > 0;
    if (m_active) {
        m_timer->setInterval(ms);
        m_timer->start();
    }
}

int IdleLock::savedMinutes() {
    return QSettings().value(QStringLiteral("lock/idleMinutes"), kDefaultMinutes).toInt();
}

void IdleLock::saveMinutes(int minutes) {
    QSettings().setValue(QStringLiteral("lock/idleMinutes"), minutes);
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_active)
            m_timer->start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace mladesk
