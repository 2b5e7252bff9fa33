#pragma once

#include "domain/Deadline.h"
#include "rules/Completeness.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace mladesk::cli {

// Deadlines and completeness as the CLI prints them; the JSON shapes are
// documented in docs/cli.md and stay stable.
QJsonObject deadlineJson(const Deadline& deadline);
QJsonArray deadlinesJson(const QList<Deadline>& deadlines);
// An aligned table; with `reference` a column naming the request of each row.
void printDeadlines(QTextStream& out, const QList<std::pair<QString, Deadline>>& rows, bool withReference);
void printTrail(QTextStream& out, const Deadline& deadline);
QJsonObject completenessJson(const QList<MissingElement>& missing);
void printCompleteness(QTextStream& out, const QString& reference, const QString& instrument,
                       const QList<MissingElement>& missing);
// The due instant in the governing state's time zone, ISO 8601 with offset.
QString localDue(const Deadline& deadline);

} // namespace mladesk::cli
