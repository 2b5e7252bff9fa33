#pragma once

#include "documents/DocumentModel.h"

#include <QString>

namespace mladesk {

// A short identifier of a document's content: the first 60 bits of SHA-256
// over the reference and everything the model says, as "XXXX-XXXX-XXXX-XXX"
// (hex, upper case). The same request and texts give the same identifier;
// any change of content gives another one. The identifier itself is ignored.
QString documentIdentifier(const DocumentModel& model);

} // namespace mladesk
