#include "RequestCompleteness.h"

#include "domain/DisplayNames.h"
#include "domain/RequestText.h"
#include "error/CoreText.h"
#include "repositories/AuthorityRepository.h"
#include "repositories/CaseRepository.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/RequestTextRepository.h"
#include "repositories/StateRepository.h"
#include "repositories/Storage.h"
#include "rules/Catalogue.h"

#include <optional>

namespace mladesk {

Result<QList<MissingElement>> missingElements(Storage& storage, const Request& request) {
    const auto& shipped = Catalogue::shipped();
    if (!shipped)
        return shipped.error();
    const InstrumentRules* instrument = shipped->instrument(request.instrument);
    if (!instrument)
        return makeError(ErrorCode::InvalidInput,
                         text::Services::tr("Unknown instrument \"%1\".").arg(request.instrument));
    std::optional<Case> kase;
    if (!request.caseId.isEmpty()) {
        auto found = storage.cases().find(request.caseId);
        if (found)
            kase = found.value();
    }
    QList<MissingElement> missing = checkCompleteness(request, *instrument, kase ? &*kase : nullptr);
    auto language = missingLanguage(storage, request, *instrument);
    if (!language)
        return language.error();
    if (language.value())
        missing.append(*language.value());
    return missing;
}

Result<std::optional<MissingElement>> missingLanguage(Storage& storage, const Request& request,
                                                      const InstrumentRules& instrument) {
    if (request.direction != QLatin1String("outgoing") || request.requestedState.isEmpty())
        return std::optional<MissingElement>();
    auto catalogue = storage.deadlines().catalogue(); // the shipped states with the register's edits
    if (!catalogue)
        return catalogue.error();
    const StateProfile* state = catalogue.value()->state(request.requestedState);
    if (!state)
        return std::optional<MissingElement>(); // a state the catalogue does not know: nothing to check
    auto texts = storage.requestTexts().find(request);
    if (!texts)
        return texts.error();
    const QStringList accepted = state->acceptedLanguages(request.instrument, request.urgency);
    const QStringList final = finalLanguages(request, texts.value());
    for (const QString& language : accepted)
        if (final.contains(language))
            return std::optional<MissingElement>();
    MissingElement m;
    m.element = QStringLiteral("document-language");
    m.label = text::Completeness::tr("A document in a language %1 accepts")
                  .arg(displayName::catalogueText(state->name));
    m.article = instrument.languageRule.article;
    m.field = QStringLiteral("text_language");
    m.problem = QStringLiteral("missing");
    m.message = final.isEmpty()
                    ? text::Completeness::tr("%1 accepts %2; the document is final in no language yet")
                          .arg(displayName::catalogueText(state->name), accepted.join(QStringLiteral(", ")))
                    : text::Completeness::tr("%1 accepts %2; the document is final in %3 only: translate the "
                                             "texts into an accepted language and have them reviewed")
                          .arg(displayName::catalogueText(state->name), accepted.join(QStringLiteral(", ")),
                               final.join(QStringLiteral(", ")));
    m.verified = instrument.languageRule.verified && state->languagesVerified;
    return std::optional<MissingElement>(m);
}

} // namespace mladesk
