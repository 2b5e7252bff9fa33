#include "PdfUnicodeMap.h"

#include "DocumentFonts.h"

#include <QHash>
#include <QRawFont>
#include <QString>

namespace mladesk {

namespace {

// CJK Radicals Supplement and Kangxi Radicals.
constexpr char32_t kRadicalsFirst = 0x2E80;
constexpr char32_t kRadicalsLast = 0x2FDF;

bool isRadical(char32_t c) {
    return c >= kRadicalsFirst && c <= kRadicalsLast;
}

// Radical -> the unified ideograph drawn with the same glyph.
QHash<char32_t, char32_t> buildIdeographOfRadical() {
    QHash<char32_t, char32_t> map;
    QFont font(documentFontFamily(QStringLiteral("zh")));
    const QRawFont raw = QRawFont::fromFont(font);
    if (raw.isValid()) {
        QHash<quint32, char32_t> ideographOfGlyph;
        const auto addBlock = [&](char32_t first, char32_t last) {
            QString text;
            for (char32_t c = first; c <= last; ++c)
                text.append(QChar(static_cast<char16_t>(c)));
            const QList<quint32> glyphs = raw.glyphIndexesForString(text);
            for (int i = 0; i < glyphs.size(); ++i)
                if (glyphs[i] != 0 && !ideographOfGlyph.contains(glyphs[i]))
                    ideographOfGlyph.insert(glyphs[i], first + static_cast<char32_t>(i));
        };
        addBlock(0x4E00, 0x9FFF); // CJK Unified Ideographs
        addBlock(0x3400, 0x4DBF); // Extension A
        QString radicals;
        for (char32_t c = kRadicalsFirst; c <= kRadicalsLast; ++c)
            radicals.append(QChar(static_cast<char16_t>(c)));
        const QList<quint32> glyphs = raw.glyphIndexesForString(radicals);
        for (int i = 0; i < glyphs.size(); ++i)
            if (const auto it = ideographOfGlyph.constFind(glyphs[i]);
                glyphs[i] != 0 && it != ideographOfGlyph.cend())
                map.insert(kRadicalsFirst + static_cast<char32_t>(i), it.value());
    }
    for (char32_t c = kRadicalsFirst; c <= kRadicalsLast; ++c) {
        if (map.contains(c))
            continue;
        const QString nfkc =
            QString(QChar(static_cast<char16_t>(c))).normalized(QString::NormalizationForm_KC);
        if (nfkc.size() == 1 && nfkc.at(0).unicode() >= 0x3400)
            map.insert(c, nfkc.at(0).unicode());
    }
    return map;
}

const QHash<char32_t, char32_t>& ideographOfRadical() {
    static const QHash<char32_t, char32_t> map = buildIdeographOfRadical();
    return map;
}

int hexDigit(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// A "<XXXX>" token at pos: its value, or -1.
int hex4At(const QByteArray& data, qsizetype pos) {
    if (pos + 5 >= data.size() || data[pos] != '<' || data[pos + 5] != '>')
        return -1;
    int value = 0;
    for (int i = 1; i <= 4; ++i) {
        const int d = hexDigit(data[pos + i]);
        if (d < 0)
            return -1;
        value = value * 16 + d;
    }
    return value;
}

void writeHex4(QByteArray& data, qsizetype pos, char32_t value) {
    const QByteArray hex = QByteArray::number(static_cast<uint>(value), 16).toUpper().rightJustified(4, '0');
    for (int i = 0; i < 4; ++i)
        data[pos + 1 + i] = hex[i];
}

// Rewrites the destinations of one line of a bfchar or bfrange section.
// bfchar: <src> <dst>; bfrange: <lo> <hi> [<dst>...] or <lo> <hi> <dst>
// (the last only when lo == hi: a range of destinations cannot be split here).
int rewriteLine(QByteArray& data, qsizetype begin, qsizetype end, bool range) {
    QList<qsizetype> tokens;
    for (qsizetype pos = data.indexOf('<', begin); pos >= 0 && pos < end; pos = data.indexOf('<', pos + 1))
        tokens.append(pos);
    const qsizetype sources = range ? 2 : 1;
    if (tokens.size() <= sources)
        return 0;
    const bool array = data.indexOf('[', begin) >= 0 && data.indexOf('[', begin) < end;
    if (range && !array && (tokens.size() != 3 || hex4At(data, tokens[0]) != hex4At(data, tokens[1])))
        return 0;
    int rewritten = 0;
    for (qsizetype i = sources; i < tokens.size(); ++i) {
        const int value = hex4At(data, tokens[i]);
        if (value < 0 || !isRadical(static_cast<char32_t>(value)))
            continue;
        const auto it = ideographOfRadical().constFind(static_cast<char32_t>(value));
        if (it == ideographOfRadical().cend())
            continue;
        writeHex4(data, tokens[i], it.value());
        ++rewritten;
    }
    return rewritten;
}

int rewriteSections(QByteArray& data, qsizetype begin, qsizetype end, const QByteArray& open,
                    const QByteArray& close, bool range) {
    int rewritten = 0;
    for (qsizetype at = data.indexOf(open, begin); at >= 0 && at < end; at = data.indexOf(open, at + 1)) {
        const qsizetype stop = data.indexOf(close, at);
        if (stop < 0 || stop > end)
            break;
        qsizetype line = data.indexOf('\n', at) + 1;
        while (line > 0 && line < stop) {
            qsizetype next = data.indexOf('\n', line);
            if (next < 0 || next > stop)
                next = stop;
            rewritten += rewriteLine(data, line, next, range);
            line = next + 1;
        }
    }
    return rewritten;
}

} // namespace

int restoreIdeographsInToUnicode(QByteArray& pdf) {
    int rewritten = 0;
    static const QByteArray kToUnicode("/ToUnicode ");
    for (qsizetype at = pdf.indexOf(kToUnicode); at >= 0; at = pdf.indexOf(kToUnicode, at + 1)) {
        const qsizetype numberStart = at + kToUnicode.size();
        const qsizetype numberEnd = pdf.indexOf(' ', numberStart);
        if (numberEnd < 0)
            break;
        const QByteArray object = QByteArray("\n") + pdf.mid(numberStart, numberEnd - numberStart) + " 0 obj";
        const qsizetype objectAt = pdf.indexOf(object);
        if (objectAt < 0)
            continue;
        const qsizetype streamAt = pdf.indexOf("stream", objectAt);
        const qsizetype endAt = pdf.indexOf("endstream", streamAt);
        if (streamAt < 0 || endAt < 0 || pdf.mid(objectAt, streamAt - objectAt).contains("/Filter"))
            continue; // compressed: its length would change
        rewritten += rewriteSections(pdf, streamAt, endAt, "beginbfchar", "endbfchar", false);
        rewritten += rewriteSections(pdf, streamAt, endAt, "beginbfrange", "endbfrange", true);
    }
    return rewritten;
}

} // namespace mladesk
