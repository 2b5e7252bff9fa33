#pragma once

#include "repositories/AuditRecords.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace mladesk {

// The hash chain of the audit trail, the same whatever stores it (docs/audit.md):
// each entry's SHA-256 covers a canonical encoding of its fields and the
// previous entry's hash, so a changed, removed, inserted or reordered entry
// breaks the chain from there on. A back end only reads and writes entries;
// making the next one and checking the chain happen here, once.
//
// To verify, a back end feeds every entry in seq order to add() and then
// asks finish() for the result against the anchors given at construction.
class AuditChain {
public:
    static constexpr auto kGenesis = "0000000000000000000000000000000000000000000000000000000000000000";
    static constexpr auto kAnchorAction = "audit-anchor";

    // The canonical encoding: compact JSON with sorted keys of every field
    // but the hash itself. Documented in docs/audit.md.
    static QByteArray canonical(const AuditEntry& entry);
    static QString hashOf(const AuditEntry& entry);
    // The entry that follows last (seq 0: the trail is empty), hashed, at
    // the given time cut to whole seconds (the stored form).
    static AuditEntry next(const AuditEntry& last, const QString& user, const QString& action,
                           const QString& object, const QString& detail, const QDateTime& at);

    explicit AuditChain(QList<AuditHead> anchors = {});
    void add(const AuditEntry& entry);
    // The chain as added, and each anchor against it: the entry at the
    // anchor's seq must be there with exactly the anchored hash, and the
    // chain intact up to it (the register id is the caller's to compare).
    AuditVerification finish() const;

private:
    void fail(qint64 seq, const QString& reason);

    // What the trail holds at each anchor's seq.
    struct Seen {
        bool found = false;
        QString hash;
        bool intact = false; // the chain verified up to and with that entry
    };
    QList<AuditHead> m_anchors;
    QList<Seen> m_seen;
    AuditVerification m_result;
    QString m_previous;
    qint64 m_expected = 1;
};

} // namespace mladesk
