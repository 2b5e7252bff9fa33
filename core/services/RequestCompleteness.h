#pragma once

#include "domain/Entities.h"
#include "error/Result.h"
#include "rules/Completeness.h"

namespace mladesk {

class Storage;

// The required elements of the request's instrument (the shipped catalogue)
// that it lacks, with its case read from storage: what RequestService checks
// before approval and sending, and DeadlineService shows. No role check:
// the calling action has made it.
Result<QList<MissingElement>> missingElements(Storage& storage, const Request& request);

} // namespace mladesk
