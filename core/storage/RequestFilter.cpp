#include "RequestFilter.h"

#include <QRegularExpression>

namespace mladesk {

SqlWhere whereClause(const RequestFilter& f) {
    SqlWhere w;
    QStringList clauses;
    const auto add = [&](const QString& clause, const QString& value, int times = 1) {
        clauses << clause;
        for (int i = 0; i < times; ++i)
            w.values << value;
    };
    if (!f.direction.isEmpty())
        add(QStringLiteral("r.direction = ?"), f.direction);
    if (!f.status.isEmpty())
        add(QStringLiteral("r.status = ?"), f.status);
    if (!f.instrument.isEmpty())
        add(QStringLiteral("r.instrument = ?"), f.instrument);
    if (!f.caseId.isEmpty())
        add(QStringLiteral("r.case_id = ?"), f.caseId);
    if (!f.urgency.isEmpty())
        add(QStringLiteral("r.urgency = ?"), f.urgency);
    if (f.createdFrom.isValid())
        add(QStringLiteral("r.created_at >= ?"), f.createdFrom.toString(Qt::ISODate));
    if (f.createdTo.isValid()) // instants are "YYYY-MM-DDTHH:MM:SSZ": before the next day
        add(QStringLiteral("r.created_at < ?"), f.createdTo.addDays(1).toString(Qt::ISODate));
    if (!f.state.isEmpty())
        add(QStringLiteral("((r.direction = 'outgoing' AND r.requested_state = ?) OR "
                           "(r.direction = 'incoming' AND r.requesting_state = ?))"),
            f.state, 2);
    if (!f.search.trimmed().isEmpty()) {
        // "+" keeps SQLite from looking up every match by rowid (a decrypted
        // page each: 0.4 s when "p" matches 100,000 requests); it scans the
        // order's index instead and tests each entry against the matches,
        // which bounds a search by the register's size (60 ms at 100,000).
        const QString match = fullTextQuery(f.search);
        add(QStringLiteral("+r.rowid IN (SELECT docid FROM request_search WHERE request_search MATCH ?)"),
            match.isEmpty() ? QStringLiteral("\"\"") : match);
    }
    if (!clauses.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    return w;
}

QString fullTextQuery(const QString& typed) {
    // Each whitespace-separated chunk must match. A chunk of one word matches
    // as a prefix; a chunk joined by punctuation (a reference such as
    // OUT-2026-0042, an e-mail address) matches as a phrase, its last word as
    // a prefix. Only letters and digits reach FTS, lower-cased: what a user
    // types is never query syntax (upper-case AND, OR, NEAR are operators).
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList terms;
    for (const QString& chunk : typed.split(space, Qt::SkipEmptyParts)) {
        QStringList words;
        for (auto it = word.globalMatch(chunk); it.hasNext();)
            words << it.next().captured(0).toLower();
        if (words.size() == 1)
            terms << words.first() + QLatin1Char('*');
        else if (words.size() > 1)
            terms << QLatin1Char('"') + words.join(QLatin1Char(' ')) + QStringLiteral("*\"");
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace mladesk
