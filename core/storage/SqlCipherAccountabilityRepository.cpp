#include "SqlCipherAccountabilityRepository.h"

#include "common/UtcText.h"
#include "storage/Database.h"

namespace mladesk {

Result<QString> SqlCipherAccountabilityRepository::drafterOf(const QString& requestId) {
    auto st = m_db.prepare(QStringLiteral("SELECT drafted_by FROM requests WHERE id = ?"));
    if (!st)
        return st.error();
    st->bind(1, requestId);
    auto row = st->step();
    if (!row)
        return row.error();
    return row.value() ? st->text(0) : QString();
}

Status SqlCipherAccountabilityRepository::setDrafter(const QString& requestId, const QString& user) {
    auto take = m_db.prepare(QStringLiteral("UPDATE requests SET drafted_by = ? WHERE id = ?"));
    if (!take)
        return take.error();
    take->bind(1, user).bind(2, requestId);
    return take->run();
}

Result<std::optional<Approval>> SqlCipherAccountabilityRepository::currentApproval(const QString& requestId) {
    auto st = m_db.prepare(QStringLiteral("SELECT approver, at, comment, content_hash, withdrawn_at, "
                                          "withdrawn_by FROM approvals WHERE request_id = ? "
                                          "ORDER BY withdrawn_at IS NULL DESC, at DESC LIMIT 1"));
    if (!st)
        return st.error();
    st->bind(1, requestId);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<Approval>();
    return std::optional<Approval>(Approval{st->text(0), parseUtc(st->text(1)), st->text(2), st->text(3),
                                            parseUtc(st->text(4)), st->text(5)});
}

Status SqlCipherAccountabilityRepository::addApproval(const QString& requestId, const Approval& approval) {
    auto insert = m_db.prepare(QStringLiteral("INSERT INTO approvals (request_id, approver, at, comment, "
                                              "content_hash) VALUES (?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, requestId).bind(2, approval.approver).bind(3, utcText(approval.at));
    insert->bindOptional(4, approval.comment).bind(5, approval.contentHash);
    return insert->run();
}

Status SqlCipherAccountabilityRepository::withdrawApproval(const QString& requestId, const QString& by,
                                                           const QDateTime& at) {
    auto withdraw = m_db.prepare(QStringLiteral("UPDATE approvals SET withdrawn_at = ?, withdrawn_by = ? "
                                                "WHERE request_id = ? AND withdrawn_at IS NULL"));
    if (!withdraw)
        return withdraw.error();
    withdraw->bind(1, utcText(at)).bind(2, by).bind(3, requestId);
    return withdraw->run();
}

} // namespace mladesk
