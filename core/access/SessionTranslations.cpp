// Session: the translations of a request's free texts (declared in Session.h).
#include "Session.h"
#include "storage/Database.h"
#include "storage/RequestRepository.h"
#include "storage/RequestTextRepository.h"

namespace mladesk {

namespace {

QString requestObject(const QString& id) {
    return QStringLiteral("request:") + id;
}

} // namespace

Result<RequestTranslations> Session::translations(const QString& idOrReference) {
    if (auto st = require(Action::ViewContent); !st)
        return st.error();
    auto request = RequestRepository(database()).find(idOrReference);
    if (!request)
        return request.error();
    auto texts = RequestTextRepository(database()).find(request.value());
    if (!texts)
        return texts.error();
    if (auto st = record(QStringLiteral("view"), requestObject(request->id), QStringLiteral("translations"));
        !st)
        return st.error();
    RequestTranslations result;
    result.requestId = request->id;
    result.reference = request->reference;
    result.texts = texts.value();
    for (const QString& field : translatableFields())
        result.sources.insert(field, sourceText(request.value(), field));
    return result;
}

Result<RequestText> Session::setTranslation(const QString& idOrReference, const QString& field,
                                            const QString& language, const QString& text,
                                            const QString& status) {
    if (auto st = require(Action::EditTranslations); !st)
        return st.error();
    auto request = RequestRepository(database()).find(idOrReference);
    if (!request)
        return request.error();
    RequestTextRepository repository(database());
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
    std::optional<RequestText> written;
    const Status done = inTransaction([&]() -> Status {
        auto set = repository.set(request.value(), next, user());
        if (!set)
            return set.error();
        written = set.value();
        // The text is case content: the entry names the field, the language
        // and the status only.
        return record(QStringLiteral("translation"), requestObject(request->id),
                      QStringLiteral("field %1, language %2, %3 -> %4")
                          .arg(field, language, before.status, written->status));
    });
    if (!done)
        return done.error();
    return *written;
}

Status Session::setTextLanguage(const QString& idOrReference, const QString& language) {
    if (auto st = require(Action::EditContent); !st)
        return st;
    auto request = RequestRepository(database()).find(idOrReference);
    if (!request)
        return request.error();
    RequestTextRepository repository(database());
    auto stored = repository.find(request.value());
    if (!stored)
        return stored.error();
    return inTransaction([&]() -> Status {
        if (auto st = repository.setTextLanguage(request.value(), language); !st)
            return st;
        return record(
            QStringLiteral("change"), requestObject(request->id),
            QStringLiteral("fields: text_language (%1 -> %2)")
                .arg(stored->textLanguage.isEmpty() ? QStringLiteral("not stated") : stored->textLanguage,
                     language.isEmpty() ? QStringLiteral("not stated") : language));
    });
}

} // namespace mladesk
