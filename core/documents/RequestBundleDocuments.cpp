#include "RequestBundleDocuments.h"

#include "documents/DocumentText.h"
#include "documents/DocumentTranslator.h"
#include "documents/PdfRenderer.h"
#include "documents/RequestDocument.h"
#include "services/ReferenceService.h"
#include "services/Workspace.h"

#include <algorithm>
#include <memory>

namespace mladesk {

Result<bundle::BundleDocuments> requestBundleDocuments(Workspace& workspace, const QString& idOrReference) {
    auto input = requestDocumentInput(workspace, idOrReference);
    if (!input)
        return input.error();
    auto catalogue = workspace.references().catalogue();
    if (!catalogue)
        return catalogue.error();
    const Request& request = input->request;
    QStringList candidates{input->sourceLanguage, defaultDocumentLanguage(catalogue.value(), request)};
    for (const auto& byLanguage : input->translations)
        for (auto it = byLanguage.cbegin(); it != byLanguage.cend(); ++it)
            candidates << it.key();
    candidates.removeDuplicates();
    std::sort(candidates.begin(), candidates.end());
    const QStringList supported = documentLanguages();
    // Which languages are final is known from the model; the PDFs are
    // rendered while the bundle is written (on the writer's thread).
    const auto model = std::make_shared<const DocumentModel>(buildDocumentModel(input.value()));

    bundle::BundleDocuments documents;
    documents.request = request;
    documents.kase = input->kase;
    documents.requesting = input->requesting;
    documents.requested = input->requested;
    for (const QString& language : candidates)
        if (supported.contains(language) && !isDraftIn(*model, language))
            documents.languages << language;
    documents.render = [model](const QString& language) -> Result<bundle::RenderedDocument> {
        RenderOptions options;
        options.language = language;
        auto rendered = PdfRenderer::render(*model, options);
        if (!rendered)
            return rendered.error();
        return bundle::RenderedDocument{rendered->pdf, rendered->draft};
    };
    return documents;
}

} // namespace mladesk
