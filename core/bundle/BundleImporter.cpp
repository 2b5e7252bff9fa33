#include "BundleImporter.h"

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
                         QStringLiteral("The import was cancelled; nothing was imported."));
    if (!bundle.report.verified() || !bundle.manifest || bundle.requestJson.isEmpty())
        return result;

    auto data = InterchangeFormat::read(bundle.requestJson);
    if (!data)
        return data.error();
    {
        auto already = session.database().prepare(
            QStringLiteral("SELECT r.reference FROM bundle_custody c JOIN requests r ON r.id = c.request_id "
                           "WHERE c.bundle_sha256 = ?"));
        if (!already)
            return already.error();
        already->bind(1, bundle.report.sha256);
        auto row = already->step();
        if (!row)
            return row.error();
        if (row.value())
            return makeError(
                ErrorCode::Conflict,
                QStringLiteral("This bundle was imported already, as %1.").arg(already->text(0)));
    }

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
                                 QStringLiteral("The import was cancelled; nothing was imported."));
            if (o.uri == QLatin1String("request.json"))
                continue;
            const ZipEntry* entry = bundle.reader->find(o.uri);
            if (!entry)
                return makeError(ErrorCode::InvalidInput,
                                 QStringLiteral("\"%1\" disappeared from the bundle.").arg(o.uri));
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
                    QStringLiteral("\"%1\" changed while it was imported (its SHA-256 no longer matches "
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
