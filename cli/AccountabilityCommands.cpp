// mladesk-cli commands for workflow, approval, users and the audit trail.
#include "audit/AuditAnchor.h"
#include "bundle/BundleReport.h"
#include "bundle/CmsSigner.h"
#include "bundle/CmsVerifier.h"
#include "bundle/SigningIdentity.h"
#include "cli/Cli.h"
#include "cli/ExitCode.h"
#include "cli/PassphraseInput.h"
#include "cli/RequestOutput.h"
#include "common/UtcText.h"
#include "error/FileError.h"
#include "security/Keychain.h"
#include "services/AuditService.h"
#include "services/RequestService.h"
#include "services/UserService.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace mladesk::cli {

namespace {

// The password of the .p12 that signs an anchor: its file, the keychain
// (remembered by the window), else the terminal.
Result<SecureBytes> signerPassword(const QString& passFile, const QString& p12) {
    if (!passFile.isEmpty())
        return PassphraseInput::fromFile(passFile);
    if (auto remembered = Keychain::readBlocking(bundle::SigningIdentity::keychainKey(p12));
        remembered.outcome == Keychain::Outcome::Ok)
        return std::move(remembered.secret);
    if (!PassphraseInput::terminalAvailable())
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("Give the password of %1 with --signer-pass-file, or run on a terminal.")
                .arg(p12));
    return PassphraseInput::prompt(QStringLiteral("Password of %1: ").arg(QFileInfo(p12).fileName()));
}

// An anchor file whose signature verified against the certificates given.
struct ReadAnchor {
    QString file;
    AuditHead head;
    CertificateInfo signer;
    QDateTime signingTime;
};

Error anchorRefused(const QString& file, const QString& why) {
    return makeError(ErrorCode::InvalidInput, QStringLiteral("The anchor %1 is refused: %2").arg(file, why));
}

Result<ReadAnchor> readAnchor(const QString& path, const QList<CertificateInfo>& trusted) {
    QFile f(path);
    if (!f.exists())
        return makeError(ErrorCode::NotFound, QStringLiteral("There is no file %1.").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("Could not read %1: %2.").arg(path, f.errorString()));
    if (f.size() > AuditAnchor::kMaxFileSize)
        return anchorRefused(
            path, QStringLiteral("it is larger than %1 MiB.").arg(AuditAnchor::kMaxFileSize / (1024 * 1024)));
    auto parts = AuditAnchor::separate(f.readAll());
    if (!parts)
        return anchorRefused(path, parts.error().message);
    // The signature with core/bundle's verifier; its reasons speak of a
    // bundle's manifest, the content signed here is the anchor's statement.
    bundle::BundleReport report;
    bundle::CmsVerifier::verify(parts->detachedDer, parts->content, trusted, AuditAnchor::kMaxFileSize, 4,
                                report);
    if (!report.verified()) {
        QStringList reasons;
        for (const bundle::BundleCheck& c : report.failures()) {
            if (c.kind == QLatin1String("signer-trust") && !c.subject.isEmpty())
                reasons << QStringLiteral(
                               "%1 is not trusted: it does not chain to a certificate given with --trust")
                               .arg(c.subject);
            else
                reasons << QString(c.reason)
                               .replace(QStringLiteral("this manifest"), QStringLiteral("this statement"))
                               .replace(QStringLiteral("the manifest"), QStringLiteral("the statement"))
                               .replace(QStringLiteral("the bundle"), QStringLiteral("the anchor"));
        }
        return anchorRefused(path, reasons.join(QStringLiteral("; ")) + u'.');
    }
    auto head = AuditAnchor::parseStatement(parts->content);
    if (!head)
        return anchorRefused(path, head.error().message);
    return ReadAnchor{path, head.value(), report.signers.first().certificate,
                      report.signers.first().signingTime};
}

QJsonObject auditJson(const AuditEntry& e) {
    return {{QStringLiteral("seq"), e.seq},
            {QStringLiteral("at"), e.at.toString(Qt::ISODate)},
            {QStringLiteral("user"), e.user},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("object"), e.object},
            {QStringLiteral("detail"), e.detail},
            {QStringLiteral("prev_hash"), e.prevHash},
            {QStringLiteral("hash"), e.hash}};
}

} // namespace

int Cli::status() {
    if (auto st = openSession(); !st)
        return fail(st.error());
    QDateTime sentAt;
    if (m_parser.isSet(QStringLiteral("at"))) {
        sentAt = parseUtc(m_parser.value(QStringLiteral("at")));
        if (!sentAt.isValid())
            return usage(
                QStringLiteral("--at takes a date and time with its zone, e.g. 2026-03-01T09:30:00Z."));
    }
    if (auto st = m_workspace->requests().changeStatus(m_positional.at(1), m_positional.at(2), sentAt); !st)
        return fail(st.error());
    m_out << "Request " << m_positional.at(1) << " is now \"" << m_positional.at(2) << "\".\n";
    return kDone;
}

int Cli::approve() {
    if (auto st = openSession(); !st)
        return fail(st.error());
    // Approval is confirmed with the approver's passphrase: the passphrase
    // file when one was given, else the terminal.
    Result<SecureBytes> passphrase =
        m_parser.isSet(QStringLiteral("passphrase-file"))
            ? PassphraseInput::fromFile(m_parser.value(QStringLiteral("passphrase-file")))
            : PassphraseInput::prompt(QStringLiteral("Your passphrase, to approve: "));
    if (!passphrase)
        return fail(passphrase.error());
    if (auto st = m_workspace->requests().approve(m_positional.at(1), passphrase.value(),
                                                  m_parser.value(QStringLiteral("comment")));
        !st)
        return fail(st.error());
    m_out << "Request " << m_positional.at(1) << " is approved by " << m_workspace->session().user() << ".\n";
    return kDone;
}

int Cli::audit() {
    const QString what = m_positional.at(1);
    const QString format = m_parser.value(QStringLiteral("format"));
    if (what != QLatin1String("verify") && what != QLatin1String("log") && what != QLatin1String("anchor"))
        return usage(QStringLiteral("\"audit\" takes verify, log or anchor."));
    // Each subcommand's own options (the table in Cli::run allows their union).
    const QStringList own =
        what == QLatin1String("anchor")
            ? QStringList{QStringLiteral("signer"), QStringLiteral("signer-pass-file"), QStringLiteral("out")}
        : what == QLatin1String("verify")
            ? QStringList{QStringLiteral("format"), QStringLiteral("anchor"), QStringLiteral("trust")}
            : QStringList{QStringLiteral("format")};
    for (const QString& name : m_parser.optionNames())
        if (name != QLatin1String("db") && name != QLatin1String("passphrase-file") &&
            name != QLatin1String("user") && !own.contains(name))
            return usage(QStringLiteral("--%1 is not an option of \"audit %2\".").arg(name, what));
    if (what == QLatin1String("anchor")) {
        const QString out = m_parser.value(QStringLiteral("out"));
        const QString p12 = m_parser.value(QStringLiteral("signer"));
        if (out.isEmpty() || p12.isEmpty())
            return usage(QStringLiteral("\"audit anchor\" needs --signer FILE.p12 and --out FILE."));
        if (QFileInfo::exists(out))
            return fail(makeError(
                ErrorCode::Conflict,
                QStringLiteral("%1 exists already: keep every anchor, and give a new name.").arg(out)));
        auto password = signerPassword(m_parser.value(QStringLiteral("signer-pass-file")), p12);
        if (!password)
            return fail(password.error());
        auto identity = bundle::SigningIdentity::load(p12, password.value());
        if (!identity)
            return fail(identity.error());
        if (auto st = identity->suitability(); !st)
            return fail(st.error());
        if (auto st = openSession(); !st)
            return fail(st.error());
        const CertificateInfo& signer = identity->certificate();
        bool written = false;
        auto head = m_workspace->audit().anchor(
            QStringLiteral("signed by %1 (SHA-256 %2)").arg(signer.subject, signer.fingerprint),
            [&](const AuditHead& h) -> Status {
                const QByteArray statement = AuditAnchor::statement(h);
                auto signature = bundle::CmsSigner::sign(statement, identity.value());
                if (!signature)
                    return signature.error();
                auto der = AuditAnchor::encapsulate(signature.value(), statement);
                if (!der)
                    return der.error();
                QSaveFile file(out);
                if (!file.open(QIODevice::WriteOnly) ||
                    !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
                    file.write(der.value()) != der->size() || !commitSaved(file))
                    return makeError(ErrorCode::Io,
                                     QStringLiteral("Could not write the anchor %1: %2. Nothing "
                                                    "was recorded.")
                                         .arg(out, fileProblem(file)));
                written = true;
                return {};
            });
        if (!head) {
            if (written) // signed and written, but the entry was not committed: the anchor would lie
                QFile::remove(out);
            return fail(head.error());
        }
        m_out << "Anchored the audit trail at entry " << head->seq << " (hash " << head->hash
              << "), signed by " << signer.subject << ", in " << out << ".\n"
              << "Keep this file outside the register, with the oversight body: \"mladesk-cli audit verify "
                 "--anchor "
              << out << " --trust CERT\" finds a trail rewritten up to entry " << head->seq
              << " or cut back before it.\n";
        return kDone;
    }
    if (!format.isEmpty() && format != QLatin1String("table") && format != QLatin1String("json") &&
        !(what == QLatin1String("log") && format == QLatin1String("csv")))
        return usage(QStringLiteral("--format takes table or json%1.")
                         .arg(what == QLatin1String("log") ? QStringLiteral(", csv") : QString()));
    // Anchors are read and their signatures checked before the register is opened.
    QList<ReadAnchor> anchors;
    const QStringList anchorFiles = m_parser.values(QStringLiteral("anchor"));
    if (!anchorFiles.isEmpty()) {
        if (!m_parser.isSet(QStringLiteral("trust")))
            return usage(QStringLiteral("--anchor needs --trust CERT: the certificate of whoever signs "
                                        "anchors (the oversight body's, "
                                        "or its CA), not the register's trust store, which anyone with the "
                                        "database key can change."));
        auto trusted = trustOption();
        if (!trusted)
            return fail(trusted.error());
        for (const QString& file : anchorFiles) {
            auto read = readAnchor(file, trusted.value());
            if (!read)
                return fail(read.error());
            anchors << read.value();
        }
    } else if (m_parser.isSet(QStringLiteral("trust"))) {
        return usage(QStringLiteral("--trust goes with --anchor FILE."));
    }
    if (auto st = openSession(); !st)
        return fail(st.error());
    QList<AuditHead> heads;
    for (const ReadAnchor& a : anchors)
        heads << a.head;
    auto verification = m_workspace->audit().verify(heads);
    if (!verification)
        return fail(verification.error());
    const AuditVerification& v = verification.value();
    if (what == QLatin1String("verify")) {
        bool anchorsHold = true;
        for (const AnchorCheck& c : v.anchors)
            anchorsHold = anchorsHold && c.holds;
        if (format == QLatin1String("json")) {
            QJsonArray checked;
            for (int i = 0; i < v.anchors.size(); ++i) {
                const AnchorCheck& c = v.anchors[i];
                const CertificateInfo& signer = anchors[i].signer;
                checked.append(QJsonObject{
                    {QStringLiteral("file"), anchors[i].file},
                    {QStringLiteral("register_id"), c.anchor.registerId},
                    {QStringLiteral("seq"), c.anchor.seq},
                    {QStringLiteral("hash"), c.anchor.hash},
                    {QStringLiteral("anchored_at"),
                     c.anchor.anchoredAt.isValid() ? c.anchor.anchoredAt.toString(Qt::ISODate) : QString()},
                    {QStringLiteral("anchored_by"), c.anchor.anchoredBy},
                    {QStringLiteral("signed_by"), signer.subject},
                    {QStringLiteral("signer_fingerprint"), signer.fingerprint},
                    {QStringLiteral("signing_time"), anchors[i].signingTime.toString(Qt::ISODate)},
                    {QStringLiteral("holds"), c.holds},
                    {QStringLiteral("finding"), c.finding}});
            }
            m_out << QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("intact"), v.intact && anchorsHold},
                                          {QStringLiteral("chain_intact"), v.intact},
                                          {QStringLiteral("entries"), v.entries},
                                          {QStringLiteral("first_bad_seq"),
                                           v.intact ? QJsonValue() : QJsonValue(v.firstBadSeq)},
                                          {QStringLiteral("reason"), v.reason},
                                          {QStringLiteral("head_seq"), v.headSeq},
                                          {QStringLiteral("head_hash"), v.headHash},
                                          {QStringLiteral("register_id"), m_access->registerId()},
                                          {QStringLiteral("anchors"), checked},
                                          {QStringLiteral("anchor_entries"), v.anchorEntries},
                                          {QStringLiteral("last_anchor_entry"),
                                           v.lastAnchorEntry ? QJsonValue(v.lastAnchorEntry) : QJsonValue()},
                                          {QStringLiteral("truncation_checked"), !v.anchors.isEmpty()}})
                    .toJson(QJsonDocument::Indented));
        } else {
            if (!v.intact)
                m_out << "The audit trail has been tampered with from entry " << v.firstBadSeq << ": "
                      << v.reason << ".\n";
            else if (v.anchors.isEmpty())
                m_out << "The audit trail is intact: " << v.entries << " entries, head " << v.headSeq << " "
                      << v.headHash << ".\n";
            else
                m_out << "The hash chain is consistent: " << v.entries << " entries, head " << v.headSeq
                      << " " << v.headHash << ".\n";
            for (int i = 0; i < v.anchors.size(); ++i) {
                const AnchorCheck& c = v.anchors[i];
                m_out << "Anchor " << anchors[i].file << " (entry " << c.anchor.seq << ", signed by "
                      << anchors[i].signer.subject << " on " << anchors[i].signingTime.toString(Qt::ISODate)
                      << (c.holds ? ") holds: " : ") does NOT hold: ") << c.finding << ".\n";
            }
            if (v.anchors.isEmpty()) {
                m_out << "Without an anchor this cannot show entries removed from the end, nor a trail "
                         "rewritten "
                         "with every hash recomputed: check it with \"audit verify --anchor FILE --trust "
                         "CERT\" "
                         "(docs/audit.md).";
                if (v.lastAnchorEntry)
                    m_out << " The trail records " << v.anchorEntries << " anchor(s), the last at entry "
                          << v.lastAnchorEntry << ".";
                m_out << '\n';
            } else if (v.intact && !anchorsHold) {
                m_out << "The audit trail is not what was anchored.\n";
            }
        }
        return v.intact && anchorsHold ? kDone : kNegative;
    }
    auto entries = m_workspace->audit().entries();
    if (!entries)
        return fail(entries.error());
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const AuditEntry& e : entries.value())
            array.append(auditJson(e));
        m_out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("format"), QLatin1String(AuditAnchor::kLogFormat)},
                                      {QStringLiteral("register_id"), m_access->registerId()},
                                      {QStringLiteral("entries"), array},
                                      {QStringLiteral("head_seq"), v.headSeq},
                                      {QStringLiteral("head_hash"), v.headHash},
                                      {QStringLiteral("intact"), v.intact}})
                .toJson(QJsonDocument::Indented));
    } else if (format == QLatin1String("csv")) {
        m_out << "seq,at,user,action,object,detail,prev_hash,hash\r\n";
        for (const AuditEntry& e : entries.value())
            m_out << e.seq << ',' << e.at.toString(Qt::ISODate) << ',' << csvField(e.user) << ',' << e.action
                  << ',' << csvField(e.object) << ',' << csvField(e.detail) << ',' << e.prevHash << ','
                  << e.hash << "\r\n";
    } else {
        for (const AuditEntry& e : entries.value())
            m_out << QString::number(e.seq).rightJustified(6) << "  " << e.at.toString(Qt::ISODate) << "  "
                  << e.user.leftJustified(12) << ' ' << e.action.leftJustified(18) << ' ' << e.object << "  "
                  << e.detail << '\n';
        m_out << "head " << v.headSeq << ' ' << v.headHash << (v.intact ? "" : "  (chain broken)") << '\n';
    }
    return kDone;
}

int Cli::users() {
    const QString what = m_positional.value(1, QStringLiteral("list"));
    const QString name = m_positional.value(2);
    const int expected = what == QLatin1String("list") ? 2 : 3;
    if (m_positional.size() > expected || (what != QLatin1String("list") && name.isEmpty()))
        return usage(QStringLiteral("users [list | add NAME | roles NAME | remove NAME | reset NAME]"));
    QStringList roles;
    for (const QString& role :
         m_parser.value(QStringLiteral("role")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        roles << role.trimmed();
    for (const QString& role : roles)
        if (!isKnownRole(role))
            return usage(
                QStringLiteral("\"%1\" is not a role (roles: %2).").arg(role, allRoles().join(u", ")));
    if (auto st = openSession(); !st)
        return fail(st.error());
    if (what == QLatin1String("list")) {
        auto all = m_workspace->users().users();
        if (!all)
            return fail(all.error());
        for (const UserRecord& u : all.value())
            m_out << u.name.leftJustified(16) << ' ' << u.roles.join(QStringLiteral(", "))
                  << (u.contentAccess ? " (content access granted)" : "") << '\n';
        return kDone;
    }
    Status st;
    if (what == QLatin1String("add") || what == QLatin1String("reset")) {
        if (what == QLatin1String("add") && roles.isEmpty())
            return usage(QStringLiteral("users add NAME needs --role."));
        auto secret = passphraseFromOption(QStringLiteral("new-passphrase-file"),
                                           QStringLiteral("Passphrase for %1: ").arg(name));
        if (!secret)
            return fail(secret.error());
        st = what == QLatin1String("add")
                 ? m_workspace->users().add(name, roles, secret.value(), KdfCost::standard())
                 : m_workspace->users().resetAccess(name, secret.value(), KdfCost::standard());
    } else if (what == QLatin1String("roles")) {
        st = m_workspace->users().setRoles(name, roles, m_parser.isSet(QStringLiteral("content-access")));
    } else if (what == QLatin1String("remove")) {
        st = m_workspace->users().remove(name);
    } else {
        return usage(QStringLiteral("users [list | add NAME | roles NAME | remove NAME | reset NAME]"));
    }
    if (!st)
        return fail(st.error());
    m_out << "Done: users " << what << ' ' << name << ".\n";
    return kDone;
}

int Cli::passphrase() {
    if (!m_parser.isSet(QStringLiteral("passphrase-file")) && !PassphraseInput::terminalAvailable())
        return usage(
            QStringLiteral("Give --passphrase-file (the current passphrase) and --new-passphrase-file."));
    if (auto st = openSession(); !st)
        return fail(st.error());
    Result<SecureBytes> current =
        m_parser.isSet(QStringLiteral("passphrase-file"))
            ? PassphraseInput::fromFile(m_parser.value(QStringLiteral("passphrase-file")))
            : PassphraseInput::prompt(QStringLiteral("Current passphrase: "));
    if (!current)
        return fail(current.error());
    auto next =
        passphraseFromOption(QStringLiteral("new-passphrase-file"), QStringLiteral("New passphrase: "));
    if (!next)
        return fail(next.error());
    if (auto st =
            m_workspace->users().changeOwnPassphrase(current.value(), next.value(), KdfCost::standard());
        !st)
        return fail(st.error());
    m_out << "The passphrase of " << m_workspace->session().user()
          << " is changed; the register was not re-encrypted.\n";
    return kDone;
}

} // namespace mladesk::cli
