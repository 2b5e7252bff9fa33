#include "FileError.h"

#include "error/CoreText.h"

#include <QFileDevice>
#include <QSaveFile>
#include <cerrno>

namespace mladesk {

bool diskIsFull(const QFileDevice& file) {
    // Qt keeps the system's message, not its errno: compare with the
    // message of each errno in the same locale.
    const QString message = file.errorString();
    return file.error() != QFileDevice::NoError &&
           (message == qt_error_string(ENOSPC) || message == qt_error_string(EDQUOT));
}

QString fileProblem(const QFileDevice& file) {
    return diskIsFull(file) ? text::Storage::tr("the disk is full") : file.errorString();
}

bool commitSaved(QSaveFile& file) {
    return file.flush() && file.commit();
}

} // namespace mladesk
