#include "RequestDocument.h"

#include "documents/DocumentTranslator.h"
#include "rules/Catalogue.h"
#include "services/ReferenceService.h"
#include "services/RequestService.h"
#include "services/TranslationService.h"
#include "services/Workspace.h"

namespace mladesk {

QString documentRecipientState(const Request& request) {
    return request.direction == QLatin1String("outgoing") ? request.requestedState : request.requestingState;
}

QString defaultDocumentLanguage(const Catalogue& catalogue, const Request& request) {
    const StateProfile* state = catalogue.state(documentRecipientState(request));
    if (state)
        for (const QString& language : state->acceptedLanguages(request.instrument, request.urgency))
            if (documentLanguages().contains(language))
                return language;
    return QStringLiteral("en");
}

Result<DocumentInput> requestDocumentInput(Workspace& workspace, const QString& idOrReference) {
    auto request = workspace.requests().view(idOrReference);
    if (!request)
        return request.error();
    auto catalogue = workspace.references().catalogue();
    if (!catalogue)
        return catalogue.error();
    const InstrumentRules* instrument = catalogue->instrument(request->instrument);
    if (!instrument)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Unknown instrument \"%1\".").arg(request->instrument));
    DocumentInput input;
    input.request = request.value();
    input.instrument = *instrument;
    ReferenceService& references = workspace.references();
    if (!request->caseId.isEmpty())
        if (auto kase = references.findCase(request->caseId))
            input.kase = kase.value();
    if (!request->requestingAuthorityId.isEmpty())
        if (auto authority = references.findAuthority(request->requestingAuthorityId))
            input.requesting = authority.value();
    if (!request->requestedAuthorityId.isEmpty())
        if (auto authority = references.findAuthority(request->requestedAuthorityId))
            input.requested = authority.value();
    // The view recorded above covers the translations too.
    auto texts = workspace.translations().textsOf(request.value());
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
