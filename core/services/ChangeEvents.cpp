#include "ChangeEvents.h"

namespace mladesk {

void ChangeEvents::publish(const Change& change) {
    switch (change.kind) {
    case Change::Kind::Request:
        emit requestChanged(change.id);
        break;
    case Change::Kind::Requests:
        emit requestsChanged();
        break;
    case Change::Kind::Deadlines:
        emit deadlinesChanged(change.id);
        break;
    case Change::Kind::Retention:
        emit retentionChanged(change.id);
        break;
    case Change::Kind::Translations:
        emit translationsChanged(change.id);
        break;
    case Change::Kind::References:
        emit referencesChanged();
        break;
    case Change::Kind::Trust:
        emit trustChanged();
        break;
    case Change::Kind::Users:
        emit usersChanged();
        break;
    case Change::Kind::Register:
        emit registerReplaced();
        break;
    case Change::Kind::Audit:
        emit auditAppended();
        break;
    }
}

} // namespace mladesk
