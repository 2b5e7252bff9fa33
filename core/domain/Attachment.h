#pragma once

#include <QDateTime>
#include <QString>

namespace mladesk {

// A file received under a request. Its bytes live encrypted, under a key of
// its own kept in the register; destroying the key (a purge) destroys the data.
struct Attachment {
    QString id;
    QString requestId;
    QString name;      // the original file name, without its folder
    QString mediaType; // from QMimeDatabase
    qint64 size = 0;   // of the plaintext
    QString sha256;    // of the plaintext, lower-case hex
    QDateTime addedAt; // UTC
    QDateTime purgedAt;
    bool hasKey = false; // false once purged: the bytes can no longer be decrypted
};

} // namespace mladesk
