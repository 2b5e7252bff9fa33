#include "BundleImporter.h"

#include "error/CoreText.h"
#include "interchange/InterchangeFormat.h"
#include "services/TrustService.h"
#include "services/Workspace.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace mladesk::bundle {

namespace {

// Whether this signed request came in before, and as what: the same bundle
// file, the same request.json as the signed manifest lists it (whatever
// container carried it: zipped again, its manifest's URIs encoded otherwise),
// or the sender's same request id and reference. Read from the custody
// records of earlier imports, whose reports hold request_sha256 (since
// issue 15), request_id and reference. Empty when it is new; else the
// message that says so.
Result<QString> alreadyImported(TrustService& trust, const BundleReport& report) {
    auto earlier = trust.earlierImports(report.sha256, report.requestSha256, report.requestId);
    if (!earlier)
        return earlier.error();
    for (const EarlierImport& e : earlier.value()) {
        const QString& reference = e.reference;
        if (e.bundleSha256 == report.sha256)
            return text::Bundle::tr("This bundle was imported already, as %1.").arg(reference);
        const QJsonObject before = QJsonDocument::fromJson(e.report).object();
        if (!report.requestSha256.isEmpty() &&
            before.value(QStringLiteral("request_sha256")).toString() == report.requestSha256)
            return text::Bundle::tr(
                       "This request was imported already, as %1: the bundle carries the same signed "
                       "request.json (SHA-256 %2) in another file. Nothing was imported.")
                .arg(reference, report.requestSha256);
        if (!report.requestId.isEmpty() &&
            before.value(QStringLiteral("request_id")).toString() == report.requestId &&
            before.value(QStringLiteral("reference")).toString() == report.reference)
            return text::Bundle::tr(
                       "This request was imported already, as %1: the sender's request %2 (id %3) "
                       "came in before. Nothing was imported; record what changed on %1.")
                .arg(reference, report.reference, report.requestId);
    }
    return QString();
}

} // namespace

Result<ImportedBundle> BundleImporter::importBundle(Workspace& workspace, const QString& path,
                                                    const ImportOptions& options) {
    TrustService& trust = workspace.trust();
    auto stored = trust.trustedForImport();
    if (!stored)
        return stored.error();
    VerifyOptions verify;
    verify.trusted = stored.value();
    verify.trusted << options.alsoTrusted;
    verify.recipient = options.recipient;
    verify.limits = options.limits;
    verify.progress = options.progress;

    OpenedBundle bundle = BundleVerifier::open(path, verify);
    ImportedBundle result;
    result.report = bundle.report;
    if (bundle.cancelled)
        return makeError(ErrorCode::InvalidInput,
                         text::Bundle::tr("The import was cancelled; nothing was imported."));
    if (!bundle.report.verified() || !bundle.manifest || bundle.requestJson.isEmpty())
        return result;

    auto data = InterchangeFormat::read(bundle.requestJson);
    if (!data)
        return data.error();
    if (auto already = alreadyImported(trust, bundle.report); !already)
        return already.error();
    else if (!already->isEmpty())
        return makeError(ErrorCode::Conflict, already.value());

    const QDateTime now = QDateTime::currentDateTimeUtc();
    IncomingBundle incoming;
    Request& request = incoming.request;
    request = data->requests.first();
    incoming.senderReference = request.reference;
    request.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.reference =
        QStringLiteral("IN-%1-%2").arg(now.date().year()).arg(bundle.report.sha256.left(8).toUpper());
    request.direction = QStringLiteral("incoming");
    request.status = QStringLiteral("received");
    request.caseId.clear();
    request.links.clear();
    request.events = {RequestEvent{QStringLiteral("received"), now}};
    request.createdAt = now;
    request.updatedAt = now;
    incoming.texts = data->texts.value(data->requests.first().id);
    incoming.states = data->states;
    incoming.authorities = data->authorities;
    incoming.custody.bundleSha256 = bundle.report.sha256;
    incoming.custody.fileName = QFileInfo(path).fileName();
    incoming.custody.report = bundle.report.toJson();
    for (const SignerReport& s : bundle.report.signers)
        incoming.signers << s.certificate.fingerprint.left(16);
    // The PDFs and attachments, streamed from the ZIP into the register's
    // encrypted files, each digest checked again against the signed manifest.
    incoming.storeFiles = [&](const IncomingBundle::AddFile& add) -> Result<int> {
        int files = 0;
        qint64 total = 0;
        for (const ZipEntry& e : bundle.reader->entries())
            total += e.size;
        qint64 progressDone = 0;
        for (const DataObjectReference& o : bundle.manifest->objects) {
            if (options.progress && !options.progress(progressDone, total))
                return makeError(ErrorCode::InvalidInput,
                                 text::Bundle::tr("The import was cancelled; nothing was imported."));
            if (o.uri == QLatin1String("request.json"))
                continue;
            const ZipEntry* entry = bundle.reader->find(o.uri);
            if (!entry)
                return makeError(ErrorCode::InvalidInput,
                                 text::Bundle::tr("\"%1\" disappeared from the bundle.").arg(o.uri));
            auto device = bundle.reader->device(*entry);
            if (!device)
                return device.error();
            QString name = o.uri;
            if (name.startsWith(QLatin1String("attachments/")))
                name = name.mid(12);
            auto added = add(*device.value(), name);
            if (!added)
                return added.error().code == ErrorCode::Io && !device.value()->errorString().isEmpty()
                           ? makeError(ErrorCode::InvalidInput, device.value()->errorString())
                           : added.error();
            // Read again from the file: it must still be what was verified.
            if (added->sha256 != QString::fromLatin1(o.sha256.toHex()))
                return makeError(
                    ErrorCode::InvalidInput,
                    text::Bundle::tr("\"%1\" changed while it was imported (its SHA-256 no longer matches "
                                     "the signed manifest); nothing was imported.")
                        .arg(o.uri));
            ++files;
            progressDone += entry->size;
        }
        return files;
    };
    auto files = trust.receiveBundle(incoming);
    if (!files)
        return files.error();
    result.imported = true;
    result.attachments = files.value();
    result.requestId = request.id;
    result.reference = request.reference;
    return result;
}

} // namespace mladesk::bundle
