#include "OpenSsl.h"

#include "error/CoreText.h"

namespace mladesk::bundle::ossl {

Sha256::Sha256()
    : m_ctx(EVP_MD_CTX_new()) {
    m_ok = m_ctx && EVP_DigestInit_ex(m_ctx.get(), EVP_sha256(), nullptr) == 1;
}

void Sha256::add(const char* data, qint64 size) {
    if (m_ok && size > 0 && EVP_DigestUpdate(m_ctx.get(), data, size_t(size)) != 1)
        m_ok = false;
}

QByteArray Sha256::result() {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!m_ok || EVP_DigestFinal_ex(m_ctx.get(), digest, &length) != 1)
        return {};
    m_ok = false;
    return QByteArray(reinterpret_cast<const char*>(digest), qsizetype(length));
}

QString lastError() {
    const unsigned long code = ERR_peek_last_error();
    ERR_clear_error();
    if (code == 0)
        return text::Bundle::tr("unknown error");
    char text[256];
    ERR_error_string_n(code, text, sizeof(text));
    return QString::fromLatin1(text);
}

QByteArray toDer(X509* x) {
    unsigned char* out = nullptr;
    const int size = i2d_X509(x, &out);
    if (size <= 0)
        return {};
    QByteArray der(reinterpret_cast<const char*>(out), size);
    OPENSSL_free(out);
    return der;
}

X509Ptr fromDer(const QByteArray& der) {
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &p, static_cast<long>(der.size())));
}

Bio memory(const QByteArray& bytes) {
    return Bio(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
}

QByteArray drain(BIO* bio) {
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

} // namespace mladesk::bundle::ossl
