#pragma once

#include "error/Result.h"
#include "storage/Register.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <memory>

namespace mladesk::cli {

// mladesk-cli: the headless twin of the GUI. The command contract (options,
// exit codes, JSON shapes) is DESIGN.md's "mladesk-cli" and docs/cli.md.
class Cli {
public:
    Cli(QTextStream& out, QTextStream& err);
    int run(const QStringList& arguments);

private:
    // register
    int init();
    int demo();
    int remember();
    int forget();
    // data
    int importFile();
    int exportFile();
    int list();
    int show();

    int usage(const QString& message);
    int fail(const Error& error);
    QString registerPath() const;
    QString user() const;
    Result<std::unique_ptr<Register>> openUnlocked();
    bool allowOnly(const QStringList& options);

    QTextStream& m_out;
    QTextStream& m_err;
    QCommandLineParser m_parser;
    QStringList m_positional;
};

} // namespace mladesk::cli
