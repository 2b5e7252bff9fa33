#include "SqlCipherAuditRepository.h"

#include "audit/AuditChain.h"
#include "common/UtcText.h"
#include "storage/Database.h"

namespace mladesk {

namespace {

AuditEntry readEntry(const Statement& row) {
    return {row.integer(0), parseUtc(row.text(1)), row.text(2), row.text(3),
            row.text(4),    row.text(5),           row.text(6), row.text(7)};
}

const QString kColumns =
    QStringLiteral("SELECT seq, at, user, action, object, detail, prev_hash, hash FROM audit_log");

} // namespace

Status SqlCipherAuditRepository::append(const QString& user, const QString& action, const QString& object,
                                        const QString& detail) {
    auto last = m_db.prepare(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!last)
        return last.error();
    auto row = last->step();
    if (!row)
        return row.error();
    AuditEntry previous; // seq 0: none
    if (row.value()) {
        previous.seq = last->integer(0);
        previous.hash = last->text(1);
    }
    const AuditEntry e =
        AuditChain::next(previous, user, action, object, detail, QDateTime::currentDateTimeUtc());
    auto insert = m_db.prepare(QStringLiteral("INSERT INTO audit_log (seq, at, user, action, object, detail, "
                                              "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, e.seq).bind(2, utcText(e.at)).bind(3, e.user).bind(4, e.action).bind(5, e.object);
    insert->bind(6, e.detail).bind(7, e.prevHash).bind(8, e.hash);
    return insert->run();
}

Result<QList<AuditEntry>> SqlCipherAuditRepository::entries(const AuditFilter& f, int limit) {
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

Result<AuditEntry> SqlCipherAuditRepository::head() {
    auto st = m_db.prepare(kColumns + QStringLiteral(" ORDER BY seq DESC LIMIT 1"));
    if (!st)
        return st.error();
    AuditEntry last;
    if (auto done = st->forEachRow([&](const Statement& row) { last = readEntry(row); }); !done)
        return done.error();
    return last;
}

Result<AuditVerification> SqlCipherAuditRepository::verify(const QList<AuditHead>& anchors) {
    auto st = m_db.prepare(kColumns + QStringLiteral(" ORDER BY seq"));
    if (!st)
        return st.error();
    AuditChain chain(anchors);
    if (Status read = st->forEachRow([&](const Statement& row) { chain.add(readEntry(row)); }); !read)
        return read.error();
    return chain.finish();
}

} // namespace mladesk
