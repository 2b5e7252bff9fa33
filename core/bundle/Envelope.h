#pragma once

#include "bundle/SigningIdentity.h"
#include "error/Result.h"
#include "security/Certificate.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace mladesk::bundle {

// Optional confidentiality: the whole container as CMS EnvelopedData
// (AES-256-CBC) or AuthEnvelopedData (AES-256-GCM, RFC 5083) for the
// recipient authority's certificate(s), DER. `openssl cms -decrypt -binary
// -inform DER -inkey key.pem -recip cert.pem` opens it too.
class Envelope {
public:
    enum class Cipher { Aes256Gcm, Aes256Cbc };

    // Encrypts the file at containerPath into outPath (written to a
    // temporary file beside it and renamed), streaming.
    static Status seal(const QString& containerPath, const QList<CertificateInfo>& recipients,
                       const QString& outPath, Cipher cipher = Cipher::Aes256Gcm);
    // Whether the file starts like DER CMS rather than a ZIP ("PK").
    static bool looksEnveloped(const QString& path);
    // Decrypts with the user's own identity. OpenSSL parses the whole
    // envelope in memory: refused above maxSize.
    static Result<QByteArray> open(const QString& path, const SigningIdentity& recipient, qint64 maxSize);
};

} // namespace mladesk::bundle
