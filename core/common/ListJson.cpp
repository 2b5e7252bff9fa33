#include "ListJson.h"

#include "common/JsonReader.h"
#include "common/JsonText.h"

#include <QJsonDocument>
#include <cstddef>

namespace mladesk {

namespace {

// {"key":value,...} in compact JSON, keys given in QJsonObject's (sorted) order.
class CompactObject {
public:
    explicit CompactObject(QByteArray& out)
        : m_out(out) {
        m_out += '{';
    }
    ~CompactObject() { m_out += '}'; }
    CompactObject& text(const char* key, const QString& value) {
        name(key);
        appendJsonString(m_out, value);
        return *this;
    }
    CompactObject& optional(const char* key, const QString& value) {
        if (value.isEmpty()) {
            name(key);
            m_out += "null";
            return *this;
        }
        return text(key, value);
    }
    CompactObject& date(const char* key, const QDate& value) {
        return value.isValid() ? text(key, value.toString(Qt::ISODate)) : optional(key, {});
    }

private:
    void name(const char* key) {
        if (!m_first)
            m_out += ',';
        m_first = false;
        m_out += '"';
        m_out += key;
        m_out += "\":";
    }
    QByteArray& m_out;
    bool m_first = true;
};

template <typename List, typename Item> QByteArray compactList(const List& values, Item item) {
    QByteArray json("[");
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            json += ',';
        CompactObject object(json);
        item(object, values[i]);
    }
    json += ']';
    return json;
}

// One object of a column, its keys in any order: each known key once (the
// first wins), its value text or null.
class ColumnObject {
public:
    explicit ColumnObject(JsonReader& json)
        : m_json(json) {
        m_open = json.enterObject();
    }
    // The index in keys of the next key (its value is due), or -1 at the end.
    template <std::size_t N> int next(const char* const (&keys)[N]) {
        static_assert(N <= 32);
        while (m_open && m_json.nextKey()) {
            int found = -1;
            for (std::size_t i = 0; i < N && found < 0; ++i)
                if (m_json.key() == QByteArrayView(keys[i]))
                    found = int(i);
            if (found >= 0 && !(m_seen & (1u << found))) {
                m_seen |= 1u << found;
                return found;
            }
            m_json.skip();
        }
        m_open = false;
        return -1;
    }
    QString text() {
        switch (m_json.peek()) {
        case JsonReader::Kind::String:
            return m_json.readString();
        case JsonReader::Kind::Null:
            m_json.readNull();
            return {};
        default:
            m_json.skip();
            return {};
        }
    }
    QDate date() {
        const QString s = text();
        return s.size() == 10 ? QDate::fromString(s, Qt::ISODate) : QDate();
    }

private:
    JsonReader& m_json;
    unsigned m_seen = 0;
    bool m_open = false;
};

// A list of objects, each read by item().
template <typename Item> void readColumn(QByteArrayView json, Item item) {
    JsonReader reader(json, false); // one short list: nothing to share
    if (json.isEmpty() || !reader.enterArray())
        return;
    while (reader.nextElement()) {
        if (reader.peek() != JsonReader::Kind::Object) {
            reader.skip();
            continue;
        }
        ColumnObject object(reader);
        item(object);
    }
}

// Each list's keys, in the order listJson writes them.
constexpr const char* kIdentifierKeys[] = {"kind", "value"};
constexpr const char* kDateRangeKeys[] = {"from", "to"};
constexpr const char* kPersonKeys[] = {"birth_date", "location", "name", "nationality", "role"};
enum PersonKey { kBirthDate, kLocation, kName, kNationality, kRole };

} // namespace

QByteArray listJson(const QStringList& values) {
    QByteArray json("[");
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            json += ',';
        appendJsonString(json, values[i]);
    }
    json += ']';
    return json;
}

QByteArray listJson(const QList<Identifier>& identifiers) {
    return compactList(identifiers, [](CompactObject& o, const Identifier& i) {
        o.text("kind", i.kind).text("value", i.value);
    });
}

QByteArray listJson(const QList<DateRange>& ranges) {
    return compactList(ranges,
                       [](CompactObject& o, const DateRange& r) { o.date("from", r.from).date("to", r.to); });
}

QByteArray listJson(const QList<Person>& persons) {
    return compactList(persons, [](CompactObject& o, const Person& p) {
        o.date("birth_date", p.birthDate)
            .optional("location", p.location)
            .text("name", p.name)
            .optional("nationality", p.nationality)
            .text("role", p.role);
    });
}

QStringList stringsFromJson(QByteArrayView json) {
    QStringList result;
    JsonReader reader(json);
    if (json.isEmpty() || !reader.enterArray())
        return result;
    while (reader.nextElement()) {
        if (reader.peek() == JsonReader::Kind::String)
            result.append(reader.readString());
        else
            reader.skip();
    }
    return result;
}

QList<Identifier> identifiersFromJson(QByteArrayView json) {
    QList<Identifier> result;
    readColumn(json, [&](ColumnObject& o) {
        Identifier identifier;
        for (int key; (key = o.next(kIdentifierKeys)) >= 0;)
            (key == 0 ? identifier.kind : identifier.value) = o.text();
        result.append(std::move(identifier));
    });
    return result;
}

QList<DateRange> dateRangesFromJson(QByteArrayView json) {
    QList<DateRange> result;
    readColumn(json, [&](ColumnObject& o) {
        DateRange range;
        for (int key; (key = o.next(kDateRangeKeys)) >= 0;)
            (key == 0 ? range.from : range.to) = o.date();
        result.append(range);
    });
    return result;
}

QList<Person> personsFromJson(QByteArrayView json) {
    QList<Person> result;
    readColumn(json, [&](ColumnObject& o) {
        Person p;
        for (int key; (key = o.next(kPersonKeys)) >= 0;) {
            switch (key) {
            case kBirthDate:
                p.birthDate = o.date();
                break;
            case kLocation:
                p.location = o.text();
                break;
            case kName:
                p.name = o.text();
                break;
            case kNationality:
                p.nationality = o.text();
                break;
            default:
                p.role = o.text();
            }
        }
        result.append(std::move(p));
    });
    return result;
}

QString compactJson(const QJsonArray& array) {
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray parseJsonArray(const QString& text) {
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

} // namespace mladesk
