// mladesk-cli bundle and trust: signed request bundles and the trust store
// (docs/cli.md, docs/bundle-format.md).
#include "bundle/BundleExporter.h"
#include "bundle/BundleImporter.h"
#include "bundle/BundleVerifier.h"
#include "bundle/BundleWriter.h"
#include "bundle/SigningIdentity.h"
#include "cli/Cli.h"
#include "cli/ExitCode.h"
#include "cli/PassphraseInput.h"
#include "documents/RequestBundleDocuments.h"
#include "security/Keychain.h"
#include "services/AuditService.h"
#include "services/TrustService.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <optional>

namespace mladesk::cli {

using namespace mladesk::bundle;

namespace {

Result<SecureBytes> identityPassword(const QString& passFile, const QString& p12) {
    if (!passFile.isEmpty())
        return PassphraseInput::fromFile(passFile);
    // Remembered in the OS keychain (by the window), else a prompt.
    if (auto remembered = Keychain::readBlocking(SigningIdentity::keychainKey(p12));
        remembered.outcome == Keychain::Outcome::Ok)
        return std::move(remembered.secret);
    if (!PassphraseInput::terminalAvailable())
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("Give the password of %1 with its --…-pass-file option, or run on a terminal.")
                .arg(p12));
    return PassphraseInput::prompt(QStringLiteral("Password of %1: ").arg(QFileInfo(p12).fileName()));
}

Result<SigningIdentity> loadIdentity(const QString& p12, const QString& passFile) {
    auto password = identityPassword(passFile, p12);
    if (!password)
        return password.error();
    return SigningIdentity::load(p12, password.value());
}

QString describe(const CertificateInfo& c) {
    return QStringLiteral("%1\n  issued by %2\n  valid %3 to %4\n  key usage %5\n  SHA-256 %6\n")
        .arg(c.subject, c.issuer, c.notBefore.toString(Qt::ISODate), c.notAfter.toString(Qt::ISODate),
             c.keyUsage.isEmpty() ? QStringLiteral("(not restricted)") : c.keyUsage.join(u", "),
             c.fingerprintForPeople());
}

} // namespace

Result<QList<CertificateInfo>> Cli::trustOption() {
    QList<CertificateInfo> all;
    for (const QString& path : m_parser.values(QStringLiteral("trust"))) {
        auto loaded = certificates::load(path);
        if (!loaded)
            return loaded.error();
        all << loaded.value();
    }
    return all;
}

int Cli::bundle() {
    const QString sub = m_positional.value(1);
    const QString file = m_positional.value(2);
    if (m_positional.size() != 3 || !QStringList{QStringLiteral("export"), QStringLiteral("sign"),
                                                 QStringLiteral("verify"), QStringLiteral("import")}
                                         .contains(sub))
        return usage(
            QStringLiteral("Use \"bundle export ID\", \"bundle sign FILE\", \"bundle verify FILE\" or "
                           "\"bundle import FILE\"."));
    const QString format = m_parser.value(QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("json") && format != QLatin1String("text"))
        return usage(QStringLiteral("--format is text or json."));
    const bool json = format == QLatin1String("json");
    auto only = [&](const QStringList& options) {
        for (const QString& name : m_parser.optionNames())
            if (!options.contains(name) && name != QLatin1String("db") &&
                name != QLatin1String("passphrase-file") && name != QLatin1String("user"))
                return usage(QStringLiteral("--%1 is not an option of \"bundle %2\".").arg(name, sub)), false;
        return true;
    };

    // The recipient's own identity, to open an enveloped bundle.
    std::optional<SigningIdentity> recipient;
    auto loadRecipient = [&]() -> Status {
        if (!m_parser.isSet(QStringLiteral("recipient")))
            return {};
        auto identity = loadIdentity(m_parser.value(QStringLiteral("recipient")),
                                     m_parser.value(QStringLiteral("recipient-pass-file")));
        if (!identity)
            return identity.error();
        recipient.emplace(std::move(identity.value()));
        return {};
    };

    if (sub == QLatin1String("export")) {
        if (!only({QStringLiteral("signer"), QStringLiteral("signer-pass-file"), QStringLiteral("co-signer"),
                   QStringLiteral("co-signer-pass-file"), QStringLiteral("out"),
                   QStringLiteral("encrypt-for"), QStringLiteral("cipher")}))
            return kUsage;
        const QString out = m_parser.value(QStringLiteral("out"));
        if (out.isEmpty() || !m_parser.isSet(QStringLiteral("signer")))
            return usage(QStringLiteral("Give --signer FILE.p12 and --out FILE.asice."));
        const QString cipher = m_parser.value(QStringLiteral("cipher"));
        if (!cipher.isEmpty() && cipher != QLatin1String("gcm") && cipher != QLatin1String("cbc"))
            return usage(QStringLiteral("--cipher is gcm or cbc."));
        auto signer = loadIdentity(m_parser.value(QStringLiteral("signer")),
                                   m_parser.value(QStringLiteral("signer-pass-file")));
        if (!signer)
            return fail(signer.error());
        std::optional<SigningIdentity> coSigner;
        if (m_parser.isSet(QStringLiteral("co-signer"))) {
            auto loaded = loadIdentity(m_parser.value(QStringLiteral("co-signer")),
                                       m_parser.value(QStringLiteral("co-signer-pass-file")));
            if (!loaded)
                return fail(loaded.error());
            coSigner.emplace(std::move(loaded.value()));
        }
        BundleWriteOptions options;
        options.signers << &signer.value();
        if (coSigner)
            options.signers << &*coSigner;
        for (const SigningIdentity* s : options.signers)
            if (auto st = s->suitability(); !st)
                return fail(st.error());
        if (m_parser.isSet(QStringLiteral("encrypt-for"))) {
            auto recipients = certificates::load(m_parser.value(QStringLiteral("encrypt-for")));
            if (!recipients)
                return fail(recipients.error());
            options.encryptFor = recipients.value();
            options.cipher =
                cipher == QLatin1String("cbc") ? Envelope::Cipher::Aes256Cbc : Envelope::Cipher::Aes256Gcm;
        }
        if (auto st = openSession(); !st)
            return fail(st.error());
        auto exported =
            BundleExporter::exportRequest(*m_workspace, file, out, options, requestBundleDocuments);
        if (!exported)
            return fail(exported.error());
        m_out << "Wrote " << out << ": request " << exported->plan.reference << ", documents "
              << exported->plan.languages.join(u", ") << ", " << exported->plan.attachments
              << " attachment(s), " << exported->written.size << " bytes"
              << (options.encryptFor.isEmpty() ? "" : ", enveloped") << ".\n"
              << "SHA-256 " << exported->written.sha256 << "\nSigned by:\n";
        for (const SigningIdentity* s : options.signers)
            m_out << "  " << describe(s->certificate());
        return kDone;
    }

    if (sub == QLatin1String("sign")) {
        if (!only({QStringLiteral("signer"), QStringLiteral("signer-pass-file")}))
            return kUsage;
        if (!m_parser.isSet(QStringLiteral("signer")))
            return usage(QStringLiteral("Give --signer FILE.p12."));
        auto signer = loadIdentity(m_parser.value(QStringLiteral("signer")),
                                   m_parser.value(QStringLiteral("signer-pass-file")));
        if (!signer)
            return fail(signer.error());
        auto signedAgain = BundleWriter::addSigner(file, signer.value());
        if (!signedAgain)
            return fail(signedAgain.error());
        m_out << "Added the signature of " << signer->certificate().subject << " to " << file << ".\nSHA-256 "
              << signedAgain->sha256 << "\n";
        return kDone;
    }

    if (!only({QStringLiteral("trust"), QStringLiteral("format"), QStringLiteral("recipient"),
               QStringLiteral("recipient-pass-file")}))
        return kUsage;
    auto trusted = trustOption();
    if (!trusted)
        return fail(trusted.error());
    if (auto st = loadRecipient(); !st)
        return fail(st.error());

    if (sub == QLatin1String("verify")) {
        if (!QFileInfo::exists(file))
            return fail(makeError(ErrorCode::NotFound, QStringLiteral("There is no file %1.").arg(file)));
        VerifyOptions options;
        options.trusted = trusted.value();
        options.recipient = recipient ? &*recipient : nullptr;
        // Without --trust, the register's trust store.
        if (trusted->isEmpty()) {
            if (auto st = openSession(); !st)
                return fail(st.error());
            auto stored = m_workspace->trust().certificates();
            if (!stored)
                return fail(stored.error());
            for (const TrustedCertificate& t : stored.value())
                options.trusted << t.certificate;
        }
        const BundleReport report = BundleVerifier::verify(file, options);
        if (m_workspace)
            if (auto st = m_workspace->audit().record(
                    QStringLiteral("bundle-verify"), QStringLiteral("bundle:") + report.sha256,
                    report.verified() ? QStringLiteral("verified") : QStringLiteral("not verified"));
                !st)
                return fail(st.error());
        if (json)
            m_out << QString::fromUtf8(report.toJson());
        else
            m_out << report.toText();
        return report.verified() ? kDone : kNegative;
    }

    // import
    if (auto st = openSession(); !st)
        return fail(st.error());
    ImportOptions options;
    options.alsoTrusted = trusted.value();
    options.recipient = recipient ? &*recipient : nullptr;
    auto imported = BundleImporter::importBundle(*m_workspace, file, options);
    if (!imported)
        return fail(imported.error());
    if (json)
        m_out << QString::fromUtf8(imported->report.toJson());
    if (!imported->imported) {
        if (!json)
            m_out << imported->report.toText();
        m_err << "mladesk-cli: " << imported->report.failureSummary() << ". Nothing was imported.\n";
        return kNegative;
    }
    if (!json)
        m_out << "Imported " << file << " as incoming request " << imported->reference << " ("
              << imported->requestId << ") with " << imported->attachments << " file(s).\nBundle SHA-256 "
              << imported->report.sha256 << "\n";
    return kDone;
}

int Cli::trust() {
    const QString sub = m_positional.value(1);
    const QString format = m_parser.value(QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("json") && format != QLatin1String("table"))
        return usage(QStringLiteral("--format is table or json."));
    if (sub == QLatin1String("add") && m_positional.size() == 3) {
        QFile f(m_positional.at(2));
        if (!f.open(QIODevice::ReadOnly))
            return fail(makeError(
                ErrorCode::Io, QStringLiteral("Could not read %1: %2.").arg(f.fileName(), f.errorString())));
        const QByteArray bytes = f.read(4 * 1024 * 1024 + 1);
        if (auto st = openSession(); !st)
            return fail(st.error());
        auto added =
            m_workspace->trust().importCertificate(bytes, m_parser.value(QStringLiteral("authority")));
        if (!added)
            return fail(added.error());
        for (const TrustedCertificate& t : added.value()) {
            m_out << "Trusted " << describe(t.certificate);
            if (!t.certificate.validAt(QDateTime::currentDateTimeUtc()))
                m_out << "  Note: not valid now; bundles signed while it was valid still verify.\n";
        }
        m_out << "Compare each SHA-256 fingerprint with the partner authority over another channel "
                 "(telephone).\n";
        return kDone;
    }
    if (sub == QLatin1String("list") && m_positional.size() == 2) {
        if (auto st = openSession(); !st)
            return fail(st.error());
        auto all = m_workspace->trust().certificates();
        if (!all)
            return fail(all.error());
        if (format == QLatin1String("json")) {
            QJsonArray array;
            for (const TrustedCertificate& t : all.value())
                array.append(
                    QJsonObject{{QStringLiteral("fingerprint"), t.certificate.fingerprint},
                                {QStringLiteral("subject"), t.certificate.subject},
                                {QStringLiteral("issuer"), t.certificate.issuer},
                                {QStringLiteral("not_before"), t.certificate.notBefore.toString(Qt::ISODate)},
                                {QStringLiteral("not_after"), t.certificate.notAfter.toString(Qt::ISODate)},
                                {QStringLiteral("authority_id"),
                                 t.authorityId.isEmpty() ? QJsonValue() : QJsonValue(t.authorityId)},
                                {QStringLiteral("added_by"), t.addedBy},
                                {QStringLiteral("added_at"), t.addedAt.toString(Qt::ISODate)}});
            m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
            return kDone;
        }
        if (all->isEmpty())
            m_out << "The trust store is empty. Add a partner authority's certificate with \"trust add "
                     "FILE\".\n";
        for (const TrustedCertificate& t : all.value())
            m_out << describe(t.certificate)
                  << (t.authorityId.isEmpty() ? QString()
                                              : QStringLiteral("  authority %1\n").arg(t.authorityId));
        return kDone;
    }
    if (sub == QLatin1String("remove") && m_positional.size() == 3) {
        if (auto st = openSession(); !st)
            return fail(st.error());
        if (auto st = m_workspace->trust().removeCertificate(m_positional.at(2)); !st)
            return fail(st.error());
        m_out << "Removed " << m_positional.at(2) << " from the trust store.\n";
        return kDone;
    }
    return usage(QStringLiteral(
        "Use \"trust add FILE [--authority ID]\", \"trust list\" or \"trust remove FINGERPRINT\"."));
}

} // namespace mladesk::cli
