#include "CmsSigner.h"

#include "bundle/OpenSsl.h"
#include "error/CoreText.h"

namespace mladesk::bundle {

namespace {

// CMS_CADES adds the ESS signing-certificate-v2 attribute (RFC 5035: the
// SHA-256 of the signer's certificate with its issuer and serial) to the
// signed attributes, which CAdES baseline B requires (ETSI EN 319 122-1).
constexpr unsigned int kFlags = CMS_DETACHED | CMS_BINARY | CMS_NOSMIMECAP | CMS_CADES;

Error failed(const QString& doing) {
    return makeError(ErrorCode::InvalidInput,
                     text::Bundle::tr("Signing failed while %1 (%2).").arg(doing, ossl::lastError()));
}

// Adds the identity's chain, skipping certificates the signature has already.
void addChain(CMS_ContentInfo* cms, const SigningIdentity& signer) {
    ossl::X509Stack present(CMS_get1_certs(cms));
    for (const CertificateInfo& c : signer.chain()) {
        bool there = false;
        for (int i = 0; present && i < sk_X509_num(present.get()); ++i)
            if (ossl::toDer(sk_X509_value(present.get(), i)) == c.der)
                there = true;
        if (there)
            continue;
        ossl::X509Ptr x = ossl::fromDer(c.der);
        if (x)
            CMS_add1_cert(cms, x.get());
    }
    ERR_clear_error();
}

Result<QByteArray> toDer(CMS_ContentInfo* cms) {
    ossl::Bio out(BIO_new(BIO_s_mem()));
    if (!i2d_CMS_bio(out.get(), cms))
        return failed(text::Bundle::tr("writing the signature"));
    return ossl::drain(out.get());
}

} // namespace

Result<QByteArray> CmsSigner::sign(const QByteArray& content, const SigningIdentity& signer) {
    if (auto st = signer.suitability(); !st)
        return st.error();
    ossl::CmsPtr cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, kFlags | CMS_PARTIAL));
    if (!cms)
        return failed(text::Bundle::tr("starting the signature"));
    ossl::X509Ptr cert = ossl::fromDer(signer.certificate().der);
    if (!CMS_add1_signer(cms.get(), cert.get(), signer.key(), EVP_sha256(), kFlags))
        return failed(text::Bundle::tr("adding the signer"));
    addChain(cms.get(), signer);
    ossl::Bio data = ossl::memory(content);
    if (!CMS_final(cms.get(), data.get(), nullptr, kFlags))
        return failed(text::Bundle::tr("computing the signature"));
    return toDer(cms.get());
}

Result<QByteArray> CmsSigner::addSigner(const QByteArray& signatureDer, const QByteArray& content,
                                        const SigningIdentity& signer) {
    if (auto st = signer.suitability(); !st)
        return st.error();
    ossl::Bio in = ossl::memory(signatureDer);
    ossl::CmsPtr cms(d2i_CMS_bio(in.get(), nullptr));
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed) {
        ERR_clear_error();
        return makeError(ErrorCode::InvalidInput,
                         text::Bundle::tr("The existing signature is not CMS SignedData."));
    }
    ossl::Bio data = ossl::memory(content);
    if (CMS_verify(cms.get(), nullptr, nullptr, data.get(), nullptr,
                   CMS_NO_SIGNER_CERT_VERIFY | CMS_BINARY) != 1) {
        ERR_clear_error();
        return makeError(
            ErrorCode::InvalidInput,
            text::Bundle::tr("The existing signature does not match the bundle's manifest: the bundle "
                             "was changed after it was signed. Nothing was added."));
    }
    // CMS_get0_signers: a new stack of certificates that belong to cms.
    STACK_OF(X509)* signers = CMS_get0_signers(cms.get());
    bool already = false;
    for (int i = 0; signers && i < sk_X509_num(signers); ++i)
        already = already || ossl::toDer(sk_X509_value(signers, i)) == signer.certificate().der;
    sk_X509_free(signers);
    if (already)
        return makeError(
            ErrorCode::Conflict,
            text::Bundle::tr("%1 has signed this bundle already.").arg(signer.certificate().subject));
    ossl::X509Ptr cert = ossl::fromDer(signer.certificate().der);
    // CMS_REUSE_DIGEST takes the messageDigest of the existing signer (the
    // manifest's SHA-256, checked just above) and signs at once.
    if (!CMS_add1_signer(cms.get(), cert.get(), signer.key(), EVP_sha256(), kFlags | CMS_REUSE_DIGEST))
        return failed(text::Bundle::tr("adding the signer"));
    addChain(cms.get(), signer);
    return toDer(cms.get());
}

} // namespace mladesk::bundle
