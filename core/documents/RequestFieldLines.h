#pragma once

#include "documents/DocumentModel.h"
#include "documents/DocumentModelBuilder.h"

#include <QList>
#include <QString>

namespace mladesk {

// The lines that show a request field (interchange name) in a document:
// authorities with their contact details, states by name, lists as bullets,
// identifiers "kind: value", date ranges, persons, data categories, and free
// texts as references into DocumentModel::freeTexts.
QList<DocumentLine> requestFieldLines(const QString& field, const DocumentInput& input);

// The request's free-text fields (facts, offence...) and the key that names each.
bool isFreeTextField(const QString& field);
QString freeTextLabelKey(const QString& field);
QString freeTextSource(const QString& field, const Request& request);

} // namespace mladesk
