#include "TestPki.h"

#include <QFile>
#include <memory>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace mladesk::test {

namespace {

struct Free {
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
    void operator()(X509* p) const { X509_free(p); }
    void operator()(BIO* p) const { BIO_free(p); }
    void operator()(PKCS12* p) const { PKCS12_free(p); }
    void operator()(X509_EXTENSION* p) const { X509_EXTENSION_free(p); }
};

std::unique_ptr<EVP_PKEY, Free> readKey(const QString& path) {
    std::unique_ptr<BIO, Free> bio(BIO_new_file(QFile::encodeName(path).constData(), "r"));
    return std::unique_ptr<EVP_PKEY, Free>(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr)
                                               : nullptr);
}

std::unique_ptr<X509, Free> readCert(const QString& path) {
    std::unique_ptr<BIO, Free> bio(BIO_new_file(QFile::encodeName(path).constData(), "r"));
    return std::unique_ptr<X509, Free>(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)
                                           : nullptr);
}

bool addExtension(X509* cert, X509* issuer, int nid, const QString& value) {
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    std::unique_ptr<X509_EXTENSION, Free> ext(
        X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.toLatin1().constData()));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

bool setTime(ASN1_TIME* field, const QDateTime& t) {
    return ASN1_TIME_set(field, time_t(t.toSecsSinceEpoch())) != nullptr;
}

} // namespace

TestPki::TestPki() {
    QFile pass(passFile());
    if (pass.open(QIODevice::WriteOnly))
        pass.write(QByteArray(kPassword) + "\n");
}

bool TestPki::makeRoot(const QString& name, const QString& commonName) {
    return makeLeaf(name, commonName, {}, QStringLiteral("keyCertSign,cRLSign"),
                    QDateTime::currentDateTimeUtc().addYears(-10),
                    QDateTime::currentDateTimeUtc().addYears(10), true);
}

bool TestPki::makeLeaf(const QString& name, const QString& commonName, const QString& issuerName,
                       const QString& keyUsage, const QDateTime& notBefore, const QDateTime& notAfter,
                       bool ca) {
    std::unique_ptr<EVP_PKEY, Free> key(EVP_EC_gen("P-256"));
    if (!key)
        return false;
    std::unique_ptr<X509, Free> cert(X509_new());
    X509_set_version(cert.get(), 2);
    static long serial = 1000;
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), ++serial);
    X509_NAME* subject = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(subject, "C", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>("DE"), -1,
                               -1, 0);
    X509_NAME_add_entry_by_txt(subject, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>("MLA Desk Test"), -1, -1, 0);
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>(cn.constData()), -1, -1, 0);
    std::unique_ptr<X509, Free> issuer;
    std::unique_ptr<EVP_PKEY, Free> issuerKey;
    if (!issuerName.isEmpty()) {
        issuer = readCert(this->cert(issuerName));
        issuerKey = readKey(this->key(issuerName));
        if (!issuer || !issuerKey)
            return false;
        X509_set_issuer_name(cert.get(), X509_get_subject_name(issuer.get()));
    } else {
        X509_set_issuer_name(cert.get(), subject);
    }
    if (!setTime(X509_getm_notBefore(cert.get()), notBefore) ||
        !setTime(X509_getm_notAfter(cert.get()), notAfter))
        return false;
    X509_set_pubkey(cert.get(), key.get());
    X509* signerCert = issuer ? issuer.get() : cert.get();
    if (!addExtension(cert.get(), signerCert, NID_basic_constraints,
                      ca ? QStringLiteral("critical,CA:TRUE") : QStringLiteral("CA:FALSE")) ||
        !addExtension(cert.get(), signerCert, NID_subject_key_identifier, QStringLiteral("hash")) ||
        !addExtension(cert.get(), signerCert, NID_authority_key_identifier, QStringLiteral("keyid:always")))
        return false;
    if (!keyUsage.isEmpty() &&
        !addExtension(cert.get(), signerCert, NID_key_usage, QStringLiteral("critical,") + keyUsage))
        return false;
    if (!X509_sign(cert.get(), issuerKey ? issuerKey.get() : key.get(), EVP_sha256()))
        return false;

    {
        std::unique_ptr<BIO, Free> out(BIO_new_file(QFile::encodeName(this->cert(name)).constData(), "w"));
        if (!out || !PEM_write_bio_X509(out.get(), cert.get()))
            return false;
    }
    {
        std::unique_ptr<BIO, Free> out(BIO_new_file(QFile::encodeName(this->key(name)).constData(), "w"));
        if (!out || !PEM_write_bio_PrivateKey(out.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr))
            return false;
    }
    STACK_OF(X509)* chain = sk_X509_new_null();
    if (issuer)
        sk_X509_push(chain, X509_dup(issuer.get()));
    std::unique_ptr<PKCS12, Free> p12(
        PKCS12_create(kPassword, cn.constData(), key.get(), cert.get(), chain, 0, 0, 0, 0, 0));
    sk_X509_pop_free(chain, X509_free);
    if (!p12)
        return false;
    std::unique_ptr<BIO, Free> out(BIO_new_file(QFile::encodeName(this->p12(name)).constData(), "wb"));
    return out && i2d_PKCS12_bio(out.get(), p12.get()) == 1;
}

bool TestPki::makeStandardSet() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return makeRoot(QStringLiteral("root"), QStringLiteral("Test Central Authority CA")) &&
           makeRoot(QStringLiteral("otherroot"), QStringLiteral("Unknown CA")) &&
           makeLeaf(QStringLiteral("officer"), QStringLiteral("Olga Officer"), QStringLiteral("root")) &&
           makeLeaf(QStringLiteral("prosecutor"), QStringLiteral("Paula Prosecutor"),
                    QStringLiteral("root")) &&
           makeLeaf(QStringLiteral("expired"), QStringLiteral("Ernst Expired"), QStringLiteral("root"),
                    QStringLiteral("digitalSignature"), QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC),
                    QDateTime(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC)) &&
           makeLeaf(QStringLiteral("encipher"), QStringLiteral("Wrong Usage"), QStringLiteral("root"),
                    QStringLiteral("keyEncipherment")) &&
           makeLeaf(QStringLiteral("stranger"), QStringLiteral("Sam Stranger"),
                    QStringLiteral("otherroot")) &&
           makeLeaf(QStringLiteral("recipient"), QStringLiteral("Receiving Authority"),
                    QStringLiteral("root"), QStringLiteral("digitalSignature,keyEncipherment,keyAgreement"),
                    now.addDays(-1), now.addDays(365));
}

} // namespace mladesk::test
