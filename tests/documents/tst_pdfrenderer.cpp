// PdfRenderer (issue 5, items 1, 4, 5, 8): every instrument in every document
// language, read back with Poppler; the draft, bilingual and long-text paths.
// MLADESK_DOCUMENTS_OUT=DIR keeps the PDFs (the matrix, the draft, bilingual
// and long-text ones) for a look.
#include "DocumentSamples.h"
#include "PdfAChecklist.h"
#include "documents/DocumentText.h"
#include "documents/DocumentTranslator.h"
#include "documents/PdfRenderer.h"

#include <QDir>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <poppler-qt6.h>

using namespace mladesk;
using namespace mladesk::test;

namespace {

QString joined(const QStringList& pages) {
    return pages.join(u'\n');
}

bool rtl(const QString& language) {
    return language == QLatin1String("ar");
}

void verifyContains(const QString& pdfText, const QString& text, const char* what, bool rightToLeft = false) {
    if (!pdfTextContains(pdfText, text, rightToLeft))
        QFAIL(
            qPrintable(QStringLiteral("%1 \"%2\" not found in the PDF text").arg(QLatin1String(what), text)));
}

void keep(const QString& name, const QByteArray& pdf) {
    const QString out = qEnvironmentVariable("MLADESK_DOCUMENTS_OUT");
    if (out.isEmpty())
        return;
    QDir().mkpath(out);
    QFile file(out + u'/' + name + QStringLiteral(".pdf"));
    if (file.open(QIODevice::WriteOnly))
        file.write(pdf);
}

} // namespace

class TestPdfRenderer : public QObject {
    Q_OBJECT

private slots:
    void everyInstrumentInEveryLanguage_data();
    void everyInstrumentInEveryLanguage();
    void incompleteRequestIsDraftOnEveryPage();
    void untranslatedTextsMakeADraft();
    void bilingualSideBySide();
    void bilingualAlternating();
    void longFactsFlowOverPages();
    void writesFileAtomically();
    void refusesUnknownLanguage();
    void chineseCopiesOutAsIdeographs();
    void germanEpocTitlesAreTheOfficialOnes_data();
    void germanEpocTitlesAreTheOfficialOnes();
};

void TestPdfRenderer::everyInstrumentInEveryLanguage_data() {
    QTest::addColumn<QString>("instrument");
    QTest::addColumn<QString>("language");
    for (const QString& key : instrumentKeys())
        for (const QString& language : documentLanguages())
            QTest::addRow("%s-%s", qPrintable(key), qPrintable(language)) << key << language;
}

void TestPdfRenderer::everyInstrumentInEveryLanguage() {
    QFETCH(QString, instrument);
    QFETCH(QString, language);
    const DocumentModel model = buildDocumentModel(completeInput(instrument));
    QVERIFY2(!model.incomplete(), "the sample request must be complete for every instrument");

    const Result<RenderedDocument> rendered = PdfRenderer::render(model, {language, {}, {}});
    QVERIFY2(rendered.ok(), rendered.ok() ? "" : qPrintable(rendered.error().message));
    QVERIFY(!rendered->draft);
    QVERIFY(rendered->pdf.startsWith("%PDF-1.4"));
    keep(instrument + u'-' + language, rendered->pdf);

    std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(rendered->pdf);
    QVERIFY(pdf);
    const QStringList pages = pdfPageTexts(rendered->pdf);
    const int count = int(pages.size());
    QVERIFY(count >= 1);
    QCOMPARE(count, rendered->pageCount);

    const DocumentTranslator tr(language);
    const QString pageText = tr.text(QStringLiteral("Page %1 of %2"));
    for (int i = 0; i < count; ++i) {
        const QString& page = pages.at(i);
        verifyContains(page, pageText.arg(i + 1).arg(count), "page number", rtl(language));
        verifyContains(page, model.reference, "reference");
        verifyContains(page, model.documentId, "document identifier");
        QVERIFY(!comparable(page).contains(comparable(tr.text(QStringLiteral("DRAFT")))));
    }
    const QString all = joined(pages);
    verifyContains(all, tr.text(model.titleKey), "title", rtl(language));
    for (const DocumentSection& section : model.sections)
        verifyContains(all, tr.text(section.headingKey), "section heading", rtl(language));
    for (const SignatureBlock& block : model.signatures)
        verifyContains(all, tr.text(block.roleKey), "signature block", rtl(language));
    QVERIFY(!model.freeTexts.isEmpty());
    for (auto it = model.freeTexts.cbegin(); it != model.freeTexts.cend(); ++it) {
        const FreeTextInLanguage text = freeTextIn(model, it.key(), language);
        QVERIFY(text.final);
        verifyContains(all, text.text, "free text", rtl(language));
    }

    QCOMPARE(pdf->info(QStringLiteral("Title")), rendered->title);
    QVERIFY(rendered->title.contains(model.reference));
    QCOMPARE(pdf->info(QStringLiteral("Creator")), QStringLiteral("Staatsanwaltschaft Berlin"));
    QVERIFY(pdf->metadata().contains(QStringLiteral("<rdf:li>") + language + QStringLiteral("</rdf:li>")));
    QVERIFY(pdf->metadata().contains(QStringLiteral("pdfaid:part=\"1\"")));
    const QList<Poppler::FontInfo> fonts = pdf->fonts();
    QVERIFY(!fonts.isEmpty());
    for (const Poppler::FontInfo& font : fonts)
        QVERIFY2(font.isEmbedded(), qPrintable(font.name()));
    const QStringList violations = pdfA1bViolations(rendered->pdf);
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QStringLiteral("; "))));
}

void TestPdfRenderer::incompleteRequestIsDraftOnEveryPage() {
    DocumentInput input = completeInput(QStringLiteral("eio"));
    input.request.facts.clear();
    input.request.identifiers.clear();
    input.request.persons.clear();
    input.request.facts = QString(QStringLiteral("word ")).repeated(1200).trimmed(); // several pages
    input.request.necessity = QStringLiteral("short");
    const DocumentModel model = buildDocumentModel(input);
    QVERIFY(model.incomplete());

    const Result<RenderedDocument> rendered = PdfRenderer::render(model, {QStringLiteral("en"), {}, {}});
    QVERIFY(rendered.ok());
    keep(QStringLiteral("draft-eio-en"), rendered->pdf);
    QVERIFY(rendered->draft);
    const QStringList pages = pdfPageTexts(rendered->pdf);
    QVERIFY(pages.size() >= 2);
    QVERIFY(everyPageHasWord(rendered->pdf, QStringLiteral("DRAFT")));
    const QString& first = pages.front();
    verifyContains(first, QStringLiteral("This document is a draft and cannot be sent."), "draft notice");
    verifyContains(first, QStringLiteral("Missing or incomplete"), "missing list");
    for (const MissingItem& missing : model.missing) {
        verifyContains(first, missing.labelKey, "missing element");
        verifyContains(first, missing.article, "article of a missing element");
    }
    QCOMPARE(model.missing.size(), 2); // persons, necessity too vague
}

void TestPdfRenderer::untranslatedTextsMakeADraft() {
    DocumentInput input = completeInput(QStringLiteral("mla"));
    input.translations.remove(QStringLiteral("facts"));
    input.translations[QStringLiteral("offence")][QStringLiteral("fr")].status = QStringLiteral("draft");
    const DocumentModel model = buildDocumentModel(input);
    QVERIFY(!model.incomplete());

    const Result<RenderedDocument> english = PdfRenderer::render(model, {QStringLiteral("en"), {}, {}});
    QVERIFY(english.ok());
    QVERIFY(!english->draft);

    const Result<RenderedDocument> french = PdfRenderer::render(model, {QStringLiteral("fr"), {}, {}});
    QVERIFY(french.ok());
    keep(QStringLiteral("draft-mla-fr"), french->pdf);
    QVERIFY(french->draft);
    QCOMPARE(french->untranslated,
             QStringList({QStringLiteral("Summary of the facts"), QStringLiteral("Offence")}));
    const DocumentTranslator tr(QStringLiteral("fr"));
    const QStringList pages = pdfPageTexts(french->pdf);
    QVERIFY(everyPageHasWord(french->pdf, tr.text(QStringLiteral("DRAFT"))));
    const QString& first = pages.front();
    verifyContains(first, tr.text(QStringLiteral("Not yet translated into this language")),
                   "untranslated list");
    verifyContains(first, tr.text(QStringLiteral("Summary of the facts")), "untranslated facts");
    // The untranslated facts are printed in the source language, the draft translation as it is.
    verifyContains(joined(pages), input.request.facts, "source facts");
    verifyContains(joined(pages), QStringLiteral("OFFENCE-fr"), "draft translation");
}

void TestPdfRenderer::bilingualSideBySide() {
    const DocumentModel model = buildDocumentModel(completeInput(QStringLiteral("epoc")));
    const Result<RenderedDocument> rendered =
        PdfRenderer::render(model, {QStringLiteral("en"), QStringLiteral("ar"), BilingualLayout::SideBySide});
    QVERIFY(rendered.ok());
    keep(QStringLiteral("bilingual-epoc-en-ar"), rendered->pdf);
    QVERIFY(!rendered->draft);
    // English in the left column, Arabic in the right one, each read down its column.
    const QString left = joined(pdfColumnTexts(rendered->pdf, 0));
    const QString right = joined(pdfColumnTexts(rendered->pdf, 1));
    const DocumentTranslator en(QStringLiteral("en")), ar(QStringLiteral("ar"));
    for (const DocumentSection& section : model.sections) {
        verifyContains(left, en.text(section.headingKey), "first-language heading");
        verifyContains(right, ar.text(section.headingKey), "second-language heading", true);
    }
    verifyContains(left, freeTextIn(model, QStringLiteral("facts"), QStringLiteral("en")).text,
                   "English facts");
    verifyContains(right, freeTextIn(model, QStringLiteral("facts"), QStringLiteral("ar")).text,
                   "Arabic facts", true);
    QVERIFY(!comparable(left).contains(QStringLiteral("FACTSar")));
    QVERIFY(!comparable(right).contains(comparable(QStringLiteral("FACTS Between"))));
    QVERIFY(rendered->title.contains(QStringLiteral(" / ")));
    std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(rendered->pdf);
    QVERIFY(pdf->metadata().contains(QStringLiteral("<rdf:li>ar</rdf:li>")));
    const QStringList violations = pdfA1bViolations(rendered->pdf);
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QStringLiteral("; "))));
}

void TestPdfRenderer::bilingualAlternating() {
    const DocumentModel model = buildDocumentModel(completeInput(QStringLiteral("budapest-29")));
    const Result<RenderedDocument> rendered = PdfRenderer::render(
        model, {QStringLiteral("fr"), QStringLiteral("zh"), BilingualLayout::Alternating});
    QVERIFY(rendered.ok());
    keep(QStringLiteral("bilingual-budapest-29-fr-zh"), rendered->pdf);
    const QString all = joined(pdfPageTexts(rendered->pdf));
    const DocumentTranslator fr(QStringLiteral("fr")), zh(QStringLiteral("zh"));
    verifyContains(all, fr.text(model.titleKey), "French title");
    verifyContains(all, zh.text(model.titleKey), "Chinese title");
    verifyContains(all, QStringLiteral("FACTS-fr"), "French facts");
    verifyContains(all, freeTextIn(model, QStringLiteral("facts"), QStringLiteral("zh")).text,
                   "Chinese facts");
    // Alternating: the French facts come before the Chinese ones.
    QVERIFY(all.indexOf(QStringLiteral("FACTS-fr")) < all.indexOf(QStringLiteral("FACTS-zh")));
}

void TestPdfRenderer::longFactsFlowOverPages() {
    DocumentInput input = completeInput(QStringLiteral("mla"));
    QStringList words;
    for (int i = 1; i <= 2500; ++i)
        words << QStringLiteral("W%1").arg(i, 4, 10, QLatin1Char('0'));
    input.request.facts = words.join(u' ');
    const DocumentModel model = buildDocumentModel(input);
    const Result<RenderedDocument> rendered = PdfRenderer::render(model, {QStringLiteral("en"), {}, {}});
    QVERIFY(rendered.ok());
    keep(QStringLiteral("long-facts-mla-en"), rendered->pdf);
    QVERIFY(rendered->pageCount >= 2);
    const QString all = joined(pdfPageTexts(rendered->pdf));
    qsizetype at = 0;
    for (const QString& word : words) {
        const qsizetype found = all.indexOf(word, at);
        QVERIFY2(found >= 0, qPrintable(word + QStringLiteral(" lost or out of order")));
        // Once only: a line at a page break is drawn on one page, not also
        // (clipped, yet in the text) on the next.
        QVERIFY2(all.indexOf(word, found + 1) < 0, qPrintable(word + QStringLiteral(" twice")));
        at = found + word.size();
    }
}

void TestPdfRenderer::writesFileAtomically() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("request-fr.pdf"));
    const DocumentModel model = buildDocumentModel(completeInput(QStringLiteral("2ap-7")));
    const Result<RenderedDocument> rendered =
        PdfRenderer::renderToFile(model, {QStringLiteral("fr"), {}, {}}, path);
    QVERIFY(rendered.ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), rendered->pdf);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("request-fr.pdf")});

    const Result<RenderedDocument> refused = PdfRenderer::renderToFile(
        model, {QStringLiteral("fr"), {}, {}}, dir.filePath(QStringLiteral("no/such/x.pdf")));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Io);
}

void TestPdfRenderer::refusesUnknownLanguage() {
    const DocumentModel model = buildDocumentModel(completeInput(QStringLiteral("mla")));
    const Result<RenderedDocument> klingon = PdfRenderer::render(model, {QStringLiteral("tlh"), {}, {}});
    QVERIFY(!klingon.ok());
    QCOMPARE(klingon.error().code, ErrorCode::InvalidInput);
    const Result<RenderedDocument> same =
        PdfRenderer::render(model, {QStringLiteral("fr"), QStringLiteral("fr"), {}});
    QVERIFY(!same.ok());
}

// Noto CJK draws 一 and the Kangxi radical ⼀ with one glyph, and Qt's PDF
// writer named the glyph by the radical: the text copied out of a Chinese
// document was not the text written (PdfUnicodeMap.h). Read back without
// NFKC, as a prosecutor's copy and paste or search would.
void TestPdfRenderer::chineseCopiesOutAsIdeographs() {
    DocumentInput input = completeInput(QStringLiteral("mla"));
    // 一 人 日 月 大 水 心 言 门 页 (radicals U+2F00… and the supplement's ⻚ U+2EDA, ⻔ U+2ED4).
    const QString facts = QStringLiteral("嫌疑人一月十日在大门口用手机言语威胁他人，见第一页与水心路。");
    input.translations[QStringLiteral("facts")][QStringLiteral("zh")] = {facts, QStringLiteral("reviewed")};
    const DocumentModel model = buildDocumentModel(input);
    const Result<RenderedDocument> rendered = PdfRenderer::render(model, {QStringLiteral("zh"), {}, {}});
    QVERIFY(rendered.ok());
    keep(QStringLiteral("ideographs-zh"), rendered->pdf);
    QString text = joined(pdfPageTexts(rendered->pdf));
    QStringList radicals;
    for (const QChar c : std::as_const(text))
        if (c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF)
            radicals << QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
    QVERIFY2(radicals.isEmpty(), qPrintable(radicals.join(u' ')));
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    QVERIFY2(text.contains(facts), qPrintable(text.left(400)));
    // The rewrite kept the file whole: offsets, cross-reference table, PDF/A.
    const QStringList violations = pdfA1bViolations(rendered->pdf);
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QStringLiteral("; "))));
}

// Regulation (EU) 2023/1543, Annex I and II in German: "Bescheinigung über
// eine Europäische Herausgabeanordnung (EPOC)", "Bescheinigung über eine
// Europäische Sicherungsanordnung (EPOC-PR)", not "Zertifikat" (issue 17, 4).
void TestPdfRenderer::germanEpocTitlesAreTheOfficialOnes_data() {
    QTest::addColumn<QString>("instrument");
    QTest::addColumn<QString>("title");
    QTest::newRow("EPOC, Annex I") << "epoc"
                                   << "Bescheinigung über eine Europäische Herausgabeanordnung";
    QTest::newRow("EPOC-PR, Annex II") << "epoc-pr"
                                       << "Bescheinigung über eine Europäische Sicherungsanordnung";
}
void TestPdfRenderer::germanEpocTitlesAreTheOfficialOnes() {
    QFETCH(QString, instrument);
    QFETCH(QString, title);
    const DocumentModel model = buildDocumentModel(completeInput(instrument));
    const Result<RenderedDocument> rendered = PdfRenderer::render(model, {QStringLiteral("de"), {}, {}});
    QVERIFY2(rendered.ok(), rendered.ok() ? "" : qPrintable(rendered.error().message));
    const QString all = joined(pdfPageTexts(rendered->pdf));
    verifyContains(all, title, "official German title");
    QVERIFY(!comparable(all).contains(comparable(QStringLiteral("Zertifikat"))));
}

QTEST_MAIN(TestPdfRenderer)
#include "tst_pdfrenderer.moc"
