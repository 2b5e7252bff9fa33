#pragma once

// How the interchange reader reads one record: the rules for its text fields
// (issue 15, item 8) and ObjectFields, which reads an object's fields in
// whatever order they come. Used by EntityJsonReading.cpp only.
#include "common/JsonReader.h"
#include "error/CoreText.h"
#include "interchange/EntityJson.h"
#include "interchange/ImportProblems.h"

#include <QList>
#include <QString>

namespace mladesk::entityjson {

// What a text field may hold (issue 15, item 8; docs/interchange.md,
// "Characters and lengths"): no field holds a control character but tab and
// line breaks in free text; identifiers, codes and references hold no
// bidirectional control and no invisible mark, names no bidirectional
// control; and each field has a length.
struct TextRule {
    unsigned refused;
    int maxLength; // characters
};
constexpr unsigned kOneLine = JsonReader::kTab | JsonReader::kLineBreak | JsonReader::kControl;
constexpr TextRule kIdentifierRule{kOneLine | JsonReader::kBidiControl | JsonReader::kInvisible, 64};
constexpr TextRule kNameRule{kOneLine | JsonReader::kBidiControl, 300};
constexpr TextRule kFreeTextRule{JsonReader::kControl, 100000};
constexpr int kMostItems = 10000; // in any list of a record

constexpr bool sameName(const char* a, const char* b) {
    while (*a && *a == *b)
        ++a, ++b;
    return *a == *b;
}
template <std::size_t N> constexpr bool oneOf(const char* name, const char* const (&names)[N]) {
    for (const char* n : names)
        if (sameName(name, n))
            return true;
    return false;
}

// By the field's name, the same in every record. Anything not listed is an
// identifier (ids, references, codes, kinds, statuses, dates, instants):
// the strict rule is the default.
constexpr TextRule textRule(const char* name) {
    constexpr const char* freeTexts[] = {
        "facts", "offence", "legal_qualification", "assistance_sought", "necessity", "procedures", "purpose",
        "text",  "comment"};
    constexpr const char* shortTexts[] = {"summary", "address", "contact", "title"};
    constexpr const char* names[] = {"name", "prosecutor", "service_provider", "location"};
    constexpr const char* listedTexts[] = {"offences", "measures"};
    constexpr const char* users[] = {"updated_by", "approver", "withdrawn_by", "drafted_by"};
    if (oneOf(name, freeTexts))
        return kFreeTextRule;
    if (oneOf(name, shortTexts))
        return {kFreeTextRule.refused, 1000};
    if (oneOf(name, names))
        return kNameRule;
    if (oneOf(name, listedTexts))
        return {kNameRule.refused, 1000};
    if (sameName(name, "value")) // an identifier's value: a URL may be long
        return {kIdentifierRule.refused, 2048};
    if (sameName(name, "email"))
        return {kIdentifierRule.refused, 320};
    if (sameName(name, "phone"))
        return {kIdentifierRule.refused, 100};
    if (oneOf(name, users))
        return {kIdentifierRule.refused, 128};
    return kIdentifierRule;
}

struct FieldSpec {
    constexpr FieldSpec(const char* fieldName, bool isRequired, bool isShared = false)
        : name(fieldName)
        , required(isRequired)
        , shared(isShared)
        , rule(textRule(fieldName)) {}
    const char* name;
    bool required;
    bool shared; // a value that repeats (a code, a kind, an id): JsonReader::readSharedString
    TextRule rule;
};

// Why a text was refused, for its field's problem.
inline QString textProblem(const JsonReader::TextInfo& info, const TextRule& rule) {
    const QString character =
        QStringLiteral("U+%1").arg(QString::number(uint(info.character), 16).toUpper(), 4, QLatin1Char('0'));
    switch (info.refused) {
    case JsonReader::kInvalidUtf8:
        return text::Import::tr("is not valid UTF-8 (byte %1)").arg(info.byte);
    case JsonReader::kLoneSurrogate:
        return text::Import::tr("holds an unpaired surrogate (%1): it is no character, the text is damaged")
            .arg(character);
    case JsonReader::kBidiControl:
        return text::Import::tr("holds %1, a bidirectional text control, which this field does not allow (it "
                                "can make text show in another order than it is stored)")
            .arg(character);
    case JsonReader::kInvisible:
        return text::Import::tr("holds %1, an invisible formatting character, which this field does not "
                                "allow (two values that look the same would differ)")
            .arg(character);
    case 0:
        return text::Import::tr("is %1 characters long; at most %2 are allowed")
            .arg(info.length)
            .arg(rule.maxLength);
    default:
        return text::Import::tr("holds the control character %1, which this field does not allow%2")
            .arg(character, rule.refused & JsonReader::kLineBreak
                                ? QStringLiteral(" (one line of text)")
                                : QStringLiteral(" (free text may hold tabs and line breaks)"));
    }
}

// Reads one object's fields, in whatever order they come: finds each key in
// the record's table (tables list the keys in the order the writer writes
// them, so the next key is tried first), reports unknown and repeated keys
// and, at the end, required fields that never came.
class ObjectFields {
public:
    template <std::size_t N>
    ObjectFields(JsonReader& json, QString prefix, QList<FieldProblem>& problems,
                 const FieldSpec (&fields)[N])
        : m_json(json)
        , m_prefix(std::move(prefix))
        , m_problems(problems)
        , m_fields(fields)
        , m_count(int(N)) {
        static_assert(N <= 64);
        m_open = json.enterObject();
    }
    // An element of a record's list field: its names are "<list>[<index>].<field>".
    template <std::size_t N>
    ObjectFields(JsonReader& json, const char* list, int index, QList<FieldProblem>& problems,
                 const FieldSpec (&fields)[N])
        : ObjectFields(json, QString(), problems, fields) {
        m_list = list;
        m_index = index;
    }

    // The next known field's index (its value is due), or -1 at the end.
    int next() {
        while (m_open && m_json.nextKey()) {
            if (full()) { // the record's problems are cut off: the rest is only read
                m_json.skip();
                continue;
            }
            const QByteArrayView key = m_json.key();
            int found = -1;
            for (int i = 0; i < m_count && found < 0; ++i) {
                const int at = (m_hint + i) % m_count;
                if (key == QByteArrayView(m_fields[at].name))
                    found = at;
            }
            if (found < 0) {
                add({prefix() + shownName(key), text::Import::tr("is not a field of this record")});
                m_json.skip();
                continue;
            }
            if (m_seen & (quint64(1) << found)) {
                if (!(m_repeated & (quint64(1) << found))) // reported once, however often it comes
                    add({name(found), text::Import::tr("is given more than once")});
                m_repeated |= quint64(1) << found;
                m_json.skip();
                continue;
            }
            m_seen |= quint64(1) << found;
            m_hint = found + 1;
            m_current = found;
            return found;
        }
        if (m_open && !m_json.failed())
            for (int i = 0; i < m_count; ++i)
                if (m_fields[i].required && !(m_seen & (quint64(1) << i)))
                    add({name(i), text::Import::tr("is required")});
        m_open = false;
        return -1;
    }

    // Built only for a problem: most records have none.
    QString prefix() const {
        return m_list ? QStringLiteral("%1[%2].").arg(QLatin1String(m_list)).arg(m_index) : m_prefix;
    }
    QString name(int field) const { return prefix() + QLatin1String(m_fields[field].name); }
    void problem(const QString& message) { add({name(m_current), message}); }
    // A record's problems stop at kMostRecordProblems (a hostile record can
    // hold millions); the record is then read to its end without checks.
    void add(FieldProblem p) {
        if (!full())
            m_problems.append(std::move(p));
    }
    bool full() const { return m_problems.size() >= kMostRecordProblems; }
    // The register's own list columns: their text was checked on the way in,
    // and what an earlier version let in stays readable.
    void trustText() { m_checked = false; }

    QString text() {
        switch (m_json.peek()) {
        case JsonReader::Kind::String: {
            QString s;
            checkedText(s, [this] { return name(m_current); });
            return s;
        }
        case JsonReader::Kind::Null:
            m_json.readNull();
            if (m_fields[m_current].required)
                problem(text::Import::tr("is required"));
            return {};
        default:
            m_json.skip();
            problem(text::Import::tr("must be text"));
            return {};
        }
    }
    QDate date() {
        const QString s = text();
        if (s.isEmpty())
            return {};
        const QDate d = s.size() == 10 ? QDate::fromString(s, Qt::ISODate) : QDate();
        if (!d.isValid())
            problem(text::Import::tr("\"%1\" is not a valid date (YYYY-MM-DD)").arg(s));
        return d;
    }
    QDateTime instant() {
        const QString s = text();
        if (s.isEmpty())
            return {};
        const QDateTime t = parseUtc(s);
        if (!t.isValid())
            problem(text::Import::tr("\"%1\" is not a valid date and time with a time zone "
                                     "(e.g. 2026-03-01T09:30:00Z)")
                        .arg(s));
        return t;
    }
    QStringList strings() {
        QStringList result;
        if (!list(text::Import::tr("must be a list of text")))
            return result;
        for (int i = 0; m_json.nextElement(); ++i) {
            if (!readsItem(i)) {
                m_json.skip();
            } else if (m_json.peek() == JsonReader::Kind::String) {
                QString text;
                if (checkedText(text,
                                [this, i] { return QStringLiteral("%1[%2]").arg(name(m_current)).arg(i); }))
                    result.append(std::move(text));
            } else {
                m_json.skip();
                add({QStringLiteral("%1[%2]").arg(name(m_current)).arg(i), text::Import::tr("must be text")});
            }
        }
        return result;
    }
    // A list of objects, each read by item(fields of the element).
    template <std::size_t N, typename Item> void objects(const FieldSpec (&fields)[N], Item item) {
        if (!list(text::Import::tr("must be a list")))
            return;
        const char* field = m_fields[m_current].name;
        for (int i = 0; m_json.nextElement(); ++i) {
            if (!readsItem(i)) {
                m_json.skip();
                continue;
            }
            if (m_json.peek() != JsonReader::Kind::Object) {
                m_json.skip();
                add({QStringLiteral("%1[%2]").arg(QLatin1String(field)).arg(i),
                     text::Import::tr("must be an object")});
                continue;
            }
            ObjectFields object(m_json, field, i, m_problems, fields);
            item(object, i);
        }
    }

private:
    // The text at the reader, checked against the field's rule; null (and
    // a problem named by fieldName()) when refused.
    template <typename Name> bool checkedText(QString& text, Name fieldName) {
        const FieldSpec& spec = m_fields[m_current];
        if (!m_checked) {
            text = spec.shared ? m_json.readSharedString() : m_json.readString();
            return true;
        }
        JsonReader::TextInfo info;
        text = m_json.readText(info, spec.rule.maxLength, spec.rule.refused, spec.shared);
        if (m_json.failed() || (!info.refused && info.length <= spec.rule.maxLength))
            return true;
        add({fieldName(), textProblem(info, spec.rule)});
        return false;
    }
    // Whether the list's element at index is read: not past kMostItems (one
    // problem says so), nor once the record's problems are cut off.
    bool readsItem(int index) {
        if (index == kMostItems)
            problem(text::Import::tr("has more than %1 items").arg(kMostItems));
        return index < kMostItems && !full();
    }
    // Enters a list, or takes null as an empty one; anything else is a problem.
    bool list(const QString& message) {
        const JsonReader::Kind kind = m_json.peek();
        if (kind == JsonReader::Kind::Array)
            return m_json.enterArray();
        if (kind == JsonReader::Kind::Null)
            m_json.readNull();
        else {
            m_json.skip();
            problem(message);
        }
        return false;
    }

    JsonReader& m_json;
    QString m_prefix;
    QList<FieldProblem>& m_problems;
    const FieldSpec* m_fields;
    int m_count;
    int m_hint = 0;
    int m_current = 0;
    const char* m_list = nullptr;
    int m_index = -1;
    quint64 m_seen = 0;
    quint64 m_repeated = 0; // fields given more than once, reported
    bool m_checked = true;
    bool m_open = false;
};

} // namespace mladesk::entityjson
