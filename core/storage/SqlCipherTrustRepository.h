#pragma once

#include "error/Result.h"
#include "repositories/TrustRecords.h"
#include "repositories/TrustRepository.h"

#include <QList>
#include <QString>

namespace mladesk {

class Database;

// The register's trust store of partner authorities' certificates. Plain
// storage: the TrustService checks roles and writes the audit trail.
class SqlCipherTrustRepository final : public TrustRepository {
public:
    explicit SqlCipherTrustRepository(Database& db)
        : m_db(db) {}

    // Conflict when the certificate is there already.
    Status add(const TrustedCertificate& trusted) override;
    Result<QList<TrustedCertificate>> all() override;
    // NotFound when no certificate has that fingerprint (lower-case hex).
    Status remove(const QString& fingerprint) override;
    Result<TrustedCertificate> find(const QString& fingerprint) override;

private:
    Database& m_db;
};

} // namespace mladesk
