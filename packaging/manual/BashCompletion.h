#pragma once

#include <QString>

namespace mladesk::manual {

// Bash completion scripts, made from the same descriptions as --help: the
// commands, their fixed sub-words, their options, closed value sets
// ("gcm|cbc") and which values are paths.
QString cliCompletion(); // mladesk-cli
QString appCompletion(); // mladesk

} // namespace mladesk::manual
