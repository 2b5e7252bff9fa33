#pragma once

#include "documents/DocumentModelBuilder.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace mladesk::test {

// The shipped catalogue's rules for one instrument (fatal when missing).
const InstrumentRules& instrumentRules(const QString& key);
QStringList instrumentKeys();

// A request complete for `instrument`, with its case and authorities, and
// reviewed translations of every free text into every document language
// (each carries "<FIELD>-<lang>" so a test can find it).
DocumentInput completeInput(const QString& instrument);

// Page texts of a PDF as Poppler reads them.
QStringList pdfPageTexts(const QByteArray& pdf);
// Page texts of one half of the pages (0 left, 1 right), for a side-by-side
// layout: Poppler reads a page line by line across both columns, so two
// columns of wrapped text come out interleaved; a reader reads one column.
QStringList pdfColumnTexts(const QByteArray& pdf, int column);
// Whether every page has `word` as one word of its own (the DRAFT bands).
bool everyPageHasWord(const QByteArray& pdf, const QString& word);
// The comparison form: NFKC (Arabic presentation forms, Kangxi radicals),
// letters and digits only (no bidi controls, white space, punctuation or
// combining marks, which Poppler moves around in right-to-left text).
QString comparable(const QString& text);
// Whether `text` appears in `pdfText`: as one run, or, for a right-to-left
// language, word by word (Poppler reads mixed runs in visual order).
bool pdfTextContains(const QString& pdfText, const QString& text, bool rightToLeft);

} // namespace mladesk::test
