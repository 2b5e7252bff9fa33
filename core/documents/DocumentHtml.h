#pragma once

#include "documents/DocumentModel.h"
#include "documents/DocumentTranslator.h"

#include <QString>

namespace mladesk {

// How a bilingual document puts its two languages together.
enum class BilingualLayout {
    SideBySide,  // two columns per block: first language, second language
    Alternating, // each block in the first language, then in the second
};

// The body of a document as the HTML subset QTextDocument reads: title, the
// draft notice (missing elements, untranslated texts), parties, sections and
// signature blocks. With `second`, every block appears in both languages.
// Headers, footers and the DRAFT watermark are painted per page (PdfRenderer).
QString documentHtml(const DocumentModel& model, const DocumentTranslator& first,
                     const DocumentTranslator* second = nullptr,
                     BilingualLayout layout = BilingualLayout::SideBySide);

} // namespace mladesk
