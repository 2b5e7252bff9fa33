#pragma once

#include "documents/DocumentModelBuilder.h"
#include "error/Result.h"
#include "rules/Catalogue.h"

#include <QString>

namespace mladesk {

class Workspace;

// What a request's document is made from, read through the workspace's
// services (so the user's right to read the request is checked and the view
// recorded): the
// request, its instrument's rules, its case, its authorities, the states'
// names, the language of its free texts and their translations (a reviewed
// translation whose source changed since comes as draft).
Result<DocumentInput> requestDocumentInput(Workspace& workspace, const QString& idOrReference);

// The state the document goes to: the requested state of an outgoing request,
// the requesting state of an incoming one (an EIO Annex B receipt).
QString documentRecipientState(const Request& request);

// The first language the recipient state accepts for the instrument that
// documents are written in; English when none is (docs/documents.md).
QString defaultDocumentLanguage(const Catalogue& catalogue, const Request& request);

} // namespace mladesk
