#include "RequestCompleteness.h"

#include "error/CoreText.h"
#include "repositories/AuthorityRepository.h"
#include "repositories/CaseRepository.h"
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
    return checkCompleteness(request, *instrument, kase ? &*kase : nullptr);
}

} // namespace mladesk
