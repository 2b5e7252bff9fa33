#include "SigningIdentity.h"

#include "bundle/OpenSsl.h"
#include "error/CoreText.h"

#include <QFile>
#include <QFileInfo>
#include <cstring>
#include <openssl/pkcs12.h>
#include <utility>

namespace mladesk::bundle {

SigningIdentity::~SigningIdentity() {
    EVP_PKEY_free(m_key);
}

SigningIdentity::SigningIdentity(SigningIdentity&& other) noexcept
    : m_key(std::exchange(other.m_key, nullptr))
    , m_certificate(std::move(other.m_certificate))
    , m_chain(std::move(other.m_chain)) {
}

SigningIdentity& SigningIdentity::operator=(SigningIdentity&& other) noexcept {
    if (this != &other) {
        EVP_PKEY_free(m_key);
        m_key = std::exchange(other.m_key, nullptr);
        m_certificate = std::move(other.m_certificate);
        m_chain = std::move(other.m_chain);
    }
    return *this;
}

QString SigningIdentity::keychainKey(const QString& path) {
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return QStringLiteral("pkcs12:") + (canonical.isEmpty() ? info.absoluteFilePath() : canonical);
}

Result<SigningIdentity> SigningIdentity::load(const QString& path, const SecureBytes& password) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Io,
            text::Bundle::tr("Could not read the signing identity %1: %2.").arg(path, file.errorString()));
    if (file.size() > 1024 * 1024)
        return makeError(
            ErrorCode::InvalidInput,
            text::Bundle::tr("%1 is larger than 1 MiB; it is not a PKCS#12 signing identity.").arg(path));
    return fromPkcs12(file.readAll(), password);
}

Result<SigningIdentity> SigningIdentity::fromPkcs12(const QByteArray& pkcs12, const SecureBytes& password) {
    const auto* p = reinterpret_cast<const unsigned char*>(pkcs12.constData());
    std::unique_ptr<PKCS12, decltype(&PKCS12_free)> parsed(
        d2i_PKCS12(nullptr, &p, static_cast<long>(pkcs12.size())), &PKCS12_free);
    if (!parsed) {
        ERR_clear_error();
        return makeError(ErrorCode::InvalidInput,
                         text::Bundle::tr("This is not a PKCS#12 (.p12, .pfx) file, or it is damaged."));
    }
    // PKCS12_parse wants a C string; the password is copied into secure memory with its terminator.
    SecureBytes terminated(password.size() + 1);
    std::memcpy(terminated.data(), password.data(), password.size());
    terminated.data()[password.size()] = 0;
    EVP_PKEY* key = nullptr;
    X509* cert = nullptr;
    STACK_OF(X509)* ca = nullptr;
    if (!PKCS12_verify_mac(parsed.get(), terminated.chars(), int(password.size())) &&
        !(password.isEmpty() && PKCS12_verify_mac(parsed.get(), nullptr, 0))) {
        ERR_clear_error();
        return makeError(ErrorCode::WrongPassphrase,
                         text::Bundle::tr("The password does not open this PKCS#12 file."));
    }
    if (!PKCS12_parse(parsed.get(), terminated.chars(), &key, &cert, &ca)) {
        const QString why = ossl::lastError();
        return makeError(ErrorCode::InvalidInput,
                         text::Bundle::tr("The PKCS#12 file could not be opened (%1).").arg(why));
    }
    ossl::KeyPtr keyHolder(key);
    ossl::X509Ptr certHolder(cert);
    ossl::X509Stack caHolder(ca);
    if (!key)
        return makeError(ErrorCode::InvalidInput,
                         text::Bundle::tr("The PKCS#12 file holds no private key: it cannot sign."));
    if (!cert)
        return makeError(ErrorCode::InvalidInput,
                         text::Bundle::tr("The PKCS#12 file holds no certificate for its key."));
    if (X509_check_private_key(cert, key) != 1) {
        ERR_clear_error();
        return makeError(
            ErrorCode::InvalidInput,
            text::Bundle::tr("The PKCS#12 file's private key does not belong to its certificate."));
    }
    auto info = certificates::fromDer(ossl::toDer(cert));
    if (!info)
        return info.error();
    SigningIdentity identity;
    identity.m_key = keyHolder.release();
    identity.m_certificate = info.value();
    for (int i = 0; ca && i < sk_X509_num(ca); ++i) {
        auto issuer = certificates::fromDer(ossl::toDer(sk_X509_value(ca, i)));
        if (issuer && issuer->fingerprint != identity.m_certificate.fingerprint)
            identity.m_chain << issuer.value();
    }
    return identity;
}

QString SigningIdentity::unsuitability(const QDateTime& at) const {
    const CertificateInfo& c = m_certificate;
    if (at < c.notBefore)
        return text::Bundle::tr("The certificate of %1 is not valid before %2.")
            .arg(c.subject, c.notBefore.toString(Qt::ISODate));
    if (at > c.notAfter)
        return text::Bundle::tr("The certificate of %1 expired on %2; ask for a new one.")
            .arg(c.subject, c.notAfter.toString(Qt::ISODate));
    if (!c.canSign)
        return text::Bundle::tr("The certificate of %1 may not be used for signatures: its key usage is %2, "
                                "without digitalSignature or nonRepudiation.")
            .arg(c.subject, c.keyUsage.join(u", "));
    if (!m_key)
        return text::Bundle::tr("There is no private key to sign with.");
    return {};
}

Status SigningIdentity::suitability(const QDateTime& at) const {
    const QString why = unsuitability(at);
    if (why.isEmpty())
        return {};
    return makeError(ErrorCode::InvalidInput, why);
}

} // namespace mladesk::bundle
