#pragma once

#include "domain/Entities.h"

namespace mladesk {

// Everything the interchange format carries (docs/interchange.md).
struct InterchangeData {
    QList<State> states;
    QList<Authority> authorities;
    QList<Case> cases;
    QList<Request> requests;
};

} // namespace mladesk
