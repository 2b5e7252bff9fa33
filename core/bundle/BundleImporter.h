#pragma once

#include "bundle/BundleReport.h"
#include "bundle/BundleVerifier.h"
#include "error/Result.h"

#include <QString>

namespace mladesk {
class Workspace;
} // namespace mladesk

namespace mladesk::bundle {

struct ImportOptions {
    // Certificates trusted for this import besides the register's trust store.
    QList<CertificateInfo> alsoTrusted;
    const SigningIdentity* recipient = nullptr; // opens an enveloped bundle
    BundleLimits limits;
    // Called while verifying, then while storing (done restarts at 0); false cancels.
    Progress progress;
};

struct ImportedBundle {
    BundleReport report;   // always filled
    bool imported = false; // false: the report says why (it did not verify)
    QString requestId;     // the new incoming request
    QString reference;     // its reference in this register: IN-<year>-<8 hex of the bundle's SHA-256>
    int attachments = 0;   // files stored, PDFs included
};

// A verified bundle into the register as an incoming request (DESIGN.md,
// "Bundles"). Only when every check of the report passes; then, in one
// transaction, all or nothing: the request (a new id and reference,
// direction incoming, status received, event "received" now; the sender's
// states and authorities added when missing; no case, no links), its
// translations, every PDF and attachment encrypted into the register by
// AttachmentRepository (streamed from the ZIP, each digest checked again against
// the signed manifest while it is stored), and the chain-of-custody record
// (the bundle's SHA-256, file name and report). Nothing is extracted to
// disk in plaintext. The same bundle is not imported twice.
//
// Runs on the workspace's thread: it stores through the TrustService
// (TrustService::receiveBundle), which checks the Import right and records
// the "bundle-import" entry.
class BundleImporter {
public:
    static Result<ImportedBundle> importBundle(Workspace& workspace, const QString& path,
                                               const ImportOptions& options);
};

} // namespace mladesk::bundle
