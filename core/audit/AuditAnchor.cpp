#include "AuditAnchor.h"

#include "audit/AuditChain.h"
#include "common/JsonReader.h"
#include "error/CoreText.h"
#include "interchange/EntityJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
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
                         text::Audit::tr("The anchor's signature could not be encoded."));
    }
    char* data = nullptr;
    const long size = BIO_get_mem_data(out.get(), &data);
    return QByteArray(data, int(size));
}

QString utcOrEmpty(const QDateTime& t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

bool isSha256Hex(const QString& text) {
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

// A whole number from 1 on, as JSON gives it; 0 when it is none.
qint64 entryNumber(const QJsonValue& value) {
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 1 || number > 9.0e15 || number != double(qint64(number)))
        return 0;
    return qint64(number);
}

// The first key given twice in one object, anywhere in the value at the
// reader; empty when there is none. QJsonDocument keeps one of the two
// values while whoever reads the text sees both: a signed statement whose
// reader and whose checker may see different things says nothing.
QString repeatedKey(JsonReader& json) {
    switch (json.peek()) {
    case JsonReader::Kind::Object: {
        json.enterObject();
        QSet<QByteArray> keys;
        while (json.nextKey()) {
            const QByteArray key = json.key().toByteArray(); // before the value is read
            if (keys.contains(key))
                return QString::fromUtf8(key);
            keys.insert(key);
            if (QString inner = repeatedKey(json); !inner.isEmpty())
                return inner;
        }
        return {};
    }
    case JsonReader::Kind::Array:
        json.enterArray();
        while (json.nextElement())
            if (QString inner = repeatedKey(json); !inner.isEmpty())
                return inner;
        return {};
    default:
        json.skip();
        return {};
    }
}

// An audit export (audit log --format json) as a statement of its head: its
// entries must be one unbroken chain, from the genesis (or from the first
// entry's prev_hash, when it does not start at entry 1), that ends exactly
// at head_seq with head_hash, and the export must say it is intact.
// Otherwise whoever signed it read one trail and vouched for another (the
// entries of the honest trail, the head of a rewritten one). Returns why it
// does not hold together, or nothing; head.at becomes the head entry's time.
QString exportDoesNotHoldTogether(const QJsonObject& o, AuditHead& head) {
    if (o.value(QStringLiteral("intact")) != QJsonValue(true))
        return text::Audit::tr("it does not say that its chain is intact (\"intact\": true)");
    const QJsonValue list = o.value(QStringLiteral("entries"));
    if (!list.isArray() || list.toArray().isEmpty())
        return text::Audit::tr("it lists no entries");
    static const QStringList kTexts{QStringLiteral("at"),     QStringLiteral("user"),
                                    QStringLiteral("action"), QStringLiteral("object"),
                                    QStringLiteral("detail"), QStringLiteral("prev_hash"),
                                    QStringLiteral("hash")};
    const QJsonArray entries = list.toArray();
    QString previous;
    qint64 expected = 0;
    AuditEntry e;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject x = entries.at(i).toObject();
        const qint64 seq = entryNumber(x.value(QStringLiteral("seq")));
        if (!entries.at(i).isObject() || seq == 0)
            return text::Audit::tr("item %1 of its entries has no entry number (seq)").arg(i + 1);
        for (const QString& field : kTexts)
            if (!x.value(field).isString())
                return text::Audit::tr("entry %1 has no text %2").arg(seq).arg(field);
        if (x.size() != kTexts.size() + 1) // what is shown but not hashed
            return text::Audit::tr("entry %1 has fields that its hash does not cover").arg(seq);
        e.seq = seq;
        e.at = parseUtc(x.value(QStringLiteral("at")).toString());
        e.user = x.value(QStringLiteral("user")).toString();
        e.action = x.value(QStringLiteral("action")).toString();
        e.object = x.value(QStringLiteral("object")).toString();
        e.detail = x.value(QStringLiteral("detail")).toString();
        e.prevHash = x.value(QStringLiteral("prev_hash")).toString();
        e.hash = x.value(QStringLiteral("hash")).toString();
        if (!e.at.isValid())
            return text::Audit::tr("entry %1 has no valid time").arg(seq);
        if (i == 0 && seq == 1 && e.prevHash != QLatin1String(AuditChain::kGenesis))
            return text::Audit::tr("entry 1 does not start the chain (its prev_hash is not 64 zeros)");
        if (i == 0 && !isSha256Hex(e.prevHash))
            return text::Audit::tr("entry %1's prev_hash is not a SHA-256 in lower-case hex").arg(seq);
        if (i > 0 && seq > expected)
            return (seq - 1 == expected
                        ? text::Audit::tr("entry %1 is not in it").arg(expected)
                        : text::Audit::tr("entries %1 to %2 are not in it").arg(expected).arg(seq - 1)) +
                   text::Audit::tr(": an export that leaves entries out (filtered by user, action or object) "
                                   "is not a whole chain");
        if (i > 0 && seq < expected)
            return text::Audit::tr("entry %1 is out of sequence").arg(seq);
        if (i > 0 && e.prevHash != previous)
            return text::Audit::tr("entry %1 does not follow the entry before it").arg(seq);
        if (AuditChain::hashOf(e) != e.hash)
            return text::Audit::tr("entry %1 does not match its hash").arg(seq);
        previous = e.hash;
        expected = seq + 1;
    }
    if (e.seq != head.seq)
        return text::Audit::tr("its entries end at entry %1, but its head_seq is %2")
            .arg(e.seq)
            .arg(head.seq);
    if (e.hash != head.hash)
        return text::Audit::tr("its entries end at entry %1 with the hash %2, but its head_hash is %3")
            .arg(e.seq)
            .arg(e.hash, head.hash);
    head.at = e.at;
    return {};
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
        return refused(text::Audit::tr("the signed content is not a JSON object"));
    JsonReader reader(QByteArrayView(json), false);
    if (const QString key = repeatedKey(reader); !key.isEmpty())
        return refused(
            text::Audit::tr("the signed content gives the key \"%1\" twice in one object").arg(key));
    if (reader.failed())
        return refused(
            text::Audit::tr("the signed content is not JSON that can be read here: %1").arg(reader.error()));
    const QJsonObject o = doc.object();
    const QString format = o.value(QStringLiteral("format")).toString();
    if (format != QLatin1String(kFormat) && format != QLatin1String(kLogFormat))
        return refused(
            text::Audit::tr("the signed content is neither an anchor statement (format \"%1\") nor an "
                            "audit export (format \"%2\")")
                .arg(QLatin1String(kFormat), QLatin1String(kLogFormat)));
    if (format == QLatin1String(kFormat) && o.value(QStringLiteral("version")).toInt(-1) != kVersion)
        return refused(text::Audit::tr("the statement's version is not %1").arg(kVersion));
    AuditHead head;
    head.registerId = o.value(QStringLiteral("register_id")).toString();
    if (head.registerId.isEmpty())
        return refused(text::Audit::tr("it names no register (register_id)"));
    head.seq = entryNumber(o.value(QStringLiteral("head_seq")));
    if (head.seq == 0)
        return refused(text::Audit::tr("head_seq is not an entry number"));
    head.hash = o.value(QStringLiteral("head_hash")).toString();
    if (!isSha256Hex(head.hash))
        return refused(text::Audit::tr("head_hash is not a SHA-256 in lower-case hex"));
    if (format == QLatin1String(kLogFormat)) {
        // Only the head is checked against the register; the entries are
        // what the signer read, so they must be the chain of that head.
        if (const QString why = exportDoesNotHoldTogether(o, head); !why.isEmpty())
            return refused(text::Audit::tr("the audit export does not hold together: %1").arg(why));
        return head;
    }
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
            text::Audit::tr("The anchor's signature is not a detached CMS SignedData; nothing was "
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
            text::Audit::tr("The statement could not be put into its signature; nothing was written."));
    }
    *slot = carried; // owned by cms from here
    return toDer(cms.get());
}

Result<AuditAnchor::Parts> AuditAnchor::separate(const QByteArray& der) {
    if (der.size() > kMaxFileSize)
        return refused(text::Audit::tr("the file is larger than %1 MiB").arg(kMaxFileSize / (1024 * 1024)));
    CmsPtr cms = parse(der);
    if (!cms)
        return refused(text::Audit::tr("the file is not DER-encoded CMS, or it is damaged"));
    if (OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed)
        return refused(text::Audit::tr("the file is CMS but not SignedData"));
    if (OBJ_obj2nid(CMS_get0_eContentType(cms.get())) != NID_pkcs7_data)
        return refused(text::Audit::tr("the signed content is not of type data"));
    ASN1_OCTET_STRING** slot = CMS_get0_content(cms.get());
    if (CMS_is_detached(cms.get()) != 0 || !slot || !*slot)
        return refused(
            text::Audit::tr("the signature does not carry the statement it signs (it is detached)"));
    Parts parts;
    parts.content =
        QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(*slot)), ASN1_STRING_length(*slot));
    if (!CMS_set_detached(cms.get(), 1))
        return refused(text::Audit::tr("the statement could not be taken out of the signature"));
    auto detached = toDer(cms.get());
    if (!detached)
        return detached.error();
    parts.detachedDer = detached.value();
    return parts;
}

} // namespace mladesk
