#pragma once

#include "documents/DocumentModel.h"
#include "domain/Entities.h"
#include "domain/InstrumentRules.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <optional>

namespace mladesk {

// Which of an instrument's official forms to fill.
enum class DocumentForm {
    Request,   // Annex A (EIO), Annex I (EPOC), Annex II (EPOC-PR), or a letter of request
    Receipt,   // EIO Annex B, for an incoming EIO
    Extension, // EPOC-PR Annex VI
};

// Everything a document is made from. The request's own free texts are in
// `sourceLanguage`; `translations` holds their versions per field and language.
struct DocumentInput {
    Request request;
    InstrumentRules instrument;
    std::optional<Case> kase;
    std::optional<Authority> requesting;
    std::optional<Authority> requested;
    QString requestingStateName; // empty: the state code is printed
    QString requestedStateName;
    QString sourceLanguage = QStringLiteral("en");
    QMap<QString, QMap<QString, TranslatedText>> translations; // field -> language -> text
    QDate date;                                                // invalid: today
    DocumentForm form = DocumentForm::Request;
};

// The document's content: an official form's sections with their fields, or a
// letter of request with one heading per required element; the request's
// missing elements (checkCompleteness) make it a draft.
DocumentModel buildDocumentModel(const DocumentInput& input);

} // namespace mladesk
