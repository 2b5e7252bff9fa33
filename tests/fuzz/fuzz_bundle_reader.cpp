// libFuzzer target for everything that reads a bundle from outside: the ZIP
// reader with its limits, the ASiC manifest parser, the CMS verifier and
// the interchange reader behind request.json. Built with -DMLADESK_FUZZ=ON
// (clang); ctest runs it for a bounded number of runs over
// tests/data/fuzz/bundle (docs/bundle-format.md, "Hostile input").
#include "bundle/AsicManifest.h"
#include "bundle/BundleReport.h"
#include "bundle/CmsVerifier.h"
#include "bundle/ZipReader.h"
#include "interchange/InterchangeFormat.h"

#include <cstddef>
#include <cstdint>

using namespace mladesk;
using namespace mladesk::bundle;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    BundleLimits limits;
    limits.maxTotalSize = 32 * 1024 * 1024; // keep each run small
    limits.maxEntrySize = 16 * 1024 * 1024;

    // The raw input as each of the parsers.
    (void)AsicManifest::fromXml(bytes, limits.maxManifestSize, limits.maxXmlDepth);
    {
        BundleReport report;
        CmsVerifier::verify(bytes, QByteArrayLiteral("manifest"), {}, limits.maxSignatureSize,
                            limits.maxSigners, report);
    }

    // The input as a container, entry by entry.
    auto reader = ZipReader::openBuffer(bytes, limits);
    if (!reader)
        return 0;
    QByteArray manifest;
    QByteArray signature;
    for (const ZipEntry& entry : reader.value()->entries()) {
        auto content = reader.value()->readAll(entry, 4 * 1024 * 1024);
        if (!content)
            continue;
        if (entry.name == QLatin1String(kManifestName))
            manifest = content.value();
        else if (entry.name == QLatin1String(kSignatureName))
            signature = content.value();
        else if (entry.name == QLatin1String("request.json"))
            (void)InterchangeFormat::read(content.value());
    }
    (void)AsicManifest::fromXml(manifest, limits.maxManifestSize, limits.maxXmlDepth);
    BundleReport report;
    CmsVerifier::verify(signature, manifest, {}, limits.maxSignatureSize, limits.maxSigners, report);
    return 0;
}
