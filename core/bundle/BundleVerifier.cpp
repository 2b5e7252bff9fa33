#include "BundleVerifier.h"

#include "bundle/CmsVerifier.h"
#include "bundle/Envelope.h"
#include "bundle/OpenSsl.h"
#include "domain/DisplayNames.h"
#include "error/CoreText.h"
#include "interchange/InterchangeFormat.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <atomic>
#include <future>

namespace mladesk::bundle {

namespace {

const QString kRequestJson = QStringLiteral("request.json");
const QString kMetaInf = QStringLiteral("META-INF/");

// ETSI EN 319 162-1 (A.1): the CAdES signature files of an ASiC-E container
// are META-INF/*signature*.p7s. MLA Desk writes META-INF/signature.p7s; EU
// DSS writes META-INF/signature001.p7s.
bool isSignatureName(const QString& name) {
    if (!name.startsWith(kMetaInf) || !name.endsWith(QLatin1String(".p7s")))
        return false;
    const QString file = name.mid(kMetaInf.size());
    return !file.contains(u'/') && file.contains(QLatin1String("signature"));
}

// What another producer put in META-INF besides the manifest and the one
// signature file, said as what MLA Desk does not support.
QString unsupportedMetaInf(const QString& name) {
    const QString file = name.mid(kMetaInf.size());
    if (file.startsWith(QLatin1String("ASiCArchiveManifest")))
        return text::BundleReport::tr(
                   "\"%1\" is an archive manifest (long-term archive time-stamps, as in CAdES "
                   "B-LTA): archive manifests are not supported, so the bundle cannot be verified")
            .arg(name);
    if (file.endsWith(QLatin1String(".tst")) || file.contains(QLatin1String("timestamp")))
        return text::BundleReport::tr("\"%1\" is a time-stamp token: time-stamps in the container are not "
                                      "supported, so the bundle cannot be verified")
            .arg(name);
    if (file.startsWith(QLatin1String("ASiCManifest")))
        return text::BundleReport::tr(
                   "\"%1\" is a second manifest (for another signature or a time-stamp): several "
                   "manifests are not supported, so the bundle cannot be verified")
            .arg(name);
    return text::BundleReport::tr(
               "\"%1\" is in META-INF but is neither the manifest nor the signature: it is not "
               "supported, so the bundle cannot be verified")
        .arg(name);
}

// Every check so far passed and there is a signer: only then is the
// request itself read (a report of any other bundle says why without it).
bool holdsSoFar(const BundleReport& report) {
    return !report.signers.isEmpty() && report.failures().isEmpty();
}

void verifyOpened(OpenedBundle& bundle, const VerifyOptions& options) {
    BundleReport& report = bundle.report;
    ZipReader& reader = *bundle.reader;
    const BundleLimits& limits = options.limits;
    report.add(QStringLiteral("container"), {}, true,
               text::BundleReport::tr("ASiC-E container: %1 file(s), \"mimetype\" first and stored")
                   .arg(reader.entries().size()));

    // The manifest and the signature over it.
    const ZipEntry* manifestEntry = reader.find(QLatin1String(kManifestName));
    if (!manifestEntry) {
        report.add(QStringLiteral("manifest"), QLatin1String(kManifestName), false,
                   text::BundleReport::tr("the bundle has no %1: nothing says what was signed")
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
    if (!isSignatureName(manifest->sigReference)) {
        report.add(
            QStringLiteral("manifest"), QLatin1String(kManifestName), false,
            text::BundleReport::tr("the manifest refers to \"%1\", which is not a CAdES signature file "
                                   "(META-INF/*signature*.p7s)")
                .arg(manifest->sigReference));
        return;
    }
    for (const DataObjectReference& o : manifest->objects) {
        if (o.uri == QLatin1String("mimetype") || o.uri.startsWith(kMetaInf)) {
            report.add(
                QStringLiteral("manifest"), QLatin1String(kManifestName), false,
                text::BundleReport::tr("the manifest lists \"%1\", which is not a data object").arg(o.uri));
            return;
        }
        if (const QString problem = zipNameProblem(o.uri); !problem.isEmpty()) {
            report.add(QStringLiteral("manifest"), QLatin1String(kManifestName), false, problem);
            return;
        }
    }
    report.add(QStringLiteral("manifest"), QLatin1String(kManifestName), true,
               text::BundleReport::tr("ETSI ASiCManifest listing %1 data object(s) with SHA-256 digests")
                   .arg(manifest->objects.size()));
    bundle.manifest = manifest.value();
    const QString signatureName = manifest->sigReference;
    bundle.signatureName = signatureName;

    // One signature file (with one SignerInfo per signer). Several
    // signature files, each over its own manifest, are not supported.
    QStringList signatureFiles;
    for (const ZipEntry& e : reader.entries())
        if (isSignatureName(e.name))
            signatureFiles << e.name;
    if (signatureFiles.size() > 1)
        report.add(
            QStringLiteral("signature"), signatureFiles.join(QStringLiteral(", ")), false,
            text::BundleReport::tr("the bundle has several signature files (%1), each over its own manifest: "
                                   "several signature files are not supported (several signers in one "
                                   "signature file are)")
                .arg(signatureFiles.join(QStringLiteral(", "))));

    const ZipEntry* signatureEntry = reader.find(signatureName);
    if (!signatureEntry) {
        report.add(QStringLiteral("signature"), signatureName, false,
                   text::BundleReport::tr("the bundle has no signature (%1)").arg(signatureName));
    } else if (auto signature = reader.readAll(*signatureEntry, limits.maxSignatureSize); !signature) {
        report.add(QStringLiteral("signature"), signatureName, false, signature.error().message);
    } else {
        CmsVerifier::verify(signature.value(), manifestXml.value(), options.trusted, limits.maxSignatureSize,
                            limits.maxSigners, report,
                            options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc(),
                            signatureName);
    }
    // request.json is kept to be read only when the signature verified and
    // every signer is trusted; otherwise it is only hashed.
    const bool signatureHolds = holdsSoFar(report);

    // Every listed object present with its digest; nothing else.
    qint64 total = 0;
    for (const ZipEntry& e : reader.entries())
        total += e.size;
    qint64 done = 0;
    QSet<QString> listed;
    bool haveRequest = false;
    for (const DataObjectReference& o : manifest->objects) {
        listed.insert(o.uri);
        const ZipEntry* entry = reader.find(o.uri);
        if (!entry) {
            report.add(QStringLiteral("missing"), o.uri, false,
                       text::BundleReport::tr(
                           "\"%1\" is listed in the signed manifest but is not in the bundle (removed or "
                           "renamed after signing)")
                           .arg(o.uri));
            continue;
        }
        ossl::Sha256 hash;
        QByteArray small;
        const bool keep = o.uri == kRequestJson && signatureHolds;
        const Status read = reader.read(*entry, [&](const char* data, qint64 n) -> Status {
            hash.add(data, n);
            if (keep) {
                if (small.size() + n > limits.maxJsonSize)
                    return makeError(
                        ErrorCode::InvalidInput,
                        text::Bundle::tr("request.json is larger than %1 bytes").arg(limits.maxJsonSize));
                small.append(data, n);
            }
            done += n;
            if (options.progress && !options.progress(done, total)) {
                bundle.cancelled = true;
                return makeError(ErrorCode::InvalidInput, text::Bundle::tr("Cancelled."));
            }
            return {};
        });
        if (bundle.cancelled) {
            report.add(QStringLiteral("digest"), o.uri, false,
                       text::BundleReport::tr("verification was cancelled"));
            return;
        }
        if (!read) {
            report.add(QStringLiteral("digest"), o.uri, false, read.error().message);
            continue;
        }
        const bool match = hash.result() == o.sha256;
        report.add(QStringLiteral("digest"), o.uri, match,
                   match ? text::BundleReport::tr("SHA-256 matches the manifest")
                         : text::BundleReport::tr(
                               "the content of \"%1\" differs from what was signed (SHA-256 mismatch): it "
                               "was changed after signing")
                               .arg(o.uri));
        if (match && o.uri == kRequestJson)
            report.requestSha256 = QString::fromLatin1(o.sha256.toHex());
        if (match && keep) {
            bundle.requestJson = small;
            haveRequest = true;
        }
    }
    for (const ZipEntry& e : reader.entries()) {
        if (e.name == QLatin1String("mimetype") || e.name == QLatin1String(kManifestName) ||
            e.name == signatureName || listed.contains(e.name))
            continue;
        if (e.name.startsWith(kMetaInf)) {
            if (!isSignatureName(e.name)) // several signature files: said above
                report.add(QStringLiteral("signature"), e.name, false, unsupportedMetaInf(e.name));
            continue;
        }
        report.add(QStringLiteral("unlisted"), e.name, false,
                   text::BundleReport::tr(
                       "\"%1\" is in the bundle but not in the signed manifest: it was added or renamed "
                       "after signing")
                       .arg(e.name));
    }

    // The request itself: read only from a bundle that verified so far.
    if (!listed.contains(kRequestJson)) {
        report.add(QStringLiteral("request"), kRequestJson, false,
                   text::BundleReport::tr("the bundle has no signed request.json"));
    } else if (!holdsSoFar(report) || !haveRequest) {
        bundle.requestJson.clear();
        report.add(
            QStringLiteral("request"), kRequestJson, false,
            text::BundleReport::tr("request.json was not read: a request is read only from a bundle whose "
                                   "signature, signers and digests all verified (see the checks above)"));
    } else {
        auto data = InterchangeFormat::read(bundle.requestJson);
        if (!data) {
            report.add(QStringLiteral("request"), kRequestJson, false,
                       text::BundleReport::tr("request.json is not a valid interchange file: %1")
                           .arg(data.error().message));
            bundle.requestJson.clear();
        } else if (data->requests.size() != 1) {
            report.add(
                QStringLiteral("request"), kRequestJson, false,
                text::BundleReport::tr("request.json holds %1 requests, not one").arg(data->requests.size()));
            bundle.requestJson.clear();
        } else {
            report.requestId = data->requests.first().id;
            report.reference = data->requests.first().reference;
            report.add(QStringLiteral("request"), kRequestJson, true,
                       text::BundleReport::tr("request %1 (%2, %3)")
                           .arg(report.reference, displayName::instrument(data->requests.first().instrument),
                                displayName::direction(data->requests.first().direction).toLower()));
        }
    }
}

// stop, when set, ends the reading early (the result is then an error).
Result<QString> hashFile(const QString& path, const std::atomic<bool>* stop) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return makeError(ErrorCode::Io,
                         text::Bundle::tr("Could not read %1: %2.").arg(path, f.errorString()));
    ossl::Sha256 hash;
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    while (true) {
        if (stop && stop->load())
            return makeError(ErrorCode::InvalidInput, text::Bundle::tr("Cancelled."));
        const qint64 n = f.read(buffer.data(), buffer.size());
        if (n < 0)
            return makeError(ErrorCode::Io,
                             text::Bundle::tr("Could not read %1: %2.").arg(path, f.errorString()));
        if (n == 0)
            break;
        hash.add(buffer.constData(), n);
    }
    const QByteArray digest = hash.result();
    if (digest.isEmpty())
        return makeError(ErrorCode::Io,
                         text::Bundle::tr("OpenSSL could not compute the SHA-256 of %1.").arg(path));
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
            report.add(QStringLiteral("container"), report.file, false,
                       text::BundleReport::tr(
                           "the bundle is encrypted (a CMS envelope): open it with your own PKCS#12 "
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
