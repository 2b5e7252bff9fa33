#pragma once

#include "domain/Entities.h"
#include "domain/Validation.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace mladesk {

// A request's free texts per language (docs/register.md, "Translations").
// The request's own fields are the source text, in the request's text
// language; a RequestText is one field in one other language.

namespace textstatus {
inline const QString kUntranslated = QStringLiteral("untranslated");
inline const QString kDraft = QStringLiteral("draft");
inline const QString kReviewed = QStringLiteral("reviewed");
} // namespace textstatus

// The language of a request whose text language is not stated (schema v5).
inline const QString kDefaultTextLanguage = QStringLiteral("en");

struct RequestText {
    QString field;    // a translatableFields() name (interchange names: "facts", "legal_qualification"...)
    QString language; // ISO 639-1, not the request's text language
    QString text;
    QString status = textstatus::kUntranslated; // untranslated | draft | reviewed
    QString sourceHash;                         // sourceTextHash() of the source when last written
    QString updatedBy;
    QDateTime updatedAt;
    // Computed on reading, not stored: the source no longer hashes to
    // sourceHash. A reviewed text is then read (and stored) as draft.
    bool sourceChanged = false;
    bool operator==(const RequestText&) const = default;
};

// What a register keeps about a request's texts besides the request itself.
struct RequestTexts {
    QString textLanguage;            // as stated; empty: not stated (read as "en")
    QList<RequestText> translations; // by field, then language
    QString sourceLanguage() const { return textLanguage.isEmpty() ? kDefaultTextLanguage : textLanguage; }
    bool isEmpty() const { return textLanguage.isEmpty() && translations.isEmpty(); }
    bool operator==(const RequestTexts&) const = default;
};

// For a translator: the request's own texts beside every stored translation.
struct RequestTranslations {
    QString requestId;
    QString reference;
    RequestTexts texts;
    QMap<QString, QString> sources; // every translatable field -> the request's own text (may be empty)

    QString sourceLanguage() const { return texts.sourceLanguage(); }
    // The stored text, or an empty "untranslated" one.
    RequestText text(const QString& field, const QString& language) const;
    // The languages that have at least one stored text, sorted.
    QStringList languages() const;
};

// The languages request documents are written in (ISO 639-1): those with a
// document catalogue (translations/documents_LL.ts).
QStringList documentLanguages();

// The document languages in which the request's document is final (no
// DRAFT): its own text language, and each language in which every free text
// it has is translated and reviewed against the current source. Sorted.
QStringList finalLanguages(const Request& request, const RequestTexts& texts);

// summary, facts, offence, legal_qualification, assistance_sought, necessity,
// procedures, purpose: the order of a document.
QStringList translatableFields();
QStringList textStatuses();
// The request's own text of a translatable field (empty for an unknown field).
QString sourceText(const Request& request, const QString& field);
// SHA-256 (hex) of the UTF-8 of a source text.
QString sourceTextHash(const QString& text);

// A text on its own: known field, ISO 639-1 language other than the source
// language, known status, some text unless untranslated. Field names of the
// problems are "field", "language", "status", "text".
QList<FieldProblem> validateRequestText(const RequestText& text, const QString& sourceLanguage);

// Applies the rule of a changed source to a stored text: sourceChanged, and a
// reviewed text whose source changed reads as draft.
RequestText followSource(RequestText text, const Request& request);

} // namespace mladesk
