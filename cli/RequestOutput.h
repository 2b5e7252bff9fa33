#pragma once

#include "domain/Entities.h"

#include <QJsonObject>
#include <QTextStream>

namespace mladesk::cli {

// How requests are printed: an aligned table for people, JSON and CSV for
// programs. The JSON shapes are documented in docs/cli.md and stay stable.
QJsonObject listRow(const Request& request);
void printTable(QTextStream& out, const QList<Request>& requests);
void printCsv(QTextStream& out, const QList<Request>& requests);
void printJson(QTextStream& out, const QList<Request>& requests);
void printDetails(QTextStream& out, const Request& request);
// One CSV cell, quoted per RFC 4180 when it needs to be.
QString csvField(const QString& value);

} // namespace mladesk::cli
