#pragma once

#include "domain/Entities.h"
#include "error/Result.h"
#include "rules/Completeness.h"

#include <optional>

namespace mladesk {

class Storage;

// The required elements of the request's instrument (the shipped catalogue)
// that it lacks, with its case read from storage: what RequestService checks
// before approval and sending, and DeadlineService shows. No role check:
// the calling action has made it.
// With, for an outgoing request, missingLanguage().
Result<QList<MissingElement>> missingElements(Storage& storage, const Request& request);

// A request leaves only in a language the receiving state accepts for its
// instrument (and urgency): Directive 2014/41/EU Art. 5(2)-(3), Regulation
// (EU) 2023/1543 Art. 5(5)/(7), the conventions' declarations, the states'
// profiles (resources/states). Empty when the document is final (no DRAFT)
// in one of the accepted languages, or the receiving state is not known.
Result<std::optional<MissingElement>> missingLanguage(Storage& storage, const Request& request,
                                                      const InstrumentRules& instrument);

} // namespace mladesk
