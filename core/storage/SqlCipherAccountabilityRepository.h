#pragma once

#include "repositories/AccountabilityRepository.h"

namespace mladesk {

class Database;

// The requests' drafted_by column (schema v3) and the approvals table.
class SqlCipherAccountabilityRepository : public AccountabilityRepository {
public:
    explicit SqlCipherAccountabilityRepository(Database& db)
        : m_db(db) {}

    Result<QString> drafterOf(const QString& requestId) override;
    Status setDrafter(const QString& requestId, const QString& user) override;
    Result<std::optional<Approval>> currentApproval(const QString& requestId) override;
    Status addApproval(const QString& requestId, const Approval& approval) override;
    Status withdrawApproval(const QString& requestId, const QString& by, const QDateTime& at) override;

private:
    Database& m_db;
};

} // namespace mladesk
