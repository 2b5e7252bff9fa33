#pragma once

#include <QString>

class QFileDevice;
class QSaveFile;

namespace mladesk {

// Why writing or reading a file failed, in words a user can act on: "the
// disk is full" when the file system has no space left (ENOSPC) or the
// user's quota is used up (EDQUOT), else the system's own message.
QString fileProblem(const QFileDevice& file);

// Whether the last failure of file was a full disk or quota.
bool diskIsFull(const QFileDevice& file);

// Commits a QSaveFile (renames it into place) after flushing it: Qt 6.4's
// commit() does not see a write that fails in its final flush (a full disk)
// and renames a truncated file into place, over the good one. False when
// anything failed: the file's error says why (fileProblem), and the
// temporary file goes when the QSaveFile does; the old file is untouched.
bool commitSaved(QSaveFile& file);

} // namespace mladesk
