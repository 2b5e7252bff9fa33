#include "AuditTrail.h"

#include "error/CoreText.h"

#include "interchange/EntityJson.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace mladesk {

namespace {

AuditEntry readEntry(const Statement& row) {
    return {row.integer(0), parseUtc(row.text(1)), row.text(2), row.text(3),
            row.text(4),    row.text(5),           row.text(6), row.text(7)};
}

const QString kColumns =
    QStringLiteral("SELECT seq, at, user, action, object, detail, prev_hash, hash FROM audit_log");

} // namespace

QByteArray AuditTrail::canonical(const AuditEntry& e) {
    const QJsonObject o{{QStringLiteral("seq"), e.seq},       {QStringLiteral("at"), utcText(e.at)},
                        {QStringLiteral("user"), e.user},     {QStringLiteral("action"), e.action},
                        {QStringLiteral("object"), e.object}, {QStringLiteral("detail"), e.detail},
                        {QStringLiteral("prev"), e.prevHash}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact); // QJsonObject keeps keys sorted
}

QString AuditTrail::hashOf(const AuditEntry& entry) {
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical(entry), QCryptographicHash::Sha256).toHex());
}

Status AuditTrail::append(const QString& user, const QString& action, const QString& object,
                          const QString& detail) {
    auto last = m_db.prepare(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!last)
        return last.error();
    auto row = last->step();
    if (!row)
        return row.error();
    AuditEntry e;
    e.seq = row.value() ? last->integer(0) + 1 : 1;
    e.prevHash = row.value() ? last->text(1) : QString::fromLatin1(kGenesis);
    e.at = QDateTime::currentDateTimeUtc();
    e.at = e.at.addMSecs(-e.at.time().msec());
    e.user = user;
    e.action = action;
    e.object = object;
    e.detail = detail;
    e.hash = hashOf(e);
    auto insert = m_db.prepare(QStringLiteral("INSERT INTO audit_log (seq, at, user, action, object, detail, "
                                              "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, e.seq).bind(2, utcText(e.at)).bind(3, e.user).bind(4, e.action).bind(5, e.object);
    insert->bind(6, e.detail).bind(7, e.prevHash).bind(8, e.hash);
    return insert->run();
}

Result<QList<AuditEntry>> AuditTrail::entries(const AuditFilter& f, int limit) {
    QStringList clauses;
    QStringList values;
    if (!f.user.isEmpty()) {
        clauses << QStringLiteral("user = ?");
        values << f.user;
    }
    if (!f.action.isEmpty()) {
        clauses << QStringLiteral("action = ?");
        values << f.action;
    }
    if (!f.object.isEmpty()) {
        clauses << QStringLiteral("substr(object, 1, length(?)) = ?");
        values << f.object << f.object;
    }
    if (f.from.isValid()) {
        clauses << QStringLiteral("at >= ?");
        values << utcText(f.from);
    }
    if (f.to.isValid()) {
        clauses << QStringLiteral("at <= ?");
        values << utcText(f.to);
    }
    const QString where =
        clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    auto st = m_db.prepare(kColumns + where + QStringLiteral(" ORDER BY seq LIMIT %1").arg(limit));
    if (!st)
        return st.error();
    for (int i = 0; i < values.size(); ++i)
        st->bind(i + 1, values[i]);
    QList<AuditEntry> result;
    if (auto done = st->forEachRow([&](const Statement& row) { result.append(readEntry(row)); }); !done)
        return done.error();
    return result;
}

Result<AuditEntry> AuditTrail::head() {
    auto st = m_db.prepare(kColumns + QStringLiteral(" ORDER BY seq DESC LIMIT 1"));
    if (!st)
        return st.error();
    AuditEntry last;
    if (auto done = st->forEachRow([&](const Statement& row) { last = readEntry(row); }); !done)
        return done.error();
    return last;
}

Result<AuditVerification> AuditTrail::verify(const QList<AuditHead>& anchors) {
    auto st = m_db.prepare(kColumns + QStringLiteral(" ORDER BY seq"));
    if (!st)
        return st.error();
    AuditVerification v;
    // What the trail holds at each anchor's seq.
    struct Seen {
        bool found = false;
        QString hash;
        bool intact = false; // the chain verified up to and with that entry
    };
    QList<Seen> seen(anchors.size());
    QString previous = QString::fromLatin1(kGenesis);
    qint64 expected = 1;
    const auto fail = [&](qint64 seq, const QString& reason) {
        if (v.intact) {
            v.intact = false;
            v.firstBadSeq = seq;
            v.reason = reason;
        }
    };
    const Status read = st->forEachRow([&](const Statement& row) {
        const AuditEntry e = readEntry(row);
        ++v.entries;
        if (e.seq > expected)
            fail(expected, text::Audit::tr("entries %1 to %2 are missing").arg(expected).arg(e.seq - 1));
        else if (e.seq < expected)
            fail(e.seq, text::Audit::tr("entry %1 is out of sequence").arg(e.seq));
        else if (e.prevHash != previous)
            fail(e.seq, text::Audit::tr("entry %1 does not follow the entry before it (removed, inserted or "
                                       "reordered entries)")
                            .arg(e.seq));
        else if (hashOf(e) != e.hash)
            fail(e.seq, text::Audit::tr("entry %1 was changed after it was written").arg(e.seq));
        previous = e.hash;
        expected = e.seq + 1;
        v.headSeq = e.seq;
        v.headHash = e.hash;
        if (e.action == QLatin1String(kAnchorAction)) {
            ++v.anchorEntries;
            v.lastAnchorEntry = e.seq;
        }
        for (int i = 0; i < anchors.size(); ++i)
            if (anchors[i].seq == e.seq)
                seen[i] = {true, e.hash, v.intact};
    });
    if (!read)
        return read.error();
    for (int i = 0; i < anchors.size(); ++i) {
        const AuditHead& a = anchors[i];
        AnchorCheck check{a, false, {}};
        if (!seen[i].found && v.headSeq < a.seq) {
            check.finding =
                text::Audit::tr("the trail ends at entry %1, but the anchor vouches for entry %2 (hash %3): "
                    "entries were removed from the end, at least entries %4 to %2, or the register "
                    "was put back to a copy older than the anchor")
                    .arg(v.headSeq)
                    .arg(a.seq)
                    .arg(a.hash)
                    .arg(v.headSeq + 1);
        } else if (!seen[i].found) {
            check.finding =
                text::Audit::tr("entry %1, which the anchor vouches for (hash %2), is not in the trail: it was removed")
                    .arg(a.seq)
                    .arg(a.hash);
        } else if (seen[i].hash != a.hash) {
            check.finding =
                seen[i].intact
                    ? text::Audit::tr("entry %1 has the hash %2, the anchor says %3: the trail up to entry %1 was "
                          "rewritten after the anchor was made, with every hash recomputed")
                          .arg(a.seq)
                          .arg(seen[i].hash, a.hash)
                    : text::Audit::tr("entry %1 has the hash %2, the anchor says %3, and the chain is broken from "
                          "entry %4 (%5): the trail up to entry %1 was changed after the anchor was made")
                          .arg(a.seq)
                          .arg(seen[i].hash, a.hash)
                          .arg(v.firstBadSeq)
                          .arg(v.reason);
        } else if (!seen[i].intact) {
            check.finding =
                text::Audit::tr("entry %1 has the anchored hash, but the chain up to it is broken from "
                               "entry %2 (%3)")
                    .arg(a.seq)
                    .arg(v.firstBadSeq)
                    .arg(v.reason);
        } else {
            check.holds = true;
            check.finding =
                text::Audit::tr("entries 1 to %1 are exactly as anchored; %2 entries were written after it")
                    .arg(a.seq)
                    .arg(v.headSeq - a.seq);
            if (!v.intact)
                check.finding += text::Audit::tr(", and the chain is broken after it from entry %1 (%2)")
                                     .arg(v.firstBadSeq)
                                     .arg(v.reason);
        }
        v.anchors << check;
    }
    return v;
}

} // namespace mladesk
