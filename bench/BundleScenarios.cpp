#include "BundleScenarios.h"

#include "BenchWork.h"
#include "bundle/BundleVerifier.h"
#include "bundle/BundleWriter.h"
#include "bundle/SigningIdentity.h"
#include "documents/DocumentModelBuilder.h"
#include "documents/PdfRenderer.h"
#include "documents/RequestDocument.h"
#include "interchange/InterchangeFormat.h"
#include "services/Session.h"
#include "services/Workspace.h"

#include <QFile>
#include <memory>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace mladesk::bench {

namespace {

constexpr char kP12Password[] = "bench-signer";

struct OpenSslFree {
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
    void operator()(X509* p) const { X509_free(p); }
    void operator()(PKCS12* p) const { PKCS12_free(p); }
    void operator()(X509_EXTENSION* p) const { X509_EXTENSION_free(p); }
};

// A self-signed signer (EC P-256, digitalSignature and nonRepudiation), made
// with the OpenSSL API for the run; it is its own trust anchor.
Result<bundle::SigningIdentity> benchSigner() {
    const auto failed = [] {
        return makeError(ErrorCode::Io, QStringLiteral("OpenSSL could not make the signer."));
    };
    std::unique_ptr<EVP_PKEY, OpenSslFree> key(EVP_EC_gen("P-256"));
    std::unique_ptr<X509, OpenSslFree> cert(X509_new());
    if (!key || !cert)
        return failed();
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 1);
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "C", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>("DE"), -1, -1,
                               0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>("mladesk-bench signer"), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 7 * 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
    for (const auto& [nid, value] : {std::pair{NID_key_usage, "critical,digitalSignature,nonRepudiation"},
                                     std::pair{NID_basic_constraints, "critical,CA:FALSE"}}) {
        std::unique_ptr<X509_EXTENSION, OpenSslFree> ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
        if (!ext || X509_add_ext(cert.get(), ext.get(), -1) != 1)
            return failed();
    }
    if (!X509_sign(cert.get(), key.get(), EVP_sha256()))
        return failed();
    std::unique_ptr<PKCS12, OpenSslFree> p12(
        PKCS12_create(kP12Password, "bench", key.get(), cert.get(), nullptr, 0, 0, 0, 0, 0));
    if (!p12)
        return failed();
    unsigned char* der = nullptr;
    const int length = i2d_PKCS12(p12.get(), &der);
    if (length <= 0)
        return failed();
    const QByteArray bytes(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return bundle::SigningIdentity::fromPkcs12(bytes,
                                               SecureBytes::fromRaw(kP12Password, qstrlen(kP12Password)));
}

QString bundlePath(const BenchWork& work) {
    return work.scratch(QStringLiteral("bench.asice"));
}

// The sources of the bench's bundle: request.json and the 4-page request's
// PDF (made in set-up: rendering is measured on its own), then the attachments.
Result<QList<bundle::BundleSource>> bundleSources(const BenchWork& work) {
    auto in = work.signedIn();
    if (!in)
        return in.error();
    auto input = requestDocumentInput(*in->workspace, work.samples().pdfRequestId);
    if (!input)
        return input.error();
    RenderOptions options;
    options.language = work.samples().pdfLanguage;
    auto pdf = PdfRenderer::render(buildDocumentModel(input.value()), options);
    if (!pdf)
        return pdf.error();
    InterchangeData data;
    data.requests << input->request;
    QList<bundle::BundleSource> sources;
    sources << bundle::BundleSource{QStringLiteral("request.json"),
                                    QStringLiteral("application/json"),
                                    InterchangeFormat::write(data),
                                    {},
                                    {},
                                    -1};
    sources << bundle::BundleSource{QStringLiteral("request-%1.pdf").arg(options.language),
                                    QStringLiteral("application/pdf"),
                                    pdf->pdf,
                                    {},
                                    {},
                                    -1};
    sources << bundle::BundleWriter::fileSources(work.attachmentFiles());
    return sources;
}

class BundleExportScenario : public Scenario {
public:
    explicit BundleExportScenario(const BenchWork& work)
        : m_work(work) {}
    Status setUp() override {
        auto signer = benchSigner();
        if (!signer)
            return signer.error();
        m_signer = std::make_unique<bundle::SigningIdentity>(std::move(signer.value()));
        auto sources = bundleSources(m_work);
        if (!sources)
            return sources.error();
        m_sources = std::move(sources.value());
        return {};
    }
    Status run(int) override {
        bundle::BundleWriteOptions options;
        options.signers = {m_signer.get()};
        auto written = bundle::BundleWriter::write(m_sources, bundlePath(m_work), options);
        if (!written)
            return written.error();
        notes.insert(QStringLiteral("bundle_bytes"), written->size);
        notes.insert(QStringLiteral("entries"), qint64(written->manifest.objects.size()));
        return {};
    }
    void after(int) override { QFile::remove(bundlePath(m_work)); }

private:
    const BenchWork& m_work;
    std::unique_ptr<bundle::SigningIdentity> m_signer;
    QList<bundle::BundleSource> m_sources;
};

class BundleVerifyScenario : public Scenario {
public:
    explicit BundleVerifyScenario(const BenchWork& work)
        : m_work(work) {}
    Status setUp() override {
        auto signer = benchSigner();
        if (!signer)
            return signer.error();
        auto sources = bundleSources(m_work);
        if (!sources)
            return sources.error();
        bundle::BundleWriteOptions options;
        options.signers = {&signer.value()};
        if (auto written = bundle::BundleWriter::write(sources.value(), bundlePath(m_work), options);
            !written)
            return written.error();
        m_options.trusted = {signer->certificate()};
        return {};
    }
    Status run(int) override {
        const bundle::BundleReport report = bundle::BundleVerifier::verify(bundlePath(m_work), m_options);
        notes.insert(QStringLiteral("verified"), report.verified());
        if (!report.verified())
            return makeError(ErrorCode::Conflict, QStringLiteral("The bench's bundle did not verify."));
        return {};
    }
    ~BundleVerifyScenario() override { QFile::remove(bundlePath(m_work)); }

private:
    const BenchWork& m_work;
    bundle::VerifyOptions m_options;
};

} // namespace

QList<ScenarioInfo> bundleScenarios() {
    ScenarioInfo exporting;
    exporting.name = QStringLiteral("bundle-export-sign");
    exporting.description =
        QStringLiteral("write and sign an ASiC-E bundle with the attachments (BundleWriter)");
    exporting.baseline = QStringLiteral("sha256-attachments");
    exporting.targetRatio = 1 / 0.6;
    exporting.targetAboveIdleMb = 100;
    exporting.make = [](const BenchWork& w) {
        return std::make_unique<BundleExportScenario>(w);
    };
    ScenarioInfo verifying;
    verifying.name = QStringLiteral("bundle-verify");
    verifying.description = QStringLiteral("verify that bundle (BundleVerifier)");
    verifying.baseline = QStringLiteral("sha256-attachments");
    verifying.targetRatio = 1 / 0.6;
    verifying.targetAboveIdleMb = 100;
    verifying.make = [](const BenchWork& w) {
        return std::make_unique<BundleVerifyScenario>(w);
    };
    return {exporting, verifying};
}

QList<PendingScenario> pendingBundleScenarios() {
    return {};
}

} // namespace mladesk::bench
