#include "AuditAnchor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <memory>
#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>

namespace mladesk {

namespace {

struct CmsFree {
    void operator()(CMS_ContentInfo* p) const { CMS_ContentInfo_free(p); }
    void operator()(BIO* p) const { BIO_free_all(p); }
};
using CmsPtr = std::unique_ptr<CMS_ContentInfo, CmsFree>;
using BioPtr = std::unique_ptr<BIO, CmsFree>;

Error refused(const QString& why) {
    ERR_clear_error();
    return makeError(ErrorCode::InvalidInput, why + u'.'); // callers say which file
}

CmsPtr parse(const QByteArray& der) {
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &p, static_cast<long>(der.size())));
    if (cms && p != reinterpret_cast<const unsigned char*>(der.constData()) + der.size())
        cms.reset(); // bytes after the structure
    return cms;
}

Result<QByteArray> toDer(CMS_ContentInfo* cms) {
    BioPtr out(BIO_new(BIO_s_mem()));
    if (!out || !i2d_CMS_bio(out.get(), cms)) {
        ERR_clear_error();
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("The anchor's signature could not be encoded."));
    }
    char* data = nullptr;
    const long size = BIO_get_mem_data(out.get(), &data);
    return QByteArray(data, int(size));
}

QString utcOrEmpty(const QDateTime& t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QByteArray AuditAnchor::statement(const AuditHead& head) {
    const QJsonObject o{{QStringLiteral("format"), QLatin1String(kFormat)},
                        {QStringLiteral("version"), kVersion},
                        {QStringLiteral("register_id"), head.registerId},
                        {QStringLiteral("head_seq"), head.seq},
                        {QStringLiteral("head_hash"), head.hash},
                        {QStringLiteral("head_at"), utcOrEmpty(head.at)},
                        {QStringLiteral("anchored_at"), utcOrEmpty(head.anchoredAt)},
                        {QStringLiteral("anchored_by"), head.anchoredBy}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<AuditHead> AuditAnchor::parseStatement(const QByteArray& json) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return refused(QStringLiteral("the signed content is not a JSON object"));
    const QJsonObject o = doc.object();
    const QString format = o.value(QStringLiteral("format")).toString();
    if (format != QLatin1String(kFormat) && format != QLatin1String(kLogFormat))
        return refused(
            QStringLiteral("the signed content is neither an anchor statement (format \"%1\") nor an "
                           "audit export (format \"%2\")")
                .arg(QLatin1String(kFormat), QLatin1String(kLogFormat)));
    if (format == QLatin1String(kFormat) && o.value(QStringLiteral("version")).toInt(-1) != kVersion)
        return refused(QStringLiteral("the statement's version is not %1").arg(kVersion));
    AuditHead head;
    head.registerId = o.value(QStringLiteral("register_id")).toString();
    if (head.registerId.isEmpty())
        return refused(QStringLiteral("it names no register (register_id)"));
    const QJsonValue seq = o.value(QStringLiteral("head_seq"));
    const double number = seq.toDouble(-1);
    if (!seq.isDouble() || number < 1 || number > 9.0e15 || number != double(qint64(number)))
        return refused(QStringLiteral("head_seq is not an entry number"));
    head.seq = qint64(number);
    head.hash = o.value(QStringLiteral("head_hash")).toString();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(head.hash).hasMatch())
        return refused(QStringLiteral("head_hash is not a SHA-256 in lower-case hex"));
    head.at = QDateTime::fromString(o.value(QStringLiteral("head_at")).toString(), Qt::ISODate);
    head.anchoredAt = QDateTime::fromString(o.value(QStringLiteral("anchored_at")).toString(), Qt::ISODate);
    head.anchoredBy = o.value(QStringLiteral("anchored_by")).toString();
    return head;
}

Result<QByteArray> AuditAnchor::encapsulate(const QByteArray& detachedDer, const QByteArray& content) {
    CmsPtr cms = parse(detachedDer);
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed || CMS_is_detached(cms.get()) != 1)
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("The anchor's signature is not a detached CMS SignedData; nothing was "
                           "written."));
    ASN1_OCTET_STRING** slot = CMS_get0_content(cms.get());
    ASN1_OCTET_STRING* carried = ASN1_OCTET_STRING_new();
    if (!slot || !carried ||
        !ASN1_OCTET_STRING_set(carried, reinterpret_cast<const unsigned char*>(content.constData()),
                               int(content.size()))) {
        ASN1_OCTET_STRING_free(carried);
        ERR_clear_error();
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("The statement could not be put into its signature; nothing was written."));
    }
    *slot = carried; // owned by cms from here
    return toDer(cms.get());
}

Result<AuditAnchor::Parts> AuditAnchor::separate(const QByteArray& der) {
    if (der.size() > kMaxFileSize)
        return refused(QStringLiteral("the file is larger than %1 MiB").arg(kMaxFileSize / (1024 * 1024)));
    CmsPtr cms = parse(der);
    if (!cms)
        return refused(QStringLiteral("the file is not DER-encoded CMS, or it is damaged"));
    if (OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed)
        return refused(QStringLiteral("the file is CMS but not SignedData"));
    if (OBJ_obj2nid(CMS_get0_eContentType(cms.get())) != NID_pkcs7_data)
        return refused(QStringLiteral("the signed content is not of type data"));
    ASN1_OCTET_STRING** slot = CMS_get0_content(cms.get());
    if (CMS_is_detached(cms.get()) != 0 || !slot || !*slot)
        return refused(
            QStringLiteral("the signature does not carry the statement it signs (it is detached)"));
    Parts parts;
    parts.content =
        QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(*slot)), ASN1_STRING_length(*slot));
    if (!CMS_set_detached(cms.get(), 1))
        return refused(QStringLiteral("the statement could not be taken out of the signature"));
    auto detached = toDer(cms.get());
    if (!detached)
        return detached.error();
    parts.detachedDer = detached.value();
    return parts;
}

} // namespace mladesk
