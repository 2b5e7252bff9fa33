#pragma once

#include "error/Result.h"
#include "repositories/CustodyRepository.h"

namespace mladesk {

class Database;

// CustodyRepository on the local register (table bundle_custody).
class SqlCipherCustodyRepository final : public CustodyRepository {
public:
    explicit SqlCipherCustodyRepository(Database& db)
        : m_db(db) {}
    Status add(const CustodyRecord& record) override;
    Result<QList<CustodyRecord>> forRequest(const QString& requestId) override;
    Result<QList<EarlierImport>> possiblyEarlier(const QString& sha256, const QString& requestSha256,
                                                 const QString& requestId) override;

private:
    Database& m_db;
};

} // namespace mladesk
