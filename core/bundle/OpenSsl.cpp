#include "OpenSsl.h"

namespace mladesk::bundle::ossl {

QString lastError() {
    const unsigned long code = ERR_peek_last_error();
    ERR_clear_error();
    if (code == 0)
        return QStringLiteral("unknown error");
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
