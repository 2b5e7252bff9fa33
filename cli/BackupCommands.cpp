#include "cli/Cli.h"
#include "cli/ExitCode.h"
#include "cli/PassphraseInput.h"
#include "services/BackupService.h"
#include "services/Workspace.h"

#include <QFileInfo>
#include <QLocale>

namespace mladesk::cli {

namespace {

QString described(const BackupFacts& facts) {
    return QStringLiteral(
               "register %1 (%2), taken %3 by %4: %5 requests, %6 attachments, users %7; %8 bytes, "
               "SHA-256 %9")
        .arg(facts.registerName, facts.registerId, facts.takenAt.toString(Qt::ISODate), facts.takenBy)
        .arg(facts.requests)
        .arg(facts.attachments)
        .arg(facts.users.join(QStringLiteral(", ")))
        .arg(facts.bytes)
        .arg(facts.sha256);
}

} // namespace

int Cli::backup() {
    if (!m_parser.isSet(QStringLiteral("out")))
        return usage(QStringLiteral("backup needs --out FILE (a new file; nothing is replaced)."));
    if (auto st = openSession(); !st)
        return fail(st.error());
    auto copier = m_workspace->backups().copier();
    if (!copier)
        return fail(copier.error());
    auto written = copier.value()->write(m_parser.value(QStringLiteral("out")));
    if (!written)
        return fail(written.error());
    if (auto st = m_workspace->backups().recordBackup(written.value()); !st)
        return fail(st.error());
    m_out << "Backed up to " << written->file << ": " << described(written.value()) << ".\n"
          << "It opens with the passphrase of any of these users. Keep it away from the register's disk.\n";
    return kDone;
}

int Cli::restore() {
    if (!m_parser.isSet(QStringLiteral("to")))
        return usage(QStringLiteral("restore needs --to DIR (a new folder for the restored register)."));
    const QString file = m_positional.value(1);
    // What the backup holds, before asking for a passphrase.
    auto facts = BackupService::inspect(file);
    if (!facts)
        return fail(facts.error());
    Result<SecureBytes> passphrase = makeError(ErrorCode::WrongPassphrase, {});
    if (m_parser.isSet(QStringLiteral("passphrase-file")))
        passphrase = PassphraseInput::fromFile(m_parser.value(QStringLiteral("passphrase-file")));
    else if (PassphraseInput::terminalAvailable())
        passphrase =
            PassphraseInput::prompt(QStringLiteral("Passphrase of a user of %1 (%2): ")
                                        .arg(facts->registerName, facts->users.join(QStringLiteral(", "))));
    else
        return fail(
            makeError(ErrorCode::WrongPassphrase,
                      QStringLiteral("No passphrase: give --passphrase-file FILE or run on a terminal.")));
    if (!passphrase)
        return fail(passphrase.error());
    const QString to = m_parser.value(QStringLiteral("to"));
    auto restored = BackupService::restore(file, to, passphrase.value(), user());
    if (!restored)
        return fail(restored.error());
    m_out << "Restored " << described(restored.value()) << "\ninto " << to << ". Open it with --db " << to
          << ".\n";
    return kDone;
}

} // namespace mladesk::cli
