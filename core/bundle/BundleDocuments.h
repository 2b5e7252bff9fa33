#pragma once

#include "domain/Entities.h"
#include "error/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace mladesk {
class Workspace;
} // namespace mladesk

namespace mladesk::bundle {

// A request's document in one language, as the caller rendered it.
struct RenderedDocument {
    QByteArray pdf;
    bool draft = false; // it came out marked DRAFT: the bundle refuses it
};

// What a bundle carries of a request's documents. Rendering a PDF needs
// Qt Gui and this library stays on Qt Core, so the caller makes them: the
// application, the CLI and the tests with mladesk_documents
// (documents/RequestBundleDocuments.h, requestBundleDocuments).
struct BundleDocuments {
    // The request as read through the workspace (its view recorded), and what
    // request.json carries with it.
    Request request;
    std::optional<Case> kase;
    std::optional<Authority> requesting;
    std::optional<Authority> requested;
    // Every language the document is final in (none of it a DRAFT), sorted.
    QStringList languages;
    // The PDF in one of `languages`. Called on the bundle writer's thread
    // while the bundle is written: it holds what it needs, not the workspace.
    std::function<Result<RenderedDocument>(const QString& language)> render;
};

// Reads a request through the workspace and makes its documents.
using DocumentMaker =
    std::function<Result<BundleDocuments>(Workspace& workspace, const QString& idOrReference)>;

} // namespace mladesk::bundle
