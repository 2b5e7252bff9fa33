#include "RequestDocument.h"

#include "access/Session.h"
#include "documents/DocumentTranslator.h"
#include "rules/Catalogue.h"
#include "storage/ReferenceRepositories.h"
#include "storage/RequestTextRepository.h"

namespace mladesk {

QString documentRecipientState(const Request& request) {
    return request.direction == QLatin1String("outgoing") ? request.requestedState : request.requestingState;
}

QString defaultDocumentLanguage(const Catalogue& catalogue, const Request& request) {
    const StateProfile* state = catalogue.state(documentRecipientState(request));
    if (state)
        for (const QString& language : state->acceptedLanguages(request.instrument))
            if (documentLanguages().contains(language))
                return language;
    return QStringLiteral("en");
}

Result<DocumentInput> requestDocumentInput(Session& session, const QString& idOrReference) {
    auto request = session.viewRequest(idOrReference);
    if (!request)
        return request.error();
    auto catalogue = session.catalogue();
    if (!catalogue)
        return catalogue.error();
    const InstrumentRules* instrument = catalogue->instrument(request->instrument);
    if (!instrument)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Unknown instrument \"%1\".").arg(request->instrument));
    DocumentInput input;
    input.request = request.value();
    input.instrument = *instrument;
    Database& db = session.database();
    if (!request->caseId.isEmpty())
        if (auto kase = CaseRepository(db).find(request->caseId))
            input.kase = kase.value();
    if (!request->requestingAuthorityId.isEmpty())
        if (auto authority = AuthorityRepository(db).find(request->requestingAuthorityId))
            input.requesting = authority.value();
    if (!request->requestedAuthorityId.isEmpty())
        if (auto authority = AuthorityRepository(db).find(request->requestedAuthorityId))
            input.requested = authority.value();
    // The view recorded above covers the translations too.
    auto texts = RequestTextRepository(db).find(request.value());
    if (!texts)
        return texts.error();
    input.sourceLanguage = texts->sourceLanguage();
    for (const RequestText& t : texts->translations)
        input.translations[t.field][t.language] = TranslatedText{t.text, t.status};
    if (const StateProfile* state = catalogue->state(request->requestingState))
        input.requestingStateName = state->name;
    if (const StateProfile* state = catalogue->state(request->requestedState))
        input.requestedStateName = state->name;
    return input;
}

} // namespace mladesk
