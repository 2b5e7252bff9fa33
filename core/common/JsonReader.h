#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

namespace mladesk {

// A strict JSON (RFC 8259) reader that walks UTF-8 text in place, one value
// at a time, without building a tree: the caller asks for what it expects
// and reads or skips each value. Keys are compared as bytes, text is decoded
// straight into QString. The first syntax error stops the reader; it is
// kept with its byte offset, line and column (error()), and every call after
// it returns false or an empty value, so loops end.
//
//   json.enterObject();
//   while (json.nextKey())           // false at '}' or after an error
//       if (json.key() == "name") name = json.readString(); else json.skip();
class JsonReader {
public:
    enum class Kind { Null, Bool, Number, String, Array, Object, Invalid };
    // The text must outlive the reader. Without shareRepeatedText,
    // readSharedString reads as readString (a short text read once).
    explicit JsonReader(QByteArrayView utf8, bool shareRepeatedText = true);

    // What the next value is, from its first byte (nothing is consumed;
    // Invalid at the end of the text, on a byte no value starts with, or
    // after an error).
    Kind peek();

    // Objects: enterObject() (false if the value is not an object), then
    // nextKey() until it returns false; after each key, read or skip its
    // value. key() is valid until the next call.
    bool enterObject();
    bool nextKey();
    QByteArrayView key() const { return m_key; }
    // Arrays: enterArray(), then nextElement() until it returns false,
    // reading or skipping one value after each.
    bool enterArray();
    bool nextElement();

    // What a text holds that a field may refuse (readText): each a bit of
    // TextInfo::flags.
    enum TextFlag : unsigned {
        kTab = 1,            // U+0009
        kLineBreak = 2,      // U+000A, U+000D, U+2028, U+2029
        kControl = 4,        // any other C0 control, U+007F and the C1 controls
        kBidiControl = 8,    // embeddings, overrides and isolates: U+202A-U+202E, U+2066-U+206F
        kInvisible = 16,     // marks and zero-width characters: U+061C, U+200B-U+200F, U+2060-U+2064, U+FEFF
        kLoneSurrogate = 32, // a \uD800-\uDFFF escape without its pair: no character at all
        kInvalidUtf8 = 64    // bytes that are not UTF-8 (raw surrogates too)
    };
    struct TextInfo {
        unsigned flags = 0;     // every TextFlag the text holds
        qsizetype length = 0;   // in characters (code points), as JSON Schema's maxLength counts
        unsigned refused = 0;   // the first refused flag found, or 0
        char32_t character = 0; // its character (the surrogate, for kLoneSurrogate)
        qsizetype byte = -1;    // for kInvalidUtf8: where, from the start of the file
    };

    // Each reads the value of its kind, or fails (a syntax error) on another.
    QString readString();
    // The same for values that repeat (codes, kinds, ids): every occurrence
    // of a short text without escapes is one shared QString, allocated once.
    QString readSharedString();
    // A field's text, checked in the same pass as it is read: info says what
    // it holds. When it holds one of the `refused` flags (invalid UTF-8 and
    // lone surrogates are always refused: they are not text) or is longer
    // than maxLength characters, it is not decoded and a null QString comes
    // back; that is no syntax error, reading goes on. shared: as
    // readSharedString.
    QString readText(TextInfo& info, qsizetype maxLength, unsigned refused, bool shared = false);
    bool readBool();
    QByteArrayView readNumber(); // the number's text, checked against the grammar
    void readNull();
    // Reads and drops any value.
    void skip();
    // After the top-level value: only white space may follow.
    bool finish();

    bool failed() const { return m_failed; }
    // "expected ':' at line 3, column 7 (byte 41)"; empty while none.
    QString error() const;
    // The error is that the text ended (the file was cut short).
    bool endedEarly() const { return m_failed && m_truncated; }

private:
    static constexpr int kMaxDepth = 64;
    static constexpr qsizetype kLongestDecodedKey = 1024; // bytes of a key with escapes

    bool fail(const char* what);
    bool failAt(const char* at, const char* what);
    void skipSpace();
    bool expect(char c, const char* what);
    bool enter(char open, char close);
    bool next(char close, const char* what);
    bool scanString(QString* out, QByteArrayView* key);
    // Finds the end of the text at m_pos (after its opening quote) and what it
    // holds; false on a syntax error. *end: its closing quote.
    bool scanText(const char** end, TextInfo& info, unsigned refused, bool* escapes);
    static void decode(const char* start, const char* end, QString& text);
    // readString, readSharedString and readText; strictUtf8: text that is not
    // UTF-8 is a syntax error.
    QString read(TextInfo& info, qsizetype maxLength, unsigned refused, bool shared, bool strictUtf8);
    bool literal(const char* word, qsizetype size);

    const char* m_begin; // byte offsets in messages count from here
    const char* m_text;  // after a UTF-8 byte order mark, if any: columns count from here
    const char* m_pos;
    const char* m_end;
    // One entry per open container: its closing byte and whether an element
    // was read (a comma is due before the next).
    QList<std::pair<char, bool>> m_stack;
    QByteArrayView m_key;
    QByteArray m_keyBuffer;                  // a key with escapes, decoded
    QHash<QByteArrayView, QString> m_shared; // views into the text
    bool m_sharing = true;
    bool m_failed = false;
    bool m_truncated = false;
    qsizetype m_errorAt = 0;
    QString m_error;
};

} // namespace mladesk
