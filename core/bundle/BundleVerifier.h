#pragma once

#include "bundle/AsicManifest.h"
#include "bundle/BundleLimits.h"
#include "bundle/BundleReport.h"
#include "bundle/SigningIdentity.h"
#include "bundle/ZipReader.h"
#include "security/Certificate.h"

#include <QDateTime>
#include <QList>
#include <functional>
#include <memory>
#include <optional>

namespace mladesk::bundle {

// Progress of long work: bytes done of total (total may grow while
// working). Return false to cancel. Called on the worker's thread.
using Progress = std::function<bool(qint64 done, qint64 total)>;

struct VerifyOptions {
    QList<CertificateInfo> trusted;             // the trust store and/or --trust certificates
    const SigningIdentity* recipient = nullptr; // opens an enveloped bundle
    BundleLimits limits;
    Progress progress;
    QDateTime now; // invalid: the current time
};

// A bundle opened and checked: the report, and what an import needs.
struct OpenedBundle {
    BundleReport report;
    std::unique_ptr<ZipReader> reader; // null when the container could not be read
    std::optional<AsicManifest> manifest;
    QString signatureName;  // the signature file the manifest names (META-INF/*signature*.p7s)
    QByteArray requestJson; // request.json, when listed, its digest matched and every signer held
    bool cancelled = false;
};

// Checks a bundle from outside (DESIGN.md, "Bundles"; docs/bundle-format.md):
// the container (ZipReader's hostile-input rules), the manifest, its one
// signature file (META-INF/*signature*.p7s) and every signer (CmsVerifier),
// every listed digest (streamed: memory does not grow with the files),
// nothing unlisted or missing, and last request.json as one interchange
// request -- read only when everything before passed, so that the content of
// a bundle nobody trusts is never parsed. Needs no register and no Qt GUI:
// safe on any thread, one call per thread.
class BundleVerifier {
public:
    static BundleReport verify(const QString& path, const VerifyOptions& options);
    static OpenedBundle open(const QString& path, const VerifyOptions& options);
};

// SHA-256 of a file, streamed; lower-case hex.
Result<QString> fileSha256(const QString& path);

} // namespace mladesk::bundle
