#include "DocumentSamples.h"

#include "documents/DocumentTranslator.h"
#include "rules/Catalogue.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <poppler-qt6.h>

namespace mladesk::test {

const InstrumentRules& instrumentRules(const QString& key) {
    const InstrumentRules* found = Catalogue::shipped()->instrument(key);
    if (!found)
        qFatal("no instrument %s", qPrintable(key));
    return *found;
}

QStringList instrumentKeys() {
    QStringList keys;
    for (const InstrumentRules& rules : Catalogue::shipped()->instruments())
        keys << rules.key;
    return keys;
}

namespace {

// A phrase in each language before the marker, so that right-to-left and CJK
// text really is set and read back.
QString nativePhrase(const QString& language) {
    static const QHash<QString, QString> phrases{
        {QStringLiteral("fr"), QStringLiteral("Texte révisé en français :")},
        {QStringLiteral("de"), QStringLiteral("Geprüfte Übersetzung:")},
        {QStringLiteral("es"), QStringLiteral("Traducción revisada:")},
        {QStringLiteral("it"), QStringLiteral("Traduzione rivista:")},
        {QStringLiteral("pt"), QStringLiteral("Tradução revista:")},
        {QStringLiteral("nl"), QStringLiteral("Herziene vertaling:")},
        {QStringLiteral("pl"), QStringLiteral("Sprawdzone tłumaczenie:")},
        {QStringLiteral("ar"), QStringLiteral("ترجمة مراجعة للنص")},
        {QStringLiteral("ru"), QStringLiteral("Проверенный перевод:")},
        {QStringLiteral("zh"), QStringLiteral("经审核的译文")},
    };
    return phrases.value(language);
}

} // namespace

DocumentInput completeInput(const QString& instrument) {
    DocumentInput in;
    in.instrument = instrumentRules(instrument);
    Request& r = in.request;
    r.id = QStringLiteral("00000000-0000-4000-8000-0000000000f1");
    r.reference = QStringLiteral("OUT-2026-0100");
    r.direction = QStringLiteral("outgoing");
    r.instrument = instrument;
    r.caseId = QStringLiteral("00000000-0000-4000-8000-000000000c01");
    r.status = QStringLiteral("draft");
    r.requestingState = QStringLiteral("DE");
    r.requestingAuthorityId = QStringLiteral("00000000-0000-4000-8000-000000000001");
    r.requestedState = QStringLiteral("FR");
    r.requestedAuthorityId = QStringLiteral("00000000-0000-4000-8000-000000000002");
    r.serviceProvider = QStringLiteral("Northwind Mail Ltd");
    r.summary =
        QStringLiteral("SUMMARY Subscriber and traffic data of the account used for the phishing wave");
    r.facts =
        QStringLiteral("FACTS Between 3 and 28 January 2026 the suspect sent phishing e-mails to 2,300 "
                       "customers of Berlin savings banks from the account below and withdrew EUR 48,000.");
    r.offence = QStringLiteral("OFFENCE computer fraud and phishing");
    r.legalQualification = QStringLiteral("LEGAL Section 263a of the German Criminal Code (computer fraud)");
    r.assistanceSought =
        QStringLiteral("ASSISTANCE Disclose the subscriber data and the login IP addresses.");
    r.measures = {QStringLiteral("production of stored computer data")};
    r.identifiers = {{QStringLiteral("email"), QStringLiteral("heinrich.phish@mail.example")}};
    r.dateRanges = {{QDate(2026, 1, 1), QDate(2026, 1, 31)}};
    // Subscriber data, or what the instrument asks for instead (Budapest Art. 30: traffic data).
    const QStringList allowed = in.instrument.dataCategories;
    r.dataCategories = {allowed.isEmpty() || allowed.contains(QStringLiteral("subscriber"))
                            ? QStringLiteral("subscriber")
                            : allowed.first()};
    r.necessity =
        QStringLiteral("NECESSITY The data is necessary and proportionate: it is limited to one account "
                       "and one month, and there is no other way to identify the sender.");
    r.persons = {{QStringLiteral("Heinrich Zyxwvut"), QStringLiteral("suspect"), QDate(1988, 4, 2),
                  QStringLiteral("DE"), QStringLiteral("Berlin")}};
    r.procedures =
        QStringLiteral("PROCEDURES Please do not inform the account holder and certify the records.");
    r.purpose = QStringLiteral("PURPOSE To identify and prosecute the sender of the phishing e-mails.");

    in.kase = Case{r.caseId,
                   QStringLiteral("276 Js 1234/26"),
                   QStringLiteral("Phishing wave January 2026"),
                   {QStringLiteral("computer fraud")},
                   QStringLiteral("Dr. Anna Weber, Senior Public Prosecutor"),
                   {}};
    in.requesting = Authority{r.requestingAuthorityId,
                              QStringLiteral("DE"),
                              QStringLiteral("Staatsanwaltschaft Berlin"),
                              QStringLiteral("prosecution"),
                              {QStringLiteral("de")},
                              QStringLiteral("Europe/Berlin"),
                              QStringLiteral("cybercrime@sta-berlin.example"),
                              QStringLiteral("+49 30 9014 0"),
                              QStringLiteral("Turmstraße 91, 10559 Berlin")};
    in.requested = Authority{r.requestedAuthorityId,
                             QStringLiteral("FR"),
                             QStringLiteral("Parquet de Paris"),
                             QStringLiteral("prosecution"),
                             {QStringLiteral("fr")},
                             QStringLiteral("Europe/Paris"),
                             QStringLiteral("entraide@parquet-paris.example"),
                             QStringLiteral("+33 1 44 32 51 51"),
                             QStringLiteral("Parvis du Tribunal de Paris, 75017 Paris")};
    in.requestingStateName = QStringLiteral("Germany");
    in.requestedStateName = QStringLiteral("France");
    in.sourceLanguage = QStringLiteral("en");
    in.date = QDate(2026, 2, 9);
    const QStringList fields{QStringLiteral("summary"),           QStringLiteral("facts"),
                             QStringLiteral("offence"),           QStringLiteral("legal_qualification"),
                             QStringLiteral("assistance_sought"), QStringLiteral("necessity"),
                             QStringLiteral("procedures"),        QStringLiteral("purpose")};
    for (const QString& language : documentLanguages()) {
        if (language == in.sourceLanguage)
            continue;
        for (const QString& field : fields)
            in.translations[field][language] = {nativePhrase(language) + u' ' + field.toUpper() + u'-' +
                                                    language,
                                                QStringLiteral("reviewed")};
    }
    return in;
}

QStringList pdfPageTexts(const QByteArray& pdf) {
    QStringList pages;
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    if (!document || document->isLocked())
        return pages;
    for (int i = 0; i < document->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = document->page(i);
        pages << (page ? page->text(QRectF()) : QString());
    }
    return pages;
}

QStringList pdfColumnTexts(const QByteArray& pdf, int column) {
    QStringList pages;
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    if (!document || document->isLocked())
        return pages;
    for (int i = 0; i < document->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = document->page(i);
        if (!page) {
            pages << QString();
            continue;
        }
        const QSizeF size = page->pageSizeF(); // points, as the rectangle of text()
        pages << page->text(QRectF(column * size.width() / 2, 0, size.width() / 2, size.height()));
    }
    return pages;
}

bool everyPageHasWord(const QByteArray& pdf, const QString& word) {
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    if (!document || document->numPages() == 0)
        return false;
    for (int i = 0; i < document->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = document->page(i);
        const auto boxes = page->textList();
        if (std::none_of(boxes.begin(), boxes.end(), [&](const auto& box) { return box->text() == word; }))
            return false;
    }
    return true;
}

namespace {

// Qt writes each glyph's lowest code point into the PDF's ToUnicode map, so
// Poppler reads some Han characters back as CJK or Kangxi radicals (户 as ⼾,
// 页 as ⻚): those stand for any ideograph.
constexpr char16_t kRadical = 0x2FFF;
bool isRadical(char16_t c) {
    return c >= 0x2E80 && c <= 0x2FDF;
}
bool isIdeograph(char16_t c) {
    return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF);
}
bool isArabicMark(char16_t c) {
    return (c >= 0x064B && c <= 0x065F) || c == 0x0670;
}

} // namespace

QString comparable(const QString& text) {
    QString radicals = text;
    for (QChar& c : radicals)
        if (isRadical(c.unicode()))
            c = QChar(kRadical);
    QString out;
    for (const QChar c : radicals.normalized(QString::NormalizationForm_KC))
        if (c.isLetterOrNumber() || c.unicode() == kRadical)
            out += c;
    return out;
}

namespace {

bool containsRun(const QString& haystack, const QString& needle) {
    QString pattern;
    for (const QChar c : comparable(needle))
        pattern += isIdeograph(c.unicode()) ? QStringLiteral("[") + c + QChar(kRadical) + u']'
                                            : QRegularExpression::escape(QString(c));
    return QRegularExpression(pattern).match(haystack).hasMatch();
}

} // namespace

bool pdfTextContains(const QString& pdfText, const QString& text, bool rightToLeft) {
    const QString haystack = comparable(pdfText);
    if (!rightToLeft)
        return containsRun(haystack, text);
    // Poppler splits Arabic words at stacked marks (shadda with a vowel) and
    // reads mixed runs in visual order: compare word by word, without words
    // that carry such marks. A slash between two Arabic words ("تقديم/تحفظ")
    // is a run boundary for it like a space: the two may come out swapped.
    const QStringList words = text.split(QRegularExpression(QStringLiteral("[\\s/]+")), Qt::SkipEmptyParts);
    return std::all_of(words.begin(), words.end(), [&](const QString& word) {
        return std::any_of(word.begin(), word.end(), [](QChar c) { return isArabicMark(c.unicode()); }) ||
               containsRun(haystack, word);
    });
}

} // namespace mladesk::test
