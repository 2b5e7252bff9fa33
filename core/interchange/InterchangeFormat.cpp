#include "InterchangeFormat.h"

#include "domain/Validation.h"
#include "interchange/EntityJson.h"

#include <QJsonDocument>
#include <algorithm>

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
    std::sort(data.states.begin(), data.states.end(), [](auto& a, auto& b) { return a.code < b.code; });
    std::sort(data.authorities.begin(), data.authorities.end(), [](auto& a, auto& b) { return a.id < b.id; });
    std::sort(data.cases.begin(), data.cases.end(), [](auto& a, auto& b) { return a.id < b.id; });
    std::sort(data.requests.begin(), data.requests.end(), [](auto& a, auto& b) { return a.id < b.id; });
    QJsonArray states, authorities, cases, requests;
    for (const State& s : data.states)
        states.append(toJson(s));
    for (const Authority& a : data.authorities)
        authorities.append(toJson(a));
    for (const Case& c : data.cases)
        cases.append(toJson(c));
    for (Request& r : data.requests) {
        std::sort(r.events.begin(), r.events.end(),
                  [](auto& a, auto& b) { return std::tie(a.at, a.name) < std::tie(b.at, b.name); });
        std::sort(r.links.begin(), r.links.end(),
                  [](auto& a, auto& b) { return std::tie(a.toId, a.kind) < std::tie(b.toId, b.kind); });
        QJsonObject record = toJson(r);
        const RequestTexts texts = data.texts.value(r.id);
        record.insert(QStringLiteral("text_language"),
                      texts.textLanguage.isEmpty() ? QJsonValue() : QJsonValue(texts.textLanguage));
        record.insert(QStringLiteral("translations"), toJson(texts.translations));
        requests.append(record);
    }
    const QJsonObject root{{QStringLiteral("format"), QLatin1String(kFormatName)},
                           {QStringLiteral("version"), kVersion},
                           {QStringLiteral("states"), states},
                           {QStringLiteral("authorities"), authorities},
                           {QStringLiteral("cases"), cases},
                           {QStringLiteral("requests"), requests}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
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
