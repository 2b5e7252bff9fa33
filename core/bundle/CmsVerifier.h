#pragma once

#include "bundle/AsicManifest.h"
#include "bundle/BundleReport.h"
#include "error/Result.h"
#include "security/Certificate.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace mladesk::bundle {

// Checks a detached CMS SignedData (META-INF/signature.p7s) over the
// manifest, SignerInfo by SignerInfo:
//   signer-signature  the signature is valid, its messageDigest is the
//                     manifest's SHA-256 (SHA-256 required, signed
//                     attributes required) and its signing-certificate(-v2)
//                     attribute names the certificate it carries (CAdES-B);
//   signer-trust      the certificate chains to one of `trusted` (the trust
//                     store; a trusted certificate may be a CA or the
//                     signer's own), intermediates taken from the signature;
//   signer-validity   the chain was valid at the signed signingTime, which
//                     is not in the future;
//   signer-key-usage  the certificate's key usage allows signatures.
// Adds one check of each kind per signer to report (subject: the signer's
// subject) and fills report.signers. A signature that is not CMS
// SignedData, not detached, too large or without signers is one failed
// "signature" check, whose subject is signatureName (the file's name in the
// container).
class CmsVerifier {
public:
    static void verify(const QByteArray& signatureDer, const QByteArray& content,
                       const QList<CertificateInfo>& trusted, qint64 maxSize, int maxSigners,
                       BundleReport& report, const QDateTime& now = QDateTime::currentDateTimeUtc(),
                       const QString& signatureName = QLatin1String(kSignatureName));
};

} // namespace mladesk::bundle
