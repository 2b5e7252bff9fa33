#pragma once

#include "security/Certificate.h"

#include <QCoreApplication>
#include <QString>

namespace mladesk {

// A certificate as a person checks it before trusting it or signing with it:
// subject, issuer, validity (with "expired" / "not yet valid"), key usage and
// the SHA-256 fingerprint in pairs for reading out over the phone. HTML for a
// QTextBrowser or a QLabel.
class CertificateText {
    Q_DECLARE_TR_FUNCTIONS(CertificateText)
public:
    static QString html(const CertificateInfo& certificate);
    // The common name of a subject ("CN=Anna Berg,O=…" -> "Anna Berg"), else the subject.
    static QString name(const QString& subject);
};

} // namespace mladesk
