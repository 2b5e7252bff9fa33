#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace mladesk {

// What a request list is narrowed to. Empty fields do not filter.
struct RequestFilter {
    QString direction;
    QString status;
    QString state; // the other side's state: requested (outgoing) or requesting (incoming)
    QString instrument;
    QString caseId;
    QString search; // full-text: reference, summary, authorities, provider, persons
    QString urgency;
    QDate createdFrom; // inclusive, UTC dates
    QDate createdTo;   // inclusive
};

// What a request list shows of one request.
struct RequestListRow {
    // The row's key in the list: stable while the request exists, cheap to
    // hold for every match of a large list (eight bytes), and meaningful only
    // to the storage that gave it.
    qint64 key = 0;
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

} // namespace mladesk
