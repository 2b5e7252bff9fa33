#include "cli/Cli.h"
#include "services/BuildInfo.h"

#include <QGuiApplication>
#include <cstdio>
#include <memory>

namespace {

// The offscreen platform's complaint about a missing XDG_RUNTIME_DIR says
// nothing to someone running a command; everything else goes through.
QtMessageHandler defaultHandler = nullptr;
void quietHandler(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char* argv[]) {
    defaultHandler = qInstallMessageHandler(quietHandler);
    // Rendering documents (render, bundle export) needs fonts, hence a
    // QGuiApplication, headless unless the caller chose a platform; every
    // other command runs on a QCoreApplication.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> app;
    if (mladesk::cli::Cli::rendersDocuments(arguments)) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("mladesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("mladesk"));
    QCoreApplication::setApplicationVersion(mladesk::buildInfo::version());
    QTextStream out(stdout);
    QTextStream err(stderr);
    mladesk::cli::Cli cli(out, err);
    const int code = cli.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return code;
}
