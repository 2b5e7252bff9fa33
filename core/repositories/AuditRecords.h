#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace mladesk {

// One entry of the audit trail. Entries hold identifiers, never case content.
struct AuditEntry {
    qint64 seq = 0;
    QDateTime at; // UTC
    QString user;
    QString action; // unlock, unlock-failed, lock, view, create, change, status, approve, ...
    QString object; // "request:<id>", "case:<id>", "user:<name>", "register"
    QString detail; // what changed, minimally: field names, "draft -> in-review"
    QString prevHash;
    QString hash;
};

struct AuditFilter {
    QString user;
    QString action;
    QString object; // prefix: "request:" or a whole object
    QDateTime from;
    QDateTime to;
};

// A chain head as an anchor states it (core/audit/AuditAnchor, docs/audit.md):
// the register, the entry's seq and hash, and when and by whom it was anchored.
struct AuditHead {
    QString registerId;
    qint64 seq = 0;
    QString hash;
    QDateTime at;         // the head entry's time; invalid when the statement has none
    QDateTime anchoredAt; // when the anchor was made; idem
    QString anchoredBy;   // the register user who made it; empty for a signed audit export
};

// What the trail holds against one anchor.
struct AnchorCheck {
    AuditHead anchor;
    bool holds = false; // entries 1 to anchor.seq are exactly as anchored
    QString finding;    // what was found, in words
};

struct AuditVerification {
    bool intact = true;
    qint64 entries = 0;
    qint64 firstBadSeq = 0; // 0 when intact
    QString reason;
    qint64 headSeq = 0; // the chain head, for anchoring outside the register
    QString headHash;
    QList<AnchorCheck> anchors; // one per anchor given to verify(), in order
    qint64 anchorEntries = 0;   // "audit-anchor" entries in the trail
    qint64 lastAnchorEntry = 0; // seq of the last of them, 0 when none
};

} // namespace mladesk
