#pragma once

#include <QtGlobal>

namespace mladesk::bundle {

// What a bundle read from outside may be, at most (docs/bundle-format.md,
// "Limits"). Enforced while reading: sizes and ratios are counted on the bytes
// actually inflated, never taken from the ZIP headers.
struct BundleLimits {
    qint64 maxContainerSize = 4ll * 1024 * 1024 * 1024 - 1; // the .asice file (no ZIP64)
    qint64 maxTotalSize = 4ll * 1024 * 1024 * 1024 - 1;     // all entries, inflated
    qint64 maxEntrySize = 4ll * 1024 * 1024 * 1024 - 1;     // one entry, inflated
    int maxEntries = 10000;
    // Inflated / compressed size of one entry, once it is past kRatioGrace bytes.
    qint64 maxRatio = 200;
    qint64 ratioGrace = 1024 * 1024;
    qint64 maxManifestSize = 4 * 1024 * 1024;          // META-INF/ASiCManifest.xml
    qint64 maxSignatureSize = 1024 * 1024;             // META-INF/signature.p7s (DER)
    qint64 maxJsonSize = 64 * 1024 * 1024;             // request.json
    qint64 maxEnvelopeSize = 2ll * 1024 * 1024 * 1024; // an enveloped bundle, held in memory to open
    int maxXmlDepth = 8;
    int maxSigners = 16;
};

} // namespace mladesk::bundle
