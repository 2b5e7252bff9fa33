#pragma once

#include "error/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace mladesk {

class Database;

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

// The register's append-only, hash-chained audit trail. Each entry's SHA-256
// covers a canonical encoding of its fields and the previous entry's hash, so
// a changed, removed, inserted or reordered entry breaks the chain from there
// on. The chain has no key: whoever holds the database key can rewrite it and
// recompute every hash, or cut entries from the end. Both are found only
// against an anchor, a signed statement of an earlier head kept outside the
// register (AuditAnchor; docs/audit.md says what the trail can prove).
class AuditTrail {
public:
    static constexpr auto kGenesis = "0000000000000000000000000000000000000000000000000000000000000000";
    static constexpr auto kAnchorAction = "audit-anchor";

    explicit AuditTrail(Database& db)
        : m_db(db) {}
    // Appends inside the caller's transaction, if any.
    Status append(const QString& user, const QString& action, const QString& object,
                  const QString& detail = {});
    Result<QList<AuditEntry>> entries(const AuditFilter& filter = {}, int limit = -1);
    Result<AuditVerification> verify() { return verify({}); }
    // The chain, and each anchor against it: the entry at the anchor's seq
    // must be there with exactly the anchored hash, and the chain intact up
    // to it (the register id is the caller's to compare).
    Result<AuditVerification> verify(const QList<AuditHead>& anchors);
    // The last entry; seq 0 when the trail is empty.
    Result<AuditEntry> head();

    // The canonical encoding: compact JSON with sorted keys of every field
    // but the hash itself. Documented in docs/audit.md.
    static QByteArray canonical(const AuditEntry& entry);
    static QString hashOf(const AuditEntry& entry);

private:
    Database& m_db;
};

} // namespace mladesk
