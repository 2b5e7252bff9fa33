#include "services/RegisterAccess.h"
#include "ui/MainWindow.h"
#include "ui/register/RegisterOpener.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/widgets/UiLanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTemporaryDir>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mladesk"));
    QApplication::setOrganizationName(QStringLiteral("mladesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("MLA Desk"));
    QApplication::setApplicationVersion(QStringLiteral(MLADESK_VERSION));

    mladesk::UiLanguage language;
    language.install();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("MLA Desk: cross-border requests for evidence."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("demo"), QStringLiteral("Open a sandbox register filled with sample data.")});
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("Open the register in folder PATH."), QStringLiteral("PATH")});
    parser.process(app);

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
    return QApplication::exec();
}
