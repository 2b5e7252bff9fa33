#pragma once

#include "common/JsonReader.h"
#include "common/ListJson.h"
#include "common/UtcText.h"
#include "domain/Approval.h"
#include "domain/Entities.h"
#include "domain/RequestText.h"
#include "domain/Validation.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mladesk {

// The JSON shape of every entity in the interchange format (the register's
// list columns have the same shape: common/ListJson). Writing is canonical:
// every field present, empty optional text as null, instants in UTC with a Z
// (common/UtcText). This header includes both for its users.
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

} // namespace mladesk
