#pragma once

#include "domain/Approval.h"
#include "domain/Entities.h"
#include "domain/RequestText.h"

#include <QMap>

namespace mladesk {

// Everything the interchange format carries (docs/interchange.md).
struct InterchangeData {
    QList<State> states;
    QList<Authority> authorities;
    QList<Case> cases;
    QList<Request> requests;
    // By request id: the language of a request's free texts and their
    // translations ("text_language" and "translations" of the request's
    // record). A request without an entry has neither.
    QMap<QString, RequestTexts> texts;
    // By request id: who drafted it and its approvals ("drafted_by" and
    // "approvals"). Kept only when a whole register is restored
    // (ExchangeService::importData); a request without an entry has neither.
    QMap<QString, RequestAccountability> accountability;
};

} // namespace mladesk
