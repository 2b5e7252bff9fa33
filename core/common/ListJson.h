#pragma once

#include "domain/Entities.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mladesk {

// The register's list-valued columns (docs/decisions.md, "List fields are
// canonical JSON text columns"): compact JSON in UTF-8, each object's keys
// sorted, empty optional text and missing dates as null; the same shape as
// those lists in the interchange format (interchange/EntityJson), so a
// column and a file agree byte for byte.
QByteArray listJson(const QStringList& values);
QByteArray listJson(const QList<Identifier>& identifiers);
QByteArray listJson(const QList<DateRange>& ranges);
QByteArray listJson(const QList<Person>& persons);

// A column as listJson wrote it. The register holds what was checked on the
// way in, so nothing is checked again: what is not of the list's shape (an
// element of another type, an unknown or repeated key) is left out, and
// text that is not JSON is an empty list.
QStringList stringsFromJson(QByteArrayView json);
QList<Identifier> identifiersFromJson(QByteArrayView json);
QList<DateRange> dateRangesFromJson(QByteArrayView json);
QList<Person> personsFromJson(QByteArrayView json);

// A column written as compact JSON text through QJsonDocument, and read back.
QString compactJson(const QJsonArray& array);
QJsonArray parseJsonArray(const QString& text);

} // namespace mladesk
