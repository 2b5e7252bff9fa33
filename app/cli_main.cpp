#include "cli/Cli.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mladesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("mladesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MLADESK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    mladesk::cli::Cli cli(out, err);
    const int code = cli.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return code;
}
