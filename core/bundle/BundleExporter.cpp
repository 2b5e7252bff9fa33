#include "BundleExporter.h"

#include "access/Session.h"
#include "bundle/ZipReader.h"
#include "error/CoreText.h"
#include "interchange/InterchangeFormat.h"
#include "storage/AttachmentStore.h"
#include "storage/ReferenceRepositories.h"
#include "storage/Register.h"
#include "storage/RequestTextRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <algorithm>
#include <memory>

namespace mladesk::bundle {

namespace {

const QStringList kExportable{QStringLiteral("approved"),     QStringLiteral("sent"),
                              QStringLiteral("acknowledged"), QStringLiteral("in-execution"),
                              QStringLiteral("executed"),     QStringLiteral("closed")};

} // namespace

QString BundleExporter::attachmentEntryName(const QString& fileName, QSet<QString>& taken) {
    QString clean;
    for (QChar c : fileName)
        clean += (c.unicode() < 0x20 || c.unicode() == 0x7f || c == u'/' || c == u'\\' || c == u':')
                     ? QChar(u'_')
                     : c;
    clean = clean.trimmed();
    if (clean.isEmpty() || clean == QLatin1String(".") || clean == QLatin1String(".."))
        clean = QStringLiteral("attachment");
    clean = clean.left(200);
    const QFileInfo info(clean);
    const QString base = info.completeBaseName().isEmpty() ? clean : info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() || info.completeBaseName().isEmpty()
                               ? QString()
                               : QStringLiteral(".") + info.suffix();
    QString name = QStringLiteral("attachments/") + clean;
    for (int n = 2; taken.contains(name.toCaseFolded()) || !zipNameProblem(name).isEmpty(); ++n) {
        name = QStringLiteral("attachments/%1 (%2)%3").arg(base).arg(n).arg(suffix);
        if (n > 10000)
            return QStringLiteral("attachments/attachment-%1").arg(taken.size());
    }
    taken.insert(name.toCaseFolded());
    return name;
}

Result<ExportPlan> BundleExporter::prepare(Session& session, const QString& idOrReference,
                                           const DocumentMaker& makeDocuments, Database* attachmentsDb) {
    if (auto st = session.require(Action::Export); !st)
        return st.error();
    auto documents = makeDocuments(session, idOrReference);
    if (!documents)
        return documents.error();
    const Request& request = documents->request;
    if (request.direction != QLatin1String("outgoing"))
        return makeError(
            ErrorCode::Conflict,
            text::Bundle::tr("%1 is an incoming request; only outgoing requests are sent as bundles.")
                .arg(request.reference));
    if (!kExportable.contains(request.status))
        return makeError(
            ErrorCode::Conflict,
            text::Bundle::tr("%1 is %2: only an approved request can be exported as a signed bundle. "
                           "Have a prosecutor approve it first.")
                .arg(request.reference, request.status));
    // Four eyes, whatever the status says: the approval on record, of this
    // content, by a prosecutor here who did not draft it.
    if (auto st = session.requireApprovalToSend(request); !st)
        return st.error();
    auto missing = session.checkCompleteness(request.id);
    if (!missing)
        return missing.error();
    if (!isComplete(missing.value()))
        return makeError(
            ErrorCode::Conflict,
            text::Bundle::tr("%1 is incomplete; run \"check %1\" for what its instrument still requires.")
                .arg(request.reference));

    ExportPlan plan;
    plan.requestId = request.id;
    plan.reference = request.reference;

    // The documents: every language the document is final in, rendered
    // while the bundle is written (on the writer's thread).
    plan.languages = documents->languages;
    QList<BundleSource> pdfs;
    for (const QString& language : plan.languages) {
        BundleSource pdf;
        pdf.name = QStringLiteral("request-%1.pdf").arg(language);
        pdf.mimeType = QStringLiteral("application/pdf");
        pdf.producer = [render = documents->render, language](QIODevice& sink) -> Status {
            auto rendered = render(language);
            if (!rendered)
                return rendered.error();
            if (rendered->draft)
                return makeError(
                    ErrorCode::Conflict,
                    text::Bundle::tr("The document in %1 came out as a DRAFT; nothing was exported.")
                        .arg(language));
            if (sink.write(rendered->pdf) != rendered->pdf.size())
                return makeError(ErrorCode::Io,
                                 text::Bundle::tr("Could not write the bundle: %1.").arg(sink.errorString()));
            return {};
        };
        pdfs << pdf;
    }
    if (plan.languages.isEmpty())
        return makeError(
            ErrorCode::Conflict,
            text::Bundle::tr("The document of %1 is not final in any language (its texts are not reviewed); "
                           "a bundle carries final documents only.")
                .arg(request.reference));

    // request.json: the request with what it refers to, in the interchange format.
    Database& db = session.database();
    InterchangeData data;
    Request carried = request;
    carried.links.clear(); // they name requests of this register only
    data.requests << carried;
    if (documents->kase)
        data.cases << *documents->kase;
    for (const auto& authority : {documents->requesting, documents->requested})
        if (authority && !authority->id.isEmpty())
            data.authorities << *authority;
    QSet<QString> states{request.requestingState, request.requestedState};
    for (const Authority& a : data.authorities)
        states.insert(a.state);
    for (const QString& code : states) {
        auto state = StateRepository(db).find(code);
        if (state)
            data.states << state.value();
    }
    auto texts = RequestTextRepository(db).find(request);
    if (!texts)
        return texts.error();
    if (!texts->isEmpty())
        data.texts.insert(request.id, texts.value());
    const QByteArray json = InterchangeFormat::write(data);
    plan.sources << BundleSource{
        QStringLiteral("request.json"), QStringLiteral("application/json"), json, {}, {}, json.size()};
    plan.sources << pdfs;

    // Attachments, decrypted while they are written into the container.
    auto attachments = AttachmentStore(db, session.registerFolder().attachmentsPath()).list(request.id);
    if (!attachments)
        return attachments.error();
    QSet<QString> taken;
    Database* source = attachmentsDb ? attachmentsDb : &db;
    const QString folder = session.registerFolder().attachmentsPath();
    for (const Attachment& a : attachments.value()) {
        if (!a.hasKey)
            continue; // purged: nothing left to send
        BundleSource s;
        s.name = attachmentEntryName(a.name, taken);
        s.mimeType = a.mediaType;
        s.size = a.size;
        const QString id = a.id;
        s.producer = [source, folder, id](QIODevice& sink) {
            return AttachmentStore(*source, folder).read(id, sink);
        };
        plan.sources << s;
        ++plan.attachments;
    }
    return plan;
}

Status BundleExporter::record(Session& session, const ExportPlan& plan, const WrittenBundle& written,
                              const BundleWriteOptions& options) {
    QStringList signers;
    for (const SigningIdentity* s : options.signers)
        signers << s->certificate().fingerprint.left(16);
    return session.record(QStringLiteral("bundle-export"), QStringLiteral("request:") + plan.requestId,
                          QStringLiteral("sha256 %1, documents %2, %3 attachment(s), signers %4%5")
                              .arg(written.sha256, plan.languages.join(u','))
                              .arg(plan.attachments)
                              .arg(signers.join(u','),
                                   options.encryptFor.isEmpty() ? QString() : QStringLiteral(", enveloped")));
}

Result<ExportedBundle> BundleExporter::exportRequest(Session& session, const QString& idOrReference,
                                                     const QString& outPath,
                                                     const BundleWriteOptions& options,
                                                     const DocumentMaker& makeDocuments) {
    auto plan = prepare(session, idOrReference, makeDocuments);
    if (!plan)
        return plan.error();
    auto written = BundleWriter::write(plan->sources, outPath, options);
    if (!written)
        return written.error();
    if (auto st = record(session, plan.value(), written.value(), options); !st) {
        QFile::remove(outPath);
        return st.error();
    }
    return ExportedBundle{written.value(), plan.value()};
}

} // namespace mladesk::bundle
