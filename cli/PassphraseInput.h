#pragma once

#include "error/Result.h"
#include "security/SecureBytes.h"

#include <QString>

namespace mladesk::cli {

// Where the CLI gets a passphrase: the first line of a file, or the terminal
// with echo off. Never a command-line argument (it would show in `ps`).
class PassphraseInput {
public:
    static Result<SecureBytes> fromFile(const QString& path);
    static bool terminalAvailable();
    static Result<SecureBytes> prompt(const QString& question);
};

} // namespace mladesk::cli
