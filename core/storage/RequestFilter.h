#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace mladesk {

// What a request list is narrowed to. Empty fields do not filter.
struct RequestFilter {
    QString direction;
    QString status;
    QString state; // the other side's state: requested (outgoing) or requesting (incoming)
    QString instrument;
    QString caseId;
    QString search; // full-text: reference, summary, authorities, provider, persons
    QString urgency;
    QDate createdFrom; // inclusive, UTC dates
    QDate createdTo;   // inclusive
};

// A WHERE clause over "requests r" and the values to bind to its "?"s, in order.
struct SqlWhere {
    QString sql; // empty, or " WHERE ..."
    QStringList values;
};
SqlWhere whereClause(const RequestFilter& filter);

// FTS4 query for what a user typed (see the definition for the rules).
QString fullTextQuery(const QString& typed);

} // namespace mladesk
