#include "PdfRenderer.h"

#include "documents/DocumentFonts.h"
#include "documents/DocumentText.h"
#include "documents/DocumentTranslator.h"
#include "documents/PdfMetadata.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextOption>

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

void paintWatermark(QPainter& p, const Page& page, const QString& word, const QString& language) {
    p.save();
    p.setFont(documentFont(language, 96, true));
    // Opaque light grey under the text: PDF/A-1 allows no transparency.
    p.setPen(QColor(0xee, 0xdc, 0xdc));
    p.translate(page.full.center());
    p.rotate(-45);
    const qreal diagonal = std::hypot(page.full.width(), page.full.height());
    QTextOption option(Qt::AlignCenter);
    option.setWrapMode(QTextOption::NoWrap);
    p.drawText(QRectF(-diagonal / 2, -mm(25), diagonal, mm(50)), word, option);
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
    const int pages = document.pageCount();

    QPainter painter;
    if (!painter.begin(&writer))
        return Error{ErrorCode::Io, QStringLiteral("Could not start the PDF")};
    painter.setLayoutDirection(tr.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    const QString isolatedReference =
        tr.isRightToLeft() ? QChar(0x2068) + model.reference + QChar(0x2069) : model.reference;
    const QString reference = tr.text(QStringLiteral("Reference")) + QStringLiteral(": ") +
                              isolatedReference + QStringLiteral(" · ") + tr.text(QStringLiteral("Date")) +
                              QStringLiteral(": ") + tr.date(model.date);
    const QString identifier =
        tr.text(QStringLiteral("Document identifier")) + QStringLiteral(": ") + model.documentId;
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        if (result.draft)
            paintWatermark(painter, page, tr.text(QStringLiteral("DRAFT")), options.language);
        paintFrame(painter, page,
                   {reference, tr.text(QStringLiteral("Page %1 of %2")).arg(i + 1).arg(pages), identifier,
                    tr.text(model.titleKey)},
                   tr);
        painter.save();
        const QRectF slice(0, i * page.body.height(), page.body.width(), page.body.height());
        painter.translate(page.body.left(), page.body.top() - slice.top());
        painter.setClipRect(slice);
        QAbstractTextDocumentLayout::PaintContext context;
        // Lines that only touch the slice belong to the neighbouring page: drawn
        // here, they would be clipped away but stay in the text Poppler reads.
        context.clip = slice.adjusted(0, mm(0.5), 0, -mm(0.5));
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    if (!painter.end())
        return Error{ErrorCode::Io, QStringLiteral("Could not finish the PDF")};
    buffer.close();
    result.pageCount = pages;
    return result;
}

Result<RenderedDocument> PdfRenderer::renderToFile(const DocumentModel& model, const RenderOptions& options,
                                                   const QString& path) {
    Result<RenderedDocument> rendered = render(model, options);
    if (!rendered)
        return rendered;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(rendered->pdf) != rendered->pdf.size() ||
        !file.commit())
        return Error{ErrorCode::Io, QStringLiteral("Could not write %1: %2").arg(path, file.errorString())};
    return rendered;
}

} // namespace mladesk
