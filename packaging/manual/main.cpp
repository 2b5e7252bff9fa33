// mladesk-manual OUTDIR: writes the manual pages (mladesk.1, mladesk-cli.1)
// and the bash completions (completions/mladesk, completions/mladesk-cli)
// from the descriptions the programs parse their command lines with. Run by
// the build; the package installs what it writes.
#include "BashCompletion.h"
#include "ManualPage.h"
#include "cli/CommandReference.h"
#include "services/BuildInfo.h"
#include "ui/AppCommandLine.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QTextStream>

using namespace mladesk;
using manual::Entry;
using manual::ManualPage;
using manual::Section;

namespace {

const QString kDefaultRegister = QStringLiteral("~/.local/share/mladesk/mladesk/default.mladesk");

QList<Entry> registerFiles() {
    return {
        {kDefaultRegister,
         QStringLiteral(
             "The default register: a folder holding register.db (the SQLCipher database), keyslots "
             "(the users' wrapped keys: keep a copy with every backup), attachments/ (encrypted files) "
             "and backups/. XDG_DATA_HOME replaces ~/.local/share.")},
        {QStringLiteral("~/.config/mladesk/mladesk.conf"),
         QStringLiteral(
             "Settings of this computer's user (language, idle lock, signing identity, window layout). "
             "XDG_CONFIG_HOME replaces ~/.config. Nothing is written next to the program.")},
        {QStringLiteral("~/.local/share/mladesk/failed-unlocks/"),
         QStringLiteral("Failed unlock attempts, kept outside the encrypted register until the next unlock "
                        "records them in its audit trail.")},
    };
}

QList<Entry> environment(bool cli) {
    QList<Entry> entries{
        {QStringLiteral("MLADESK_REGISTER"),
         QStringLiteral("The register folder used when --db is not given.")},
        {QStringLiteral("XDG_DATA_HOME, XDG_CONFIG_HOME"),
         QStringLiteral("Where the default register and the settings live (see FILES).")},
    };
    if (cli)
        entries << Entry{
            QStringLiteral("QT_QPA_PLATFORM"),
            QStringLiteral("render and bundle export lay out documents with fonts; they run on Qt's "
                           "offscreen platform unless this names another.")};
    else
        entries << Entry{
            QStringLiteral("LANGUAGE, LC_ALL, LANG"),
            QStringLiteral("The window's language when none is chosen in Settings (English, French "
                           "and German are complete).")};
    entries << Entry{
        QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
        QStringLiteral("The session bus on which the Secret Service (GNOME Keyring, KeePassXC, KWallet) "
                       "keeps remembered registers and signing passwords.")};
    return entries;
}

ManualPage cliPage(const QString& date) {
    ManualPage page{
        QStringLiteral("mladesk-cli"),
        QStringLiteral("cross-border requests for evidence in an encrypted register, from the command line"),
        date,
        QStringLiteral("MLA Desk %1").arg(buildInfo::version()),
        QStringLiteral("[--db PATH] [--passphrase-file FILE] [--user NAME] COMMAND [ARGUMENTS] [OPTIONS]"),
        {}};
    page.sections << Section{
        QStringLiteral("Description"),
        {{{},
          QStringLiteral(
              "mladesk-cli is the headless twin of mladesk(1): it creates and unlocks MLA Desk registers, "
              "imports and exports them, lists requests and their deadlines, approves, renders request "
              "documents, keeps retention sunsets, and exports, verifies and imports signed bundles. Every "
              "rule of the window (roles, four eyes, completeness, the audit trail) holds here too.")},
         {{},
          QStringLiteral(
              "The passphrase comes from --passphrase-file, else from the keychain when the register is "
              "remembered on this computer, else from the terminal.")}}};
    Section commands{QStringLiteral("Commands"), {}};
    for (const cli::CommandReference& command : cli::commands())
        for (const cli::UsageReference& usage : command.usages)
            commands.entries << Entry{QString(usage.synopsis).replace(QLatin1Char('\n'), QLatin1Char(' ')),
                                      usage.summary};
    page.sections << commands;
    Section options{QStringLiteral("Global options"), {}};
    for (const cli::OptionReference& option : cli::globalOptions())
        options.entries << Entry{QStringLiteral("--%1 %2").arg(option.name, option.value).trimmed(),
                                 option.summary};
    page.sections << options;
    Section exit{QStringLiteral("Exit status"), {}};
    for (const cli::ExitStatusReference& status : cli::exitStatuses())
        exit.entries << Entry{QString::number(status.code), status.meaning};
    page.sections << exit;
    page.sections << Section{QStringLiteral("Environment"), environment(true)};
    page.sections << Section{QStringLiteral("Files"), registerFiles()};
    page.sections << Section{
        QStringLiteral("See also"),
        {{{},
          QStringLiteral("mladesk(1); /usr/share/doc/mladesk/ and docs/cli.md in the source: "
                         "the JSON shapes, the interchange and bundle formats.")}}};
    return page;
}

ManualPage appPage(const QString& date) {
    ManualPage page{QStringLiteral("mladesk"),
                    QStringLiteral("cross-border requests for evidence in an encrypted register"),
                    date,
                    QStringLiteral("MLA Desk %1").arg(buildInfo::version()),
                    QStringLiteral("[--demo] [--db PATH] [%1...]").arg(appCommandLine::filesName()),
                    {}};
    page.sections << Section{
        QStringLiteral("Description"),
        {{{}, appCommandLine::description()},
         {{},
          QStringLiteral(
              "MLA Desk tracks outgoing and incoming requests (mutual legal assistance, European "
              "Investigation Orders, European Production and Preservation Orders, Budapest Convention and "
              "Second Protocol orders, CLOUD Act agreement orders), their deadlines and retention sunsets, "
              "renders request documents in the language the other state accepts, and exports and "
              "verifies signed bundles. The register is an encrypted folder; nothing of it is written in "
              "plain text.")},
         {{},
          QStringLiteral("Without --db, MLA Desk opens the default register, or offers to create one. ") +
              appCommandLine::filesDescription()}}};
    Section options{QStringLiteral("Options"),
                    {{QStringLiteral("--help"), QStringLiteral("Print the options and exit.")}}};
    for (const QCommandLineOption& option : appCommandLine::options())
        options.entries << Entry{
            QStringLiteral("--%1 %2").arg(option.names().constFirst(), option.valueName()).trimmed(),
            option.description()};
    page.sections << options;
    page.sections << Section{
        QStringLiteral("Exit status"),
        {{QStringLiteral("0"), QStringLiteral("the window was closed")},
         {QStringLiteral("3"), QStringLiteral("no register was opened (creation or unlock cancelled)")},
         {QStringLiteral("4"), QStringLiteral("the sandbox register could not be made (--demo)")}}};
    page.sections << Section{QStringLiteral("Environment"), environment(false)};
    page.sections << Section{QStringLiteral("Files"), registerFiles()};
    page.sections << Section{
        QStringLiteral("See also"),
        {{{},
          QStringLiteral("mladesk-cli(1); /usr/share/doc/mladesk/ and docs/user-guide.md in the "
                         "source.")}}};
    return page;
}

bool write(const QString& path, const QString& text) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(text.toUtf8());
    return file.commit();
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        QTextStream(stderr) << "Usage: mladesk-manual OUTDIR YYYY-MM-DD\n";
        return 2;
    }
    const QDir out(arguments.at(1));
    const QString date = arguments.at(2);
    if (!out.mkpath(QStringLiteral("completions")) ||
        !write(out.filePath(QStringLiteral("mladesk-cli.1")), manual::roff(cliPage(date))) ||
        !write(out.filePath(QStringLiteral("mladesk.1")), manual::roff(appPage(date))) ||
        !write(out.filePath(QStringLiteral("completions/mladesk-cli")), manual::cliCompletion()) ||
        !write(out.filePath(QStringLiteral("completions/mladesk")), manual::appCompletion())) {
        QTextStream(stderr) << "mladesk-manual: cannot write into " << out.absolutePath() << "\n";
        return 4;
    }
    return 0;
}
