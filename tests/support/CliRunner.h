#pragma once

#include <QProcessEnvironment>
#include <QStringList>

namespace mladesk::test {

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real mladesk-cli (built alongside the tests) and waits for it.
CliResult runCli(const QStringList& arguments,
                 const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
QString cliPath();

} // namespace mladesk::test
