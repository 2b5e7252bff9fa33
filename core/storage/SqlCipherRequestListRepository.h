#pragma once

#include "error/Result.h"
#include "repositories/RequestListRepository.h"
#include "repositories/RequestListing.h"

#include <QList>
#include <QVector>

namespace mladesk {

class Database;

// RequestListRepository on the local register: a key is the request row's
// SQLite rowid, read and sorted through the requests' indexes.
class SqlCipherRequestListRepository final : public RequestListRepository {
public:
    explicit SqlCipherRequestListRepository(Database& db)
        : m_db(db) {}
    Result<QVector<qint64>> keys(const RequestFilter& filter, const RequestSort& sort) override;
    Result<QList<RequestListRow>> rows(const QVector<qint64>& keys) override;

private:
    Database& m_db;
};

} // namespace mladesk
