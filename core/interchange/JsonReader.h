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

    // Each reads the value of its kind, or fails (a syntax error) on another.
    QString readString();
    // The same for values that repeat (codes, kinds, ids): every occurrence
    // of a short text without escapes is one shared QString, allocated once.
    QString readSharedString();
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

    bool fail(const char* what);
    bool failAt(const char* at, const char* what);
    void skipSpace();
    bool expect(char c, const char* what);
    bool enter(char open, char close);
    bool next(char close, const char* what);
    bool scanString(QString* out, QByteArrayView* key);
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
