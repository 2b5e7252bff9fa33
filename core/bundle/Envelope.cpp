#include "Envelope.h"

#include "bundle/OpenSsl.h"

#include <QFile>
#include <cstdio>

namespace mladesk::bundle {

Status Envelope::seal(const QString& containerPath, const QList<CertificateInfo>& recipients,
                      const QString& outPath, Cipher cipher) {
    if (recipients.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Name the recipient's certificate to encrypt for."));
    ossl::X509Stack certs(sk_X509_new_null());
    for (const CertificateInfo& c : recipients) {
        if (!c.validAt(QDateTime::currentDateTimeUtc()))
            return makeError(
                ErrorCode::InvalidInput,
                QStringLiteral("The recipient certificate %1 is not valid now (valid %2 to %3).")
                    .arg(c.subject, c.notBefore.toString(Qt::ISODate), c.notAfter.toString(Qt::ISODate)));
        sk_X509_push(certs.get(), ossl::fromDer(c.der).release());
    }
    ossl::Bio in(BIO_new_file(QFile::encodeName(containerPath).constData(), "rb"));
    if (!in)
        return makeError(ErrorCode::Io, QStringLiteral("Could not read %1.").arg(containerPath));
    const QString part = outPath + QStringLiteral(".part");
    const unsigned int flags = CMS_BINARY | CMS_STREAM;
    ossl::CmsPtr cms(CMS_encrypt(certs.get(), in.get(),
                                 cipher == Cipher::Aes256Gcm ? EVP_aes_256_gcm() : EVP_aes_256_cbc(), flags));
    if (!cms)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Could not encrypt for the recipient (%1).").arg(ossl::lastError()));
    {
        ossl::Bio out(BIO_new_file(QFile::encodeName(part).constData(), "wb"));
        if (!out)
            return makeError(ErrorCode::Io, QStringLiteral("Could not write %1.").arg(part));
        if (!i2d_CMS_bio_stream(out.get(), cms.get(), in.get(), flags) || BIO_flush(out.get()) != 1) {
            const QString why = ossl::lastError();
            out.reset();
            QFile::remove(part);
            return makeError(ErrorCode::Io,
                             QStringLiteral("Could not write the envelope %1 (%2).").arg(outPath, why));
        }
    }
    QFile::setPermissions(part, QFile::ReadOwner | QFile::WriteOwner);
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(outPath).constData()) != 0) {
        QFile::remove(part);
        return makeError(ErrorCode::Io,
                         QStringLiteral("Could not move the envelope into place at %1.").arg(outPath));
    }
    return {};
}

bool Envelope::looksEnveloped(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(2);
    return head.size() == 2 && head.at(0) == 0x30; // DER SEQUENCE; a ZIP starts with "PK"
}

Result<QByteArray> Envelope::open(const QString& path, const SigningIdentity& recipient, qint64 maxSize) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("Could not read %1: %2.").arg(path, f.errorString()));
    if (f.size() > maxSize)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("The envelope is larger than %1 bytes, the most that can be opened.")
                             .arg(maxSize));
    const QByteArray der = f.readAll();
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    ossl::CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &p, static_cast<long>(der.size())));
    const int type = cms ? OBJ_obj2nid(CMS_get0_type(cms.get())) : NID_undef;
    if (!cms || (type != NID_pkcs7_enveloped && type != NID_id_smime_ct_authEnvelopedData)) {
        ERR_clear_error();
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("The file is neither a ZIP container nor a CMS envelope."));
    }
    ossl::X509Ptr cert = ossl::fromDer(recipient.certificate().der);
    ossl::Bio out(BIO_new(BIO_s_mem()));
    if (CMS_decrypt(cms.get(), recipient.key(), cert.get(), nullptr, out.get(), CMS_BINARY) != 1) {
        ERR_clear_error();
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("The envelope cannot be opened with the certificate of %1: it was encrypted "
                           "for someone else, or it is damaged.")
                .arg(recipient.certificate().subject));
    }
    return ossl::drain(out.get());
}

} // namespace mladesk::bundle
