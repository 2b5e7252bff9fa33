#include "CliRunner.h"

#include <QProcess>

namespace mladesk::test {

QString cliPath() {
    return QStringLiteral(MLADESK_CLI_PATH);
}

CliResult runCli(const QStringList& arguments, const QProcessEnvironment& environment) {
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice()); // never a terminal
    process.start(cliPath(), arguments);
    CliResult result;
    if (!process.waitForFinished(300'000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace mladesk::test
