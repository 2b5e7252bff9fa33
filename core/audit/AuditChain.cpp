#include "AuditChain.h"

#include "common/UtcText.h"
#include "error/CoreText.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace mladesk {

QByteArray AuditChain::canonical(const AuditEntry& e) {
    const QJsonObject o{{QStringLiteral("seq"), e.seq},       {QStringLiteral("at"), utcText(e.at)},
                        {QStringLiteral("user"), e.user},     {QStringLiteral("action"), e.action},
                        {QStringLiteral("object"), e.object}, {QStringLiteral("detail"), e.detail},
                        {QStringLiteral("prev"), e.prevHash}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact); // QJsonObject keeps keys sorted
}

QString AuditChain::hashOf(const AuditEntry& entry) {
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical(entry), QCryptographicHash::Sha256).toHex());
}

AuditEntry AuditChain::next(const AuditEntry& last, const QString& user, const QString& action,
                            const QString& object, const QString& detail, const QDateTime& at) {
    AuditEntry e;
    e.seq = last.seq + 1;
    e.prevHash = last.seq > 0 ? last.hash : QString::fromLatin1(kGenesis);
    e.at = at.toUTC();
    e.at = e.at.addMSecs(-e.at.time().msec());
    e.user = user;
    e.action = action;
    e.object = object;
    e.detail = detail;
    e.hash = hashOf(e);
    return e;
}

AuditChain::AuditChain(QList<AuditHead> anchors)
    : m_anchors(std::move(anchors))
    , m_seen(m_anchors.size())
    , m_previous(QString::fromLatin1(kGenesis)) {
}

void AuditChain::fail(qint64 seq, const QString& reason) {
    if (m_result.intact) {
        m_result.intact = false;
        m_result.firstBadSeq = seq;
        m_result.reason = reason;
    }
}

void AuditChain::add(const AuditEntry& e) {
    ++m_result.entries;
    if (e.seq > m_expected)
        fail(m_expected, text::Audit::tr("entries %1 to %2 are missing").arg(m_expected).arg(e.seq - 1));
    else if (e.seq < m_expected)
        fail(e.seq, text::Audit::tr("entry %1 is out of sequence").arg(e.seq));
    else if (e.prevHash != m_previous)
        fail(e.seq, text::Audit::tr("entry %1 does not follow the entry before it (removed, inserted or "
                                    "reordered entries)")
                        .arg(e.seq));
    else if (hashOf(e) != e.hash)
        fail(e.seq, text::Audit::tr("entry %1 was changed after it was written").arg(e.seq));
    m_previous = e.hash;
    m_expected = e.seq + 1;
    m_result.headSeq = e.seq;
    m_result.headHash = e.hash;
    if (e.action == QLatin1String(kAnchorAction)) {
        ++m_result.anchorEntries;
        m_result.lastAnchorEntry = e.seq;
    }
    for (int i = 0; i < m_anchors.size(); ++i)
        if (m_anchors[i].seq == e.seq)
            m_seen[i] = {true, e.hash, m_result.intact};
}

AuditVerification AuditChain::finish() const {
    AuditVerification v = m_result;
    const QList<AuditHead>& anchors = m_anchors;
    const QList<Seen>& seen = m_seen;
    for (int i = 0; i < anchors.size(); ++i) {
        const AuditHead& a = anchors[i];
        AnchorCheck check{a, false, {}};
        if (!seen[i].found && v.headSeq < a.seq) {
            check.finding =
                text::Audit::tr(
                    "the trail ends at entry %1, but the anchor vouches for entry %2 (hash %3): "
                    "entries were removed from the end, at least entries %4 to %2, or the register "
                    "was put back to a copy older than the anchor")
                    .arg(v.headSeq)
                    .arg(a.seq)
                    .arg(a.hash)
                    .arg(v.headSeq + 1);
        } else if (!seen[i].found) {
            check.finding =
                text::Audit::tr(
                    "entry %1, which the anchor vouches for (hash %2), is not in the trail: it was removed")
                    .arg(a.seq)
                    .arg(a.hash);
        } else if (seen[i].hash != a.hash) {
            check.finding =
                seen[i].intact
                    ? text::Audit::tr(
                          "entry %1 has the hash %2, the anchor says %3: the trail up to entry %1 was "
                          "rewritten after the anchor was made, with every hash recomputed")
                          .arg(a.seq)
                          .arg(seen[i].hash, a.hash)
                    : text::Audit::tr(
                          "entry %1 has the hash %2, the anchor says %3, and the chain is broken from "
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
