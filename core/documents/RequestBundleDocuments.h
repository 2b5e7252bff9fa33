#pragma once

#include "bundle/BundleDocuments.h"

namespace mladesk {

// A request's documents for its signed bundle (bundle::DocumentMaker): the
// request read through the workspace, the languages its document is final in
// (the request's own language, the recipient's default and those of its
// translations, where every free text is reviewed), and the PDF renderer.
// The bundle library takes this from its caller, so that it needs no Qt Gui.
Result<bundle::BundleDocuments> requestBundleDocuments(Workspace& workspace, const QString& idOrReference);

} // namespace mladesk
