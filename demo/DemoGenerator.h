#pragma once

#include "interchange/InterchangeData.h"

#include <QDateTime>

namespace mladesk {

// Realistic sample data for the sandbox, the demos and the benchmark: every
// instrument, both directions, many states and statuses, plausible texts of
// realistic length. All names, numbers and addresses are fictitious
// (IP addresses from the documentation ranges of RFC 5737).
class DemoGenerator {
public:
    // seed fixes the content; now is the moment the sample is "taken".
    DemoGenerator(quint32 seed, QDateTime now);
    InterchangeData generate(int requestCount);
    // The prosecutor who approved the demo's requests past review. A restore
    // keeps those approvals; they let a request go out once a prosecutor of
    // that name is a user of the register (the sandbox has one).
    static QString approver() { return QStringLiteral("prosecutor"); }

private:
    quint32 m_seed;
    QDateTime m_now;
};

} // namespace mladesk
