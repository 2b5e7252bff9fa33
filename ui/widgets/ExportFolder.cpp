#include "ui/widgets/ExportFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace mladesk::exportFolder {

namespace {

const QString kSettingsKey = QStringLiteral("export/folder");

struct ExportFolder {
    Q_DECLARE_TR_FUNCTIONS(ExportFolder)
};

} // namespace

QString suggestedPath(const QString& fileName) {
    const QString last = QSettings().value(kSettingsKey).toString();
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    for (const QString& folder : {last, documents})
        if (!folder.isEmpty() && QFileInfo(folder).isDir())
            return QDir(folder).filePath(fileName);
    return QDir::home().filePath(fileName);
}

bool prepare(QWidget* parent, const QString& path) {
    const QString folder = QFileInfo(path).absolutePath();
    if (QFileInfo(folder).isDir())
        return true;
    const auto answer =
        QMessageBox::question(parent, ExportFolder::tr("Create the folder?"),
                              ExportFolder::tr("The folder %1 does not exist. Create it and save %2 there?")
                                  .arg(QDir::toNativeSeparators(folder), QFileInfo(path).fileName()),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return false;
    if (!QDir().mkpath(folder)) {
        QMessageBox::warning(
            parent, ExportFolder::tr("Folder not created"),
            ExportFolder::tr("The folder %1 could not be created. Choose another folder with Browse….")
                .arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    return true;
}

void remember(const QString& path) {
    QSettings().setValue(kSettingsKey, QFileInfo(path).absolutePath());
}

} // namespace mladesk::exportFolder
