#include "JsonReader.h"

#include "error/CoreText.h"

#include <cstring>
#include <limits>

namespace mladesk {

namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}
bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

constexpr char32_t kCutShort = 0x110000;

// The value of the four hexadecimal digits at p, kCutShort when the text
// ends first, or above that when one is not a hexadecimal digit.
char32_t hex4(const char* p, const char* end) {
    char32_t value = 0;
    for (int i = 0; i < 4; ++i) {
        if (p + i >= end)
            return kCutShort;
        const int digit = hexValue(p[i]);
        if (digit < 0)
            return kCutShort + 1;
        value = (value << 4) | char32_t(digit);
    }
    return value;
}

// What a field may refuse of a character (JsonReader::TextFlag), or 0.
unsigned textFlag(char32_t u) {
    if (u < 0x20)
        return u == 0x9                 ? JsonReader::kTab
               : (u == 0xa || u == 0xd) ? JsonReader::kLineBreak
                                        : JsonReader::kControl;
    if (u < 0x7f)
        return 0;
    if (u <= 0x9f)
        return JsonReader::kControl;
    // Invisible format characters (Unicode category Cf, as of Unicode 15,
    // but the bidi controls below), tags and the soft hyphen.
    if (u == 0xad || (u >= 0x600 && u <= 0x605) || u == 0x61c || u == 0x6dd || u == 0x70f || u == 0x8e2 ||
        u == 0x180e || (u >= 0x200b && u <= 0x200f) || (u >= 0x2060 && u <= 0x2064) || u == 0xfeff ||
        (u >= 0xfff9 && u <= 0xfffb) || u == 0x110bd || u == 0x110cd || (u >= 0x13430 && u <= 0x1343f) ||
        (u >= 0x1bca0 && u <= 0x1bca3) || (u >= 0x1d173 && u <= 0x1d17a) || (u >= 0xe0000 && u <= 0xe007f))
        return JsonReader::kInvisible;
    if (u == 0x2028 || u == 0x2029)
        return JsonReader::kLineBreak;
    if ((u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x206f))
        return JsonReader::kBidiControl;
    return 0;
}

// The length of the well-formed UTF-8 sequence at p (first byte >= 0x80),
// or 0: no overlong forms, no surrogates, nothing above U+10FFFF (RFC 3629).
int utf8Length(const unsigned char* p, const unsigned char* end) {
    const auto cont = [&](int i, unsigned char lo = 0x80, unsigned char hi = 0xbf) {
        return p + i < end && p[i] >= lo && p[i] <= hi;
    };
    const unsigned char b = p[0];
    if (b >= 0xc2 && b <= 0xdf)
        return cont(1) ? 2 : 0;
    if (b == 0xe0)
        return cont(1, 0xa0) && cont(2) ? 3 : 0;
    if ((b >= 0xe1 && b <= 0xec) || b == 0xee || b == 0xef)
        return cont(1) && cont(2) ? 3 : 0;
    if (b == 0xed)
        return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
    if (b == 0xf0)
        return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (b >= 0xf1 && b <= 0xf3)
        return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (b == 0xf4)
        return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
    return 0;
}

// Skips printable ASCII other than quote, backslash and DEL, eight bytes at
// a time (SWAR): long texts are mostly that. Stops at or before the first
// byte that needs a look; a false stop only costs a byte-by-byte step.
[[gnu::always_inline]] inline const char* plainRunEnd(const char* p, const char* end) {
    constexpr quint64 ones = 0x0101010101010101ull;
    constexpr quint64 highs = 0x8080808080808080ull;
    const auto hasZeroByte = [](quint64 v) {
        return (v - ones) & ~v & highs;
    };
    while (end - p >= 8) {
        quint64 w;
        std::memcpy(&w, p, 8);
        // The top bit of each byte >= 0x7f: set already (>= 0x80), or set by adding
        // one to its low seven bits (0x7f; no carry crosses into the next byte).
        const quint64 special = ((((w & ~highs) + ones) | w) & highs) | hasZeroByte(w ^ (ones * '"')) |
                                hasZeroByte(w ^ (ones * '\\')) | ((w - ones * 0x20) & ~w & highs);
        if (special)
            break;
        p += 8;
    }
    return p;
}

} // namespace

JsonReader::JsonReader(QByteArrayView utf8, bool shareRepeatedText)
    : m_begin(utf8.data())
    , m_text(utf8.startsWith("\xEF\xBB\xBF") ? utf8.data() + 3 : utf8.data())
    , m_pos(m_text)
    , m_end(utf8.data() + utf8.size())
    , m_sharing(shareRepeatedText) {
    // A byte order mark (Windows editors write one) is skipped, as Qt's
    // parser skips it; it is not JSON text (RFC 8259 section 8.1).
    m_stack.reserve(16);
}

bool JsonReader::fail(const char* what) {
    return failAt(m_pos, what);
}

bool JsonReader::failAt(const char* at, const char* what) {
    if (m_failed)
        return false;
    m_failed = true;
    m_truncated = at >= m_end;
    m_errorAt = (at < m_end ? at : m_end) - m_begin;
    // what is a literal marked for translation (context Import) where it is written.
    m_error = m_truncated ? text::Import::tr("the text ends too early (%1)").arg(text::Import::tr(what))
                          : text::Import::tr(what);
    m_pos = m_end;
    m_key = {};
    return false;
}

QString JsonReader::error() const {
    if (!m_failed)
        return {};
    qsizetype line = 1;
    const char* lineStart = m_text;
    for (const char* p = m_begin; p < m_begin + m_errorAt; ++p)
        if (*p == '\n') {
            ++line;
            lineStart = p + 1;
        }
    return text::Import::tr("%1 at line %2, column %3 (byte %4)")
        .arg(m_error)
        .arg(line)
        .arg(m_begin + m_errorAt - lineStart + 1)
        .arg(m_errorAt);
}

void JsonReader::skipSpace() {
    while (m_pos < m_end && isSpace(*m_pos))
        ++m_pos;
}

bool JsonReader::expect(char c, const char* what) {
    skipSpace();
    if (m_pos >= m_end || *m_pos != c)
        return fail(what);
    ++m_pos;
    return true;
}

JsonReader::Kind JsonReader::peek() {
    if (m_failed)
        return Kind::Invalid;
    skipSpace();
    if (m_pos >= m_end)
        return Kind::Invalid;
    switch (*m_pos) {
    case '{':
        return Kind::Object;
    case '[':
        return Kind::Array;
    case '"':
        return Kind::String;
    case 't':
    case 'f':
        return Kind::Bool;
    case 'n':
        return Kind::Null;
    default:
        return *m_pos == '-' || isDigit(*m_pos) ? Kind::Number : Kind::Invalid;
    }
}

bool JsonReader::enter(char open, char close) {
    if (m_failed)
        return false;
    if (!expect(open, open == '{' ? QT_TRANSLATE_NOOP("Import", "expected an object")
                                  : QT_TRANSLATE_NOOP("Import", "expected a list")))
        return false;
    if (m_stack.size() >= kMaxDepth)
        return failAt(m_pos - 1, QT_TRANSLATE_NOOP("Import", "lists and objects nested too deeply"));
    m_stack.append({close, false});
    return true;
}

bool JsonReader::enterObject() {
    return enter('{', '}');
}

bool JsonReader::enterArray() {
    return enter('[', ']');
}

// Ends the innermost container at its closing byte, or consumes the comma
// before its next element.
bool JsonReader::next(char close, const char* what) {
    if (m_failed || m_stack.isEmpty() || m_stack.last().first != close)
        return fail(QT_TRANSLATE_NOOP("Import", "a value was not read (program error)"));
    skipSpace();
    if (m_pos < m_end && *m_pos == close) {
        ++m_pos;
        m_stack.removeLast();
        return false;
    }
    if (m_stack.last().second && !expect(',', what))
        return false;
    m_stack.last().second = true;
    return true;
}

bool JsonReader::nextKey() {
    if (!next('}', "expected ',' or '}' after a value in an object"))
        return false;
    skipSpace();
    if (m_pos >= m_end || *m_pos != '"')
        return fail(QT_TRANSLATE_NOOP("Import", "expected a name in double quotes"));
    if (!scanString(nullptr, &m_key))
        return false;
    return expect(':', QT_TRANSLATE_NOOP("Import", "expected ':' after a name"));
}

bool JsonReader::nextElement() {
    return next(']', "expected ',' or ']' after a value in a list");
}

// At an opening quote: checks the text (escapes, UTF-8, no raw control
// characters) and decodes it into *out or, for a key, *key.
bool JsonReader::scanString(QString* out, QByteArrayView* key) {
    const char* start = ++m_pos;
    const char* end = nullptr;
    bool escapes = false;
    TextInfo info;
    if (!scanText(&end, info, 0, &escapes))
        return false;
    if (info.flags & kInvalidUtf8)
        return failAt(m_begin + info.byte, QT_TRANSLATE_NOOP("Import", "text that is not valid UTF-8"));
    m_pos = end + 1;
    if (!escapes) {
        if (out)
            *out = QString::fromUtf8(start, end - start);
        if (key)
            *key = QByteArrayView(start, end - start);
        return true;
    }
    if (!out && !key)
        return true;
    if (key && !out && end - start > kLongestDecodedKey) {
        // No field has so long a name: the key is compared (and shown in
        // a problem) as written, not decoded into a copy of its size.
        *key = QByteArrayView(start, end - start);
        return true;
    }
    QString text;
    decode(start, end, text);
    if (key) {
        m_keyBuffer = text.toUtf8();
        *key = m_keyBuffer;
    }
    if (out)
        *out = std::move(text);
    return true;
}

// One pass over the text: where it ends, whether it is valid, and what a
// field may refuse in it. The plain run (printable ASCII) is skipped eight
// bytes at a time as before; only escapes and bytes above 0x7e take a look.
bool JsonReader::scanText(const char** end, TextInfo& info, unsigned refused, bool* escapes) {
    const char* const start = m_pos;
    const char* p = start;
    qsizetype extra = 0; // bytes that are no character of their own (escapes, UTF-8 continuations)
    unsigned flags = 0;
    const auto mark = [&](unsigned flag, char32_t c) {
        if ((refused & flag) && !info.refused) {
            info.refused = flag;
            info.character = c;
        }
        flags |= flag;
    };
    *escapes = false;
    // Most texts (ids, codes, dates, keys) are printable ASCII to the end.
    p = plainRunEnd(p, m_end);
    while (p < m_end && static_cast<unsigned char>(*p) - 0x20u < 0x5fu && *p != '"' && *p != '\\')
        ++p;
    if (p < m_end && *p == '"') {
        info.length = p - start;
        *end = p;
        return true;
    }
    while (true) {
        p = plainRunEnd(p, m_end);
        if (p >= m_end)
            return failAt(p, QT_TRANSLATE_NOOP("Import", "text without its closing quote"));
        const auto c = static_cast<unsigned char>(*p);
        if (c == '"')
            break;
        if (c == '\\') {
            *escapes = true;
            if (p + 1 >= m_end)
                return failAt(m_end, QT_TRANSLATE_NOOP("Import", "an escape"));
            const char e = p[1];
            if (e == 'u') {
                const char32_t unit = hex4(p + 2, m_end);
                if (unit > 0xffff) // at the end: cut short
                    return failAt(unit == kCutShort ? m_end : p,
                                  "\\u must be followed by four hexadecimal digits");
                if (unit >= 0xd800 && unit <= 0xdbff && m_end - p >= 12 && p[6] == '\\' && p[7] == 'u') {
                    const char32_t low = hex4(p + 8, m_end);
                    if (low >= 0xdc00 && low <= 0xdfff) { // a pair: one character above U+FFFF
                        const char32_t u = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
                        if (const unsigned flag = textFlag(u))
                            mark(flag, u);
                        p += 12;
                        extra += 11;
                        continue;
                    }
                }
                if (unit >= 0xd800 && unit <= 0xdfff)
                    mark(kLoneSurrogate, unit);
                else if (const unsigned flag = textFlag(unit))
                    mark(flag, unit);
                p += 6;
                extra += 5;
            } else if (std::strchr("\"\\/bfnrt", e) && e != '\0') {
                if (e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
                    const char32_t unit = e == 'b'   ? 0x8
                                          : e == 'f' ? 0xc
                                          : e == 'n' ? 0xa
                                          : e == 'r' ? 0xd
                                                     : 0x9;
                    mark(textFlag(unit), unit);
                }
                p += 2;
                extra += 1;
            } else {
                return failAt(p, QT_TRANSLATE_NOOP("Import", "an unknown escape in text"));
            }
        } else if (c < 0x20) {
            return failAt(p, QT_TRANSLATE_NOOP("Import", "a control character in text (it must be escaped)"));
        } else if (c < 0x80) {
            if (c == 0x7f)
                mark(kControl, 0x7f);
            ++p;
        } else {
            const int length = utf8Length(reinterpret_cast<const unsigned char*>(p),
                                          reinterpret_cast<const unsigned char*>(m_end));
            if (length == 0) {
                if (info.byte < 0)
                    info.byte = p - m_begin;
                mark(kInvalidUtf8, c);
                ++p;
                continue;
            }
            // Only these lead bytes start a character a field may refuse:
            // U+0080-U+00BF, U+0600-U+063F, U+06C0-U+073F, U+0800-U+1FFF, U+2000-U+2FFF,
            // U+F000-U+FFFF, U+10000-U+3FFFF and U+C0000-U+FFFFF.
            if (c == 0xc2 || c == 0xd8 || c == 0xdb || c == 0xdc || c == 0xe0 || c == 0xe1 || c == 0xe2 ||
                c == 0xef || c == 0xf0 || c == 0xf3) {
                const auto b = [p](int i) {
                    return char32_t(static_cast<unsigned char>(p[i]) & 0x3f);
                };
                const char32_t u = length == 2 ? (char32_t(c & 0x1f) << 6) | b(1)
                                   : length == 3
                                       ? (char32_t(c & 0x0f) << 12) | (b(1) << 6) | b(2)
                                       : (char32_t(c & 0x07) << 18) | (b(1) << 12) | (b(2) << 6) | b(3);
                if (const unsigned flag = textFlag(u))
                    mark(flag, u);
            }
            p += length;
            extra += length - 1;
        }
    }
    info.flags = flags;
    info.length = (p - start) - extra;
    *end = p;
    return true;
}

// Decoded: UTF-8 runs between the escapes, each escape one UTF-16 unit
// (a \uD83D\uDE00 pair makes one character; a lone surrogate stays, as
// Qt's own parser keeps it: readText refuses it before decoding).
void JsonReader::decode(const char* start, const char* end, QString& text) {
    text.reserve(end - start);
    const char* run = start;
    for (const char* q = start; q < end;) {
        if (*q != '\\') {
            ++q;
            continue;
        }
        text += QString::fromUtf8(run, q - run);
        char16_t unit = 0;
        switch (q[1]) {
        case 'b':
            unit = u'\b';
            break;
        case 'f':
            unit = u'\f';
            break;
        case 'n':
            unit = u'\n';
            break;
        case 'r':
            unit = u'\r';
            break;
        case 't':
            unit = u'\t';
            break;
        case 'u':
            unit = char16_t(hex4(q + 2, end));
            break;
        default: // " \ /
            unit = char16_t(q[1]);
        }
        text += QChar(unit);
        q += q[1] == 'u' ? 6 : 2;
        run = q;
    }
    text += QString::fromUtf8(run, end - run);
}

QString JsonReader::readString() {
    TextInfo info;
    return read(info, std::numeric_limits<qsizetype>::max(), 0, false, true);
}

QString JsonReader::readSharedString() {
    TextInfo info;
    return read(info, std::numeric_limits<qsizetype>::max(), 0, true, true);
}

QString JsonReader::readText(TextInfo& info, qsizetype maxLength, unsigned refused, bool shared) {
    return read(info, maxLength, refused | kLoneSurrogate | kInvalidUtf8, shared, false);
}

QString JsonReader::read(TextInfo& info, qsizetype maxLength, unsigned refused, bool shared,
                         bool strictUtf8) {
    static constexpr qsizetype kLongest = 40, kMostShared = 1 << 16;
    info = {};
    if (peek() != Kind::String) {
        fail(QT_TRANSLATE_NOOP("Import", "expected text"));
        return {};
    }
    shared = shared && m_sharing;
    const char* start = m_pos + 1;
    if (shared) {
        // A short text without escapes is its own bytes: look them up first.
        // Only texts that hold no flag at all are shared.
        const char* end = start;
        while (end < m_end && end - start <= kLongest && *end != '"' && *end != '\\' &&
               static_cast<unsigned char>(*end) >= 0x20)
            ++end;
        if (end < m_end && *end == '"' && end - start <= qMin(kLongest, maxLength)) {
            if (const auto it = m_shared.constFind(QByteArrayView(start, end - start));
                it != m_shared.cend()) {
                m_pos = end + 1;
                info.length = it.value().size();
                return it.value();
            }
        }
    }
    ++m_pos;
    const char* end = nullptr;
    bool escapes = false;
    if (!scanText(&end, info, refused, &escapes))
        return {};
    if (strictUtf8 && (info.flags & kInvalidUtf8)) {
        failAt(m_begin + info.byte, QT_TRANSLATE_NOOP("Import", "text that is not valid UTF-8"));
        return {};
    }
    m_pos = end + 1;
    if (info.refused || info.length > maxLength)
        return {};
    QString text;
    if (escapes)
        decode(start, end, text);
    else
        text = QString::fromUtf8(start, end - start);
    if (shared && !escapes && info.flags == 0 && end - start <= kLongest && m_shared.size() < kMostShared)
        m_shared.insert(QByteArrayView(start, end - start), text);
    return text;
}

bool JsonReader::literal(const char* word, qsizetype size) {
    if (m_end - m_pos < size || std::memcmp(m_pos, word, size) != 0)
        return fail(QT_TRANSLATE_NOOP("Import", "expected a value"));
    m_pos += size;
    return true;
}

bool JsonReader::readBool() {
    if (peek() != Kind::Bool)
        return fail(QT_TRANSLATE_NOOP("Import", "expected true or false"));
    if (*m_pos == 't')
        return literal("true", 4);
    literal("false", 5);
    return false;
}

void JsonReader::readNull() {
    if (peek() != Kind::Null) {
        fail(QT_TRANSLATE_NOOP("Import", "expected null"));
        return;
    }
    literal("null", 4);
}

QByteArrayView JsonReader::readNumber() {
    if (peek() != Kind::Number) {
        fail(QT_TRANSLATE_NOOP("Import", "expected a number"));
        return {};
    }
    const char* start = m_pos;
    const char* p = m_pos;
    const auto digits = [&]() {
        const char* from = p;
        while (p < m_end && isDigit(*p))
            ++p;
        return p > from;
    };
    if (*p == '-')
        ++p;
    if (p < m_end && *p == '0')
        ++p;
    else if (!digits())
        return failAt(p, QT_TRANSLATE_NOOP("Import", "a number without digits")), QByteArrayView();
    if (p < m_end && *p == '.') {
        ++p;
        if (!digits())
            return failAt(p, QT_TRANSLATE_NOOP("Import", "a number without digits after its point")),
                   QByteArrayView();
    }
    if (p < m_end && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p < m_end && (*p == '+' || *p == '-'))
            ++p;
        if (!digits())
            return failAt(p, QT_TRANSLATE_NOOP("Import", "a number without digits in its exponent")),
                   QByteArrayView();
    }
    m_pos = p;
    return QByteArrayView(start, p - start);
}

void JsonReader::skip() {
    switch (peek()) {
    case Kind::String:
        scanString(nullptr, nullptr);
        break;
    case Kind::Number:
        readNumber();
        break;
    case Kind::Bool:
        readBool();
        break;
    case Kind::Null:
        readNull();
        break;
    case Kind::Object:
        if (enterObject())
            while (nextKey())
                skip();
        break;
    case Kind::Array:
        if (enterArray())
            while (nextElement())
                skip();
        break;
    case Kind::Invalid:
        fail(QT_TRANSLATE_NOOP("Import", "expected a value"));
    }
}

bool JsonReader::finish() {
    if (m_failed)
        return false;
    skipSpace();
    if (m_pos < m_end)
        return fail(QT_TRANSLATE_NOOP("Import", "more follows the end of the JSON value"));
    return true;
}

} // namespace mladesk
