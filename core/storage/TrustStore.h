#pragma once

#include "error/Result.h"
#include "security/Certificate.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace mladesk {

class Database;

// A certificate the register trusts to sign bundles (schema v6,
// trusted_certificates): a partner authority's CA or signing certificate.
struct TrustedCertificate {
    CertificateInfo certificate;
    QString authorityId; // the authority it belongs to, or empty
    QString addedBy;
    QDateTime addedAt; // UTC
};

// The chain-of-custody record of an imported bundle (bundle_custody).
struct CustodyRecord {
    QString requestId;
    QString bundleSha256; // of the container file as received, lower-case hex
    QString fileName;     // without its folder
    QByteArray report;    // the verification report, JSON (docs/bundle-format.md)
    QString importedBy;
    QDateTime importedAt; // UTC
};

// The register's trust store of partner authorities' certificates. Plain
// storage: Session checks roles and writes the audit trail.
class TrustStore {
public:
    explicit TrustStore(Database& db)
        : m_db(db) {}

    // Conflict when the certificate is there already.
    Status add(const TrustedCertificate& trusted);
    Result<QList<TrustedCertificate>> all();
    // NotFound when no certificate has that fingerprint (lower-case hex).
    Status remove(const QString& fingerprint);
    Result<TrustedCertificate> find(const QString& fingerprint);

private:
    Database& m_db;
};

// Chain-of-custody records of imported bundles.
class CustodyStore {
public:
    explicit CustodyStore(Database& db)
        : m_db(db) {}
    Status add(const CustodyRecord& record);
    Result<QList<CustodyRecord>> forRequest(const QString& requestId);

private:
    Database& m_db;
};

} // namespace mladesk
