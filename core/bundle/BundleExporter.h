#pragma once

#include "bundle/BundleDocuments.h"
#include "bundle/BundleWriter.h"
#include "error/Result.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace mladesk {
class Workspace;
} // namespace mladesk

namespace mladesk::bundle {

// What goes into a request's bundle, collected through the workspace's services.
struct ExportPlan {
    QString requestId;
    QString reference;
    QStringList languages; // of the PDFs, every language the document is final in
    // The receiving state (its name) and the languages it accepts for this
    // request (resources/states; the completeness check holds the rule).
    QString receivingState;
    QStringList acceptedLanguages;
    int attachments = 0;
    QList<BundleSource> sources; // request.json, request-LL.pdf..., attachments/...
};

struct ExportedBundle {
    WrittenBundle written;
    ExportPlan plan;
};

// A request as a signed bundle (DESIGN.md, "Bundles"; docs/bundle-format.md).
// Only an outgoing request that is approved (or further along: sent,
// acknowledged...) and complete is exported; its documents are rendered in
// every language they are final in (the request's own language and those
// with every free text reviewed), and none is a DRAFT.
//
// For a window: prepare() on the session's thread (reads the register and
// decides the languages; quick, records only the view of the request),
// BundleWriter::write() on a worker (renders the PDFs, decrypts, signs) with
// progress and cancel, then record() back on the session's thread. Ask
// prepare() for attachmentsOnWorker and the plan's sources decrypt the
// attachments on a connection of their own (TrustService::outgoingBundle).
// exportRequest() does all three in one call.
//
// makeDocuments reads the request through the workspace and makes its
// documents (requestBundleDocuments in mladesk_documents): the PDFs are
// rendered by the caller's code, this library needs no Qt Gui.
class BundleExporter {
public:
    static Result<ExportPlan> prepare(Workspace& workspace, const QString& idOrReference,
                                      const DocumentMaker& makeDocuments, bool attachmentsOnWorker = false);
    // The audit entry "bundle-export" (request, bundle SHA-256, languages,
    // attachments, signers' fingerprints).
    static Status record(Workspace& workspace, const ExportPlan& plan, const WrittenBundle& written,
                         const BundleWriteOptions& options);
    static Result<ExportedBundle> exportRequest(Workspace& workspace, const QString& idOrReference,
                                                const QString& outPath, const BundleWriteOptions& options,
                                                const DocumentMaker& makeDocuments);
    // A safe, unique entry name for an attachment's file name.
    static QString attachmentEntryName(const QString& fileName, QSet<QString>& taken);
};

} // namespace mladesk::bundle
