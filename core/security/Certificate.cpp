#include "Certificate.h"

#include "error/CoreText.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>
#include <memory>
#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace mladesk {

namespace {

constexpr qint64 kMaxCertificate = 64 * 1024;
constexpr qint64 kMaxFile = 4 * 1024 * 1024;

struct X509Free {
    void operator()(X509* x) const { X509_free(x); }
};
struct BioFree {
    void operator()(BIO* b) const { BIO_free(b); }
};

QString nameText(const X509_NAME* name) {
    std::unique_ptr<BIO, BioFree> bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, static_cast<qsizetype>(size));
}

QDateTime timeOf(const ASN1_TIME* time) {
    std::tm tm{};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

} // namespace

QString CertificateInfo::fingerprintForPeople() const {
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < fingerprint.size(); i += 2)
        pairs << fingerprint.mid(i, 2).toUpper();
    return pairs.join(u':');
}

namespace certificates {

Result<CertificateInfo> fromDer(const QByteArray& der) {
    if (der.isEmpty() || der.size() > kMaxCertificate)
        return makeError(ErrorCode::InvalidInput,
                         text::Security::tr("This is not a certificate (empty, or larger than 64 KiB)."));
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    std::unique_ptr<X509, X509Free> x(d2i_X509(nullptr, &p, static_cast<long>(der.size())));
    if (!x || p != reinterpret_cast<const unsigned char*>(der.constData()) + der.size())
        return makeError(ErrorCode::InvalidInput,
                         text::Security::tr("This is not a DER or PEM X.509 certificate, or it is damaged."));
    CertificateInfo info;
    info.der = der;
    info.fingerprint = QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
    info.subject = nameText(X509_get_subject_name(x.get()));
    info.issuer = nameText(X509_get_issuer_name(x.get()));
    if (const ASN1_INTEGER* serial = X509_get0_serialNumber(x.get())) {
        info.serial =
            QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(serial)),
                                           ASN1_STRING_length(serial))
                                    .toHex());
    }
    info.notBefore = timeOf(X509_get0_notBefore(x.get()));
    info.notAfter = timeOf(X509_get0_notAfter(x.get()));
    info.selfSigned = (X509_get_extension_flags(x.get()) & EXFLAG_SS) != 0;
    info.isCa = X509_check_ca(x.get()) != 0;
    const uint32_t usage = X509_get_key_usage(x.get());
    if (usage != UINT32_MAX) {
        const std::pair<uint32_t, const char*> names[] = {{KU_DIGITAL_SIGNATURE, "digitalSignature"},
                                                          {KU_NON_REPUDIATION, "nonRepudiation"},
                                                          {KU_KEY_ENCIPHERMENT, "keyEncipherment"},
                                                          {KU_DATA_ENCIPHERMENT, "dataEncipherment"},
                                                          {KU_KEY_AGREEMENT, "keyAgreement"},
                                                          {KU_KEY_CERT_SIGN, "keyCertSign"},
                                                          {KU_CRL_SIGN, "cRLSign"}};
        for (const auto& [bit, name] : names)
            if (usage & bit)
                info.keyUsage << QString::fromLatin1(name);
        info.canSign = (usage & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION)) != 0;
    }
    return info;
}

Result<QList<CertificateInfo>> parse(const QByteArray& pemOrDer) {
    if (pemOrDer.size() > kMaxFile)
        return makeError(ErrorCode::InvalidInput,
                         text::Security::tr("The certificate file is larger than 4 MiB."));
    if (!pemOrDer.contains("-----BEGIN")) {
        auto one = fromDer(pemOrDer);
        if (!one)
            return one.error();
        return QList<CertificateInfo>{one.value()};
    }
    QList<CertificateInfo> all;
    std::unique_ptr<BIO, BioFree> bio(
        BIO_new_mem_buf(pemOrDer.constData(), static_cast<int>(pemOrDer.size())));
    while (true) {
        std::unique_ptr<X509, X509Free> x(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
        if (!x)
            break;
        unsigned char* out = nullptr;
        const int size = i2d_X509(x.get(), &out);
        if (size <= 0)
            break;
        QByteArray der(reinterpret_cast<const char*>(out), size);
        OPENSSL_free(out);
        auto info = fromDer(der);
        if (!info)
            return info.error();
        all << info.value();
    }
    if (all.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         text::Security::tr(
                             "No certificate found: the file has no readable \"BEGIN CERTIFICATE\" block."));
    return all;
}

Result<QList<CertificateInfo>> load(const QString& fileOrFolder) {
    const QFileInfo info(fileOrFolder);
    QStringList files;
    if (info.isDir()) {
        const QDir dir(fileOrFolder);
        for (const QString& name : dir.entryList({QStringLiteral("*.pem"), QStringLiteral("*.crt"),
                                                  QStringLiteral("*.cer"), QStringLiteral("*.der")},
                                                 QDir::Files, QDir::Name))
            files << dir.filePath(name);
        if (files.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             text::Security::tr("The folder %1 holds no .pem, .crt, .cer or .der file.")
                                 .arg(fileOrFolder));
    } else {
        files << fileOrFolder;
    }
    QList<CertificateInfo> all;
    for (const QString& path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io,
                             text::Security::tr("Could not read %1: %2.").arg(path, f.errorString()));
        const QByteArray bytes = f.read(kMaxFile + 1);
        // A folder may hold keys beside certificates: PEM without a certificate is skipped.
        if (info.isDir() && bytes.contains("-----BEGIN") && !bytes.contains("-----BEGIN CERTIFICATE"))
            continue;
        auto parsed = parse(bytes);
        if (!parsed)
            return makeError(parsed.error().code, path + QStringLiteral(": ") + parsed.error().message);
        all << parsed.value();
    }
    return all;
}

QString normalizeFingerprint(const QString& text) {
    QString hex;
    for (QChar c : text)
        if (c.isLetterOrNumber())
            hex += c.toLower();
    return hex;
}

} // namespace certificates

} // namespace mladesk
