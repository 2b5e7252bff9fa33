#pragma once

#include <QObject>
#include <QString>

namespace mladesk {

// One change to the register, as a service announces it inside an action.
struct Change {
    enum class Kind {
        Request,      // one request's content, status or approval (id)
        Requests,     // many requests at once (an import)
        Deadlines,    // one request's deadlines (id), or every request's (empty id)
        Retention,    // one request's retention, attachments or purge (id)
        Translations, // one request's translations (id)
        References,   // cases, authorities, states, state profiles
        Trust,        // the trust store and custody records
        Users,        // users and their roles
        Register,     // the whole register replaced (a restore) or reopened
        Audit,        // entries appended to the audit trail
    };
    Kind kind;
    QString id;
    bool operator==(const Change& other) const { return kind == other.kind && id == other.id; }
};

// What changed in the register, announced after each commit by the services
// (core/services/ServiceGuard), never before: a view that reloads on a signal
// reads what was committed. Views subscribe here instead of being told by
// each other; a shared register will emit the same signals for changes made
// at other desks. Lives in the thread of the services (the GUI thread).
class ChangeEvents : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Emits the signal for one change (the guard calls this after a commit).
    void publish(const Change& change);

signals:
    void requestChanged(const QString& requestId);
    void requestsChanged();
    void deadlinesChanged(const QString& requestId); // empty: every request's
    void retentionChanged(const QString& requestId);
    void translationsChanged(const QString& requestId);
    void referencesChanged();
    void trustChanged();
    void usersChanged();
    void registerReplaced();
    // After any committed action that wrote the audit trail.
    void auditAppended();
};

} // namespace mladesk
