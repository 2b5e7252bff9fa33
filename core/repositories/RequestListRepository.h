#pragma once

#include "error/Result.h"
#include "repositories/RequestListing.h"

#include <QList>
#include <QVector>

namespace mladesk {

// The two steps of a large list: first the keys of every matching request in
// order (small: eight bytes a request), then the rows of the few on screen.
// A key is the back end's own stable, compact key of a request row
// (RequestListRow::key; docs/decisions.md "Repository interfaces"): it means
// nothing outside the storage that gave it and is never stored or shown.
class RequestListRepository {
public:
    virtual ~RequestListRepository() = default;

    virtual Result<QVector<qint64>> keys(const RequestFilter& filter, const RequestSort& sort) = 0;
    // The rows for these keys, in the same order; keys whose request vanished are skipped.
    virtual Result<QList<RequestListRow>> rows(const QVector<qint64>& keys) = 0;
};

} // namespace mladesk
