#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace mladesk {

// What a request document says, independent of the language it is printed in
// (docs/documents.md). Every "key" is an English source string in the
// translation context "Document": DocumentStrings.h or a catalogue title/label.

// One piece of a value line.
struct DocumentSpan {
    enum class Kind {
        Literal,  // printed as is (names, identifiers, references)
        Key,      // translated through the document catalogue
        Date,     // formatted in the document language
        FreeText, // one of the request's free texts, by field name (see DocumentModel::freeTexts)
    };
    Kind kind = Kind::Literal;
    QString text;
    QDate date;

    static DocumentSpan literal(const QString& text) { return {Kind::Literal, text, {}}; }
    static DocumentSpan key(const QString& key) { return {Kind::Key, key, {}}; }
    static DocumentSpan day(const QDate& date) { return {Kind::Date, {}, date}; }
    static DocumentSpan freeText(const QString& field) { return {Kind::FreeText, field, {}}; }
    bool operator==(const DocumentSpan&) const = default;
};

// One line of a value: "label: spans" or, with a template key, the translated
// template with the spans as %1, %2...
struct DocumentLine {
    QString labelKey;    // optional, printed before the value
    QString templateKey; // optional, e.g. "from %1 to %2"
    QList<DocumentSpan> spans;
    bool bullet = false; // an item of a list
    bool operator==(const DocumentLine&) const = default;
};

// A labelled value of a section: an element of the instrument, or a fixed item.
struct DocumentField {
    QString elementId; // the catalogue element, empty for fixed items
    QString labelKey;
    QString article;
    QList<DocumentLine> lines; // empty: nothing stated
    bool missing = false;      // required and missing or too vague
    bool operator==(const DocumentField&) const = default;
};

struct DocumentSection {
    QString id;         // the form's section id ("A", "H1") or "1", "2"... in a letter
    QString headingKey; // the form's section title or the element label
    QString article;    // the article a letter's heading cites
    QList<DocumentField> fields;
    bool operator==(const DocumentSection&) const = default;
};

struct SignatureBlock {
    QString roleKey; // "Issuing authority", "Validating authority"
    QString authority;
    QStringList contact; // address, e-mail, telephone as given
    QString signatory;   // empty: a line to sign on
    bool operator==(const SignatureBlock&) const = default;
};

// A free text of the request in one language (docs/documents.md).
struct TranslatedText {
    QString text;
    QString status = QStringLiteral("untranslated"); // untranslated | draft | reviewed
    bool operator==(const TranslatedText&) const = default;
};

struct FreeText {
    QString labelKey;                           // what the text is, for the untranslated list
    QString source;                             // the request's own text, in the source language
    QMap<QString, TranslatedText> translations; // language -> text
    bool operator==(const FreeText&) const = default;
};

struct MissingItem {
    QString labelKey;
    QString article;
    bool operator==(const MissingItem&) const = default;
};

struct DocumentModel {
    enum class Layout { OfficialForm, LetterOfRequest };

    QString instrument;
    Layout layout = Layout::LetterOfRequest;
    QString titleKey;    // the instrument's (or form's) title
    QString subtitleKey; // "Letter of request" or the form's name
    QString reference;
    QDate date;
    QString documentId; // short id derived from the reference and the content (DocumentIdentifier.h)
    QString issuingAuthority;
    QString sourceLanguage;       // language of the request's own free texts
    QList<DocumentField> parties; // requesting/requested authority, provider... before the sections
    QList<DocumentSection> sections;
    QList<SignatureBlock> signatures;
    QList<MissingItem> missing;        // required elements the request lacks
    QMap<QString, FreeText> freeTexts; // field name -> text

    // Incomplete for the instrument, whatever the language.
    bool incomplete() const { return !missing.isEmpty(); }
    bool operator==(const DocumentModel&) const = default;
};

} // namespace mladesk
