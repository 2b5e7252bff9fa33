#pragma once

#include "security/Certificate.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mladesk::bundle {

// One check of a verification, with a reason a user understands.
// Kinds (stable, in the JSON): container, manifest, signature, digest,
// missing, unlisted, request, signer-signature, signer-trust,
// signer-validity, signer-key-usage. subject names the file or the signer.
struct BundleCheck {
    QString kind;
    QString subject;
    bool passed = false;
    QString reason;
};

// What one SignerInfo of META-INF/signature.p7s says, once checked.
struct SignerReport {
    CertificateInfo certificate; // empty der when the signature did not include it
    QDateTime signingTime;       // UTC; invalid when absent
    QString trustAnchor;         // subject of the trusted certificate it chains to
    bool passed = false;         // every check of this signer passed
};

// The verification report of a bundle (docs/bundle-format.md, "Verification
// report"): every check with pass or fail and its reason, the signers, and
// the bundle's own SHA-256 (the chain-of-custody record of an import).
struct BundleReport {
    QString file;   // file name, without folder
    QString sha256; // of the file as given (an envelope: of the envelope), lower-case hex
    bool enveloped = false;
    QString requestId; // from request.json, when it could be read
    QString reference; // idem
    // The SHA-256 of request.json as the signed manifest lists it (lower-case
    // hex), when the file matched it: what identifies the signed request
    // whatever the container around it (a duplicate import is recognised by it).
    QString requestSha256;
    QList<BundleCheck> checks;
    QList<SignerReport> signers;
    QDateTime verifiedAt; // UTC

    // Every check passed, and there is at least one signer.
    bool verified() const;
    QList<BundleCheck> failures() const;
    void add(const QString& kind, const QString& subject, bool passed, const QString& reason);
    // Stable JSON (docs/bundle-format.md).
    QByteArray toJson() const;
    // Lines for a terminal: "PASS digest request.json: ..." / "FAIL ...".
    QString toText() const;
    // The failed checks' reasons in one message.
    QString failureSummary() const;
};

} // namespace mladesk::bundle
