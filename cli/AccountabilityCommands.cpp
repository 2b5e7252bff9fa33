// mladesk-cli commands for workflow, approval, users and the audit trail.
#include "cli/Cli.h"
#include "cli/ExitCode.h"
#include "cli/PassphraseInput.h"
#include "cli/RequestOutput.h"
#include "storage/Register.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mladesk::cli {

namespace {

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
    if (auto st = m_session->changeStatus(m_positional.at(1), m_positional.at(2)); !st)
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
    if (auto st = m_session->approve(m_positional.at(1), passphrase.value(),
                                     m_parser.value(QStringLiteral("comment")));
        !st)
        return fail(st.error());
    m_out << "Request " << m_positional.at(1) << " is approved by " << m_session->user() << ".\n";
    return kDone;
}

int Cli::audit() {
    const QString what = m_positional.at(1);
    const QString format = m_parser.value(QStringLiteral("format"));
    if (what != QLatin1String("verify") && what != QLatin1String("log"))
        return usage(QStringLiteral("\"audit\" takes verify or log."));
    if (!format.isEmpty() && format != QLatin1String("table") && format != QLatin1String("json") &&
        !(what == QLatin1String("log") && format == QLatin1String("csv")))
        return usage(QStringLiteral("--format takes table or json%1.")
                         .arg(what == QLatin1String("log") ? QStringLiteral(", csv") : QString()));
    if (auto st = openSession(); !st)
        return fail(st.error());
    auto verification = m_session->verifyAudit();
    if (!verification)
        return fail(verification.error());
    const AuditVerification& v = verification.value();
    if (what == QLatin1String("verify")) {
        if (format == QLatin1String("json")) {
            m_out << QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("intact"), v.intact},
                                          {QStringLiteral("entries"), v.entries},
                                          {QStringLiteral("first_bad_seq"),
                                           v.intact ? QJsonValue() : QJsonValue(v.firstBadSeq)},
                                          {QStringLiteral("reason"), v.reason},
                                          {QStringLiteral("head_seq"), v.headSeq},
                                          {QStringLiteral("head_hash"), v.headHash}})
                    .toJson(QJsonDocument::Indented));
        } else if (v.intact) {
            m_out << "The audit trail is intact: " << v.entries << " entries, head " << v.headSeq << " "
                  << v.headHash << ".\n";
        } else {
            m_out << "The audit trail has been tampered with from entry " << v.firstBadSeq << ": " << v.reason
                  << ".\n";
        }
        return v.intact ? kDone : kNegative;
    }
    auto entries = m_session->auditEntries();
    if (!entries)
        return fail(entries.error());
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const AuditEntry& e : entries.value())
            array.append(auditJson(e));
        m_out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("entries"), array},
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
        auto all = m_session->users();
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
                 ? m_session->addUser(name, roles, secret.value(), KdfCost::standard())
                 : m_session->resetAccess(name, secret.value(), KdfCost::standard());
    } else if (what == QLatin1String("roles")) {
        st = m_session->setRoles(name, roles, m_parser.isSet(QStringLiteral("content-access")));
    } else if (what == QLatin1String("remove")) {
        st = m_session->removeUser(name);
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
    if (auto st = m_session->changeOwnPassphrase(current.value(), next.value(), KdfCost::standard()); !st)
        return fail(st.error());
    m_out << "The passphrase of " << m_session->user() << " is changed; the register was not re-encrypted.\n";
    return kDone;
}

} // namespace mladesk::cli
