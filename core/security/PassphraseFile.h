#pragma once

#include "error/Result.h"
#include "security/SecureBytes.h"

#include <QString>

namespace mladesk {

// A passphrase kept in a file, for scripts: its first line (a trailing CR or
// LF is not part of it). Never a command-line argument: it would show in `ps`.
Result<SecureBytes> readPassphraseFile(const QString& path);

} // namespace mladesk
