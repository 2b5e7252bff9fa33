#include "CmsVerifier.h"

#include "bundle/OpenSsl.h"
#include "error/CoreText.h"

#include <QCryptographicHash>
#include <QTimeZone>
#include <ctime>
#include <openssl/ess.h>
#include <openssl/x509v3.h>

namespace mladesk::bundle {

namespace {

QDateTime signingTimeOf(CMS_SignerInfo* si) {
    const int index = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1);
    if (index < 0)
        return {};
    X509_ATTRIBUTE* attribute = CMS_signed_get_attr(si, index);
    ASN1_TYPE* value = attribute ? X509_ATTRIBUTE_get0_type(attribute, 0) : nullptr;
    if (!value || (value->type != V_ASN1_UTCTIME && value->type != V_ASN1_GENERALIZEDTIME))
        return {};
    std::tm tm{};
    if (ASN1_TIME_to_tm(value->value.utctime, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

QString chainProblem(int error, const QString& subject) {
    switch (error) {
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
        return text::BundleReport::tr(
                   "%1 is not trusted: neither the certificate nor its issuers are in the trust store. "
                   "Confirm the partner authority's certificate by its fingerprint and add it with "
                   "\"trust add\".")
            .arg(subject);
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return text::BundleReport::tr("a certificate of %1's chain had expired when the bundle was signed")
            .arg(subject);
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return text::BundleReport::tr(
                   "a certificate of %1's chain was not yet valid when the bundle was signed")
            .arg(subject);
    case X509_V_ERR_INVALID_CA:
        return text::BundleReport::tr("an issuer in %1's chain is not a certification authority")
            .arg(subject);
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
        return text::BundleReport::tr(
                   "a certificate in %1's chain has an invalid signature (forged or damaged)")
            .arg(subject);
    default:
        return text::BundleReport::tr("%1's certificate chain does not verify: %2")
            .arg(subject, QString::fromLatin1(X509_verify_cert_error_string(error)));
    }
}

// The signed ESS signing-certificate attribute of si, DER-decoded; nullptr
// when absent. *problem says why when it is there but unusable (twice, two
// values, not DER).
template <typename Value>
Value* essAttribute(CMS_SignerInfo* si, int nid, Value* (*decode)(Value**, const unsigned char**, long),
                    QString* problem) {
    const int first = CMS_signed_get_attr_by_NID(si, nid, -1);
    if (first < 0)
        return nullptr;
    X509_ATTRIBUTE* attribute = CMS_signed_get_attr(si, first);
    ASN1_TYPE* value =
        X509_ATTRIBUTE_count(attribute) == 1 ? X509_ATTRIBUTE_get0_type(attribute, 0) : nullptr;
    if (CMS_signed_get_attr_by_NID(si, nid, first) >= 0 || !value || value->type != V_ASN1_SEQUENCE) {
        *problem = text::BundleReport::tr("the signing-certificate attribute is repeated or malformed");
        return nullptr;
    }
    const unsigned char* p = value->value.sequence->data;
    const long length = value->value.sequence->length;
    Value* decoded = decode(nullptr, &p, length);
    if (!decoded || p != value->value.sequence->data + length)
        *problem = text::BundleReport::tr("the signing-certificate attribute is malformed");
    return decoded;
}

// CAdES-B (ETSI EN 319 122-1, 5.2.2.3 and 6.3): the signed attributes name
// the signer's certificate by its hash, issuer and serial (ESS
// signing-certificate-v2, RFC 5035; the SHA-1 signing-certificate of RFC
// 2634 is accepted too), so that no other certificate for the same key can
// be put in its place. Empty when it does; otherwise why not.
QString certificateBindingProblem(CMS_SignerInfo* si, X509* cert) {
    QString problem;
    std::unique_ptr<ESS_SIGNING_CERT_V2, void (*)(ESS_SIGNING_CERT_V2*)> v2(
        essAttribute(si, NID_id_smime_aa_signingCertificateV2, d2i_ESS_SIGNING_CERT_V2, &problem),
        ESS_SIGNING_CERT_V2_free);
    std::unique_ptr<ESS_SIGNING_CERT, void (*)(ESS_SIGNING_CERT*)> v1(
        essAttribute(si, NID_id_smime_aa_signingCertificate, d2i_ESS_SIGNING_CERT, &problem),
        ESS_SIGNING_CERT_free);
    if (!problem.isEmpty())
        return problem;
    if (!v1 && !v2)
        return text::BundleReport::tr(
            "the signed attributes do not name the signer's certificate (no ESS signing-certificate-v2, RFC "
            "5035): this is not a CAdES signature (ETSI EN 319 122-1). Ask the sender to sign with a CAdES "
            "tool (openssl: cms -sign -cades)");
    ossl::X509Stack chain(sk_X509_new_null());
    if (!chain || !sk_X509_push(chain.get(), X509_dup(cert)))
        return text::BundleReport::tr("out of memory while checking the signing certificate");
    const int bound = OSSL_ESS_check_signing_certs(v1.get(), v2.get(), chain.get(), 1);
    ERR_clear_error();
    if (bound != 1)
        return text::BundleReport::tr(
            "the signing-certificate attribute names another certificate than the one in the signature: "
            "the certificate was replaced");
    return {};
}

struct ChainResult {
    int error = X509_V_OK;
    QString anchor;
};

ChainResult checkChain(X509* leaf, STACK_OF(X509) * untrusted, const QList<CertificateInfo>& trusted,
                       const QDateTime& at, bool checkTime) {
    ossl::StorePtr store(X509_STORE_new());
    for (const CertificateInfo& c : trusted) {
        ossl::X509Ptr x = ossl::fromDer(c.der);
        if (x)
            X509_STORE_add_cert(store.get(), x.get());
    }
    ERR_clear_error();
    ossl::StoreCtxPtr ctx(X509_STORE_CTX_new());
    X509_STORE_CTX_init(ctx.get(), store.get(), leaf, untrusted);
    unsigned long flags = X509_V_FLAG_PARTIAL_CHAIN;
    if (checkTime)
        X509_STORE_CTX_set_time(ctx.get(), 0, time_t(at.toSecsSinceEpoch()));
    else
        flags |= X509_V_FLAG_NO_CHECK_TIME;
    X509_STORE_CTX_set_flags(ctx.get(), flags);
    ChainResult result;
    if (X509_verify_cert(ctx.get()) != 1) {
        result.error = X509_STORE_CTX_get_error(ctx.get());
        if (result.error == X509_V_OK)
            result.error = X509_V_ERR_UNSPECIFIED;
    } else if (STACK_OF(X509)* chain = X509_STORE_CTX_get0_chain(ctx.get());
               chain && sk_X509_num(chain) > 0) {
        auto info = certificates::fromDer(ossl::toDer(sk_X509_value(chain, sk_X509_num(chain) - 1)));
        if (info)
            result.anchor = info->subject;
    }
    ERR_clear_error();
    return result;
}

} // namespace

void CmsVerifier::verify(const QByteArray& signatureDer, const QByteArray& content,
                         const QList<CertificateInfo>& trusted, qint64 maxSize, int maxSigners,
                         BundleReport& report, const QDateTime& now, const QString& signatureName) {
    const QString& kSignature = signatureName;
    if (signatureDer.size() > maxSize) {
        report.add(QStringLiteral("signature"), kSignature, false,
                   text::BundleReport::tr("the signature is larger than %1 bytes").arg(maxSize));
        return;
    }
    const auto* p = reinterpret_cast<const unsigned char*>(signatureDer.constData());
    ossl::CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &p, static_cast<long>(signatureDer.size())));
    if (!cms || p != reinterpret_cast<const unsigned char*>(signatureDer.constData()) + signatureDer.size()) {
        ERR_clear_error();
        report.add(QStringLiteral("signature"), kSignature, false,
                   text::BundleReport::tr(
                       "the signature file is not DER-encoded CMS, or it is damaged or replaced"));
        return;
    }
    if (OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed) {
        report.add(QStringLiteral("signature"), kSignature, false,
                   text::BundleReport::tr("the signature file is CMS but not SignedData"));
        return;
    }
    if (CMS_is_detached(cms.get()) != 1) {
        report.add(
            QStringLiteral("signature"), kSignature, false,
            text::BundleReport::tr("the signature carries its own content instead of signing the manifest "
                                   "(it must be detached)"));
        return;
    }
    STACK_OF(CMS_SignerInfo)* infos = CMS_get0_SignerInfos(cms.get());
    const int count = infos ? sk_CMS_SignerInfo_num(infos) : 0;
    if (count == 0 || count > maxSigners) {
        report.add(QStringLiteral("signature"), kSignature, false,
                   count == 0
                       ? text::BundleReport::tr("the signature has no signer")
                       : text::BundleReport::tr("the signature has more than %1 signers").arg(maxSigners));
        return;
    }
    report.add(QStringLiteral("signature"), kSignature, true,
               text::BundleReport::tr("CMS SignedData, detached, %1 signer(s)").arg(count));
    // Associates each SignerInfo with its certificate from the signature.
    CMS_set1_signers_certs(cms.get(), nullptr, 0);
    ERR_clear_error();
    ossl::X509Stack untrusted(CMS_get1_certs(cms.get()));
    const QByteArray digest = QCryptographicHash::hash(content, QCryptographicHash::Sha256);

    for (int i = 0; i < count; ++i) {
        CMS_SignerInfo* si = sk_CMS_SignerInfo_value(infos, i);
        SignerReport signer;
        X509* cert = nullptr;
        X509_ALGOR* digestAlgorithm = nullptr;
        CMS_SignerInfo_get0_algs(si, nullptr, &cert, &digestAlgorithm, nullptr);
        QString who = QStringLiteral("signer %1").arg(i + 1);
        if (cert) {
            if (auto info = certificates::fromDer(ossl::toDer(cert)))
                signer.certificate = info.value();
            who = signer.certificate.subject;
        }
        signer.signingTime = signingTimeOf(si);
        bool passed = true;
        auto check = [&](const char* kind, bool ok, const QString& reason) {
            report.add(QString::fromLatin1(kind), who, ok, reason);
            passed = passed && ok;
        };

        // The signature value over the signed attributes, and their digest of the manifest.
        const ASN1_OBJECT* algorithm = nullptr;
        if (digestAlgorithm)
            X509_ALGOR_get0(&algorithm, nullptr, nullptr, digestAlgorithm);
        const int digestNid = algorithm ? OBJ_obj2nid(algorithm) : NID_undef;
        QString signatureProblem;
        if (!cert)
            signatureProblem =
                text::BundleReport::tr("the signature does not include the signer's certificate");
        else if (digestNid != NID_sha256)
            signatureProblem = text::BundleReport::tr("the signer used %1, not SHA-256")
                                   .arg(QString::fromLatin1(digestNid == NID_undef ? "an unknown digest"
                                                                                   : OBJ_nid2sn(digestNid)));
        else if (CMS_signed_get_attr_count(si) <= 0)
            signatureProblem =
                text::BundleReport::tr("the signer's signature has no signed attributes (no signing time)");
        else if (CMS_SignerInfo_verify(si) != 1)
            signatureProblem =
                text::BundleReport::tr("the signature value is invalid: the signature was forged, damaged or "
                                       "replaced");
        else {
            const auto* md = static_cast<const ASN1_OCTET_STRING*>(CMS_signed_get0_data_by_OBJ(
                si, OBJ_nid2obj(NID_pkcs9_messageDigest), -3, V_ASN1_OCTET_STRING));
            if (!md || QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(md)),
                                  ASN1_STRING_length(md)) != digest)
                signatureProblem =
                    text::BundleReport::tr("the signature does not cover this manifest: the manifest was "
                                           "changed after signing");
            else
                signatureProblem = certificateBindingProblem(si, cert);
        }
        ERR_clear_error();
        check("signer-signature", signatureProblem.isEmpty(),
              signatureProblem.isEmpty()
                  ? text::BundleReport::tr("valid CAdES signature over the manifest (SHA-256), bound to its "
                                           "certificate")
                  : signatureProblem);

        if (!cert) {
            check("signer-trust", false,
                  text::BundleReport::tr("without the signer's certificate nothing can be checked"));
            report.signers << signer;
            continue;
        }
        // Who: chains to the trust store (times aside).
        const ChainResult trust = checkChain(cert, untrusted.get(), trusted, now, false);
        signer.trustAnchor = trust.anchor;
        if (trusted.isEmpty())
            check("signer-trust", false,
                  text::BundleReport::tr(
                      "the trust store is empty: add the partner authority's certificate (\"trust add\", "
                      "or --trust) after confirming its fingerprint"));
        else
            check("signer-trust", trust.error == X509_V_OK,
                  trust.error == X509_V_OK
                      ? text::BundleReport::tr("chains to the trusted certificate %1").arg(trust.anchor)
                      : chainProblem(trust.error, who));

        // When: valid at the signed signing time, which is not in the future.
        if (!signer.signingTime.isValid()) {
            check("signer-validity", false,
                  text::BundleReport::tr(
                      "the signature has no signing time; the certificate's validity cannot be checked"));
        } else if (signer.signingTime > now.addSecs(600)) {
            check("signer-validity", false,
                  text::BundleReport::tr("the signing time %1 is in the future")
                      .arg(signer.signingTime.toString(Qt::ISODate)));
        } else if (!signer.certificate.validAt(signer.signingTime)) {
            check("signer-validity", false,
                  signer.signingTime > signer.certificate.notAfter
                      ? text::BundleReport::tr(
                            "the certificate had expired (on %1) when the bundle was signed on %2")
                            .arg(signer.certificate.notAfter.toString(Qt::ISODate),
                                 signer.signingTime.toString(Qt::ISODate))
                      : text::BundleReport::tr(
                            "the certificate was not yet valid (from %1) when the bundle was signed on %2")
                            .arg(signer.certificate.notBefore.toString(Qt::ISODate),
                                 signer.signingTime.toString(Qt::ISODate)));
        } else if (trust.error == X509_V_OK) {
            const ChainResult timed = checkChain(cert, untrusted.get(), trusted, signer.signingTime, true);
            check("signer-validity", timed.error == X509_V_OK,
                  timed.error == X509_V_OK
                      ? text::BundleReport::tr("the certificate chain was valid when signed on %1")
                            .arg(signer.signingTime.toString(Qt::ISODate))
                      : chainProblem(timed.error, who));
        } else {
            check("signer-validity", true,
                  text::BundleReport::tr(
                      "the certificate was valid when signed on %1 (its issuers could not be checked)")
                      .arg(signer.signingTime.toString(Qt::ISODate)));
        }

        // What for: a certificate for signatures.
        check("signer-key-usage", signer.certificate.canSign,
              signer.certificate.canSign
                  ? text::BundleReport::tr("key usage allows signatures")
                  : text::BundleReport::tr(
                        "the certificate's key usage (%1) does not allow signatures (digitalSignature or "
                        "nonRepudiation)")
                        .arg(signer.certificate.keyUsage.join(u", ")));
        signer.passed = passed;
        report.signers << signer;
    }
}

} // namespace mladesk::bundle
