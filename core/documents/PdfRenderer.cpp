#include "PdfRenderer.h"

#include "documents/DocumentFonts.h"
#include "documents/DocumentText.h"
#include "documents/DocumentTranslator.h"
#include "documents/PdfMetadata.h"
#include "documents/PdfUnicodeMap.h"
#include "error/FileError.h"
#include "security/OwnerOnlyFile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextOption>
#include <cmath>

namespace mladesk {

namespace {

constexpr int kResolution = 300;

qreal mm(qreal millimetres) {
    return millimetres * kResolution / 25.4;
}

struct Page {
    QRectF full;   // the paint rectangle inside the margins, in device pixels
    QRectF header; // reference, date, page X of Y
    QRectF body;
    QRectF footer; // document identifier, title
};

Page pageGeometry(const QPdfWriter& writer) {
    const QRectF full = QRectF(writer.pageLayout().paintRectPixels(kResolution)).translated(0, 0);
    Page page;
    page.full = QRectF(0, 0, full.width(), full.height());
    page.header = QRectF(0, 0, full.width(), mm(9));
    page.footer = QRectF(0, full.height() - mm(8), full.width(), mm(8));
    page.body = QRectF(0, page.header.bottom() + mm(3), full.width(),
                       page.footer.top() - mm(3) - (page.header.bottom() + mm(3)));
    return page;
}

void drawText(QPainter& p, const QRectF& rect, const QString& text, Qt::Alignment align, bool rtl) {
    QTextOption option(align | Qt::AlignVCenter);
    option.setTextDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    option.setWrapMode(QTextOption::NoWrap);
    p.drawText(rect, QFontMetricsF(p.font(), p.device()).elidedText(text, Qt::ElideRight, rect.width()),
               option);
}

struct PageTexts {
    QString left;  // reference and date
    QString right; // page X of Y
    QString footerLeft;
    QString footerRight;
};

void paintFrame(QPainter& p, const Page& page, const PageTexts& texts, const DocumentTranslator& tr) {
    const bool rtl = tr.isRightToLeft();
    // Absolute: in a right-to-left option Qt would mirror AlignLeft and AlignRight again.
    const Qt::Alignment leading = Qt::AlignAbsolute | (rtl ? Qt::AlignRight : Qt::AlignLeft);
    const Qt::Alignment trailing = Qt::AlignAbsolute | (rtl ? Qt::AlignLeft : Qt::AlignRight);
    p.setPen(QColor(0x33, 0x33, 0x33));
    p.setFont(documentFont(tr.language(), 8));
    const qreal half = page.header.width() * 0.62;
    QRectF lead = page.header, trail = page.header;
    lead.setWidth(half);
    trail.setLeft(half);
    if (rtl) {
        lead.moveRight(page.header.right());
        trail.moveLeft(page.header.left());
        trail.setWidth(page.header.width() - half);
    }
    drawText(p, lead, texts.left, leading, rtl);
    drawText(p, trail, texts.right, trailing, rtl);
    p.setPen(QPen(QColor(0x88, 0x88, 0x88), mm(0.2)));
    p.drawLine(QPointF(0, page.header.bottom()), QPointF(page.header.width(), page.header.bottom()));
    p.drawLine(QPointF(0, page.footer.top()), QPointF(page.footer.width(), page.footer.top()));
    p.setPen(QColor(0x33, 0x33, 0x33));
    QRectF footLead = page.footer, footTrail = page.footer;
    footLead.setWidth(page.footer.width() * 0.45);
    footTrail.setLeft(page.footer.width() * 0.45);
    if (rtl) {
        footLead.moveRight(page.footer.right());
        footTrail.moveLeft(page.footer.left());
        footTrail.setWidth(page.footer.width() * 0.55);
    }
    drawText(p, footLead, texts.footerLeft, leading, rtl);
    drawText(p, footTrail, texts.footerRight, trailing, rtl);
}

// A horizontal band with the word in the top and in the bottom margin. Not a
// rotated diagonal: a PDF reader (and Poppler) takes rotated glyphs apart,
// while an upright word reads back as one word and stays searchable.
void paintDraftBands(QPainter& p, const Page& page, const QString& word, const QString& language) {
    p.save();
    p.setFont(documentFont(language, 11, true));
    const qreal height = mm(6);
    const QRectF bands[] = {QRectF(0, page.full.top() - mm(2) - height, page.full.width(), height),
                            QRectF(0, page.full.bottom() + mm(2), page.full.width(), height)};
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    for (const QRectF& band : bands) {
        // Opaque colours: PDF/A-1 allows no transparency.
        p.fillRect(band, QColor(0xf6, 0xe0, 0xe0));
        p.setPen(QColor(0xa4, 0x00, 0x00));
        const QRectF text = band.adjusted(mm(4), 0, -mm(4), 0);
        for (const Qt::Alignment align : {Qt::AlignLeft, Qt::AlignHCenter, Qt::AlignRight}) {
            option.setAlignment(Qt::AlignAbsolute | align | Qt::AlignVCenter);
            p.drawText(text, word, option);
        }
    }
    p.restore();
}

// The page a line of the paginated document is on: the one holding its middle.
int pageOfLine(const QRectF& block, const QTextLine& line, qreal pageHeight) {
    return int(std::floor((block.top() + line.y() + line.height() / 2) / pageHeight));
}

// Whether `block` breaks over pages where it must not. What must share a
// page: a heading with the line after it, a paragraph of up to four lines
// whole, the first two lines of a longer one (no single line left at the foot
// of a page).
bool breaksBadly(const QAbstractTextDocumentLayout& layout, const QTextBlock& block, qreal pageHeight) {
    const QRectF box = layout.blockBoundingRect(block); // lays the document out up to the block
    const QTextLayout* lines = block.layout();
    const int count = lines->lineCount();
    if (count == 0)
        return false;
    const int first = pageOfLine(box, lines->lineAt(0), pageHeight);
    if (block.blockFormat().headingLevel() > 0) {
        int last = pageOfLine(box, lines->lineAt(count - 1), pageHeight);
        if (const QTextBlock next = block.next(); next.isValid()) {
            const QRectF nextBox = layout.blockBoundingRect(next);
            if (next.layout()->lineCount() > 0)
                last = std::max(last, pageOfLine(nextBox, next.layout()->lineAt(0), pageHeight));
        }
        return last != first;
    }
    const int together = count <= 4 ? count : 2;
    return pageOfLine(box, lines->lineAt(together - 1), pageHeight) != first;
}

// Keeps headings and short paragraphs from breaking over two pages (see
// breaksBadly): split, they read badly, and a reader's extracted text runs
// through the page footer and header. Qt has no "keep together" or "keep
// with next", only a page break before a block or a frame; so a block that
// breaks badly gets one and the document is laid out again, until none does.
// A heading in a table breaks before the outermost table (a section of the
// side-by-side bilingual layout: both columns move). A block already at the
// top of a page is left as it is (it cannot do better), so the loop ends.
void keepTogether(QTextDocument& document, qreal pageHeight) {
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    const auto atPageTop = [&](qreal top) {
        return top - std::floor(top / pageHeight) * pageHeight <= mm(1);
    };
    // Each block and frame is moved to a new page at most once: a block that
    // still breaks badly after that (taller than a page, or held below the
    // page top by a margin) stays as it is, so the loop always ends.
    QSet<int> movedBlocks;
    QSet<const QTextFrame*> movedFrames;
    bool moved = true;
    while (moved) {
        moved = false;
        for (QTextBlock block = document.begin(); block.isValid() && !moved; block = block.next()) {
            if (movedBlocks.contains(block.blockNumber()) || !breaksBadly(*layout, block, pageHeight))
                continue;
            QTextFrame* frame = document.frameAt(block.position());
            if (frame != document.rootFrame() && block.blockFormat().headingLevel() > 0) {
                while (frame->parentFrame() != document.rootFrame())
                    frame = frame->parentFrame();
                if (movedFrames.contains(frame) || atPageTop(layout->frameBoundingRect(frame).top()))
                    continue;
                movedFrames.insert(frame);
                QTextFrameFormat format = frame->frameFormat();
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                frame->setFrameFormat(format);
            } else {
                movedBlocks.insert(block.blockNumber());
                if (atPageTop(layout->blockBoundingRect(block).top()))
                    continue;
                QTextBlockFormat format;
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                QTextCursor(block).mergeBlockFormat(format);
            }
            // Laid out again in full: after a format change, Qt 6.4 relays out only
            // part of a paginated document and leaves some later blocks without lines.
            document.markContentsDirty(0, document.characterCount());
            moved = true;
        }
    }
}

// Paints the part of the paginated document that falls on one page (`slice`,
// in document coordinates), drawing every line of text on exactly one page.
//
// QAbstractTextDocumentLayout::draw cannot be used per page: for a block that
// crosses a page boundary (in the body or in a table cell), QTextLayout::draw
// also draws the last line above the clip rectangle (Qt 6.4 keeps the index
// of the last line *before* the clip as the first line to draw). The
// painter's clip hides such lines, but their text stays in the PDF, so a
// reader extracts them twice, on the next page among its header. Instead, the
// document is paginated by Qt (setPageSize: a line that would cross a page
// end is moved to the next page, in paragraphs and table cells alike), and
// here each line is drawn by itself on the page that holds its middle. The
// decorations the document HTML uses are drawn alongside: block backgrounds
// (the section headings) and frame borders (the one-cell table around the
// draft notice), clipped to the page.
void paintBodySlice(QPainter& p, const QTextDocument& document, int page, const QRectF& slice,
                    qreal cssPixel) {
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    p.save();
    p.setClipRect(slice);
    QList<QTextFrame*> frames = document.rootFrame()->childFrames();
    while (!frames.isEmpty()) {
        QTextFrame* frame = frames.takeFirst();
        frames << frame->childFrames();
        const QTextFrameFormat format = frame->frameFormat();
        const QRectF box = layout->frameBoundingRect(frame);
        if (!box.intersects(slice))
            continue;
        if (format.background().style() != Qt::NoBrush)
            p.fillRect(box, format.background());
        if (format.border() > 0 && format.borderStyle() != QTextFrameFormat::BorderStyle_None) {
            const qreal width = format.border() * cssPixel;
            p.setPen(QPen(format.borderBrush(), width));
            p.setBrush(Qt::NoBrush);
            p.drawRect(box.adjusted(width / 2, width / 2, -width / 2, -width / 2));
        }
    }
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QRectF box = layout->blockBoundingRect(block);
        if (!box.intersects(slice))
            continue;
        if (const QBrush background = block.blockFormat().background(); background.style() != Qt::NoBrush)
            p.fillRect(box, background);
        const QTextLayout* lines = block.layout();
        for (int i = 0; i < lines->lineCount(); ++i) {
            const QTextLine line = lines->lineAt(i);
            if (pageOfLine(box, line, slice.height()) != page)
                continue;
            p.setPen(Qt::black); // the text colour unless the characters have their own
            line.draw(&p, box.topLeft());
        }
    }
    p.restore();
}

Result<void> checkLanguage(const QString& language) {
    if (!documentLanguages().contains(language))
        return Error{ErrorCode::InvalidInput,
                     QStringLiteral("No document language \"%1\"; the languages are %2")
                         .arg(language, documentLanguages().join(QStringLiteral(", ")))};
    const QString family = documentFontFamily(language);
    if (!QFontDatabase::families().contains(family))
        return Error{ErrorCode::Io, QStringLiteral("The font \"%1\" is not installed (Debian packages "
                                                   "fonts-noto-core and fonts-noto-cjk)")
                                        .arg(family)};
    return {};
}

} // namespace

Result<RenderedDocument> PdfRenderer::render(const DocumentModel& model, const RenderOptions& options) {
    for (const QString& language : {options.language, options.secondLanguage})
        if (!language.isEmpty())
            if (Result<void> ok = checkLanguage(language); !ok)
                return ok.error();
    if (options.secondLanguage == options.language)
        return Error{ErrorCode::InvalidInput,
                     QStringLiteral("A bilingual document needs two different languages")};

    const DocumentTranslator tr(options.language);
    const std::optional<DocumentTranslator> second =
        options.secondLanguage.isEmpty() ? std::nullopt
                                         : std::optional(DocumentTranslator(options.secondLanguage));

    RenderedDocument result;
    result.untranslated = untranslatedIn(model, options.language);
    result.draft = isDraftIn(model, options.language);
    if (second) {
        for (const QString& label : untranslatedIn(model, second->language()))
            if (!result.untranslated.contains(label))
                result.untranslated << label;
        result.draft = result.draft || isDraftIn(model, second->language());
    }
    result.title = tr.text(model.titleKey) + QStringLiteral(" — ") + model.reference;
    if (second)
        result.title = tr.text(model.titleKey) + QStringLiteral(" / ") + second->text(model.titleKey) +
                       QStringLiteral(" — ") + model.reference;

    QBuffer buffer(&result.pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(18, 12, 18, 12), QPageLayout::Millimeter));
    writer.setTitle(result.title);
    const QString author =
        model.issuingAuthority.isEmpty() ? QStringLiteral("MLA Desk") : model.issuingAuthority;
    writer.setCreator(author);
    writer.setDocumentXmpMetadata(pdfXmpMetadata(
        {result.title, author, options.language, options.secondLanguage, QDateTime::currentDateTimeUtc()}));
    const Page page = pageGeometry(writer);

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    document.setDefaultFont(documentFont(options.language, 10));
    QTextOption textOption;
    textOption.setTextDirection(tr.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document.setDefaultTextOption(textOption);
    document.setDocumentMargin(0);
    document.setHtml(documentHtml(model, tr, second ? &*second : nullptr, options.layout));
    document.setPageSize(page.body.size());
    keepTogether(document, page.body.height());
    const int pages = document.pageCount();
    // Never a PDF with text silently missing (see keepTogether).
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        document.documentLayout()->blockBoundingRect(block); // lays the block out
        if (block.layout()->lineCount() == 0 && !block.text().isEmpty())
            return Error{ErrorCode::Io, QStringLiteral("Could not lay out the document")};
    }

    QPainter painter;
    if (!painter.begin(&writer))
        return Error{ErrorCode::Io, QStringLiteral("Could not start the PDF")};
    painter.setLayoutDirection(tr.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    const QString isolatedReference =
        tr.isRightToLeft() ? QChar(0x2068) + model.reference + QChar(0x2069) : model.reference;
    const QString reference = tr.text(QStringLiteral("Reference")) + QStringLiteral(": ") +
                              isolatedReference + QStringLiteral(" · ") + tr.text(QStringLiteral("Date")) +
                              QStringLiteral(": ") + tr.date(model.date);
    // The identifier reads left to right in every document: isolated as such
    // (LRI … PDI), a leading group of digits ("1825-D3DD-…") would otherwise
    // move to the end in a right-to-left page.
    const QString identifier =
        tr.text(QStringLiteral("Document identifier")) + QStringLiteral(": ") +
        (tr.isRightToLeft() ? QChar(0x2066) + model.documentId + QChar(0x2069) : model.documentId);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        if (result.draft)
            paintDraftBands(painter, page, tr.text(QStringLiteral("DRAFT")), options.language);
        paintFrame(painter, page,
                   {reference, tr.text(QStringLiteral("Page %1 of %2")).arg(i + 1).arg(pages), identifier,
                    tr.text(model.titleKey)},
                   tr);
        painter.save();
        const QRectF slice(0, i * page.body.height(), page.body.width(), page.body.height());
        painter.translate(page.body.left(), page.body.top() - slice.top());
        paintBodySlice(painter, document, i, slice, writer.logicalDpiY() / 96.0);
        painter.restore();
    }
    if (!painter.end())
        return Error{ErrorCode::Io, QStringLiteral("Could not finish the PDF")};
    buffer.close();
    restoreIdeographsInToUnicode(result.pdf);
    result.pageCount = pages;
    return result;
}

Result<RenderedDocument> PdfRenderer::renderToFile(const DocumentModel& model, const RenderOptions& options,
                                                   const QString& path) {
    Result<RenderedDocument> rendered = render(model, options);
    if (!rendered)
        return rendered;
    QSaveFile file(path);
    if (!openOwnerOnly(file) || file.write(rendered->pdf) != rendered->pdf.size() || !commitSaved(file))
        return Error{ErrorCode::Io, QStringLiteral("Could not write %1: %2").arg(path, fileProblem(file))};
    return rendered;
}

} // namespace mladesk
