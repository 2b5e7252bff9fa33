#include "InterchangeFormat.h"

#include "domain/Validation.h"
#include "interchange/EntityJson.h"

#include <QBuffer>
#include <QCborValue>
#include <QJsonDocument>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace mladesk {

namespace {

constexpr auto kFormatName = "mladesk-interchange";
constexpr int kMaxProblemsShown = 40;

QString recordName(const QString& list, int index, const QString& key) {
    return key.isEmpty() ? QStringLiteral("%1[%2]").arg(list).arg(index)
                         : QStringLiteral("%1[%2] (\"%3\")").arg(list).arg(index).arg(key);
}

void collect(QStringList& out, const QString& record, const QList<FieldProblem>& problems) {
    for (const FieldProblem& p : problems)
        out << QStringLiteral("%1.%2: %3").arg(record, p.field, p.message);
}

template <typename T, typename Parse, typename Validate, typename Key>
QList<T> readList(const QJsonObject& root, const QString& list, QStringList& problems, Parse parse,
                  Validate validate, Key key) {
    QList<T> result;
    const QJsonValue value = root.value(list);
    if (value.isUndefined())
        return result;
    if (!value.isArray()) {
        problems << QStringLiteral("%1: must be a list").arg(list);
        return result;
    }
    const QJsonArray array = value.toArray();
    result.reserve(array.size());
    for (int i = 0; i < array.size(); ++i) {
        if (!array[i].isObject()) {
            problems << QStringLiteral("%1: must be an object").arg(recordName(list, i, {}));
            continue;
        }
        QList<FieldProblem> found;
        T record = parse(array[i].toObject(), found);
        if (found.isEmpty())
            found = validate(record);
        collect(problems, recordName(list, i, key(record)), found);
        result.append(std::move(record));
    }
    return result;
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
    void string(const QString& s) {
        m_buffer += '"';
        bool plain = true;
        for (const QChar c : s)
            if (c.unicode() < 0x20 || c == u'"' || c == u'\\' || c.isSurrogate()) {
                plain = false;
                break;
            }
        if (plain)
            m_buffer += s.toUtf8();
        else
            escaped(s);
        m_buffer += '"';
    }
    Status finish() {
        flush();
        return m_failed
                   ? makeError(
                         ErrorCode::Io,
                         QStringLiteral("Could not write the interchange file: %1.").arg(m_out.errorString()))
                   : Status();
    }

private:
    static constexpr qsizetype kFlushAt = 1024 * 1024;

    void flush() {
        if (!m_failed && !m_buffer.isEmpty() && m_out.write(m_buffer) != m_buffer.size())
            m_failed = true;
        m_buffer.clear();
    }
    // Qt's escapedString: short escapes for quote, backslash and \b \f \n \r
    // \t, \u00XX for other control characters, UTF-8 for the rest, \uXXXX
    // for a surrogate without its pair.
    void escaped(const QString& s) {
        static const char hex[] = "0123456789abcdef";
        for (qsizetype i = 0; i < s.size(); ++i) {
            const char16_t u = s.at(i).unicode();
            if (u < 0x80) {
                switch (u) {
                case 0x22:
                    m_buffer += "\\\"";
                    break;
                case 0x5c:
                    m_buffer += "\\\\";
                    break;
                case 0x8:
                    m_buffer += "\\b";
                    break;
                case 0xc:
                    m_buffer += "\\f";
                    break;
                case 0xa:
                    m_buffer += "\\n";
                    break;
                case 0xd:
                    m_buffer += "\\r";
                    break;
                case 0x9:
                    m_buffer += "\\t";
                    break;
                default:
                    if (u < 0x20) {
                        m_buffer += "\\u00";
                        m_buffer += hex[u >> 4];
                        m_buffer += hex[u & 0xf];
                    } else {
                        m_buffer += char(u);
                    }
                }
            } else if (QChar::isHighSurrogate(u) && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
                m_buffer += s.mid(i, 2).toUtf8();
                ++i;
            } else if (QChar::isSurrogate(u)) {
                m_buffer += "\\u";
                m_buffer += hex[(u >> 12) & 0xf];
                m_buffer += hex[(u >> 8) & 0xf];
                m_buffer += hex[(u >> 4) & 0xf];
                m_buffer += hex[u & 0xf];
            } else {
                m_buffer += QString(QChar(u)).toUtf8();
            }
        }
    }

    QIODevice& m_out;
    QByteArray m_buffer;
    bool m_failed = false;
};

} // namespace

QString describeProblems(const QString& headline, const QStringList& problems) {
    QString message = headline + QStringLiteral(" %1 problem(s):").arg(problems.size());
    for (int i = 0; i < problems.size() && i < kMaxProblemsShown; ++i)
        message += QStringLiteral("\n  ") + problems[i];
    if (problems.size() > kMaxProblemsShown)
        message += QStringLiteral("\n  ... and %1 more.").arg(problems.size() - kMaxProblemsShown);
    return message;
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
    list(
        "requests", data.requests.size(),
        [&](qsizetype i) {
            Request& r = data.requests[i];
            std::sort(r.events.begin(), r.events.end(),
                      [](auto& a, auto& b) { return std::tie(a.at, a.name) < std::tie(b.at, b.name); });
            std::sort(r.links.begin(), r.links.end(),
                      [](auto& a, auto& b) { return std::tie(a.toId, a.kind) < std::tie(b.toId, b.kind); });
            QJsonObject record = toJson(r);
            const RequestTexts texts = data.texts.value(r.id);
            record.insert(QStringLiteral("text_language"),
                          texts.textLanguage.isEmpty() ? QJsonValue() : QJsonValue(texts.textLanguage));
            record.insert(QStringLiteral("translations"), toJson(texts.translations));
            return record;
        },
        false);
    list(
        "states", data.states.size(), [&](qsizetype i) { return toJson(data.states[i]); }, false);
    json.raw("    \"version\": ");
    json.value(kVersion, 1);
    json.raw("\n}\n");
    return json.finish();
}

Result<InterchangeData> InterchangeFormat::read(const QByteArray& json) {
    const QString headline = QStringLiteral("Nothing was imported; the register is unchanged.");
    if (json.size() > kMaxFileSize)
        return makeError(ErrorCode::InvalidInput,
                         headline + QStringLiteral(" The file is larger than 1 GiB."));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorCode::InvalidInput,
                         headline +
                             QStringLiteral(" The file is not valid JSON: %1 at byte %2. Was it cut short?")
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset));
    if (!doc.isObject())
        return makeError(ErrorCode::InvalidInput,
                         headline + QStringLiteral(" The file must hold one JSON object."));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kFormatName))
        return makeError(ErrorCode::InvalidInput,
                         headline +
                             QStringLiteral(" This is not an MLA Desk interchange file (\"format\" must be "
                                            "\"%1\").")
                                 .arg(QLatin1String(kFormatName)));
    if (root.value(QStringLiteral("version")).toInt(-1) != kVersion)
        return makeError(ErrorCode::InvalidInput,
                         headline +
                             QStringLiteral(" Interchange version %1 is not supported (this MLA Desk reads "
                                            "version %2).")
                                 .arg(root.value(QStringLiteral("version")).toVariant().toString())
                                 .arg(kVersion));
    QStringList problems;
    for (auto it = root.begin(); it != root.end(); ++it) {
        static const QStringList known{QStringLiteral("format"), QStringLiteral("version"),
                                       QStringLiteral("states"), QStringLiteral("authorities"),
                                       QStringLiteral("cases"),  QStringLiteral("requests")};
        if (!known.contains(it.key()))
            problems << QStringLiteral("%1: is not a part of the interchange format").arg(it.key());
    }
    InterchangeData data;
    data.states = readList<State>(root, QStringLiteral("states"), problems, stateFromJson, validateState,
                                  [](const State& s) { return s.code; });
    data.authorities = readList<Authority>(root, QStringLiteral("authorities"), problems, authorityFromJson,
                                           validateAuthority, [](const Authority& a) { return a.name; });
    data.cases = readList<Case>(root, QStringLiteral("cases"), problems, caseFromJson, validateCase,
                                [](const Case& c) { return c.reference; });
    const auto readRequest = [&data](const QJsonObject& object, QList<FieldProblem>& found) {
        RequestTexts texts;
        Request r = requestFromJson(object, found, &texts);
        if (!texts.isEmpty())
            data.texts.insert(r.id, texts);
        return r;
    };
    data.requests = readList<Request>(root, QStringLiteral("requests"), problems, readRequest,
                                      validateRequest, [](const Request& r) { return r.reference; });
    if (!problems.isEmpty())
        return makeError(ErrorCode::InvalidInput, describeProblems(headline, problems));
    return data;
}

} // namespace mladesk
