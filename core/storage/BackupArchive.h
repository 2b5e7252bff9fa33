#pragma once

#include "error/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <functional>

namespace mladesk {

// The file format of a register backup (docs/backups.md): a POSIX ustar
// archive, so that `tar -tvf` lists it and `tar -xf` gives back the
// register's folder, holding only what is already encrypted or harmless:
// keyslots, register.db, attachments/ID..., and backup.json last (what was
// copied, with each file's size and SHA-256). Sizes of 8 GiB and more use
// GNU tar's base-256 form, which GNU tar and libarchive read.
class BackupArchiveWriter {
public:
    // Every entry is dated modified (seconds since 1970, UTC).
    BackupArchiveWriter(QIODevice& out, qint64 modified)
        : m_out(out)
        , m_modified(modified) {}
    // Streams a file into the archive under name; its lower-case hex
    // SHA-256 in *sha256 when given. advanced(bytes) is told of each piece
    // written and stops the copy by returning false.
    Status addFile(const QString& name, const QString& path, QString* sha256 = nullptr,
                   const std::function<bool(qint64)>& advanced = {});
    Status addBytes(const QString& name, const QByteArray& bytes);
    // The two zero blocks that end an archive.
    Status finish();

private:
    Status header(const QString& name, qint64 size);
    Status pad(qint64 size);
    QIODevice& m_out;
    qint64 m_modified;
};

// Reads a backup archive as hostile input (it may come from anywhere): only
// regular files with the names a backup has (kept by acceptName), no
// duplicates, a checksum on every header, sizes within what the file holds,
// at most maxEntries entries. Each entry is handed to sink(name, size,
// device) as a device bounded to its bytes; sink reads what it wants.
class BackupArchiveReader {
public:
    using Sink = std::function<Status(const QString& name, qint64 size, QIODevice& entry)>;
    static constexpr int kMaxEntries = 1'000'000;
    static Status read(QIODevice& in, const std::function<bool(const QString&)>& acceptName, const Sink& sink,
                       int maxEntries = kMaxEntries);
};

} // namespace mladesk
