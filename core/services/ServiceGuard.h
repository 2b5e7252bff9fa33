#pragma once

#include "access/Role.h"
#include "error/Result.h"
#include "repositories/Storage.h"
#include "services/ChangeEvents.h"

#include <QList>
#include <type_traits>

namespace mladesk {

class Session;

// What one action does inside its transaction, besides its own work: the
// audit entries it records (appended in the same transaction, as the signed-in
// user) and the changes it announces (emitted once the outermost transaction
// has committed; dropped when it fails).
class ActionScope {
public:
    Status audit(const QString& action, const QString& object, const QString& detail = {});
    void announce(Change::Kind kind, const QString& id = {});
    Storage& storage() { return m_storage; }
    // Who is signed in (the user the entries are appended as).
    const QString& user() const { return m_user; }

private:
    friend class ServiceGuard;
    ActionScope(Storage& storage, QString user, QList<Change>& pending)
        : m_storage(storage)
        , m_user(std::move(user))
        , m_pending(pending) {}
    Storage& m_storage;
    QString m_user;
    QList<Change>& m_pending;
};

// The one gate every service action passes (docs/decisions.md "One
// application layer"): it checks the signed-in user's role, runs the work in
// one transaction, appends the audit entries the work records in that same
// transaction, and announces the changes after the commit. Services do not
// begin transactions, check roles or write the audit trail any other way.
class ServiceGuard {
public:
    ServiceGuard(Session& session, Storage& storage, ChangeEvents& events)
        : m_session(session)
        , m_storage(storage)
        , m_events(events) {}

    // The register is open and the user's roles allow the action.
    Status require(Action action) const;

    // Checks the role, then runs work(ActionScope&) in one transaction (a
    // savepoint when called inside another action). work returns a Status or
    // a Result<T>, and so does run. An error anywhere rolls everything back.
    template <typename Work>
    auto run(Action action, Work&& work) -> std::invoke_result_t<Work&, ActionScope&> {
        if (Status allowed = require(action); !allowed)
            return allowed.error();
        return inTransaction(std::forward<Work>(work));
    }

    // The same for work whose checks the service makes itself (several
    // roles may do it, or none is needed: recording a view the caller has
    // already been allowed).
    template <typename Work> auto inTransaction(Work&& work) -> std::invoke_result_t<Work&, ActionScope&> {
        auto tx = m_storage.begin();
        if (!tx)
            return tx.error();
        const bool outermost = m_depth == 0;
        ++m_depth;
        ActionScope scope(m_storage, userName(), m_pending);
        auto result = work(scope);
        if (result)
            if (Status committed = tx.value()->commit(); !committed)
                result = committed.error();
        --m_depth;
        if (outermost)
            finish(result.ok());
        return result;
    }

    // The same for bulk work that opens its own transaction and must not run
    // inside one of the guard's (an import: inside a savepoint SQLite keeps a
    // copy of every page it changes until the end, docs/performance.md). The
    // scope's audit entries go into the work's transaction when it records
    // them before its commit; the changes are announced when it succeeds.
    template <typename Work>
    auto runOwnTransaction(Action action, Work&& work) -> std::invoke_result_t<Work&, ActionScope&> {
        if (Status allowed = require(action); !allowed)
            return allowed.error();
        const bool outermost = m_depth == 0;
        ++m_depth;
        ActionScope scope(m_storage, userName(), m_pending);
        auto result = work(scope);
        --m_depth;
        if (outermost)
            finish(result.ok());
        return result;
    }

    Session& session() { return m_session; }
    Storage& storage() { return m_storage; }
    ChangeEvents& events() { return m_events; }

private:
    QString userName() const;
    // Emits what was announced when committed, or forgets it.
    void finish(bool committed);

    Session& m_session;
    Storage& m_storage;
    ChangeEvents& m_events;
    int m_depth = 0;
    QList<Change> m_pending;
};

} // namespace mladesk
