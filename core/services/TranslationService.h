#pragma once

#include "domain/Entities.h"
#include "domain/RequestText.h"
#include "error/Result.h"

#include <QString>

namespace mladesk {

class ServiceGuard;

// Translations of a request's free texts and the language they are written
// in (docs/register.md "Translations"). Fields are the interchange names
// (translatableFields()); languages ISO 639-1; statuses untranslated, draft,
// reviewed. Every action passes the ServiceGuard (role, transaction, audit,
// change events); a change announces Change::Kind::Translations.
class TranslationService {
public:
    explicit TranslationService(ServiceGuard& guard)
        : m_guard(guard) {}

    // The request's own texts and language beside every stored translation;
    // records a view (ViewContent).
    Result<RequestTranslations> translations(const QString& idOrReference);
    // The stored language and translations of a request the caller has read
    // through a service that recorded the view (a document of it): ViewContent,
    // no entry of its own.
    Result<RequestTexts> textsOf(const Request& request);
    // Writes one field in one language other than the request's own
    // (EditTranslations: translators and liaison officers). An untranslated
    // text with no text removes the stored one. Audited as "translation" with
    // field, language and status, never the text. Does not touch an approval.
    Result<RequestText> set(const QString& idOrReference, const QString& field, const QString& language,
                            const QString& text, const QString& status);
    // The language the request's own free texts are written in; empty: not
    // stated (read as "en"). EditContent.
    Status setTextLanguage(const QString& idOrReference, const QString& language);

private:
    ServiceGuard& m_guard;
};

} // namespace mladesk
