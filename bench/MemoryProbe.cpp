#include "MemoryProbe.h"

#include <QFile>

namespace mladesk::bench {

namespace {

qint64 statusField(const char* name) {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(name) + ':';
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

} // namespace

qint64 MemoryProbe::residentKb() {
    return statusField("VmRSS");
}

qint64 MemoryProbe::peakKb() {
    return statusField("VmHWM");
}

bool MemoryProbe::resetPeak() {
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

} // namespace mladesk::bench
