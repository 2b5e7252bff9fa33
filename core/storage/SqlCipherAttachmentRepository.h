#pragma once

#include "domain/Attachment.h"
#include "error/Result.h"
#include "repositories/AttachmentRepository.h"

#include <QDateTime>
#include <QList>
#include <QString>

class QIODevice;

namespace mladesk {

class Database;

// The encrypted attachment files of a register (DESIGN.md, "The register").
//
// Each file is one libsodium secretstream (XChaCha20-Poly1305) under its own
// random 256-bit key, in 64 KiB chunks: a magic line, the stream header, then
// the chunks, the last one tagged FINAL. The attachment id is the additional
// data of every chunk. Plaintext is only ever held one chunk at a time, in
// locked memory: memory does not grow with the file, and nothing of it reaches
// the disk unencrypted. Destroying the key (a purge) destroys the data.
class SqlCipherAttachmentRepository final : public AttachmentRepository {
public:
    static constexpr qint64 kChunkSize = 64 * 1024;

    SqlCipherAttachmentRepository(Database& db, QString attachmentsDir);

    // Encrypts the file at sourcePath into attachments/<new id> (0600) and
    // stores its row, inside the caller's transaction when there is one. On
    // failure nothing is left behind.
    Result<Attachment> add(const QString& requestId, const QString& sourcePath) override;
    // The same from an open device; name is the file name to record.
    Result<Attachment> add(const QString& requestId, QIODevice& source, const QString& name) override;

    // Decrypts an attachment into sink, chunk by chunk. Checks every chunk's
    // authentication tag, the stream's final tag, the size and the SHA-256:
    // a damaged or truncated file is ErrorCode::Damaged. On any error the sink
    // has received part of the data: a caller writing to a file uses QSaveFile
    // and cancels it.
    Status read(const QString& attachmentId, QIODevice& sink) override;

    Result<Attachment> find(const QString& attachmentId) override;
    Result<QList<Attachment>> list(const QString& requestId) override;

    // Removes the encrypted file of an attachment whose row did not make it
    // into the register (the caller's transaction failed).
    void discardFile(const QString& attachmentId) override;
    // Overwrites an encrypted file with zeros, then removes it (after a purge).
    Status shredFile(const QString& attachmentId);

    QString filePath(const QString& attachmentId) const;

private:
    Database& m_db;
    QString m_dir;
};

} // namespace mladesk
