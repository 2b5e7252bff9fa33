#pragma once

#include "bundle/BundleLimits.h"
#include "error/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>
#include <functional>
#include <memory>

struct zip;

namespace mladesk::bundle {

// The ASiC-E media type: the content of the "mimetype" entry.
inline constexpr char kAsicMimeType[] = "application/vnd.etsi.asic-e+zip";

struct ZipEntry {
    QString name;
    qint64 size = 0;           // as the central directory claims (not trusted)
    qint64 compressedSize = 0; // idem
    bool stored = false;       // not compressed
    qint64 index = 0;          // in the ZIP
};

// Why a name from a ZIP is refused, or empty when it is acceptable: no
// "..", ".", empty or absolute paths, backslashes, drive letters or control
// characters. Directory entries end with "/".
QString zipNameProblem(const QString& name);

// Reads an ASiC-E container from outside (libzip), treating it as hostile
// (DESIGN.md, "Bundles"). open() refuses, with a reason a user can act on:
// unacceptable names (zipNameProblem), duplicates (also differing only in
// case), symbolic links and other special files, encrypted entries, methods
// other than stored and deflate, a "mimetype" entry that is missing, not
// first, compressed or wrong, more entries or larger declared sizes than
// the limits. Reading then counts the bytes actually inflated and stops at
// the limits (entry size, total size, compression ratio), whatever the
// headers said. Directory entries are accepted and skipped.
//
// Not thread-safe; one reader per thread.
class ZipReader {
public:
    ~ZipReader();
    ZipReader(const ZipReader&) = delete;
    ZipReader& operator=(const ZipReader&) = delete;

    static Result<std::unique_ptr<ZipReader>> open(const QString& path, const BundleLimits& limits = {});
    // The same over bytes in memory (an opened envelope, the fuzzer).
    static Result<std::unique_ptr<ZipReader>> openBuffer(const QByteArray& data,
                                                         const BundleLimits& limits = {});

    // The files, in ZIP order; the first is "mimetype". No directories.
    const QList<ZipEntry>& entries() const { return m_entries; }
    const ZipEntry* find(const QString& name) const;

    // Streams the inflated bytes of an entry to sink, piece by piece; sink
    // may stop the reading by returning an error.
    Status read(const ZipEntry& entry, const std::function<Status(const char*, qint64)>& sink);
    // The whole entry, refused if larger than maxSize.
    Result<QByteArray> readAll(const ZipEntry& entry, qint64 maxSize);
    // A sequential device over the inflated bytes of an entry, with the same
    // limits (a read past them fails with the reason as errorString()).
    // Valid while the reader lives.
    Result<std::unique_ptr<QIODevice>> device(const ZipEntry& entry);

    const BundleLimits& limits() const { return m_limits; }

private:
    friend class ZipEntryDevice;
    ZipReader(zip* archive, const BundleLimits& limits, QByteArray buffer);
    Status inspect();
    Status countInflated(const ZipEntry& entry, qint64 entryTotal, qint64 more);

    zip* m_zip;
    BundleLimits m_limits;
    QByteArray m_buffer; // the bytes of openBuffer(), which libzip reads in place
    QList<ZipEntry> m_entries;
    qint64 m_inflated = 0;
};

} // namespace mladesk::bundle
