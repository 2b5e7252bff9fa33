#pragma once

#include "error/Result.h"
#include "storage/RequestFilter.h"

#include <QDateTime>
#include <QList>
#include <QVector>

namespace mladesk {

class Database;

// What a request list shows of one request.
struct RequestListRow {
    qint64 rowId = 0;
    QString id;
    QString reference;
    QString direction;
    QString instrument;
    QString status;
    QString urgency;
    QString otherState; // requested state of outgoing, requesting state of incoming requests
    QString summary;
    QDateTime createdAt;
    QDateTime updatedAt;
};

enum class RequestSortKey {
    Reference,
    Direction,
    Instrument,
    Status,
    Urgency,
    OtherState,
    Summary,
    Created,
    Updated,
    NextDue // the earliest open deadline; requests without one last
};

struct RequestSort {
    RequestSortKey key = RequestSortKey::Reference;
    bool descending = false;
};

// The two steps of a large list: first the row ids of every matching request
// in order (small: eight bytes a request), then the rows of the few on screen.
class RequestListQuery {
public:
    explicit RequestListQuery(Database& db)
        : m_db(db) {}
    Result<QVector<qint64>> rowIds(const RequestFilter& filter, const RequestSort& sort);
    // The rows for these ids, in the same order; ids that vanished are skipped.
    Result<QList<RequestListRow>> rows(const QVector<qint64>& rowIds);

private:
    Database& m_db;
};

} // namespace mladesk
