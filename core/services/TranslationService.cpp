#include "TranslationService.h"

#include "repositories/RequestRepository.h"
#include "repositories/RequestTextRepository.h"
#include "services/ServiceGuard.h"

namespace mladesk {

namespace {

QString requestObject(const QString& id) {
    return QStringLiteral("request:") + id;
}

} // namespace

Result<RequestTranslations> TranslationService::translations(const QString& idOrReference) {
    return m_guard.run(Action::ViewContent, [&](ActionScope& scope) -> Result<RequestTranslations> {
        auto request = scope.storage().requests().find(idOrReference);
        if (!request)
            return request.error();
        auto texts = scope.storage().requestTexts().find(request.value());
        if (!texts)
            return texts.error();
        if (auto st = scope.audit(QStringLiteral("view"), requestObject(request->id),
                                  QStringLiteral("translations"));
            !st)
            return st.error();
        RequestTranslations result;
        result.requestId = request->id;
        result.reference = request->reference;
        result.texts = texts.value();
        for (const QString& field : translatableFields())
            result.sources.insert(field, sourceText(request.value(), field));
        return result;
    });
}

Result<RequestTexts> TranslationService::textsOf(const Request& request) {
    if (Status allowed = m_guard.require(Action::ViewContent); !allowed)
        return allowed.error();
    return m_guard.storage().requestTexts().find(request);
}

Result<RequestText> TranslationService::set(const QString& idOrReference, const QString& field,
                                            const QString& language, const QString& text,
                                            const QString& status) {
    return m_guard.run(Action::EditTranslations, [&](ActionScope& scope) -> Result<RequestText> {
        auto request = scope.storage().requests().find(idOrReference);
        if (!request)
            return request.error();
        auto& repository = scope.storage().requestTexts();
        auto stored = repository.find(request.value());
        if (!stored)
            return stored.error();
        RequestText before;
        for (const RequestText& t : stored->translations)
            if (t.field == field && t.language == language)
                before = t;
        RequestText next;
        next.field = field;
        next.language = language;
        next.text = text;
        next.status = status;
        auto written = repository.set(request.value(), next, scope.user());
        if (!written)
            return written.error();
        // The text is case content: the entry names the field, the language
        // and the status only.
        if (auto st = scope.audit(QStringLiteral("translation"), requestObject(request->id),
                                  QStringLiteral("field %1, language %2, %3 -> %4")
                                      .arg(field, language, before.status, written->status));
            !st)
            return st.error();
        scope.announce(Change::Kind::Translations, request->id);
        return written.value();
    });
}

Status TranslationService::setTextLanguage(const QString& idOrReference, const QString& language) {
    return m_guard.run(Action::EditContent, [&](ActionScope& scope) -> Status {
        auto request = scope.storage().requests().find(idOrReference);
        if (!request)
            return request.error();
        auto& repository = scope.storage().requestTexts();
        auto stored = repository.find(request.value());
        if (!stored)
            return stored.error();
        if (auto st = repository.setTextLanguage(request.value(), language); !st)
            return st;
        if (auto st = scope.audit(
                QStringLiteral("change"), requestObject(request->id),
                QStringLiteral("fields: text_language (%1 -> %2)")
                    .arg(stored->textLanguage.isEmpty() ? QStringLiteral("not stated") : stored->textLanguage,
                         language.isEmpty() ? QStringLiteral("not stated") : language));
            !st)
            return st;
        scope.announce(Change::Kind::Translations, request->id);
        return {};
    });
}

} // namespace mladesk
