#pragma once

#include "repositories/RequestListing.h"

#include <QString>
#include <QStringList>

namespace mladesk {

// The SQLite side of a RequestFilter (repositories/RequestListing.h).

// A WHERE clause over "requests r" and the values to bind to its "?"s, in order.
struct SqlWhere {
    QString sql; // empty, or " WHERE ..."
    QStringList values;
};
SqlWhere whereClause(const RequestFilter& filter);

// FTS4 query for what a user typed (see the definition for the rules).
QString fullTextQuery(const QString& typed);

} // namespace mladesk
