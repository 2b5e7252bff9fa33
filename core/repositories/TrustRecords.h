#pragma once

#include "security/Certificate.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace mladesk {

// A certificate the register trusts to sign bundles (schema v6,
// trusted_certificates): a partner authority's CA or signing certificate.
// Here, not in storage/, because the UI and the CLI show them: they reach
// them through the TrustService without naming storage.
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

// An earlier import that may be the same bundle or the same request again:
// its custody record's bundle digest and report, and the reference the
// request got here (CustodyRepository::possiblyEarlier).
struct EarlierImport {
    QString reference;
    QString bundleSha256;
    QByteArray report;
};

} // namespace mladesk
