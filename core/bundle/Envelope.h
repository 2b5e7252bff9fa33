#pragma once

#include "bundle/SigningIdentity.h"
#include "error/Result.h"
#include "security/Certificate.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>
#include <memory>

namespace mladesk::bundle {

// Optional confidentiality: the whole container as CMS EnvelopedData
// (AES-256-CBC) or AuthEnvelopedData (AES-256-GCM, RFC 5083) for the
// recipient authority's certificate(s), DER. `openssl cms -decrypt -binary
// -inform DER -inkey key.pem -recip cert.pem` opens it too.
class Envelope {
public:
    enum class Cipher { Aes256Gcm, Aes256Cbc };

    // Encrypts the file at containerPath into outPath (through an
    // EnvelopeWriter), streaming.
    static Status seal(const QString& containerPath, const QList<CertificateInfo>& recipients,
                       const QString& outPath, Cipher cipher = Cipher::Aes256Gcm);
    // Whether the file starts like DER CMS rather than a ZIP ("PK").
    static bool looksEnveloped(const QString& path);
    // Decrypts with the user's own identity. OpenSSL parses the whole
    // envelope in memory: refused above maxSize.
    static Result<QByteArray> open(const QString& path, const SigningIdentity& recipient, qint64 maxSize);
};

// Seals what is written to device() into an envelope for the recipients as
// it is written (BER, indefinite lengths, as `openssl cms -encrypt -stream`
// writes): the plaintext never reaches the disk. The envelope is written to
// OUT.part, created with mode 0600 (whatever the umask), and renamed to OUT
// by commit(); without commit() (an error, a cancel) the part is removed. A
// part a killed export left behind (OUT.part, and OUT.container.part, the
// plaintext container that versions before issue 15 assembled beside the
// output) is removed when the next one starts. device() may be written from
// one thread at a time (ZipWriter's writing thread).
class EnvelopeWriter {
public:
    ~EnvelopeWriter();
    EnvelopeWriter(const EnvelopeWriter&) = delete;
    EnvelopeWriter& operator=(const EnvelopeWriter&) = delete;

    static Result<std::unique_ptr<EnvelopeWriter>>
    create(const QList<CertificateInfo>& recipients, const QString& outPath,
           Envelope::Cipher cipher = Envelope::Cipher::Aes256Gcm);
    QIODevice& device();
    // Finishes the envelope (the authentication tag of GCM, the end of the
    // content), syncs it to the disk and renames it into place.
    Status commit();
    // The file being written until commit(): OUT.part.
    static QString partPath(const QString& outPath);

private:
    class Device;
    struct Chain;
    EnvelopeWriter() = default;

    QString m_outPath;
    std::unique_ptr<Chain> m_chain;
    std::unique_ptr<Device> m_device;
};

} // namespace mladesk::bundle
