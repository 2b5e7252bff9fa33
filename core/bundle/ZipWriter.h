#pragma once

#include "error/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QSaveFile>
#include <QString>
#include <memory>

namespace mladesk::bundle {

// Writes a ZIP container, streaming: each entry is written as its bytes
// arrive (deflated with zlib or stored, CRC-32 and sizes in a data
// descriptor after it), so memory does not grow with the files. The file
// appears atomically (QSaveFile: a temporary file beside it, renamed on
// commit()), with mode 0600 from its creation; without commit() nothing is
// left behind. Two more threads write
// the file and compute its SHA-256 (sha256()) while entries are prepared.
//
// libzip is not used for writing: its sources are pulled when the archive is
// closed, while attachments are decrypted by pushing (AttachmentRepository::read).
// No ZIP64: a container stops at 4 GiB (docs/decisions.md).
class ZipWriter {
public:
    explicit ZipWriter(const QString& path);
    // Writes the container into target (open for writing, e.g. an
    // EnvelopeWriter's device) instead of a file; name is for messages.
    // commit() then finishes the container in target, which stays open.
    ZipWriter(QIODevice& target, const QString& name);
    ~ZipWriter();
    ZipWriter(const ZipWriter&) = delete;
    ZipWriter& operator=(const ZipWriter&) = delete;

    // How an entry from beginEntry() is written. Auto deflates the first
    // 64 KiB at level 1 and stores the entry when that saves less than 10 %
    // (PDFs, images, archives: deflating them costs 30 MB/s for nothing).
    enum class Compression { Auto, Deflate, Store };

    Status open();
    // A small entry held in memory; stored (not compressed) when stored is
    // true, as ASiC-E requires of "mimetype", with no extra field.
    Status addBytes(const QString& name, const QByteArray& bytes, bool stored = false);
    // An entry whose bytes are written to the returned device, deflated or
    // stored as compression says; finish it with finishEntry() before
    // starting the next.
    Result<QIODevice*> beginEntry(const QString& name, Compression compression = Compression::Deflate);
    Status finishEntry();
    // A file from disk, streamed.
    Status addFile(const QString& name, const QString& sourcePath);
    // Writes the central directory and renames the file into place.
    Status commit();
    QString path() const { return m_path; }
    // Lower-case hex SHA-256 of the file, after commit().
    QString sha256() const { return m_sha256; }

private:
    class EntryDevice;
    class Stage;
    class FileSink;
    struct Central {
        QByteArray name;
        quint32 crc = 0;
        qint64 compressed = 0;
        qint64 size = 0;
        qint64 offset = 0;
        quint16 method = 0;
        quint16 flags = 0;
    };
    Status writeRaw(const QByteArray& bytes);
    Status writeLocalHeader(quint16 method);
    Status fail(const QString& why);

    QString m_path;
    QSaveFile m_file;
    QIODevice* m_target = nullptr; // not owned; null: m_file
    qint64 m_offset = 0;
    QList<Central> m_central;
    std::unique_ptr<EntryDevice> m_entry;
    std::unique_ptr<FileSink> m_sink;
    QString m_sha256;
    quint16 m_dosTime = 0;
    quint16 m_dosDate = 0;
    QString m_error;
};

} // namespace mladesk::bundle
