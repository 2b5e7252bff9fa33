#pragma once

#include "documents/DocumentHtml.h"
#include "documents/DocumentModel.h"
#include "error/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace mladesk {

struct RenderOptions {
    QString language = QStringLiteral("en"); // one of documentLanguages()
    QString secondLanguage;                  // empty: one language; else bilingual
    BilingualLayout layout = BilingualLayout::SideBySide;
};

struct RenderedDocument {
    QByteArray pdf;
    int pageCount = 0;
    bool draft = false;       // incomplete, or free texts not reviewed in the language(s)
    QString title;            // as in the PDF metadata
    QStringList untranslated; // label keys of free texts not final in the document language(s)
};

// Turns a document model into a PDF (docs/documents.md): PDF/A-1b, A4, Noto
// fonts embedded per language, real text, right to left for Arabic, pages
// with "reference · date · page X of Y" above and the document identifier
// below, a DRAFT watermark on every page of a draft. A pure function: safe to
// call from a worker thread while a QGuiApplication exists.
class PdfRenderer {
public:
    static Result<RenderedDocument> render(const DocumentModel& model, const RenderOptions& options);
    // Renders and writes atomically (QSaveFile): the file is complete or untouched.
    static Result<RenderedDocument> renderToFile(const DocumentModel& model, const RenderOptions& options,
                                                 const QString& path);
};

} // namespace mladesk
