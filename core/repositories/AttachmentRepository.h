#pragma once

#include "domain/Attachment.h"
#include "error/Result.h"

#include <QList>
#include <QString>

class QIODevice;

namespace mladesk {

// The files received under requests, each encrypted on this side under a key
// of its own (DESIGN.md, "The register"): whatever holds the bytes sees only
// ciphertext, and destroying the key (a purge) destroys the data. Plaintext
// is streamed, never held whole.
class AttachmentRepository {
public:
    virtual ~AttachmentRepository() = default;

    // Encrypts the file at sourcePath and stores it, inside the caller's
    // transaction when there is one. On failure nothing is left behind.
    virtual Result<Attachment> add(const QString& requestId, const QString& sourcePath) = 0;
    // The same from an open device; name is the file name to record.
    virtual Result<Attachment> add(const QString& requestId, QIODevice& source, const QString& name) = 0;

    // Decrypts an attachment into sink, piece by piece, checking each piece,
    // the end of the stream, the size and the SHA-256: damaged or truncated
    // data is ErrorCode::Damaged. On any error the sink has received part of
    // the data: a caller writing to a file uses QSaveFile and cancels it.
    virtual Status read(const QString& attachmentId, QIODevice& sink) = 0;

    virtual Result<Attachment> find(const QString& attachmentId) = 0;
    virtual Result<QList<Attachment>> list(const QString& requestId) = 0;

    // After the caller's transaction failed: removes what add() kept outside
    // it for this attachment (the local register's encrypted file).
    virtual void discardFile(const QString& attachmentId) = 0;
};

} // namespace mladesk
