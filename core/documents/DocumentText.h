#pragma once

#include "documents/DocumentModel.h"
#include "documents/DocumentTranslator.h"

#include <QString>
#include <QStringList>

namespace mladesk {

// A free text as printed in one language: the reviewed or draft translation,
// the source text when the document is in the source language, else the
// source text, untranslated.
struct FreeTextInLanguage {
    QString text;
    bool final = false; // source language or reviewed translation
};
FreeTextInLanguage freeTextIn(const DocumentModel& model, const QString& field, const QString& language);

// One value line in the translator's language.
QString lineText(const DocumentLine& line, const DocumentModel& model, const DocumentTranslator& tr);

// The free texts of the document that are not final in `language` (their label keys).
QStringList untranslatedIn(const DocumentModel& model, const QString& language);

// Incomplete for the instrument, or not every free text final in the language.
bool isDraftIn(const DocumentModel& model, const QString& language);

} // namespace mladesk
