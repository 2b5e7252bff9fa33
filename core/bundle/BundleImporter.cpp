#include "BundleImporter.h"

#include "error/CoreText.h"

#include "access/Session.h"
#include "interchange/InterchangeFormat.h"
#include "storage/AttachmentStore.h"
#include "storage/Database.h"
#include "storage/ReferenceRepositories.h"
#include "storage/Register.h"
#include "storage/RequestRepository.h"
#include "storage/RequestTextRepository.h"
#include "storage/TrustStore.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace mladesk::bundle {

namespace {

Status addMissingReferences(Database& db, const InterchangeData& data) {
    for (const State& state : data.states) {
        if (StateRepository(db).find(state.code))
            continue;
        if (auto st = StateRepository(db).save(state); !st)
            return st;
    }
    for (const Authority& authority : data.authorities) {
        if (AuthorityRepository(db).find(authority.id))
            continue;
        if (auto st = AuthorityRepository(db).insert(authority); !st)
            return st;
    }
    return {};
}

// Whether this signed request came in before, and as what: the same bundle
// file, the same request.json as the signed manifest lists it (whatever
// container carried it: zipped again, its manifest's URIs encoded otherwise),
// or the sender's same request id and reference. Read from the custody
// records of earlier imports, whose reports hold request_sha256 (since
// issue 15), request_id and reference. Empty when it is new; else the
// message that says so.
Result<QString> alreadyImported(Database& db, const BundleReport& report) {
    auto query = db.prepare(
        QStringLiteral("SELECT r.reference, c.bundle_sha256, c.report FROM bundle_custody c "
                       "JOIN requests r ON r.id = c.request_id WHERE c.bundle_sha256 = ? "
                       "OR (? <> '' AND instr(c.report, ?) > 0) OR (? <> '' AND instr(c.report, ?) > 0) "
                       "ORDER BY c.id"));
    if (!query)
        return query.error();
    query->bind(1, report.sha256)
        .bind(2, report.requestSha256)
        .bind(3, report.requestSha256)
        .bind(4, report.requestId)
        .bind(5, report.requestId);
    while (true) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!row.value())
            return QString();
        const QString reference = query->text(0);
        if (query->text(1) == report.sha256)
            return text::Bundle::tr("This bundle was imported already, as %1.").arg(reference);
        const QJsonObject earlier = QJsonDocument::fromJson(query->text(2).toUtf8()).object();
        if (!report.requestSha256.isEmpty() &&
            earlier.value(QStringLiteral("request_sha256")).toString() == report.requestSha256)
            return text::Bundle::tr("This request was imported already, as %1: the bundle carries the same signed "
                       "request.json (SHA-256 %2) in another file. Nothing was imported.")
                .arg(reference, report.requestSha256);
        if (!report.requestId.isEmpty() &&
            earlier.value(QStringLiteral("request_id")).toString() == report.requestId &&
            earlier.value(QStringLiteral("reference")).toString() == report.reference)
            return text::Bundle::tr("This request was imported already, as %1: the sender's request %2 (id %3) "
                                  "came in before. Nothing was imported; record what changed on %1.")
                .arg(reference, report.reference, report.requestId);
    }
}

} // namespace

Result<ImportedBundle> BundleImporter::importBundle(Session& session, const QString& path,
                                                    const ImportOptions& options) {
    if (auto st = session.require(Action::Import); !st)
        return st.error();
    auto stored = TrustStore(session.database()).all();
    if (!stored)
        return stored.error();
    VerifyOptions verify;
    for (const TrustedCertificate& t : stored.value())
        verify.trusted << t.certificate;
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
    if (auto already = alreadyImported(session.database(), bundle.report); !already)
        return already.error();
    else if (!already->isEmpty())
        return makeError(ErrorCode::Conflict, already.value());

    const QDateTime now = QDateTime::currentDateTimeUtc();
    Request incoming = data->requests.first();
    const QString senderReference = incoming.reference;
    incoming.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    incoming.reference =
        QStringLiteral("IN-%1-%2").arg(now.date().year()).arg(bundle.report.sha256.left(8).toUpper());
    incoming.direction = QStringLiteral("incoming");
    incoming.status = QStringLiteral("received");
    incoming.caseId.clear();
    incoming.links.clear();
    incoming.events = {RequestEvent{QStringLiteral("received"), now}};
    incoming.createdAt = now;
    incoming.updatedAt = now;

    Database& db = session.database();
    AttachmentStore store(db, session.registerFolder().attachmentsPath());
    QStringList addedFiles;
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    const Status done = [&]() -> Status {
        if (auto st = addMissingReferences(db, data.value()); !st)
            return st;
        if (auto st = RequestRepository(db).insert(incoming); !st)
            return st;
        if (auto texts = data->texts.value(data->requests.first().id); !texts.isEmpty())
            if (auto st = RequestTextRepository(db).importTexts(incoming, texts, now); !st)
                return st;
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
            auto added = store.add(incoming.id, *device.value(), name);
            if (!added)
                return added.error().code == ErrorCode::Io && !device.value()->errorString().isEmpty()
                           ? makeError(ErrorCode::InvalidInput, device.value()->errorString())
                           : added.error();
            addedFiles << added->id;
            // Read again from the file: it must still be what was verified.
            if (added->sha256 != QString::fromLatin1(o.sha256.toHex()))
                return makeError(
                    ErrorCode::InvalidInput,
                    text::Bundle::tr("\"%1\" changed while it was imported (its SHA-256 no longer matches "
                                   "the signed manifest); nothing was imported.")
                        .arg(o.uri));
            ++result.attachments;
            progressDone += entry->size;
        }
        CustodyRecord custody{incoming.id,
                              bundle.report.sha256,
                              QFileInfo(path).fileName(),
                              bundle.report.toJson(),
                              session.user(),
                              now};
        if (auto st = CustodyStore(db).add(custody); !st)
            return st;
        QStringList signers;
        for (const SignerReport& s : bundle.report.signers)
            signers << s.certificate.fingerprint.left(16);
        return session.record(
            QStringLiteral("bundle-import"), QStringLiteral("request:") + incoming.id,
            QStringLiteral("reference %1, sender's reference %2, sha256 %3, %4 file(s), signers %5")
                .arg(incoming.reference, senderReference, bundle.report.sha256)
                .arg(result.attachments)
                .arg(signers.join(u',')));
    }();
    Status committed = done ? tx.value()->commit() : done;
    if (!committed) {
        tx.value().reset(); // rolls back
        for (const QString& id : addedFiles)
            store.discardFile(id);
        return committed.error();
    }
    result.imported = true;
    result.requestId = incoming.id;
    result.reference = incoming.reference;
    return result;
}

} // namespace mladesk::bundle
