#pragma once

#include "error/Result.h"
#include "repositories/TrustRecords.h"

#include <QList>
#include <QString>

namespace mladesk {

// The register's trust store of partner authorities' certificates. Plain
// storage: the TrustService checks roles and writes the audit trail.
class TrustRepository {
public:
    virtual ~TrustRepository() = default;

    // Conflict when the certificate is there already.
    virtual Status add(const TrustedCertificate& trusted) = 0;
    virtual Result<QList<TrustedCertificate>> all() = 0;
    // NotFound when no certificate has that fingerprint (lower-case hex).
    virtual Status remove(const QString& fingerprint) = 0;
    virtual Result<TrustedCertificate> find(const QString& fingerprint) = 0;
};

} // namespace mladesk
