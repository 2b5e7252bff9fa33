#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

namespace mladesk {

// The Noto families a document language is set in, in the order Qt tries
// them, the others serving quoted names and texts (docs/documents.md). Left
// to Qt's fallback, Chinese would come out in the Japanese variant and Arabic
// in DejaVu Sans.
QStringList documentFontFamilies(const QString& language);
// The same as a CSS font-family value.
QString documentFontFamiliesCss(const QString& language);
// The family that sets the language's own script (must be installed).
QString documentFontFamily(const QString& language);
QFont documentFont(const QString& language, qreal pointSize, bool bold = false);

} // namespace mladesk
