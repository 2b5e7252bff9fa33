#pragma once

#include "error/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace mladesk::bundle {

inline constexpr char kManifestName[] = "META-INF/ASiCManifest.xml";
inline constexpr char kSignatureName[] = "META-INF/signature.p7s";

// One data object of the container and its SHA-256.
struct DataObjectReference {
    QString uri;       // the entry name, e.g. "attachments/mail.mbox"
    QString mimeType;  // e.g. "application/pdf"
    QByteArray sha256; // 32 raw bytes
};

// The ASiCManifest of ETSI EN 319 162-1 (namespace
// http://uri.etsi.org/02918/v1.2.1#): the signature it belongs to
// (SigReference) and every data object with its digest
// (DataObjectReference, ds:DigestMethod SHA-256, ds:DigestValue base64).
struct AsicManifest {
    QString sigReference = QLatin1String(kSignatureName);
    QList<DataObjectReference> objects;

    // UTF-8 XML, objects in the order given; URIs percent-encoded.
    QByteArray toXml() const;
    // A strict reader: the root element and namespaces above, one
    // SigReference, DataObjectReferences each with SHA-256 and a 32-byte
    // digest, no URI twice, no DTD (so no entities), no other elements;
    // refused when larger than maxSize or nested deeper than maxDepth.
    static Result<AsicManifest> fromXml(const QByteArray& xml, qint64 maxSize, int maxDepth = 8);
};

} // namespace mladesk::bundle
