#pragma once

#include <QByteArray>
#include <QStringList>

namespace mladesk::test {

// What a PDF/A-1b validator (ISO 19005-1, level B) would refuse in a PDF,
// checked with qpdf and by reading the PDF's uncompressed objects: a damaged
// file or cross-reference table (qpdf --check), encryption, no /ID, no XMP
// metadata naming PDF/A-1 level B, no GTS_PDFA1 output intent with an ICC
// profile, a font without its font file, transparency (soft masks, constant
// alpha below 1, blend modes, transparency groups), LZW compression,
// JavaScript, embedded files, external content. Empty: none found. (No
// full PDF/A validator is packaged for Debian 12; veraPDF is not.)
QStringList pdfA1bViolations(const QByteArray& pdf);

} // namespace mladesk::test
