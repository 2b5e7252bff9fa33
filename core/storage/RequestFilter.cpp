#include "RequestFilter.h"

#include "common/SearchTerms.h"

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
    // FTS4: a one-word term as a prefix query, a longer one as a phrase whose
    // last word is a prefix; upper-case AND, OR, NEAR never reach it.
    QStringList terms;
    for (const SearchTerm& term : searchTerms(typed))
        terms << (term.words.size() == 1
                      ? QString(term.words.first() + QLatin1Char('*'))
                      : QLatin1Char('"') + term.words.join(QLatin1Char(' ')) + QStringLiteral("*\""));
    return terms.join(QLatin1Char(' '));
}

} // namespace mladesk
