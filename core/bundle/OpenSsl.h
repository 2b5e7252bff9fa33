#pragma once

// Owning handles for OpenSSL objects and its error queue in words (bundle/
// internals; not part of the public API).
#include <QByteArray>
#include <QString>
#include <memory>
#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

namespace mladesk::bundle::ossl {

struct Free {
    void operator()(BIO* p) const { BIO_free_all(p); }
    void operator()(X509* p) const { X509_free(p); }
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
    void operator()(CMS_ContentInfo* p) const { CMS_ContentInfo_free(p); }
    void operator()(X509_STORE* p) const { X509_STORE_free(p); }
    void operator()(X509_STORE_CTX* p) const { X509_STORE_CTX_free(p); }
    void operator()(STACK_OF(X509) * p) const { sk_X509_pop_free(p, X509_free); }
    void operator()(EVP_MD_CTX* p) const { EVP_MD_CTX_free(p); }
};
using Bio = std::unique_ptr<BIO, Free>;
using X509Ptr = std::unique_ptr<X509, Free>;
using KeyPtr = std::unique_ptr<EVP_PKEY, Free>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, Free>;
using StorePtr = std::unique_ptr<X509_STORE, Free>;
using StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, Free>;
using X509Stack = std::unique_ptr<STACK_OF(X509), Free>;

// SHA-256 through OpenSSL's EVP (SHA-NI where the CPU has it; several
// times faster than QCryptographicHash's own code).
class Sha256 {
public:
    Sha256();
    void add(const char* data, qint64 size);
    QByteArray result(); // the raw digest, empty if OpenSSL failed; once

private:
    std::unique_ptr<EVP_MD_CTX, Free> m_ctx;
    bool m_ok = false;
};

// The last OpenSSL error, for messages; clears the queue.
QString lastError();
QByteArray toDer(X509* x);
X509Ptr fromDer(const QByteArray& der);
// A read-only memory BIO over bytes that must outlive it.
Bio memory(const QByteArray& bytes);
QByteArray drain(BIO* bio);

} // namespace mladesk::bundle::ossl
