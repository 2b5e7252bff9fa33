#include "BundleExporter.h"

#include "bundle/ZipReader.h"
#include "domain/DisplayNames.h"
#include "error/CoreText.h"
#include "interchange/InterchangeFormat.h"
#include "rules/Catalogue.h"
#include "services/DeadlineService.h"
#include "services/ReferenceService.h"
#include "services/RequestService.h"
#include "services/Session.h"
#include "services/TrustService.h"
#include "services/Workspace.h"

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

Result<ExportPlan> BundleExporter::prepare(Workspace& workspace, const QString& idOrReference,
                                           const DocumentMaker& makeDocuments, bool attachmentsOnWorker) {
    // Refused before the request is read (and its view recorded).
    if (auto st = workspace.session().require(Action::Export); !st)
        return st.error();
    auto documents = makeDocuments(workspace, idOrReference);
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
    if (auto st = workspace.requests().requireApprovalToSend(request); !st)
        return st.error();
    auto missing = workspace.deadlines().completeness(request.id);
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
    if (auto catalogue = workspace.references().catalogue())
        if (const StateProfile* state = catalogue->state(request.requestedState)) {
            plan.receivingState = displayName::catalogueText(state->name);
            plan.acceptedLanguages = state->acceptedLanguages(request.instrument, request.urgency);
        }
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
    auto records = workspace.trust().outgoingBundle(request, attachmentsOnWorker);
    if (!records)
        return records.error();
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
        auto state = workspace.references().findState(code);
        if (state)
            data.states << state.value();
    }
    if (!records->texts.isEmpty())
        data.texts.insert(request.id, records->texts);
    const QByteArray json = InterchangeFormat::write(data);
    plan.sources << BundleSource{
        QStringLiteral("request.json"), QStringLiteral("application/json"), json, {}, {}, json.size()};
    plan.sources << pdfs;

    // Attachments, decrypted while they are written into the container.
    QSet<QString> taken;
    for (const Attachment& a : records->attachments) {
        BundleSource s;
        s.name = attachmentEntryName(a.name, taken);
        s.mimeType = a.mediaType;
        s.size = a.size;
        s.producer = [read = records->readAttachment, id = a.id](QIODevice& sink) {
            return read(id, sink);
        };
        plan.sources << s;
        ++plan.attachments;
    }
    return plan;
}

Status BundleExporter::record(Workspace& workspace, const ExportPlan& plan, const WrittenBundle& written,
                              const BundleWriteOptions& options) {
    QStringList signers;
    for (const SigningIdentity* s : options.signers)
        signers << s->certificate().fingerprint.left(16);
    return workspace.trust().recordBundleExport(
        plan.requestId, QStringLiteral("sha256 %1, documents %2, %3 attachment(s), signers %4%5")
                            .arg(written.sha256, plan.languages.join(u','))
                            .arg(plan.attachments)
                            .arg(signers.join(u','),
                                 options.encryptFor.isEmpty() ? QString() : QStringLiteral(", enveloped")));
}

Result<ExportedBundle> BundleExporter::exportRequest(Workspace& workspace, const QString& idOrReference,
                                                     const QString& outPath,
                                                     const BundleWriteOptions& options,
                                                     const DocumentMaker& makeDocuments) {
    auto plan = prepare(workspace, idOrReference, makeDocuments);
    if (!plan)
        return plan.error();
    auto written = BundleWriter::write(plan->sources, outPath, options);
    if (!written)
        return written.error();
    if (auto st = record(workspace, plan.value(), written.value(), options); !st) {
        QFile::remove(outPath);
        return st.error();
    }
    return ExportedBundle{written.value(), plan.value()};
}

} // namespace mladesk::bundle
