#include "ui/deadlines/DeadlineNotifier.h"

#include "services/ChangeEvents.h"
#include "services/RegisterReader.h"
#include "services/Workspace.h"
#include "ui/deadlines/DeadlineText.h"
#include "ui/deadlines/DueBucket.h"
#include "ui/widgets/BackgroundTask.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>

namespace mladesk {

namespace {

constexpr int kCheckMs = 60 * 1000;
constexpr int kLinesShown = 5;

struct Due {
    QString key;
    QString reference;
    QString kind;
    QString variant;
};

struct Checked {
    QList<Due> due;
    bool ok = false;
};

} // namespace

DeadlineNotifier::DeadlineNotifier(QObject* parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_timer(new QTimer(this)) {
    m_timer->setInterval(kCheckMs);
    connect(m_timer, &QTimer::timeout, this, &DeadlineNotifier::check);
}

DeadlineNotifier::~DeadlineNotifier() = default;

void DeadlineNotifier::setWorkspace(Workspace* workspace) {
    ++m_generation;
    disconnect(m_replaced);
    m_reader.reset();
    if (workspace)
        if (auto reader = workspace->openReader())
            m_reader = std::move(reader.value());
    if (!m_reader) {
        m_timer->stop();
        if (m_tray)
            m_tray->hide();
        return;
    }
    // What was due before a lock still counts: a deadline that became due
    // while the register was locked is announced after unlocking.
    if (m_reader->registerId() != m_registerId) {
        m_registerId = m_reader->registerId();
        m_due.clear();
        m_baseline = false;
    }
    // A restore brings other deadlines: what was due before says nothing of them.
    m_replaced = connect(&workspace->events(), &ChangeEvents::registerReplaced, this, [this] {
        m_due.clear();
        m_baseline = false;
        check();
    });
    if (!m_tray && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        QIcon icon = QApplication::windowIcon();
        if (icon.isNull())
            icon = QApplication::style()->standardIcon(QStyle::SP_FileDialogDetailedView);
        m_tray->setIcon(icon);
        m_tray->setToolTip(tr("MLA Desk"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &DeadlineNotifier::openRequested);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                emit openRequested();
        });
    }
    if (m_tray)
        m_tray->show();
    m_timer->start();
    check();
}

void DeadlineNotifier::setClock(std::function<QDateTime()> clock) {
    m_clock = std::move(clock);
}

void DeadlineNotifier::setInterval(int milliseconds) {
    m_timer->setInterval(milliseconds);
}

QString DeadlineNotifier::title(int count) {
    return tr("Deadlines now due: %1").arg(count);
}

QString DeadlineNotifier::body(const QStringList& lines) {
    QStringList shown = lines.mid(0, kLinesShown);
    if (lines.size() > kLinesShown)
        shown << tr("… and %1 more").arg(lines.size() - kLinesShown);
    return shown.join(QLatin1Char('\n'));
}

void DeadlineNotifier::check() {
    if (!m_reader)
        return;
    const quint64 generation = ++m_generation;
    auto reader = m_reader;
    const QDateTime now = m_clock();
    runInBackground<Checked>(
        this,
        [reader, now] {
            Checked result;
            DueFilter filter;
            filter.now = now;
            filter.withinDays = 2; // today's deadlines end at the latest 24 hours from now
            auto due = reader->due(filter);
            if (!due)
                return result;
            result.ok = true;
            for (const DueItem& item : due.value())
                if (isDueNow(item, now))
                    result.due.append(
                        {item.requestId + QLatin1Char('\n') + item.kind + QLatin1Char('\n') + item.variant,
                         item.reference, item.kind, item.variant});
            return result;
        },
        [this, generation](Checked result) {
            if (generation != m_generation)
                return;
            if (!result.ok) { // tried again at the next check
                emit checked();
                return;
            }
            QSet<QString> dueNow;
            QStringList fresh;
            for (const Due& d : result.due) {
                dueNow.insert(d.key);
                if (!m_due.contains(d.key))
                    fresh << tr("%1 — %2").arg(d.reference, DeadlineText::kindLabel(d.kind, d.variant));
            }
            const bool announce = m_baseline && !fresh.isEmpty();
            m_due = dueNow;
            m_baseline = true;
            if (announce) {
                if (m_tray)
                    m_tray->showMessage(title(int(fresh.size())), body(fresh), QSystemTrayIcon::Warning);
                emit becameDue(fresh);
            }
            emit checked();
        });
}

} // namespace mladesk
