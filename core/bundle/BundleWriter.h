#pragma once

#include "bundle/AsicManifest.h"
#include "bundle/BundleVerifier.h"
#include "bundle/Envelope.h"
#include "bundle/SigningIdentity.h"
#include "error/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace mladesk::bundle {

// One data object to put in a bundle. Exactly one of bytes, path or producer
// gives its content.
struct BundleSource {
    QString name;     // entry name, e.g. "request-de.pdf" or "attachments/mail.mbox"
    QString mimeType; // for the manifest
    QByteArray bytes; // small content held in memory
    QString path;     // a file streamed from disk
    std::function<Status(QIODevice& sink)> producer; // pushes the content (decrypted attachments)
    qint64 size = -1;                                // for progress, when known
};

struct BundleWriteOptions {
    // The first signs the new signature; each further one adds a SignerInfo.
    QList<const SigningIdentity*> signers;
    // Not empty: the container is enveloped for these certificates.
    QList<CertificateInfo> encryptFor;
    Envelope::Cipher cipher = Envelope::Cipher::Aes256Gcm;
    Progress progress;
};

struct WrittenBundle {
    QString path;
    QString sha256; // of the file written (the envelope, when enveloped)
    qint64 size = 0;
    AsicManifest manifest;
};

// Assembles a signed ASiC-E container from sources (docs/bundle-format.md):
// "mimetype" first and stored, the data objects streamed through SHA-256
// and deflate into the ZIP, the manifest, the CMS signature over it. Memory
// does not grow with the sources; only the manifest is signed. The file
// appears atomically or not at all. Touches no register: safe on a worker
// thread (with producers that are).
class BundleWriter {
public:
    static Result<WrittenBundle> write(const QList<BundleSource>& sources, const QString& outPath,
                                       const BundleWriteOptions& options);
    // Adds a signer to an existing (not enveloped) bundle: its signature
    // must still match its manifest. Rewrites the file atomically.
    // Sources for files on disk, each streamed as folder/<file name>
    // (names made unique); the media type from the name. For the benchmark:
    // write(fileSources(paths), out, options), then BundleVerifier::verify().
    static QList<BundleSource> fileSources(const QStringList& paths,
                                           const QString& folder = QStringLiteral("attachments"));
    static Result<WrittenBundle> addSigner(const QString& path, const SigningIdentity& signer,
                                           const BundleLimits& limits = {});
};

} // namespace mladesk::bundle
