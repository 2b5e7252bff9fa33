#pragma once

#include "error/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace mladesk {

// What a user needs to know about an X.509 certificate before trusting it
// or signing with it, read from its DER bytes with OpenSSL.
struct CertificateInfo {
    QByteArray der;
    QString fingerprint; // SHA-256 of der, lower-case hex without separators
    QString subject;     // RFC 2253 form, e.g. "CN=Anna Berg,O=Staatsanwaltschaft Berlin,C=DE"
    QString issuer;
    QString serial;      // hex
    QDateTime notBefore; // UTC
    QDateTime notAfter;  // UTC
    bool selfSigned = false;
    bool isCa = false;
    // keyUsage: digitalSignature and/or nonRepudiation, or no keyUsage at all
    // (which restricts nothing).
    bool canSign = true;
    QStringList keyUsage; // names of the keyUsage bits set; empty without the extension

    // "AB:CD:..." in pairs, for reading out over the phone.
    QString fingerprintForPeople() const;
    bool validAt(const QDateTime& instant) const { return instant >= notBefore && instant <= notAfter; }
};

namespace certificates {

// Parses one DER certificate.
Result<CertificateInfo> fromDer(const QByteArray& der);
// Every certificate in bytes that are DER (one certificate) or PEM (one or
// more "BEGIN CERTIFICATE" blocks). At most 64 KiB per certificate.
Result<QList<CertificateInfo>> parse(const QByteArray& pemOrDer);
// Reads a file (PEM or DER), or every *.pem, *.crt, *.cer and *.der file of a folder.
Result<QList<CertificateInfo>> load(const QString& fileOrFolder);
// Lower-case hex SHA-256, as CertificateInfo::fingerprint; also accepts "AB:CD:..".
QString normalizeFingerprint(const QString& text);

} // namespace certificates

} // namespace mladesk
