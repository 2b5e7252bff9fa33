#pragma once

#include "domain/Entities.h"
#include "domain/RequestText.h"
#include "domain/Validation.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mladesk {

// The JSON shape of every entity, shared by the interchange format and the
// register's list-valued columns. Writing is canonical: every field present,
// empty optional text as null, instants in UTC with a Z.
QJsonObject toJson(const State& state);
QJsonObject toJson(const Authority& authority);
QJsonObject toJson(const Case& kase);
QJsonObject toJson(const Request& request);

QJsonArray toJson(const QStringList& values);
QJsonArray toJson(const QList<Identifier>& identifiers);
QJsonArray toJson(const QList<DateRange>& ranges);
QJsonArray toJson(const QList<Person>& persons);
// A request's translations, sorted by field and language (the request's
// "translations" in the interchange format).
QJsonArray toJson(QList<RequestText> translations);

// Reading is strict: wrong types, unknown fields and unreadable dates are
// problems named by field. Semantic checks are in domain/Validation.
State stateFromJson(const QJsonObject& object, QList<FieldProblem>& problems);
Authority authorityFromJson(const QJsonObject& object, QList<FieldProblem>& problems);
Case caseFromJson(const QJsonObject& object, QList<FieldProblem>& problems);
// A request's "text_language" and "translations" (optional: files written
// before them stay readable) go to `texts`; each translation is checked with
// validateRequestText, and a field in a language only once.
Request requestFromJson(const QJsonObject& object, QList<FieldProblem>& problems,
                        RequestTexts* texts = nullptr);

QStringList stringsFromJson(const QJsonValue& value, const QString& field, QList<FieldProblem>& problems);
QList<Identifier> identifiersFromJson(const QJsonValue& value, QList<FieldProblem>& problems);
QList<DateRange> dateRangesFromJson(const QJsonValue& value, QList<FieldProblem>& problems);
QList<Person> personsFromJson(const QJsonValue& value, QList<FieldProblem>& problems);

QString utcText(const QDateTime& instant);
QDateTime parseUtc(const QString& text);
// Compact JSON text of an array, for the register's list columns.
QString compactJson(const QJsonArray& array);
QJsonArray parseJsonArray(const QString& text);

} // namespace mladesk
