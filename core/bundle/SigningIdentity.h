#pragma once

#include "error/Result.h"
#include "security/Certificate.h"
#include "security/SecureBytes.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace mladesk::bundle {

// A signer: the private key and certificate (with its chain) from a user's
// PKCS#12 file. The password is only held in SecureBytes and never kept.
// Show certificate() (subject, issuer, validity, key usage) before signing;
// suitability() says whether it may sign now and, if not, why.
class SigningIdentity {
public:
    ~SigningIdentity();
    SigningIdentity(SigningIdentity&&) noexcept;
    SigningIdentity& operator=(SigningIdentity&&) noexcept;

    // Reads a PKCS#12 file (at most 1 MiB). A wrong password is
    // ErrorCode::WrongPassphrase; a file without a private key or certificate
    // is InvalidInput.
    static Result<SigningIdentity> load(const QString& path, const SecureBytes& password);
    static Result<SigningIdentity> fromPkcs12(const QByteArray& pkcs12, const SecureBytes& password);

    // The OS keychain entry (security/Keychain) under which a window or the
    // CLI finds the password of the PKCS#12 file at path, when the user chose
    // to remember it: "pkcs12:" and the file's absolute, canonical path.
    static QString keychainKey(const QString& path);

    const CertificateInfo& certificate() const { return m_certificate; }
    const QList<CertificateInfo>& chain() const { return m_chain; } // issuers, as the file has them

    // Empty when the identity may sign at `at`; else the reason, for the
    // user: expired, not yet valid, or a key usage without digitalSignature
    // or nonRepudiation.
    QString unsuitability(const QDateTime& at = QDateTime::currentDateTimeUtc()) const;
    Status suitability(const QDateTime& at = QDateTime::currentDateTimeUtc()) const;

    EVP_PKEY* key() const { return m_key; }

private:
    SigningIdentity() = default;
    EVP_PKEY* m_key = nullptr;
    CertificateInfo m_certificate;
    QList<CertificateInfo> m_chain;
};

} // namespace mladesk::bundle
