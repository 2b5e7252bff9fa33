#include "DocumentScenarios.h"

#include "BenchWork.h"
#include "documents/DocumentModelBuilder.h"
#include "documents/PdfRenderer.h"
#include "documents/RequestDocument.h"
#include "services/Session.h"
#include "services/Workspace.h"

namespace mladesk::bench {

namespace {

class PdfScenario : public Scenario {
public:
    PdfScenario(const BenchWork& work, bool bilingual)
        : m_work(work)
        , m_bilingual(bilingual) {}
    Status setUp() override {
        auto in = m_work.signedIn();
        if (!in)
            return in.error();
        m_register = std::move(in->access);
        m_workspace = in->workspace;
        return {};
    }
    Status run(int) override {
        const BenchSamples& s = m_work.samples();
        auto input = requestDocumentInput(*m_workspace, s.pdfRequestId);
        if (!input)
            return input.error();
        RenderOptions options;
        options.language = s.pdfLanguage;
        if (m_bilingual)
            options.secondLanguage = s.pdfSecondLanguage;
        auto rendered = PdfRenderer::render(buildDocumentModel(input.value()), options);
        if (!rendered)
            return rendered.error();
        const int expected = m_bilingual ? s.pdfBilingualPages : s.pdfPages;
        if (!m_bilingual && rendered->pageCount != 4)
            return makeError(ErrorCode::Conflict, QStringLiteral("The document of %1 has %2 pages, not 4.")
                                                      .arg(s.pdfReference)
                                                      .arg(rendered->pageCount));
        notes.insert(QStringLiteral("pages"), rendered->pageCount);
        notes.insert(QStringLiteral("pages_expected"), expected);
        notes.insert(QStringLiteral("request"), s.pdfReference);
        notes.insert(QStringLiteral("instrument"), s.pdfInstrument);
        notes.insert(QStringLiteral("languages"),
                     m_bilingual ? s.pdfLanguage + QLatin1Char('+') + s.pdfSecondLanguage : s.pdfLanguage);
        notes.insert(QStringLiteral("bytes"), qint64(rendered->pdf.size()));
        return {};
    }

private:
    const BenchWork& m_work;
    bool m_bilingual;
    std::unique_ptr<RegisterAccess> m_register;
    Workspace* m_workspace = nullptr;
};

} // namespace

QList<ScenarioInfo> documentScenarios() {
    ScenarioInfo single;
    single.name = QStringLiteral("pdf-4-page");
    single.description = QStringLiteral("render a 4-page request document (PDF/A-1b)");
    single.targetMs = 150;
    single.make = [](const BenchWork& w) {
        return std::make_unique<PdfScenario>(w, false);
    };
    ScenarioInfo bilingual;
    bilingual.name = QStringLiteral("pdf-4-page-bilingual");
    bilingual.description = QStringLiteral("the same document bilingual, side by side");
    bilingual.make = [](const BenchWork& w) {
        return std::make_unique<PdfScenario>(w, true);
    };
    return {single, bilingual};
}

} // namespace mladesk::bench
