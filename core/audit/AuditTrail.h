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

struct AuditVerification {
    bool intact = true;
    qint64 entries = 0;
    qint64 firstBadSeq = 0; // 0 when intact
    QString reason;
    qint64 headSeq = 0; // the chain head, for anchoring outside the register
    QString headHash;
};

// The register's append-only, hash-chained audit trail. Each entry's SHA-256
// covers a canonical encoding of its fields and the previous entry's hash, so
// a changed, removed, inserted or reordered entry breaks the chain from there
// on. Truncation at the end is found by comparing with an exported head.
class AuditTrail {
public:
    static constexpr auto kGenesis = "0000000000000000000000000000000000000000000000000000000000000000";

    explicit AuditTrail(Database& db)
        : m_db(db) {}
    // Appends inside the caller's transaction, if any.
    Status append(const QString& user, const QString& action, const QString& object,
                  const QString& detail = {});
    Result<QList<AuditEntry>> entries(const AuditFilter& filter = {}, int limit = -1);
    Result<AuditVerification> verify();

    // The canonical encoding: compact JSON with sorted keys of every field
    // but the hash itself. Documented in docs/audit.md.
    static QByteArray canonical(const AuditEntry& entry);
    static QString hashOf(const AuditEntry& entry);

private:
    Database& m_db;
};

} // namespace mladesk
