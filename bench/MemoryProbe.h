#pragma once

#include <QtGlobal>

namespace mladesk::bench {

// Resident memory of this process, from /proc/self/status (Linux). The peak
// (VmHWM) can be reset to the current size, so that each measured run has its
// own peak.
class MemoryProbe {
public:
    static qint64 residentKb(); // VmRSS
    static qint64 peakKb();     // VmHWM
    // Writes 5 to /proc/self/clear_refs (Linux 4.0+); false when refused.
    static bool resetPeak();
};

} // namespace mladesk::bench
