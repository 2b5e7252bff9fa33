#pragma once

#include "error/Result.h"
#include "security/Certificate.h"
#include "services/RegisterAccess.h"
#include "services/Session.h"
#include "services/Workspace.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <memory>

namespace mladesk::cli {

// mladesk-cli: the headless twin of the GUI. The command contract (options,
// exit codes, JSON shapes) is DESIGN.md's "mladesk-cli" and docs/cli.md.
class Cli {
public:
    Cli(QTextStream& out, QTextStream& err);
    ~Cli();
    int run(const QStringList& arguments);
    // Whether the command in arguments renders documents (render, bundle
    // export: PDFs need fonts, hence a QGuiApplication); every other command
    // runs on a QCoreApplication. Call it before the application exists.
    static bool rendersDocuments(const QStringList& arguments);

private:
    // register
    int init();
    int demo();
    int remember();
    int forget();
    // backups (BackupCommands.cpp)
    int backup();
    int restore();
    // data
    int importFile();
    int exportFile();
    int list();
    int show();
    // accountability
    int status();
    int approve();
    int audit();
    int users();
    int passphrase();
    // completeness and deadlines (DeadlineCommands.cpp)
    int check();
    int deadlines();
    int deadlinesCalc();
    // documents (RenderCommand.cpp)
    int render();
    // retention sunsets and attachments (RetentionCommands.cpp)
    int sunsets();
    int attach();
    // signed bundles and the trust store (BundleCommands.cpp)
    int bundle();
    int trust();
    Result<QList<CertificateInfo>> trustOption();

    int usage(const QString& message);
    int fail(const Error& error);
    QString registerPath() const;
    QString user() const;
    // Loads and unlocks the register (m_access) by the unlock policy: the
    // passphrase file, else the keychain, else the terminal.
    Status openUnlocked();
    // Unlocks and signs the user in (m_access, m_workspace); the workspace
    // ends (and is recorded) when the command is done.
    Status openSession();
    Result<SecureBytes> passphraseFromOption(const QString& option, const QString& prompt);
    bool allowOnly(const QStringList& options);

    QTextStream& m_out;
    QTextStream& m_err;
    QCommandLineParser m_parser;
    QStringList m_positional;
    std::unique_ptr<RegisterAccess> m_access;
    Workspace* m_workspace = nullptr; // m_access's, while signed in
};

} // namespace mladesk::cli
