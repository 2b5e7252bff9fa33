#pragma once

#include "access/Role.h"
#include "error/Result.h"
#include "repositories/DeadlineRecords.h"
#include "repositories/RequestListing.h"
#include "services/DeadlineReads.h"

#include <QList>
#include <QMutex>
#include <QVector>
#include <memory>
#include <optional>

namespace mladesk {

class Storage;

// The read side (docs/decisions.md "One application layer"): what the
// window reads off the UI thread (the request lists, the deadlines dashboard,
// the deadline notifier, the integrity check), on a connection of its own so
// that its reads never wait for the services' writes. Checks the roles of the
// user it was opened for, as the services do, and refuses what they may not
// read. Opened by Workspace::openReader(); one per background consumer.
//
// Every method may be called from any thread; calls take turns on the one
// connection. interrupt() does not wait its turn: it stops the read running.
// The roles are those the user had when it was opened: a change of roles is
// seen by the next reader.
class RegisterReader {
public:
    struct User {
        QString name;
        QStringList roles;
        bool contentGranted = false; // an auditor's content access (access/Role allows())
    };
    RegisterReader(std::unique_ptr<Storage> storage, User user);
    ~RegisterReader();
    RegisterReader(const RegisterReader&) = delete;
    RegisterReader& operator=(const RegisterReader&) = delete;

    // Which register it reads (Storage::registerId()).
    QString registerId() const { return m_registerId; }
    bool can(Action action) const;

    // A request list (ViewContent): the keys of every match in order, then
    // the rows of the few on screen, in the order asked; keys whose request
    // vanished are skipped (repositories/RequestListRepository).
    Result<QVector<qint64>> requestKeys(const RequestFilter& filter, const RequestSort& sort);
    Result<QList<RequestListRow>> requestRows(const QVector<qint64>& keys);
    // The key of the request with this id and reference, -1 when there is
    // none (to find its place in a list).
    Result<qint64> requestKey(const QString& id, const QString& reference);

    // Deadlines (ViewContent): the open ones, the dashboard's (with the state
    // governing each; cache as in DeadlineReads), one deadline with its trail.
    Result<QList<DueItem>> due(const DueFilter& filter);
    Result<QList<DueEntry>> dueEntries(const QDateTime& now, GoverningCache& cache);
    Result<std::optional<Deadline>> deadline(const QString& requestId, const QString& kind,
                                             const QString& variant);
    // The open deadlines as an iCalendar file (ViewContent and Export); the
    // caller writes it and records the export.
    Result<DeadlineReads::Calendar> calendar(const QDateTime& now);

    // The register's integrity check (any signed-in user: it shows no
    // content). Slow on a large register; interrupt() stops it.
    Status checkIntegrity();
    void interrupt();

private:
    Status require(Action action) const;

    std::unique_ptr<Storage> m_storage;
    const User m_user;
    const QString m_registerId;
    QMutex m_turn;
};

} // namespace mladesk
