#include "services/BuildInfo.h"
#include "services/RegisterAccess.h"
#include "ui/AppCommandLine.h"
#include "ui/MainWindow.h"
#include "ui/register/RegisterOpener.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/widgets/ApplicationIcon.h"
#include "ui/widgets/UiLanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mladesk"));
    QApplication::setOrganizationName(QStringLiteral("mladesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("MLA Desk"));
    QApplication::setApplicationVersion(mladesk::buildInfo::version());
    QApplication::setWindowIcon(mladesk::applicationIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("org.mladesk.MLADesk"));

    mladesk::UiLanguage language;
    language.install();

    QCommandLineParser parser;
    parser.setApplicationDescription(mladesk::appCommandLine::description());
    parser.addHelpOption();
    parser.addOptions(mladesk::appCommandLine::options());
    parser.addPositionalArgument(mladesk::appCommandLine::filesName(),
                                 mladesk::appCommandLine::filesDescription(),
                                 QStringLiteral("[%1...]").arg(mladesk::appCommandLine::filesName()));
    parser.process(app);
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << mladesk::buildInfo::lines().join(QLatin1Char('\n')) << '\n';
        return 0;
    }

    QTemporaryDir sandboxFolder;
    std::unique_ptr<mladesk::RegisterAccess> reg;
    if (parser.isSet(QStringLiteral("demo"))) {
        if (!sandboxFolder.isValid())
            return 4;
        reg = mladesk::RegisterOpener::openSandbox(sandboxFolder.filePath(QStringLiteral("sandbox.mladesk")));
    } else {
        const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                                : mladesk::RegisterAccess::defaultLocation();
        reg = mladesk::RegisterOpener::open(path, sandboxFolder);
    }
    if (!reg)
        return 3;
    mladesk::MainWindow window(std::move(reg));
    window.show();
    QStringList bundles;
    for (const QString& file : parser.positionalArguments())
        bundles << QFileInfo(file).absoluteFilePath();
    window.openBundlesWhenSignedIn(bundles);
    return QApplication::exec();
}
