#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

namespace mladesk {

// mladesk's command line, described once: the application parses it, and
// the manual page and the bash completion are made from it.
namespace appCommandLine {

QString description();
QList<QCommandLineOption> options(); // besides --help (QCommandLineParser's own)
// Files given after the options: signed bundles, verified once the register is unlocked.
QString filesName();
QString filesDescription();

} // namespace appCommandLine

} // namespace mladesk
