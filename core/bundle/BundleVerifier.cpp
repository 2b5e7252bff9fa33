#include "BundleVerifier.h"

#include "bundle/CmsVerifier.h"
#include "bundle/Envelope.h"
#include "bundle/OpenSsl.h"
#include "interchange/InterchangeFormat.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <atomic>
#include <future>

namespace mladesk::bundle {

namespace {

const QString kRequestJson = QStringLiteral("request.json");

bool reserved(const QString& name) {
    return name == QLatin1String("mimetype") || name == QLatin1String(kManifestName) ||
           name == QLatin1String(kSignatureName);
}

void verifyOpened(OpenedBundle& bundle, const VerifyOptions& options) {
    BundleReport& report = bundle.report;
    ZipReader& reader = *bundle.reader;
    const BundleLimits& limits = options.limits;
    report.add(QStringLiteral("container"), {}, true,
               QStringLiteral("ASiC-E container: %1 file(s), \"mimetype\" first and stored")
                   .arg(reader.entries().size()));

    // The manifest and the signature over it.
    const ZipEntry* manifestEntry = reader.find(QLatin1String(kManifestName));
    if (!manifestEntry) {
        report.add(QStringLiteral("manifest"), QLatin1String(kManifestName), false,
                   QStringLiteral("the bundle has no %1: nothing says what was signed")
                       .arg(QLatin1String(kManifestName)));
        return;
    }
    auto manifestXml = reader.readAll(*manifestEntry, limits.maxManifestSize);
    if (!manifestXml) {
        report.add(QStringLiteral("manifest"), QLatin1String(kManifestName), false,
                   manifestXml.error().message);
        return;
    }
    auto manifest = AsicManifest::fromXml(manifestXml.value(), limits.maxManifestSize, limits.maxXmlDepth);
    if (!manifest) {
        report.add(QStringLiteral("manifest"), QLatin1String(kManifestName), false, manifest.error().message);
        return;
    }
    if (manifest->sigReference != QLatin1String(kSignatureName)) {
        report.add(QStringLiteral("manifest"), QLatin1String(kManifestName), false,
                   QStringLiteral("the manifest refers to the signature \"%1\", not %2")
                       .arg(manifest->sigReference, QLatin1String(kSignatureName)));
        return;
    }
    for (const DataObjectReference& o : manifest->objects) {
        if (reserved(o.uri) || o.uri.startsWith(QLatin1String("META-INF/"))) {
            report.add(QStringLiteral("manifest"), QLatin1String(kManifestName), false,
                       QStringLiteral("the manifest lists \"%1\", which is not a data object").arg(o.uri));
            return;
        }
        if (const QString problem = zipNameProblem(o.uri); !problem.isEmpty()) {
            report.add(QStringLiteral("manifest"), QLatin1String(kManifestName), false, problem);
            return;
        }
    }
    report.add(QStringLiteral("manifest"), QLatin1String(kManifestName), true,
               QStringLiteral("ETSI ASiCManifest listing %1 data object(s) with SHA-256 digests")
                   .arg(manifest->objects.size()));
    bundle.manifest = manifest.value();

    const ZipEntry* signatureEntry = reader.find(QLatin1String(kSignatureName));
    if (!signatureEntry) {
        report.add(QStringLiteral("signature"), QLatin1String(kSignatureName), false,
                   QStringLiteral("the bundle has no signature (%1)").arg(QLatin1String(kSignatureName)));
    } else if (auto signature = reader.readAll(*signatureEntry, limits.maxSignatureSize); !signature) {
        report.add(QStringLiteral("signature"), QLatin1String(kSignatureName), false,
                   signature.error().message);
    } else {
        CmsVerifier::verify(signature.value(), manifestXml.value(), options.trusted, limits.maxSignatureSize,
                            limits.maxSigners, report,
                            options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc());
    }

    // Every listed object present with its digest; nothing else.
    qint64 total = 0;
    for (const ZipEntry& e : reader.entries())
        total += e.size;
    qint64 done = 0;
    QSet<QString> listed;
    for (const DataObjectReference& o : manifest->objects) {
        listed.insert(o.uri);
        const ZipEntry* entry = reader.find(o.uri);
        if (!entry) {
            report.add(
                QStringLiteral("missing"), o.uri, false,
                QStringLiteral("\"%1\" is listed in the signed manifest but is not in the bundle (removed or "
                               "renamed after signing)")
                    .arg(o.uri));
            continue;
        }
        ossl::Sha256 hash;
        QByteArray small;
        const bool keep = o.uri == kRequestJson;
        const Status read = reader.read(*entry, [&](const char* data, qint64 n) -> Status {
            hash.add(data, n);
            if (keep) {
                if (small.size() + n > limits.maxJsonSize)
                    return makeError(
                        ErrorCode::InvalidInput,
                        QStringLiteral("request.json is larger than %1 bytes").arg(limits.maxJsonSize));
                small.append(data, n);
            }
            done += n;
            if (options.progress && !options.progress(done, total)) {
                bundle.cancelled = true;
                return makeError(ErrorCode::InvalidInput, QStringLiteral("Cancelled."));
            }
            return {};
        });
        if (bundle.cancelled) {
            report.add(QStringLiteral("digest"), o.uri, false, QStringLiteral("verification was cancelled"));
            return;
        }
        if (!read) {
            report.add(QStringLiteral("digest"), o.uri, false, read.error().message);
            continue;
        }
        const bool match = hash.result() == o.sha256;
        report.add(QStringLiteral("digest"), o.uri, match,
                   match ? QStringLiteral("SHA-256 matches the manifest")
                         : QStringLiteral(
                               "the content of \"%1\" differs from what was signed (SHA-256 mismatch): it "
                               "was changed after signing")
                               .arg(o.uri));
        if (match && keep)
            bundle.requestJson = small;
    }
    for (const ZipEntry& e : reader.entries()) {
        if (reserved(e.name) || listed.contains(e.name))
            continue;
        report.add(
            QStringLiteral("unlisted"), e.name, false,
            QStringLiteral("\"%1\" is in the bundle but not in the signed manifest: it was added or renamed "
                           "after signing")
                .arg(e.name));
    }

    // The request itself.
    if (!listed.contains(kRequestJson)) {
        report.add(QStringLiteral("request"), kRequestJson, false,
                   QStringLiteral("the bundle has no signed request.json"));
    } else if (!bundle.requestJson.isEmpty()) {
        auto data = InterchangeFormat::read(bundle.requestJson);
        if (!data) {
            report.add(
                QStringLiteral("request"), kRequestJson, false,
                QStringLiteral("request.json is not a valid interchange file: %1").arg(data.error().message));
            bundle.requestJson.clear();
        } else if (data->requests.size() != 1) {
            report.add(QStringLiteral("request"), kRequestJson, false,
                       QStringLiteral("request.json holds %1 requests, not one").arg(data->requests.size()));
            bundle.requestJson.clear();
        } else {
            report.requestId = data->requests.first().id;
            report.reference = data->requests.first().reference;
            report.add(QStringLiteral("request"), kRequestJson, true,
                       QStringLiteral("request %1 (%2, %3)")
                           .arg(report.reference, data->requests.first().instrument,
                                data->requests.first().direction));
        }
    }
}

// stop, when set, ends the reading early (the result is then an error).
Result<QString> hashFile(const QString& path, const std::atomic<bool>* stop) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return makeError(ErrorCode::Io, QStringLiteral("Could not read %1: %2.").arg(path, f.errorString()));
    ossl::Sha256 hash;
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    while (true) {
        if (stop && stop->load())
            return makeError(ErrorCode::InvalidInput, QStringLiteral("Cancelled."));
        const qint64 n = f.read(buffer.data(), buffer.size());
        if (n < 0)
            return makeError(ErrorCode::Io,
                             QStringLiteral("Could not read %1: %2.").arg(path, f.errorString()));
        if (n == 0)
            break;
        hash.add(buffer.constData(), n);
    }
    const QByteArray digest = hash.result();
    if (digest.isEmpty())
        return makeError(ErrorCode::Io,
                         QStringLiteral("OpenSSL could not compute the SHA-256 of %1.").arg(path));
    return QString::fromLatin1(digest.toHex());
}

// Everything of open() but the SHA-256 of the file.
OpenedBundle openUnhashed(const QString& path, const VerifyOptions& options) {
    OpenedBundle bundle;
    BundleReport& report = bundle.report;
    report.file = QFileInfo(path).fileName();
    report.verifiedAt = QDateTime::currentDateTimeUtc();
    Result<std::unique_ptr<ZipReader>> reader = makeError(ErrorCode::InvalidInput, {});
    if (Envelope::looksEnveloped(path)) {
        report.enveloped = true;
        if (!options.recipient) {
            report.add(
                QStringLiteral("container"), report.file, false,
                QStringLiteral("the bundle is encrypted (a CMS envelope): open it with your own PKCS#12 "
                               "identity (--recipient FILE.p12)"));
            return bundle;
        }
        auto opened = Envelope::open(path, *options.recipient, options.limits.maxEnvelopeSize);
        if (!opened) {
            report.add(QStringLiteral("container"), report.file, false, opened.error().message);
            return bundle;
        }
        reader = ZipReader::openBuffer(opened.value(), options.limits);
    } else {
        reader = ZipReader::open(path, options.limits);
    }
    if (!reader) {
        report.add(QStringLiteral("container"), report.file, false, reader.error().message);
        return bundle;
    }
    bundle.reader = std::move(reader.value());
    verifyOpened(bundle, options);
    return bundle;
}

} // namespace

Result<QString> fileSha256(const QString& path) {
    return hashFile(path, nullptr);
}

OpenedBundle BundleVerifier::open(const QString& path, const VerifyOptions& options) {
    // The SHA-256 of the file is computed on a second thread while the
    // container is checked: one more pass over the file, in parallel.
    std::atomic<bool> stop{false};
    auto fileHash = std::async(std::launch::async, [&path, &stop] { return hashFile(path, &stop); });
    OpenedBundle bundle = openUnhashed(path, options);
    stop = bundle.cancelled;
    auto sha = fileHash.get();
    if (!sha) {
        if (bundle.cancelled)
            return bundle;
        // Unreadable: that says it all, as before anything else was checked.
        OpenedBundle failed;
        failed.report.file = bundle.report.file;
        failed.report.verifiedAt = bundle.report.verifiedAt;
        failed.report.add(QStringLiteral("container"), failed.report.file, false, sha.error().message);
        return failed;
    }
    bundle.report.sha256 = sha.value();
    return bundle;
}

BundleReport BundleVerifier::verify(const QString& path, const VerifyOptions& options) {
    return open(path, options).report;
}

} // namespace mladesk::bundle
