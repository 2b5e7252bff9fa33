#pragma once

#include <QString>

class QWidget;

namespace mladesk::exportFolder {

// Where the window suggests saving what the user exports (bundles, calendar
// files, documents, copies of attachments): the folder of the last export
// if it still exists, else the user's Documents folder if it exists, else
// the home folder — never a folder that is not there.
QString suggestedPath(const QString& fileName);

// Before writing to path: true when its folder exists, or when the user
// agreed to create it and it was created; false (the user was told why)
// when nothing should be written.
bool prepare(QWidget* parent, const QString& path);

// Remembers path's folder (QSettings "export/folder") for the next suggestion.
void remember(const QString& path);

} // namespace mladesk::exportFolder
