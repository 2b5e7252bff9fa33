#pragma once

#include "bundle/SigningIdentity.h"
#include "error/Result.h"

#include <QByteArray>

namespace mladesk::bundle {

// CAdES baseline B (ETSI EN 319 122-1): CMS SignedData (RFC 5652),
// detached, over the ASiC manifest: SHA-256, signed attributes contentType,
// messageDigest, signingTime and ESS signing-certificate-v2 (RFC 5035), the
// signer's certificate and the chain from its PKCS#12. What `openssl cms
// -sign -cades -binary -md sha256 -outform DER` makes, and what `openssl cms
// -verify -cades` verifies.
class CmsSigner {
public:
    // A new signature (DER) with one SignerInfo. Refuses an unsuitable identity.
    static Result<QByteArray> sign(const QByteArray& content, const SigningIdentity& signer);
    // Adds a SignerInfo (e.g. the approving prosecutor's) to an existing
    // signature over the same content; the existing signatures must be
    // valid over content (their chains are not checked here), and the same
    // certificate may not sign twice. Returns the new DER.
    static Result<QByteArray> addSigner(const QByteArray& signatureDer, const QByteArray& content,
                                        const SigningIdentity& signer);
};

} // namespace mladesk::bundle
