#pragma once

#include <QString>

namespace mladesk {

// What a request list is narrowed to. Empty fields do not filter.
struct RequestFilter {
    QString direction;
    QString status;
    QString state; // the other side's state: requested (outgoing) or requesting (incoming)
    QString instrument;
    QString caseId;
    QString search; // full-text: reference, summary, authorities, provider, persons
};

} // namespace mladesk
