#pragma once

#include "domain/Entities.h"

#include <QList>
#include <QString>

namespace mladesk {

// One thing wrong with a record: the field and what is wrong with it.
struct FieldProblem {
    QString field;
    QString message;
};

// Checks of a record on its own (no I/O); cross-record checks (references
// exist, nothing duplicated) belong to whoever stores the records.
QList<FieldProblem> validateState(const State& state);
QList<FieldProblem> validateAuthority(const Authority& authority);
QList<FieldProblem> validateCase(const Case& kase);
QList<FieldProblem> validateRequest(const Request& request);

bool isCountryCode(const QString& code);
bool isLanguageCode(const QString& code);
bool isTimeZone(const QString& id);

} // namespace mladesk
