#include "SqlCipherRequestListRepository.h"

#include "common/UtcText.h"
#include "storage/Database.h"
#include "storage/RequestFilter.h"

#include <QHash>

namespace mladesk {

namespace {

QString orderExpression(RequestSortKey key) {
    switch (key) {
    case RequestSortKey::Reference:
        return QStringLiteral("r.reference");
    case RequestSortKey::Direction:
        return QStringLiteral("r.direction");
    case RequestSortKey::Instrument:
        return QStringLiteral("r.instrument");
    case RequestSortKey::Status:
        return QStringLiteral("r.status");
    case RequestSortKey::Urgency: // by weight, not alphabetically
        return QStringLiteral("CASE r.urgency WHEN 'emergency' THEN 2 WHEN 'urgent' THEN 1 ELSE 0 END");
    case RequestSortKey::OtherState:
        return QStringLiteral(
            "CASE r.direction WHEN 'outgoing' THEN r.requested_state ELSE r.requesting_state END");
    case RequestSortKey::Summary:
        return QStringLiteral("r.summary COLLATE NOCASE");
    case RequestSortKey::Created:
        return QStringLiteral("r.created_at");
    case RequestSortKey::Updated:
        return QStringLiteral("r.updated_at");
    case RequestSortKey::NextDue:
        return QStringLiteral("r.next_due_at IS NULL, r.next_due_at");
    }
    return QStringLiteral("r.reference");
}

} // namespace

Result<QVector<qint64>> SqlCipherRequestListRepository::keys(const RequestFilter& filter,
                                                             const RequestSort& sort) {
    const SqlWhere where = whereClause(filter);
    const QString direction = sort.descending ? QStringLiteral(" DESC") : QString();
    QString order = orderExpression(sort.key) + direction;
    if (sort.key != RequestSortKey::Reference)
        order += QStringLiteral(", r.reference") + direction;
    auto st = m_db.prepare(QStringLiteral("SELECT r.rowid FROM requests r") + where.sql +
                           QStringLiteral(" ORDER BY ") + order);
    if (!st)
        return st.error();
    for (int i = 0; i < where.values.size(); ++i)
        st->bind(i + 1, where.values[i]);
    QVector<qint64> ids;
    if (auto done = st->forEachRow([&](const Statement& row) { ids.append(row.integer(0)); }); !done)
        return done.error();
    return ids;
}

Result<QList<RequestListRow>> SqlCipherRequestListRepository::rows(const QVector<qint64>& keys) {
    QList<RequestListRow> result;
    if (keys.isEmpty())
        return result;
    QStringList placeholders;
    for (qint64 id : keys)
        placeholders << QString::number(id); // integers from our own query: no injection
    auto st =
        m_db.prepare(QStringLiteral("SELECT r.rowid, r.id, r.reference, r.direction, r.instrument, r.status, "
                                    "r.urgency, CASE r.direction WHEN 'outgoing' THEN r.requested_state ELSE "
                                    "r.requesting_state END, r.summary, r.created_at, r.updated_at "
                                    "FROM requests r WHERE r.rowid IN (") +
                     placeholders.join(QLatin1Char(',')) + QLatin1Char(')'));
    if (!st)
        return st.error();
    QHash<qint64, RequestListRow> byKey;
    const Status read = st->forEachRow([&](const Statement& row) {
        RequestListRow r;
        r.key = row.integer(0);
        r.id = row.text(1);
        r.reference = row.text(2);
        r.direction = row.text(3);
        r.instrument = row.text(4);
        r.status = row.text(5);
        r.urgency = row.text(6);
        r.otherState = row.text(7);
        r.summary = row.text(8);
        r.createdAt = parseUtc(row.text(9));
        r.updatedAt = parseUtc(row.text(10));
        byKey.insert(r.key, r);
    });
    if (!read)
        return read.error();
    for (qint64 id : keys)
        if (byKey.contains(id))
            result.append(byKey.take(id));
    return result;
}

} // namespace mladesk
