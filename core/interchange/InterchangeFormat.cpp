#include "InterchangeFormat.h"

#include "common/JsonReader.h"
#include "common/JsonText.h"
#include "domain/Validation.h"
#include "error/CoreText.h"
#include "interchange/EntityJson.h"
#include "interchange/ImportProblems.h"

#include <QBuffer>
#include <QCborValue>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace mladesk {

namespace {

constexpr auto kFormatName = "mladesk-interchange";

QString recordName(const QString& list, int index, const QString& key) {
    return key.isEmpty() ? QStringLiteral("%1[%2]").arg(list).arg(index)
                         : QStringLiteral("%1[%2] (\"%3\")").arg(list).arg(index).arg(key);
}

void collect(ImportProblems& out, const QString& record, const QList<FieldProblem>& problems) {
    for (const FieldProblem& p : problems)
        if (out.full())
            out.count();
        else
            out << QStringLiteral("%1.%2: %3").arg(record, p.field, p.message);
}

// Reads the list at the reader into result: each record parsed, then, if
// it parsed cleanly, validated; problems named by record.
template <typename T, typename Parse, typename Validate, typename Key>
void readList(JsonReader& json, const QString& list, QList<T>& result, ImportProblems& problems, Parse parse,
              Validate validate, Key key) {
    if (json.peek() != JsonReader::Kind::Array) {
        json.skip();
        problems << text::Import::tr("%1: must be a list").arg(list);
        return;
    }
    json.enterArray();
    for (int i = 0; json.nextElement(); ++i) {
        // Past the problems kept, the rest is read (a syntax error still
        // shows) but not checked: more problems would only be counted, and
        // the import is refused anyway.
        if (problems.full()) {
            json.skip();
            problems.stopChecking(1);
            continue;
        }
        if (json.peek() != JsonReader::Kind::Object) {
            json.skip();
            problems << text::Import::tr("%1: must be an object").arg(recordName(list, i, {}));
            continue;
        }
        QList<FieldProblem> found;
        T record = parse(json, found);
        if (json.failed())
            return;
        if (found.size() >= kMostRecordProblems) // the record's own were cut off
            problems.stopChecking();
        if (found.isEmpty())
            found = validate(record);
        if (!found.isEmpty())
            collect(problems, recordName(list, i, key(record)), found);
        else if (problems.isEmpty()) // once there is a problem, no record is kept
            result.append(std::move(record));
    }
}

// Writes JSON text exactly as QJsonDocument::toJson(QJsonDocument::Indented)
// does (Qt's qjsonwriter.cpp: four spaces a level, "key": value, strings
// escaped the same way), to a device, a buffer at a time.
class IndentedJsonWriter {
public:
    explicit IndentedJsonWriter(QIODevice& out)
        : m_out(out) {
        m_buffer.reserve(kFlushAt + 64 * 1024);
    }
    void raw(const char* text) { m_buffer += text; }
    void value(const QJsonValue& v, int indent) {
        switch (v.type()) {
        case QJsonValue::Bool:
            m_buffer += v.toBool() ? "true" : "false";
            break;
        case QJsonValue::Double: {
            const QCborValue number = QCborValue::fromJsonValue(v);
            if (number.isInteger())
                m_buffer += QByteArray::number(number.toInteger());
            else if (qIsFinite(v.toDouble()))
                m_buffer += QByteArray::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
            else
                m_buffer += "null";
            break;
        }
        case QJsonValue::String:
            string(v.toString());
            break;
        case QJsonValue::Array:
            array(v.toArray(), indent);
            break;
        case QJsonValue::Object:
            object(v.toObject(), indent);
            break;
        default:
            m_buffer += "null";
        }
        if (m_buffer.size() >= kFlushAt)
            flush();
    }
    void object(const QJsonObject& o, int indent) {
        m_buffer += "{\n";
        const QByteArray inner(4 * (indent + 1), ' ');
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (it != o.constBegin())
                m_buffer += ",\n";
            m_buffer += inner;
            string(it.key());
            m_buffer += ": ";
            value(it.value(), indent + 1);
        }
        if (!o.isEmpty())
            m_buffer += '\n';
        m_buffer += QByteArray(4 * indent, ' ');
        m_buffer += '}';
    }
    void array(const QJsonArray& a, int indent) {
        m_buffer += "[\n";
        const QByteArray inner(4 * (indent + 1), ' ');
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i > 0)
                m_buffer += ",\n";
            m_buffer += inner;
            value(a.at(i), indent + 1);
        }
        if (!a.isEmpty())
            m_buffer += '\n';
        m_buffer += QByteArray(4 * indent, ' ');
        m_buffer += ']';
    }
    void string(const QString& s) { appendJsonString(m_buffer, s); }
    // A request's record, as toJson(request) with "approvals",
    // "drafted_by", "text_language" and "translations" would be written,
    // without building the QJsonObject: the keys in QJsonObject's order
    // (sorted by their bytes).
    void request(const Request& r, const RequestTexts& texts, const RequestAccountability& accountability,
                 int indent) {
        Fields f(*this, indent);
        f.key("approvals");
        QList<Approval> approvals = accountability.approvals;
        std::sort(approvals.begin(), approvals.end(), [](const Approval& a, const Approval& b) {
            return std::tie(a.at, a.approver) < std::tie(b.at, b.approver);
        });
        list(approvals, indent + 1, [this](const Approval& a, int at) {
            Fields approval(*this, at);
            approval.key("approver").string(a.approver);
            approval.key("at").string(utcText(a.at));
            approval.key("comment").optional(a.comment);
            approval.key("content_sha256").string(a.contentHash);
            approval.key("withdrawn_at").optional(utcText(a.withdrawnAt)); // empty: not withdrawn
            approval.key("withdrawn_by").optional(a.withdrawnBy);
            approval.end();
        });
        f.key("assistance_sought").optional(r.assistanceSought);
        f.key("case_id").optional(r.caseId);
        f.key("created_at").string(utcText(r.createdAt));
        f.key("data_categories").strings(r.dataCategories, indent + 1);
        f.key("date_ranges");
        list(r.dateRanges, indent + 1, [this](const DateRange& d, int at) {
            Fields range(*this, at);
            range.key("from").optionalDate(d.from);
            range.key("to").optionalDate(d.to);
            range.end();
        });
        f.key("direction").string(r.direction);
        f.key("drafted_by").optional(accountability.draftedBy);
        f.key("events");
        list(r.events, indent + 1, [this](const RequestEvent& e, int at) {
            Fields event(*this, at);
            event.key("at").string(utcText(e.at));
            event.key("name").string(e.name);
            event.end();
        });
        f.key("facts").optional(r.facts);
        f.key("id").string(r.id);
        f.key("identifiers");
        list(r.identifiers, indent + 1, [this](const Identifier& i, int at) {
            Fields identifier(*this, at);
            identifier.key("kind").string(i.kind);
            identifier.key("value").string(i.value);
            identifier.end();
        });
        f.key("instrument").string(r.instrument);
        f.key("legal_qualification").optional(r.legalQualification);
        f.key("links");
        list(r.links, indent + 1, [this](const RequestLink& l, int at) {
            Fields link(*this, at);
            link.key("kind").string(l.kind);
            link.key("to").string(l.toId);
            link.end();
        });
        f.key("measures").strings(r.measures, indent + 1);
        f.key("necessity").optional(r.necessity);
        f.key("offence").optional(r.offence);
        if (!r.options.isEmpty()) // absent when none: older files and content hashes stay as they were
            f.key("options").strings(r.options, indent + 1);
        f.key("persons");
        list(r.persons, indent + 1, [this](const Person& p, int at) {
            Fields person(*this, at);
            person.key("birth_date").optionalDate(p.birthDate);
            person.key("location").optional(p.location);
            person.key("name").string(p.name);
            person.key("nationality").optional(p.nationality);
            person.key("role").string(p.role);
            person.end();
        });
        f.key("procedures").optional(r.procedures);
        f.key("purpose").optional(r.purpose);
        f.key("reference").string(r.reference);
        f.key("requested_authority_id").optional(r.requestedAuthorityId);
        f.key("requested_state").string(r.requestedState);
        f.key("requesting_authority_id").optional(r.requestingAuthorityId);
        f.key("requesting_state").string(r.requestingState);
        f.key("service_provider").optional(r.serviceProvider);
        f.key("status").string(r.status);
        f.key("summary").string(r.summary);
        f.key("text_language").optional(texts.textLanguage);
        f.key("translations");
        QList<RequestText> translations = texts.translations;
        std::sort(translations.begin(), translations.end(), [](const RequestText& a, const RequestText& b) {
            return std::tie(a.field, a.language) < std::tie(b.field, b.language);
        });
        list(translations, indent + 1, [this](const RequestText& t, int at) {
            Fields text(*this, at);
            text.key("field").string(t.field);
            text.key("language").string(t.language);
            text.key("source_sha256").optional(t.sourceHash);
            text.key("status").string(t.status);
            text.key("text").string(t.text);
            text.key("updated_at").optional(utcText(t.updatedAt));
            text.key("updated_by").optional(t.updatedBy);
            text.end();
        });
        f.key("updated_at").string(utcText(r.updatedAt));
        f.key("urgency").string(r.urgency);
        f.end();
        if (m_buffer.size() >= kFlushAt)
            flush();
    }

    Status finish() {
        flush();
        return m_failed
                   ? makeError(ErrorCode::Io, text::Import::tr("Could not write the interchange file: %1.")
                                                  .arg(m_out.errorString()))
                   : Status();
    }

private:
    static constexpr qsizetype kFlushAt = 1024 * 1024;

    // An object's "key": prefixes, commas and closing brace, at a depth.
    class Fields {
    public:
        Fields(IndentedJsonWriter& w, int indent)
            : m_w(w)
            , m_indent(indent) {}
        IndentedJsonWriter& key(const char* name) {
            m_w.m_buffer += m_first ? "{\n" : ",\n";
            m_first = false;
            m_w.indentation(m_indent + 1);
            m_w.m_buffer += '"';
            m_w.m_buffer += name;
            m_w.m_buffer += "\": ";
            return m_w;
        }
        void end() {
            m_w.m_buffer += m_first ? "{\n" : "\n";
            m_w.indentation(m_indent);
            m_w.m_buffer += '}';
        }

    private:
        IndentedJsonWriter& m_w;
        int m_indent;
        bool m_first = true;
    };

    void indentation(int indent) { m_buffer.append(4 * indent, ' '); }
    IndentedJsonWriter& optional(const QString& text) {
        if (text.isEmpty())
            m_buffer += "null";
        else
            string(text);
        return *this;
    }
    IndentedJsonWriter& optionalDate(const QDate& date) {
        if (date.isValid())
            string(date.toString(Qt::ISODate));
        else
            m_buffer += "null";
        return *this;
    }
    IndentedJsonWriter& strings(const QStringList& values, int indent) {
        list(values, indent, [this](const QString& v, int) { string(v); });
        return *this;
    }
    // An array at a depth, each element written by item(element, its depth).
    template <typename List, typename Item> void list(const List& values, int indent, Item item) {
        m_buffer += "[\n";
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                m_buffer += ",\n";
            indentation(indent + 1);
            item(values[i], indent + 1);
        }
        if (!values.isEmpty())
            m_buffer += '\n';
        indentation(indent);
        m_buffer += ']';
    }

    void flush() {
        if (!m_failed && !m_buffer.isEmpty() && m_out.write(m_buffer) != m_buffer.size())
            m_failed = true;
        m_buffer.clear();
    }
    QIODevice& m_out;
    QByteArray m_buffer;
    bool m_failed = false;
};

} // namespace

QString describeProblems(const QString& headline, const QStringList& problems) {
    ImportProblems kept;
    for (const QString& problem : problems)
        kept << problem;
    return kept.describe(headline);
}

QString describeProblems(const QString& headline, const ImportProblems& problems) {
    return problems.describe(headline);
}

QByteArray InterchangeFormat::write(InterchangeData data) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const Status written = write(std::move(data), buffer);
    Q_ASSERT(written.ok()); // a QBuffer does not refuse
    return bytes;
}

Status InterchangeFormat::write(InterchangeData data, QIODevice& out) {
    std::sort(data.states.begin(), data.states.end(), [](auto& a, auto& b) { return a.code < b.code; });
    std::sort(data.authorities.begin(), data.authorities.end(), [](auto& a, auto& b) { return a.id < b.id; });
    std::sort(data.cases.begin(), data.cases.end(), [](auto& a, auto& b) { return a.id < b.id; });
    std::sort(data.requests.begin(), data.requests.end(), [](auto& a, auto& b) { return a.id < b.id; });
    // The root's keys in QJsonObject's (sorted) order, each list at depth 1
    // and its records at depth 2, as QJsonDocument::Indented writes them.
    IndentedJsonWriter json(out);
    const auto list = [&json](const char* key, qsizetype count, const auto& record, bool last) {
        json.raw("    \"");
        json.raw(key);
        json.raw("\": [\n");
        for (qsizetype i = 0; i < count; ++i) {
            json.raw("        ");
            json.object(record(i), 2);
            json.raw(i + 1 < count ? ",\n" : "\n");
        }
        json.raw(last ? "    ]\n" : "    ],\n");
    };
    json.raw("{\n");
    list(
        "authorities", data.authorities.size(), [&](qsizetype i) { return toJson(data.authorities[i]); },
        false);
    list(
        "cases", data.cases.size(), [&](qsizetype i) { return toJson(data.cases[i]); }, false);
    json.raw("    \"format\": ");
    json.value(QLatin1String(kFormatName), 1);
    json.raw(",\n");
    json.raw("    \"requests\": [\n");
    for (qsizetype i = 0; i < data.requests.size(); ++i) {
        Request& r = data.requests[i];
        std::sort(r.events.begin(), r.events.end(),
                  [](auto& a, auto& b) { return std::tie(a.at, a.name) < std::tie(b.at, b.name); });
        std::sort(r.links.begin(), r.links.end(),
                  [](auto& a, auto& b) { return std::tie(a.toId, a.kind) < std::tie(b.toId, b.kind); });
        json.raw("        ");
        json.request(r, data.texts.value(r.id), data.accountability.value(r.id), 2);
        json.raw(i + 1 < data.requests.size() ? ",\n" : "\n");
    }
    json.raw("    ],\n");
    list(
        "states", data.states.size(), [&](qsizetype i) { return toJson(data.states[i]); }, false);
    json.raw("    \"version\": ");
    json.value(kVersion, 1);
    json.raw("\n}\n");
    return json.finish();
}

Result<InterchangeData> InterchangeFormat::readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         text::Import::tr("Could not read %1: %2.").arg(path, file.errorString()));
    const qint64 size = file.size();
    if (size > kMaxFileSize)
        return makeError(ErrorCode::InvalidInput, text::Import::tr("%1 is larger than 1 GiB.").arg(path));
    uchar* mapped = size > 0 ? file.map(0, size) : nullptr;
    if (!mapped)
        return read(file.readAll());
    auto data = read(QByteArray::fromRawData(reinterpret_cast<const char*>(mapped), size));
    file.unmap(mapped);
    return data;
}

Result<InterchangeData> InterchangeFormat::read(const QByteArray& json) {
    const QString headline = text::Import::tr("Nothing was imported; the register is unchanged.");
    if (json.size() > kMaxFileSize)
        return makeError(ErrorCode::InvalidInput,
                         headline + text::Import::tr(" The file is larger than 1 GiB."));
    // One pass over the text: each record parsed into its struct as it comes
    // and checked there, no JSON tree (docs/performance.md).
    JsonReader reader(json);
    const auto notJson = [&] {
        return makeError(ErrorCode::InvalidInput,
                         headline + text::Import::tr(" The file is not valid JSON: %1.%2")
                                        .arg(reader.error(), reader.endedEarly()
                                                                 ? text::Import::tr(" Was it cut short?")
                                                                 : QString()));
    };
    if (reader.peek() != JsonReader::Kind::Object) {
        reader.skip();
        if (!reader.finish())
            return notJson();
        return makeError(ErrorCode::InvalidInput,
                         headline + text::Import::tr(" The file must hold one JSON object."));
    }
    enum Part { kPartFormat, kPartVersion, kPartStates, kPartAuthorities, kPartCases, kPartRequests };
    static const char* const parts[] = {"format", "version", "states", "authorities", "cases", "requests"};
    ImportProblems problems;
    InterchangeData data;
    QString format;
    QString version; // as written, for the message
    bool versionSupported = false;
    bool versionIsText = false;
    int seen = 0;
    int repeated = 0;
    // "format" and the text of "version": short codes, read as one.
    constexpr unsigned kCodeRefused = JsonReader::kTab | JsonReader::kLineBreak | JsonReader::kControl |
                                      JsonReader::kBidiControl | JsonReader::kInvisible;
    JsonReader::TextInfo info;
    reader.enterObject();
    while (reader.nextKey()) {
        int part = -1;
        for (int i = 0; i < int(std::size(parts)) && part < 0; ++i)
            if (reader.key() == QByteArrayView(parts[i]))
                part = i;
        if (part < 0) {
            problems << text::Import::tr("%1: is not a part of the interchange format")
                            .arg(shownName(reader.key()));
            reader.skip();
            continue;
        }
        if (seen & (1 << part)) {
            if (!(repeated & (1 << part))) // reported once, however often it comes
                problems << text::Import::tr("%1: is given more than once").arg(QLatin1String(parts[part]));
            repeated |= 1 << part;
            reader.skip();
            continue;
        }
        seen |= 1 << part;
        switch (part) {
        case kPartFormat:
            if (reader.peek() == JsonReader::Kind::String)
                format = reader.readText(info, 64, kCodeRefused);
            else
                reader.skip();
            break;
        case kPartVersion:
            if (reader.peek() == JsonReader::Kind::Number) {
                const QByteArrayView number = reader.readNumber();
                version = shownName(number);
                versionSupported = number.size() <= 32 && number.toByteArray().toDouble() == double(kVersion);
            } else if (reader.peek() == JsonReader::Kind::String) {
                version = reader.readText(info, 64, kCodeRefused);
                versionIsText = true;
            } else {
                reader.skip();
            }
            break;
        case kPartStates:
            readList<State>(reader, QStringLiteral("states"), data.states, problems, stateFromJson,
                            validateState, [](const State& s) { return s.code; });
            break;
        case kPartAuthorities:
            readList<Authority>(reader, QStringLiteral("authorities"), data.authorities, problems,
                                authorityFromJson, validateAuthority,
                                [](const Authority& a) { return a.name; });
            break;
        case kPartCases:
            readList<Case>(reader, QStringLiteral("cases"), data.cases, problems, caseFromJson, validateCase,
                           [](const Case& c) { return c.reference; });
            break;
        default:
            readList<Request>(
                reader, QStringLiteral("requests"), data.requests, problems,
                [&data, &problems](JsonReader& in, QList<FieldProblem>& found) {
                    RequestTexts texts;
                    RequestAccountability accountability;
                    Request r = requestFromJson(in, found, &texts, &accountability);
                    if (!found.isEmpty() || !problems.isEmpty()) // not imported: nothing kept
                        return r;
                    if (!texts.isEmpty())
                        data.texts.insert(r.id, std::move(texts));
                    if (!accountability.isEmpty())
                        data.accountability.insert(r.id, std::move(accountability));
                    return r;
                },
                validateRequest, [](const Request& r) { return r.reference; });
        }
    }
    if (!reader.finish())
        return notJson();
    if (format != QLatin1String(kFormatName))
        return makeError(ErrorCode::InvalidInput,
                         headline +
                             text::Import::tr(" This is not an MLA Desk interchange file (\"format\" must be "
                                              "\"%1\").")
                                 .arg(QLatin1String(kFormatName)));
    if (versionIsText)
        return makeError(ErrorCode::InvalidInput,
                         headline +
                             text::Import::tr(" Interchange \"version\" must be the number %1, not the text "
                                              "\"%2\" (write \"version\": %1, without quotes).")
                                 .arg(kVersion)
                                 .arg(version));
    if (!versionSupported)
        return makeError(ErrorCode::InvalidInput,
                         headline +
                             text::Import::tr(" Interchange version %1 is not supported (this MLA Desk reads "
                                              "version %2).")
                                 .arg(version)
                                 .arg(kVersion));
    if (!problems.isEmpty())
        return makeError(ErrorCode::InvalidInput, describeProblems(headline, problems));
    return data;
}

} // namespace mladesk
