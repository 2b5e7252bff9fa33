// mladesk-cli render: a request's document as PDF (docs/documents.md).
#include "cli/Cli.h"
#include "cli/ExitCode.h"
#include "documents/DocumentTranslator.h"
#include "documents/PdfRenderer.h"
#include "documents/RequestDocument.h"
#include "services/AuditService.h"
#include "services/ReferenceService.h"

namespace mladesk::cli {

int Cli::render() {
    const QString out = m_parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usage(QStringLiteral("Give the file to write with --out FILE.pdf."));
    const QStringList languages = documentLanguages();
    const QString language = m_parser.value(QStringLiteral("lang"));
    const QString second = m_parser.value(QStringLiteral("bilingual"));
    for (const QString& code : {language, second})
        if (!code.isEmpty() && !languages.contains(code))
            return usage(QStringLiteral("Documents are written in %1; \"%2\" is not one of them.")
                             .arg(languages.join(u", "), code));
    if (auto st = openSession(); !st)
        return fail(st.error());
    auto input = requestDocumentInput(*m_workspace, m_positional.at(1));
    if (!input)
        return fail(input.error());
    RenderOptions options;
    if (language.isEmpty()) {
        auto catalogue = m_workspace->references().catalogue();
        if (!catalogue)
            return fail(catalogue.error());
        options.language = defaultDocumentLanguage(catalogue.value(), input->request);
    } else {
        options.language = language;
    }
    options.secondLanguage = second;
    auto rendered = PdfRenderer::renderToFile(buildDocumentModel(input.value()), options, out);
    if (!rendered)
        return fail(rendered.error());
    if (auto st = m_workspace->audit().record(
            QStringLiteral("render"), QStringLiteral("request:") + input->request.id,
            QStringLiteral("%1%2, %3 page(s)%4")
                .arg(options.language, second.isEmpty() ? QString() : QStringLiteral("+") + second)
                .arg(rendered->pageCount)
                .arg(rendered->draft ? QStringLiteral(", draft") : QString()));
        !st)
        return fail(st.error());
    m_out << "Wrote " << out << " (" << rendered->pageCount << " page(s), " << options.language
          << (second.isEmpty() ? QString() : QStringLiteral(" and ") + second) << ").\n";
    if (!rendered->draft)
        return kDone;
    m_err << "The document is a DRAFT: the request lacks what its instrument requires or its texts are not "
             "reviewed in this language";
    if (!rendered->untranslated.isEmpty())
        m_err << " (untranslated: " << rendered->untranslated.join(QStringLiteral(", ")) << ")";
    m_err << ". Run \"mladesk-cli check " << m_positional.at(1) << "\" for what is missing.\n";
    return kNegative;
}

} // namespace mladesk::cli
