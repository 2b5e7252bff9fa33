#pragma once

#include <QList>
#include <QString>

namespace mladesk::buildInfo {

// What this build of MLA Desk is and what it runs on: shown by Help → About
// and printed by `mladesk --version` and `mladesk-cli --version`, so that a
// support request or a court can say exactly which program handled a request.
struct Component {
    QString name;    // "Qt", "SQLCipher", "OpenSSL", "libsodium"
    QString version; // the library's own version string, read at run time
};

QString version(); // the project's version (CMake's PROJECT_VERSION)
QString commit();  // the git commit built, "+changes" when the tree was not clean; "unknown" outside git
QString licence(); // SPDX expression of the program as distributed
QList<Component> components();
// One line each: "MLA Desk 0.1.0", "commit …", "Qt 6.4.2", …, "licence …".
QStringList lines();

} // namespace mladesk::buildInfo
