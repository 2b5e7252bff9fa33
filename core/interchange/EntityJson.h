#pragma once

#include "domain/Approval.h"
#include "domain/Entities.h"
#include "domain/RequestText.h"
#include "domain/Validation.h"
#include "interchange/JsonReader.h"

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

// Reading (EntityJsonReading.cpp) is strict: wrong types, unknown or
// repeated fields, unreadable dates, text with characters its field does
// not allow or longer than its limit, lists of more than 10,000 items are
// problems named by field (the value is skipped, reading goes on); only a
// syntax error stops the reader (json.failed()). Each reads the value at
// the reader's position. Semantic checks are in domain/Validation. A
// record's problems stop at kMostRecordProblems: a list that long was cut
// off, and the rest of the record was read without checks.
constexpr qsizetype kMostRecordProblems = 101;
State stateFromJson(JsonReader& json, QList<FieldProblem>& problems);
Authority authorityFromJson(JsonReader& json, QList<FieldProblem>& problems);
Case caseFromJson(JsonReader& json, QList<FieldProblem>& problems);
// A request's "text_language" and "translations" (optional: files written
// before them stay readable) go to `texts`; each translation is checked with
// validateRequestText, and a field in a language only once. Its "drafted_by"
// and "approvals" (optional too) go to `accountability`.
Request requestFromJson(JsonReader& json, QList<FieldProblem>& problems, RequestTexts* texts = nullptr,
                        RequestAccountability* accountability = nullptr);

// The register's list columns, as listJson wrote them (problems, which a
// register does not hold, are dropped).
QStringList stringsFromJson(QByteArrayView json);
QList<Identifier> identifiersFromJson(QByteArrayView json);
QList<DateRange> dateRangesFromJson(QByteArrayView json);
QList<Person> personsFromJson(QByteArrayView json);
// The compact JSON of a list column, in UTF-8: the bytes of
// compactJson(toJson(values)), written directly.
QByteArray listJson(const QStringList& values);
QByteArray listJson(const QList<Identifier>& identifiers);
QByteArray listJson(const QList<DateRange>& ranges);
QByteArray listJson(const QList<Person>& persons);

QString utcText(const QDateTime& instant);
QDateTime parseUtc(const QString& text);
// Compact JSON text of an array, for the register's list columns.
QString compactJson(const QJsonArray& array);
QJsonArray parseJsonArray(const QString& text);

} // namespace mladesk
