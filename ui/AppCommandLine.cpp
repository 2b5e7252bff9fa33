#include "ui/AppCommandLine.h"

namespace mladesk::appCommandLine {

QString description() {
    return QStringLiteral("MLA Desk: cross-border requests for evidence.");
}

QList<QCommandLineOption> options() {
    return {
        {QStringLiteral("version"),
         QStringLiteral("Print this build's version, commit and libraries, and exit.")},
        {QStringLiteral("demo"), QStringLiteral("Open a sandbox register filled with sample data.")},
        {QStringLiteral("db"),
         QStringLiteral(
             "Open the register in folder PATH (default: MLADESK_REGISTER, else the user's default "
             "register)."),
         QStringLiteral("PATH")},
    };
}

QString filesName() {
    return QStringLiteral("FILE.asice");
}

QString filesDescription() {
    return QStringLiteral("Signed request bundles to verify once the register is unlocked (as when one is "
                          "dropped on the window).");
}

} // namespace mladesk::appCommandLine
