#pragma once

#include "domain/InstrumentRules.h"
#include "domain/StateProfile.h"
#include "error/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace mladesk {

// Reading and writing the catalogue files of docs/catalogue.md. Errors name
// the file and the field ("eio.json: deadlines[1].period.unit: ...").
Result<InstrumentRules> instrumentRulesFromJson(const QByteArray& json, const QString& fileName);
Result<StateProfile> stateProfileFromJson(const QByteArray& json, const QString& fileName);
Result<StateProfile> stateProfileFromObject(const QJsonObject& object, const QString& fileName);
QJsonObject stateProfileToJson(const StateProfile& state);

} // namespace mladesk
