#include "DocumentFonts.h"

namespace mladesk {

namespace {
const QString kLatin = QStringLiteral("Noto Sans");
// Noto Sans Arabic rather than Noto Naskh Arabic: with Naskh, the lam-alef
// ligatures Qt writes carry no ToUnicode entry, so "حالات" is read back from
// the PDF as "حا ت" (docs/documents.md).
const QString kArabic = QStringLiteral("Noto Sans Arabic");
const QString kChinese = QStringLiteral("Noto Sans CJK SC");
} // namespace

QString documentFontFamily(const QString& language) {
    if (language == QLatin1String("ar"))
        return kArabic;
    if (language == QLatin1String("zh"))
        return kChinese;
    return kLatin;
}

QStringList documentFontFamilies(const QString& language) {
    // Chinese: Latin letters and digits in Noto Sans, Han in Noto Sans CJK SC.
    // Set in the CJK font, the digits of Latin runs lose their ToUnicode entry
    // and vanish from the text read back.
    if (language == QLatin1String("ar"))
        return {kArabic, kLatin, kChinese};
    return {kLatin, kChinese, kArabic};
}

QString documentFontFamiliesCss(const QString& language) {
    QStringList quoted;
    for (const QString& family : documentFontFamilies(language))
        quoted << u'\'' + family + u'\'';
    return quoted.join(QStringLiteral(", "));
}

QFont documentFont(const QString& language, qreal pointSize, bool bold) {
    QFont font;
    font.setFamilies(documentFontFamilies(language));
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferOutline);
    return font;
}

} // namespace mladesk
