#pragma once

#include "storage/Database.h"

#include <QMutex>
#include <memory>

namespace mladesk {

class Register;

// A worker thread's own connection to the unlocked register (WAL: its reads
// never wait for the UI thread's writes). Background jobs take turns on it.
struct ReaderConnection {
    QMutex mutex;
    std::unique_ptr<Database> db;
};

// A reader connection to the register, or nullptr when it is locked or the
// connection cannot be opened (*failure then says why, if asked).
std::shared_ptr<ReaderConnection> openReader(Register* reg, QString* failure = nullptr);

} // namespace mladesk
