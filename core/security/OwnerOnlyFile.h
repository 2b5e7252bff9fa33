#pragma once

#include <QFileDevice>
#include <QSaveFile>
#include <mutex>
#include <sys/stat.h>

namespace mladesk {

// Files that carry case content outside the register -- documents, exports,
// bundles and envelopes, verification reports, calendars of deadlines,
// decrypted attachments -- are their owner's alone (mode 0600), from the
// moment they are created and before a byte is written, whatever the umask,
// and also when they replace a file that others could read (QSaveFile would
// copy its mode).
//
// Opens file (a QSaveFile or a QFile) with mode, which must include
// WriteOnly, and returns what open() returns. The file is created under a
// umask of 077; the umask belongs to the process, so it is changed under a
// lock that every caller of this function shares, and a file another thread
// creates at that moment comes out no more open than 0700. Then its mode is
// set to 0600 on the open descriptor (an existing file, or QSaveFile's copy
// of one).
inline bool openOwnerOnly(QFileDevice& file, QIODevice::OpenMode mode = QIODevice::WriteOnly) {
    static std::mutex umaskLock;
    bool opened = false;
    {
        const std::lock_guard lock(umaskLock);
        const mode_t previous = ::umask(077);
        opened = file.open(mode);
        ::umask(previous);
    }
    if (!opened)
        return false;
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        if (auto* save = qobject_cast<QSaveFile*>(&file))
            save->cancelWriting();
        else
            file.close();
        return false;
    }
    return true;
}

} // namespace mladesk
