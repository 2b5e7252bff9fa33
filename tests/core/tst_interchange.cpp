#include "CliRunner.h"
#include "SampleData.h"
#include "Sanitizers.h"
#include "TestRegister.h"
#include "demo/DemoGenerator.h"
#include "domain/Instrument.h"
#include "interchange/EntityJson.h"
#include "interchange/InterchangeFormat.h"
#include "interchange/RegisterExchange.h"
#include "storage/Database.h"
#include "storage/SqlCipherRequestRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <functional>
#include <sys/resource.h>

using namespace mladesk;

namespace {

using Mutation = std::function<void(QJsonObject&)>;

// Edits field of record index in list.
Mutation setField(const QString& list, int index, const QString& field, const QJsonValue& value) {
    return [=](QJsonObject& root) {
        QJsonArray records = root[list].toArray();
        QJsonObject record = records[index].toObject();
        if (value.isUndefined())
            record.remove(field);
        else
            record[field] = value;
        records[index] = record;
        root[list] = records;
    };
}

QByteArray sampleJson() {
    return InterchangeFormat::write(test::sampleData());
}

Result<ImportSummary> importJson(Database& db, const QByteArray& json) {
    auto data = InterchangeFormat::read(json);
    if (!data)
        return data.error();
    return RegisterExchange::importAll(db, data.value());
}

// Every index and trigger of the register with its SQL, sorted.
QStringList schemaObjects(Database& db) {
    QStringList objects;
    auto st = db.prepare(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', "
                                        "'trigger') ORDER BY type, name"));
    if (st)
        (void)st->forEachRow([&](const Statement& row) {
            objects << row.text(0) + QLatin1Char(' ') + row.text(1) + QStringLiteral(": ") + row.text(2);
        });
    return objects;
}

QByteArray exportJson(Database& db) {
    return InterchangeFormat::write(RegisterExchange::exportAll(db).value());
}

// The interchange file as InterchangeFormat::write made it before it
// streamed: one QJsonDocument, written Indented. The streamed text must be
// the same, byte for byte.
QByteArray documentWrite(InterchangeData data) {
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
        const RequestAccountability accountable = data.accountability.value(r.id);
        record.insert(QStringLiteral("drafted_by"),
                      accountable.draftedBy.isEmpty() ? QJsonValue() : QJsonValue(accountable.draftedBy));
        QJsonArray approvals;
        for (const Approval& a : accountable.approvals)
            approvals.append(QJsonObject{
                {QStringLiteral("approver"), a.approver},
                {QStringLiteral("at"), utcText(a.at)},
                {QStringLiteral("comment"), a.comment.isEmpty() ? QJsonValue() : QJsonValue(a.comment)},
                {QStringLiteral("content_sha256"), a.contentHash},
                {QStringLiteral("withdrawn_at"),
                 a.withdrawnAt.isValid() ? QJsonValue(utcText(a.withdrawnAt)) : QJsonValue()},
                {QStringLiteral("withdrawn_by"),
                 a.withdrawnBy.isEmpty() ? QJsonValue() : QJsonValue(a.withdrawnBy)}});
        record.insert(QStringLiteral("approvals"), approvals);
        requests.append(record);
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("mladesk-interchange")},
                           {QStringLiteral("version"), InterchangeFormat::kVersion},
                           {QStringLiteral("states"), states},
                           {QStringLiteral("authorities"), authorities},
                           {QStringLiteral("cases"), cases},
                           {QStringLiteral("requests"), requests}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestInterchange : public QObject {
    Q_OBJECT
private slots:
    void exportImportExportIsByteIdentical() {
        test::TestRegister first;
        DemoGenerator generator(42, QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC));
        QVERIFY(RegisterExchange::importAll(first.reg().database(), generator.generate(300)));
        const QByteArray once = exportJson(first.reg().database());

        test::TestRegister second;
        auto imported = importJson(second.reg().database(), once);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        QCOMPARE(imported->requests, 300);
        const QByteArray twice = exportJson(second.reg().database());
        QCOMPARE(twice.size(), once.size());
        QVERIFY(twice == once);
    }

    // Saved again by a Windows editor ("UTF-8 with BOM"): Qt's parser skipped
    // the byte order mark, and so does the reader.
    void aFileWithAByteOrderMarkImports() {
        test::TestRegister first;
        QVERIFY(importJson(first.reg().database(), sampleJson()));
        test::TestRegister second;
        auto imported = importJson(second.reg().database(), QByteArray("\xEF\xBB\xBF") + sampleJson());
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        QCOMPARE(exportJson(second.reg().database()), exportJson(first.reg().database()));
    }

    void exportIsCanonical() {
        // The same data in another order gives the same bytes.
        InterchangeData data = test::sampleData();
        InterchangeData shuffled = data;
        std::reverse(shuffled.requests.begin(), shuffled.requests.end());
        std::reverse(shuffled.states.begin(), shuffled.states.end());
        std::reverse(shuffled.authorities.begin(), shuffled.authorities.end());
        QCOMPARE(InterchangeFormat::write(shuffled), InterchangeFormat::write(data));
        const QJsonObject root = QJsonDocument::fromJson(InterchangeFormat::write(data)).object();
        QCOMPARE(root[QStringLiteral("format")].toString(), QStringLiteral("mladesk-interchange"));
        QCOMPARE(root[QStringLiteral("version")].toInt(), 1);
        // Optional text is present as null, instants end in Z.
        const QJsonObject request = root[QStringLiteral("requests")].toArray()[1].toObject();
        QVERIFY(request.contains(QStringLiteral("case_id")));
        QVERIFY(request[QStringLiteral("created_at")].toString().endsWith(QLatin1Char('Z')));
    }

    void everyExportedFieldIsInTheSchema() {
        QFile schemaFile(QStringLiteral(MLADESK_SOURCE_DIR "/resources/schema/interchange.schema.json"));
        QVERIFY(schemaFile.open(QIODevice::ReadOnly));
        const QJsonObject schema = QJsonDocument::fromJson(schemaFile.readAll()).object();
        QVERIFY(!schema.isEmpty());
        const QJsonObject defs = schema[QStringLiteral("$defs")].toObject();
        const QJsonObject root = QJsonDocument::fromJson(sampleJson()).object();
        const QList<std::pair<QString, QString>> lists{
            {QStringLiteral("states"), QStringLiteral("state")},
            {QStringLiteral("authorities"), QStringLiteral("authority")},
            {QStringLiteral("cases"), QStringLiteral("case")},
            {QStringLiteral("requests"), QStringLiteral("request")}};
        for (const auto& [list, def] : lists) {
            const QJsonObject properties = defs[def].toObject()[QStringLiteral("properties")].toObject();
            const QJsonArray required = defs[def].toObject()[QStringLiteral("required")].toArray();
            const QJsonObject record = root[list].toArray()[0].toObject();
            for (auto it = record.begin(); it != record.end(); ++it)
                QVERIFY2(properties.contains(it.key()), qPrintable(def + QLatin1Char('.') + it.key()));
            for (const QJsonValue& field : required)
                QVERIFY2(record.contains(field.toString()),
                         qPrintable(def + QLatin1Char('.') + field.toString()));
            // "options" is written only when a request states one (docs/interchange.md).
            const int omittedWhenEmpty =
                def == QLatin1String("request") && !record.contains(QStringLiteral("options")) ? 1 : 0;
            QCOMPARE(properties.size(), record.size() + omittedWhenEmpty);
        }
    }

    void badFilesAreRejectedAndTheRegisterIsUnchanged_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray good = sampleJson();
        const auto mutated = [&](const Mutation& m) {
            QJsonObject root = QJsonDocument::fromJson(good).object();
            m(root);
            return QJsonDocument(root).toJson();
        };
        QTest::newRow("truncated") << good.left(good.size() / 2) << QStringLiteral("not valid JSON");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
        QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("one JSON object");
        QTest::newRow("other format")
            << mutated([](QJsonObject& r) { r[QStringLiteral("format")] = QStringLiteral("csv"); })
            << QStringLiteral("not an MLA Desk interchange file");
        QTest::newRow("future version") << mutated([](QJsonObject& r) { r[QStringLiteral("version")] = 7; })
                                        << QStringLiteral("version 7 is not supported");
        QTest::newRow("wrong type")
            << mutated(setField(QStringLiteral("requests"), 0, QStringLiteral("summary"), 42))
            << QStringLiteral("requests[0] (\"OUT-2026-0001\").summary: must be text");
        QTest::newRow("list expected")
            << mutated(setField(QStringLiteral("requests"), 1, QStringLiteral("measures"),
                                QStringLiteral("search")))
            << QStringLiteral("requests[1] (\"OUT-2026-0002\").measures: must be a list of text");
        QTest::newRow("missing required")
            << mutated(setField(QStringLiteral("requests"), 0, QStringLiteral("reference"),
                                QJsonValue::Undefined))
            << QStringLiteral("requests[0].reference: is required");
        QTest::newRow("unknown instrument")
            << mutated(setField(QStringLiteral("requests"), 0, QStringLiteral("instrument"),
                                QStringLiteral("letter")))
            << QStringLiteral(
                   "requests[0] (\"OUT-2026-0001\").instrument: \"letter\" is not a known instrument");
        QTest::newRow("impossible date") << mutated([](QJsonObject& r) {
            setField(QStringLiteral("requests"), 0, QStringLiteral("date_ranges"),
                     QJsonArray{QJsonObject{{QStringLiteral("from"), QStringLiteral("2026-02-30")},
                                            {QStringLiteral("to"), QStringLiteral("2026-03-01")}}})(r);
        }) << QStringLiteral("date_ranges[0].from: \"2026-02-30\" is not a valid date");
        QTest::newRow("reversed range") << mutated([](QJsonObject& r) {
            setField(QStringLiteral("requests"), 0, QStringLiteral("date_ranges"),
                     QJsonArray{QJsonObject{{QStringLiteral("from"), QStringLiteral("2026-03-01")},
                                            {QStringLiteral("to"), QStringLiteral("2026-02-01")}}})(r);
        }) << QStringLiteral("date_ranges[0]: ends before it starts");
        QTest::newRow("instant without zone")
            << mutated(setField(QStringLiteral("requests"), 0, QStringLiteral("created_at"),
                                QStringLiteral("2026-02-01T09:30:00")))
            << QStringLiteral(
                   "requests[0] (\"OUT-2026-0001\").created_at: \"2026-02-01T09:30:00\" is not a valid date "
                   "and time with a time zone");
        QTest::newRow("duplicate reference in file")
            << mutated(setField(QStringLiteral("requests"), 1, QStringLiteral("reference"),
                                QStringLiteral("OUT-2026-0001")))
            << QStringLiteral("requests[1].reference: \"OUT-2026-0001\" is a duplicate of requests[0]");
        QTest::newRow("unknown field")
            << mutated(setField(QStringLiteral("cases"), 0, QStringLiteral("judge"), QStringLiteral("x")))
            << QStringLiteral("cases[0] (\"276 Js 1234/26\").judge: is not a field of this record");
        QTest::newRow("bad country")
            << mutated(setField(QStringLiteral("requests"), 0, QStringLiteral("requested_state"),
                                QStringLiteral("XQ")))
            << QStringLiteral("requested_state: \"XQ\" is not an ISO 3166-1 alpha-2 country code");
        QTest::newRow("bad status for direction")
            << mutated(setField(QStringLiteral("requests"), 0, QStringLiteral("status"),
                                QStringLiteral("received")))
            << QStringLiteral("status: \"received\" is not a status of outgoing requests");
        QTest::newRow("dangling case")
            << mutated(setField(QStringLiteral("requests"), 0, QStringLiteral("case_id"),
                                QStringLiteral("00000000-0000-4000-8000-00000000dead")))
            << QStringLiteral(
                   "case_id: case \"00000000-0000-4000-8000-00000000dead\" is neither in the file nor in "
                   "the register");
        // Read in one pass without a JSON tree: syntax errors are located,
        // the rest named by record and field as before.
        {
            QByteArray broken = good;
            const qsizetype at = broken.indexOf("\"format\": ");
            broken.replace(at, 11, "\"format\" ");
            const qsizetype line = broken.left(at).count('\n') + 1;
            QTest::newRow("syntax error located")
                << broken
                << QStringLiteral(
                       "not valid JSON: expected ':' after a name at line %1, column 14 (byte %2).")
                       .arg(line)
                       .arg(at + 9);
        }
        QTest::newRow("cut short") << good.left(good.size() - 10) << QStringLiteral("Was it cut short?");
        {
            QByteArray broken = good;
            const qsizetype at = broken.indexOf("\"summary\": ");
            broken.insert(at, "\"summary\": \"again\",\n            ");
            QTest::newRow("field twice")
                << broken
                << QStringLiteral("requests[0] (\"OUT-2026-0001\").summary: is given more than once");
        }
        {
            QByteArray broken = good;
            broken[broken.indexOf("\"OUT-2026-0001\"") + 2] = char(0xff);
            QTest::newRow("invalid UTF-8") // named by its field (issue 15, item 8)
                << broken << QStringLiteral("requests[0].reference: is not valid UTF-8 (byte ");
        }
        QTest::newRow("record not an object") << mutated([](QJsonObject& r) {
            QJsonArray requests = r[QStringLiteral("requests")].toArray();
            requests[1] = 42;
            r[QStringLiteral("requests")] = requests;
        }) << QStringLiteral("requests[1]: must be an object");
        QTest::newRow("list not a list")
            << mutated([](QJsonObject& r) { r[QStringLiteral("cases")] = QStringLiteral("none"); })
            << QStringLiteral("cases: must be a list");
        QTest::newRow("unknown part") << mutated([](QJsonObject& r) { r[QStringLiteral("extra")] = 1; })
                                      << QStringLiteral("extra: is not a part of the interchange format");
        QTest::newRow("unknown field of a person") << mutated([](QJsonObject& r) {
            QJsonArray requests = r[QStringLiteral("requests")].toArray();
            QJsonObject request = requests[0].toObject();
            QJsonArray persons = request[QStringLiteral("persons")].toArray();
            QJsonObject person = persons[0].toObject();
            person[QStringLiteral("age")] = 40;
            persons[0] = person;
            request[QStringLiteral("persons")] = persons;
            requests[0] = request;
            r[QStringLiteral("requests")] = requests;
        }) << QStringLiteral("requests[0] (\"OUT-2026-0001\").persons[0].age: is not a field of this record");
        QTest::newRow("identifier not an object")
            << mutated(setField(QStringLiteral("requests"), 0, QStringLiteral("identifiers"),
                                QJsonArray{QStringLiteral("x")}))
            << QStringLiteral("requests[0] (\"OUT-2026-0001\").identifiers[0]: must be an object");
        QTest::newRow("text in a list of text")
            << mutated(setField(QStringLiteral("requests"), 0, QStringLiteral("measures"), QJsonArray{1}))
            << QStringLiteral("requests[0] (\"OUT-2026-0001\").measures[0]: must be text");
        QTest::newRow("required null")
            << mutated(setField(QStringLiteral("requests"), 0, QStringLiteral("summary"), QJsonValue::Null))
            << QStringLiteral("requests[0] (\"OUT-2026-0001\").summary: is required");
        QTest::newRow("version missing")
            << mutated([](QJsonObject& r) { r.remove(QStringLiteral("version")); })
            << QStringLiteral("Interchange version  is not supported");
        QTest::newRow("bad time zone")
            << mutated(setField(QStringLiteral("states"), 0, QStringLiteral("time_zone"),
                                QStringLiteral("Mars/Olympus")))
            << QStringLiteral("states[0] (\"DE\").time_zone: \"Mars/Olympus\" is not an IANA time zone");

        // Issue 15, item 8: characters and lengths each field allows.
        const auto replaced = [&good](const QByteArray& from, const QByteArray& to) {
            QByteArray text = good;
            Q_ASSERT(text.contains(from));
            return text.replace(text.indexOf(from), from.size(), to);
        };
        const QByteArray reference = "\"reference\": \"OUT-2026-0001\"";
        QTest::newRow("NUL in a reference")
            << replaced(reference, "\"reference\": \"OUT-2026-\\u00000001\"")
            << QStringLiteral("requests[0].reference: holds the control character U+0000");
        QTest::newRow("right-to-left override in a reference")
            << replaced(reference, "\"reference\": \"OUT-2026-\xe2\x80\xae"
                                   "1000\"")
            << QStringLiteral("requests[0].reference: holds U+202E, a bidirectional text control");
        QTest::newRow("escaped override in a reference")
            << replaced(reference, "\"reference\": \"OUT-2026-\\u202E1000\"")
            << QStringLiteral("requests[0].reference: holds U+202E, a bidirectional text control");
        QTest::newRow("isolate in a name")
            << replaced("\"Heinrich Zyxwvut\"", "\"Heinrich \xe2\x81\xa7Zyxwvut\"")
            << QStringLiteral("persons[0].name: holds U+2067, a bidirectional text control");
        QTest::newRow("mark in an id")
            << replaced("\"id\": \"", "\"id\": \"\xe2\x80\x8f")
            << QStringLiteral(".id: holds U+200F, an invisible formatting character");
        QTest::newRow("soft hyphen in a reference")
            << replaced(reference, "\"reference\": \"OUT-2026-\xc2\xad"
                                   "0001\"")
            << QStringLiteral("requests[0].reference: holds U+00AD, an invisible formatting character");
        QTest::newRow("escaped tag character in a reference")
            << replaced(reference, "\"reference\": \"OUT-2026-\\udb40\\udc010001\"")
            << QStringLiteral("requests[0].reference: holds U+E0001, an invisible formatting character");
        QTest::newRow("tag character in an id")
            << replaced("\"id\": \"", "\"id\": \"\xf3\xa0\x80\x81")
            << QStringLiteral(".id: holds U+E0001, an invisible formatting character");
        QTest::newRow("Mongolian vowel separator in a reference")
            << replaced(reference, "\"reference\": \"OUT-2026-\xe1\xa0\x8e"
                                   "0001\"")
            << QStringLiteral("requests[0].reference: holds U+180E, an invisible formatting character");
        QTest::newRow("tab in a reference") << replaced(reference, "\"reference\": \"OUT-2026\\t0001\"")
                                            << QStringLiteral("requests[0].reference: holds the control "
                                                              "character U+0009");
        QTest::newRow("new line in a name")
            << replaced("\"Heinrich Zyxwvut\"", "\"Heinrich\\nZyxwvut\"")
            << QStringLiteral("persons[0].name: holds the control character U+000A");
        QTest::newRow("bell in free text")
            << replaced("\"facts\": \"The suspect", "\"facts\": \"The\\u0007 suspect")
            << QStringLiteral("facts: holds the control character U+0007");
        QTest::newRow("C1 control in free text")
            << replaced("\"facts\": \"The suspect", "\"facts\": \"The\xc2\x9b suspect")
            << QStringLiteral("facts: holds the control character U+009B");
        QTest::newRow("1 MB reference")
            << replaced(reference, "\"reference\": \"" + QByteArray(1024 * 1024, 'A') + '"')
            << QStringLiteral("requests[0].reference: is 1048576 characters long; at most 64 are allowed");
        QTest::newRow("65-character reference")
            << replaced(reference, "\"reference\": \"" + QByteArray(65, 'A') + '"')
            << QStringLiteral("requests[0].reference: is 65 characters long; at most 64 are allowed");
        QTest::newRow("long free text")
            << replaced("\"facts\": \"The suspect", "\"facts\": \"" + QByteArray(100001, 'x'))
            << QStringLiteral("facts: is 100");
        QTest::newRow("long name") << replaced("\"Heinrich Zyxwvut\"", '"' + QByteArray(301, 'x') + '"')
                                   << QStringLiteral(
                                          "persons[0].name: is 301 characters long; at most 300 are allowed");
        {
            QJsonArray measures;
            for (int i = 0; i < 10001; ++i)
                measures.append(QStringLiteral("m"));
            QTest::newRow("long list")
                << mutated(setField(QStringLiteral("requests"), 0, QStringLiteral("measures"), measures))
                << QStringLiteral("(\"OUT-2026-0001\").measures: has more than 10000 items");
        }
        QTest::newRow("lone high surrogate")
            << replaced("\"facts\": \"The suspect", "\"facts\": \"The \\ud800 suspect")
            << QStringLiteral("(\"OUT-2026-0001\").facts: holds an unpaired surrogate (U+D800)");
        QTest::newRow("lone low surrogate")
            << replaced(reference, "\"reference\": \"OUT-2026-0001\\udc00\"")
            << QStringLiteral("requests[0].reference: holds an unpaired surrogate (U+DC00)");
        QTest::newRow("reversed surrogates")
            << replaced(reference, "\"reference\": \"OUT-2026-0001\\udc00\\ud800\"")
            << QStringLiteral("requests[0].reference: holds an unpaired surrogate (U+DC00)");
        QTest::newRow("surrogate in raw UTF-8")
            << replaced("\"facts\": \"The suspect", "\"facts\": \"The \xed\xa0\x80 suspect")
            << QStringLiteral("(\"OUT-2026-0001\").facts: is not valid UTF-8 (byte ");

        // Issue 15, item 11.
        QTest::newRow("format given three times")
            << replaced(
                   "\"format\": ",
                   "\"format\": \"mladesk-interchange\", \"format\": \"mladesk-interchange\", \"format\": ")
            << QStringLiteral("1 problem(s):\n  format: is given more than once");
        QTest::newRow("version as text")
            << mutated([](QJsonObject& r) { r[QStringLiteral("version")] = QStringLiteral("1"); })
            << QStringLiteral("\"version\" must be the number 1, not the text \"1\"");
    }
    void badFilesAreRejectedAndTheRegisterIsUnchanged() {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        test::TestRegister t;
        DemoGenerator generator(7, QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC));
        QVERIFY(RegisterExchange::importAll(t.reg().database(), generator.generate(20)));
        const QByteArray before = exportJson(t.reg().database());
        auto result = importJson(t.reg().database(), json);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
        QVERIFY(result.error().message.startsWith(
            QStringLiteral("Nothing was imported; the register is unchanged.")));
        QVERIFY(exportJson(t.reg().database()) == before);
    }

    // Issue 15, item 2: {"requests": [{}, {}, ...]} made one message per
    // missing field, all kept (1 MB of input: 3.8 million messages, 762 MB).
    void theProblemsOfAFileAreCapped() {
        QByteArray json = "{\"format\": \"mladesk-interchange\", \"version\": 1, \"requests\": [{}";
        const int records = 300000; // about 1 MB
        json.reserve(json.size() + 3 * records);
        for (int i = 1; i < records; ++i)
            json += ",{}";
        json += "]}";
        auto result = InterchangeFormat::read(json);
        QVERIFY(!result);
        const QString message = result.error().message;
        const QStringList lines = message.split(QLatin1Char('\n'));
        // The first 100 problems, and what became of the rest.
        QCOMPARE(lines.size(), 1 + 100 + 1);
        QVERIFY2(
            lines.first().startsWith(QStringLiteral(
                "Nothing was imported; the register is unchanged. At least 110 problems; the first 100:")),
            qPrintable(lines.first()));
        QCOMPARE(lines[1], QStringLiteral("  requests[0].created_at: is required"));
        QVERIFY2(
            lines.last().startsWith(QStringLiteral("  \u2026 and more: checking stopped after 110 problems")),
            qPrintable(lines.last()));
        QVERIFY2(lines.last().contains(QStringLiteral("records were not checked")), qPrintable(lines.last()));
        // One record with more problems than are kept.
        QByteArray unknown = "{\"format\": \"mladesk-interchange\", \"version\": 1, \"cases\": [{";
        for (int i = 0; i < 200000; ++i)
            unknown += (i ? ",\"f" : "\"f") + QByteArray::number(i) + "\":1";
        unknown += "}]}";
        result = InterchangeFormat::read(unknown);
        QVERIFY(!result);
        QCOMPARE(result.error().message.count(QLatin1Char('\n')), 101);
        QVERIFY2(
            result.error().message.contains(QStringLiteral("cases[0].f99: is not a field of this record")),
            qPrintable(result.error().message.left(2000)));
        // Fewer than the cap: each is listed and the count is exact.
        const QByteArray few =
            "{\"format\": \"mladesk-interchange\", \"version\": 1, \"requests\": [{}, {}]}";
        result = InterchangeFormat::read(few);
        QVERIFY(!result);
        QVERIFY2(result.error().message.startsWith(
                     QStringLiteral("Nothing was imported; the register is unchanged. 22 problem(s):\n")),
                 qPrintable(result.error().message));
        QCOMPARE(result.error().message.count(QLatin1Char('\n')), 22);
    }

    // The same, held as the peak memory of the process that reads the file:
    // `mladesk-cli import` of 50 MB of empty records (more than 23 GB before).
    void readingAHostileFileStaysSmall() {
        if (test::kAddressSanitizer)
            QSKIP("The peak is measured without AddressSanitizer (its shadow memory and quarantine).");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("empty-records.json"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray chunk;
            for (int i = 0; i < 1 << 20; ++i)
                chunk += ",{}";
            QVERIFY(file.write("{\"format\": \"mladesk-interchange\", \"version\": 1, \"requests\": [{}") >
                    0);
            for (int i = 0; i < 16; ++i) // 16 x 3 MiB
                QCOMPARE(file.write(chunk), chunk.size());
            QVERIFY(file.write("]}") == 2);
        }
        rusage before{};
        getrusage(RUSAGE_CHILDREN, &before);
        QProcess cli;
        cli.setProcessChannelMode(QProcess::SeparateChannels);
        // Only a guard for the machine while the test fails: the check is the
        // peak below.
        cli.setChildProcessModifier([] {
            const rlimit limit{4ull << 30, 4ull << 30};
            setrlimit(RLIMIT_AS, &limit);
        });
        cli.start(test::cliPath(), {QStringLiteral("--db"), dir.filePath(QStringLiteral("register.mladesk")),
                                    QStringLiteral("import"), path});
        QVERIFY(cli.waitForFinished(300000));
        rusage after{};
        getrusage(RUSAGE_CHILDREN, &after); // the largest child waited for: this one
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        const long peakMiB = after.ru_maxrss / 1024;
        qInfo("mladesk-cli import of a %lld MB file of empty records: peak %ld MiB, exit %d",
              QFileInfo(path).size() / 1000000, peakMiB, cli.exitCode());
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY2(err.contains(QStringLiteral("Nothing was imported; the register is unchanged. At least 110 "
                                             "problems")),
                 qPrintable(err.left(500)));
        QVERIFY2(peakMiB < 300, qPrintable(QStringLiteral("peak %1 MiB").arg(peakMiB)));
        QVERIFY(before.ru_maxrss <= after.ru_maxrss);
    }

    // Problems across records are capped as well, and counted exactly.
    void theCrossChecksAreCapped() {
        test::TestRegister t;
        DemoGenerator generator(3, QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC));
        InterchangeData data = generator.generate(301);
        for (Request& r : data.requests)
            r.reference = QStringLiteral("OUT-2026-0001");
        auto result = RegisterExchange::importAll(t.reg().database(), data);
        QVERIFY(!result);
        const QStringList lines = result.error().message.split(QLatin1Char('\n'));
        QCOMPARE(lines.first(),
                 QStringLiteral(
                     "Nothing was imported; the register is unchanged. 300 problem(s), the first 100:"));
        QCOMPARE(lines.size(), 1 + 100 + 1);
        QCOMPARE(lines[1],
                 QStringLiteral("  requests[1].reference: \"OUT-2026-0001\" is a duplicate of requests[0]"));
        QCOMPARE(lines.last(), QStringLiteral("  \u2026 and 200 more."));
    }

    // What free texts and names may hold: line breaks and tabs in free text,
    // bidirectional marks in a name, and right-to-left text anywhere.
    void freeTextKeepsItsLinesAndScripts() {
        InterchangeData data = test::sampleData();
        data.requests[0].facts =
            QStringLiteral("Line one\n\tindented\r\nline three \u2067\u05e9\u05dc\u05d5\u05dd\u2069 "
                           "\U0001F600 \u0627\u0644\u0639\u0631\u0628\u064a\u0629");
        data.requests[0].persons[0].name = QStringLiteral("\u05d3\u05e0\u05d4 \u200f2\u200f");
        test::TestRegister t;
        auto imported = importJson(t.reg().database(), InterchangeFormat::write(data));
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        const Request back =
            SqlCipherRequestRepository(t.reg().database()).find(data.requests[0].reference).value();
        QCOMPARE(back.facts, data.requests[0].facts);
        QCOMPARE(back.persons[0].name, data.requests[0].persons[0].name);
    }

    void importingTwiceIsRefusedAsDuplicates() {
        test::TestRegister t;
        QVERIFY(importJson(t.reg().database(), sampleJson()));
        const QByteArray before = exportJson(t.reg().database());
        auto again = importJson(t.reg().database(), sampleJson());
        QVERIFY(!again);
        QVERIFY2(
            again.error().message.contains(QStringLiteral("\"OUT-2026-0001\" is already in the register")),
            qPrintable(again.error().message));
        QVERIFY(exportJson(t.reg().database()) == before);
    }

    void aFailureWhileWritingRollsEverythingBack() {
        // Passes every check, then fails inside the transaction: the register
        // must not keep the records written before the failure.
        test::TestRegister t;
        QVERIFY(t.reg().database().exec(QStringLiteral(
            "CREATE TRIGGER refuse_second BEFORE INSERT ON requests WHEN new.reference = 'OUT-2026-0002' "
            "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END")));
        auto result = importJson(t.reg().database(), sampleJson());
        QVERIFY(!result);
        QVERIFY(result.error().message.contains(QStringLiteral("simulated failure")));
        QCOMPARE(SqlCipherRequestRepository(t.reg().database()).count().value(), 0);
        QCOMPARE(t.reg().database().queryInt(QStringLiteral("SELECT count(*) FROM states")).value(), 0);
    }

    void streamedTextIsWhatQJsonDocumentWrites() {
        DemoGenerator generator(5, QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC));
        InterchangeData data = generator.generate(150);
        // Everything QJsonDocument escapes, and what it writes as UTF-8.
        data.requests[0].facts = QStringLiteral("quote \" backslash \\ tab \t newline \n return \r ") +
                                 QChar(0x7) + QChar(0x1f) + QChar(0x7f) +
                                 QStringLiteral(" \u00e9 \u20ac \u4e2d\u6587 ") +
                                 QString::fromUtf8("\xf0\x9f\x98\x80") + QStringLiteral(" \b\f") +
                                 QChar(0xd800) + QStringLiteral(" lone") + QChar(0xdc00);
        data.requests[1].summary = QStringLiteral("\u0627\u0644\u0639\u0631\u0628\u064a\u0629 / \"x\"");
        data.texts[data.requests[2].id].translations.append(
            {QStringLiteral("facts"), QStringLiteral("de"), QStringLiteral("Sachverhalt \u00e4\u00f6\u00fc"),
             QStringLiteral("draft"), QStringLiteral("ab12"), QStringLiteral("translator"),
             QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC), false});
        data.texts[data.requests[2].id].translations.append({QStringLiteral("assistance_sought"),
                                                             QStringLiteral("fr"),
                                                             QStringLiteral("Texte"),
                                                             QStringLiteral("reviewed"),
                                                             {},
                                                             {},
                                                             {},
                                                             false});
        data.requests[3].persons.append({QStringLiteral("Zo\u00eb"), QStringLiteral("witness"),
                                         QDate(1980, 2, 3), QStringLiteral("NL"),
                                         QStringLiteral("Rotterdam")});
        QCOMPARE(InterchangeFormat::write(data), documentWrite(data));
        // Empty lists, as a register without cases or states writes them.
        InterchangeData sparse = test::sampleData();
        sparse.cases.clear();
        sparse.states.clear();
        QCOMPARE(InterchangeFormat::write(sparse), documentWrite(sparse));
        QCOMPARE(InterchangeFormat::write(InterchangeData{}), documentWrite(InterchangeData{}));
    }

    void theSearchTriggerIsBackAfterAnImport() {
        // The import drops the insert trigger for its duration (no statement
        // journal per request) and restores it before committing, or rolls
        // it back with everything else.
        test::TestRegister t;
        Database& db = t.reg().database();
        const auto triggerSql = [&] {
            auto st = db.prepare(QStringLiteral(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'requests_search_insert'"));
            return st && st->step().value() ? st->text(0) : QString();
        };
        const QString before = triggerSql();
        QVERIFY(!before.isEmpty());
        const auto orderIndexes = [&] {
            return db
                .queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name "
                                         "LIKE 'requests_order_%'"))
                .value();
        };
        QCOMPARE(orderIndexes(), 7);
        const QStringList schemaBefore = schemaObjects(db);
        QVERIFY(importJson(db, sampleJson())); // into an empty register: indexes built after
        QCOMPARE(triggerSql(), before);
        QCOMPARE(orderIndexes(), 7);
        // Every index dropped for the import is back, as it was.
        QCOMPARE(schemaObjects(db), schemaBefore);
        QVERIFY(!importJson(db, sampleJson())); // refused before writing
        QCOMPARE(triggerSql(), before);

        // Fails in the step run before commit: nothing stays, the trigger neither goes.
        test::TestRegister other;
        DemoGenerator generator(7, QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC));
        auto refused = RegisterExchange::importAll(
            other.reg().database(), generator.generate(30), {}, [](const ImportSummary&) -> Status {
                return makeError(ErrorCode::Io, QStringLiteral("no audit"));
            });
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("no audit")));
        QCOMPARE(SqlCipherRequestRepository(other.reg().database()).count().value(), 0);
        QCOMPARE(schemaObjects(other.reg().database()), schemaBefore);
        QCOMPARE(other.reg()
                     .database()
                     .queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                              "'requests_search_insert'"))
                     .value(),
                 1);

        // A request written afterwards is indexed by the trigger again.
        Request added = test::sampleData().requests.first();
        added.id = QStringLiteral("6f1c1b9e-0000-4000-8000-000000000001");
        added.reference = QStringLiteral("OUT-2026-7777");
        added.links.clear();
        QVERIFY(SqlCipherRequestRepository(db).insert(added));
        RequestFilter search;
        search.search = QStringLiteral("OUT-2026-7777");
        QCOMPARE(SqlCipherRequestRepository(db).count(search).value(), 1);
    }

    void listColumnsAreWhatQJsonDocumentWrites() {
        // The register's list columns are written directly; the bytes are
        // those compactJson(toJson(...)) wrote before, and read back the same.
        const QStringList strings{QStringLiteral("search"), QStringLiteral("quote \" \\ \n \u00e9 \u4e2d"),
                                  QString()};
        const QList<Identifier> identifiers{
            {QStringLiteral("email"), QStringLiteral("a@example.org")},
            {QStringLiteral("other"), QStringLiteral("tab\there \U0001F600")}};
        const QList<DateRange> ranges{{QDate(2026, 1, 1), QDate(2026, 2, 28)}, {QDate(), QDate(2026, 3, 1)}};
        const QList<Person> persons{
            {QStringLiteral("Zo\u00eb \"Z\""), QStringLiteral("witness"), QDate(1980, 2, 3),
             QStringLiteral("NL"), QStringLiteral("Rotterdam")},
            {QStringLiteral("Unknown"), QStringLiteral("suspect"), QDate(), QString(), QString()}};
        QCOMPARE(QString::fromUtf8(listJson(strings)), compactJson(toJson(strings)));
        QCOMPARE(QString::fromUtf8(listJson(identifiers)), compactJson(toJson(identifiers)));
        QCOMPARE(QString::fromUtf8(listJson(ranges)), compactJson(toJson(ranges)));
        QCOMPARE(QString::fromUtf8(listJson(persons)), compactJson(toJson(persons)));
        QCOMPARE(QString::fromUtf8(listJson(QStringList())), compactJson(QJsonArray()));
        QCOMPARE(QString::fromUtf8(listJson(QList<Person>())), compactJson(QJsonArray()));
        QCOMPARE(stringsFromJson(listJson(strings)), strings);
        QCOMPARE(identifiersFromJson(listJson(identifiers)), identifiers);
        QCOMPARE(dateRangesFromJson(listJson(ranges)), ranges);
        QCOMPARE(personsFromJson(listJson(persons)), persons);
        QVERIFY(personsFromJson(QByteArrayView()).isEmpty());
    }

    void instantsAreWrittenAndReadAsQtDoes() {
        // utcText and parseUtc read and write the usual form themselves; the
        // result is Qt's ISO 8601 in every case.
        const QList<QDateTime> instants{
            QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC),
            QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59), Qt::UTC),
            QDateTime(QDate(2026, 3, 1), QTime(9, 30, 5, 250), Qt::UTC),
            QDateTime(QDate(2026, 7, 1), QTime(1, 2, 3), QTimeZone("Europe/Berlin")),
            QDateTime(QDate(812, 5, 6), QTime(7, 8, 9), Qt::UTC),
            QDateTime()};
        for (const QDateTime& t : instants) {
            const QString expected = t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
            QCOMPARE(utcText(t), expected);
            if (t.isValid())
                QCOMPARE(parseUtc(expected), QDateTime::fromString(expected, Qt::ISODate).toUTC());
        }
        const QStringList texts{
            QStringLiteral("2026-03-01T09:30:00Z"),     QStringLiteral("2026-03-01T09:30:00+02:00"),
            QStringLiteral("2026-03-01T09:30:00.250Z"), QStringLiteral("2026-02-29T09:30:00Z"),
            QStringLiteral("2026-03-01T24:00:00Z"),     QStringLiteral("2026-13-01T09:30:00Z"),
            QStringLiteral("2026-03-01T09:30:60Z"),     QStringLiteral("2026-03-01T09:3a:00Z"),
            QStringLiteral("2026-03-01T09:30:00"),      QStringLiteral("0000-03-01T09:30:00Z"),
            QStringLiteral("+026-03-01T09:30:00Z")};
        for (const QString& text : texts) {
            const QDateTime qt = QDateTime::fromString(text, Qt::ISODate);
            const bool zoned = text.endsWith(QLatin1Char('Z')) || text.contains(QLatin1Char('+'));
            const QDateTime expected = zoned && qt.isValid() ? qt.toUTC() : QDateTime();
            QCOMPARE(parseUtc(text), expected);
        }
    }

    void listColumnsRoundTripThroughTheRegister() {
        test::TestRegister t;
        Database& db = t.reg().database();
        QVERIFY(importJson(db, sampleJson()));
        Request r = test::sampleData().requests.first();
        r.id = QStringLiteral("6f1c1b9e-0000-4000-8000-000000000002");
        r.reference = QStringLiteral("OUT-2026-8888");
        r.links.clear();
        r.measures = {QStringLiteral("m\u00e9sure \"1\""), QStringLiteral("line\nbreak")};
        r.identifiers = {{QStringLiteral("url"), QStringLiteral("https://example.org/?a=1&b=\\")}};
        r.persons = {
            {QStringLiteral("\u4e2d\u6587"), QStringLiteral("victim"), QDate(), QString(), QString()},
            {QStringLiteral("Ana"), QStringLiteral("witness"), QDate(1970, 1, 1), QStringLiteral("PT"),
             QStringLiteral("Lisboa")}};
        r.dateRanges = {{QDate(2025, 12, 31), QDate(2026, 1, 1)}};
        QVERIFY(SqlCipherRequestRepository(db).insert(r));
        const Request back = SqlCipherRequestRepository(db).find(r.reference).value();
        QCOMPARE(back.measures, r.measures);
        QCOMPARE(back.identifiers, r.identifiers);
        QCOMPARE(back.persons, r.persons);
        QCOMPARE(back.dateRanges, r.dateRanges);
        QCOMPARE(back.dataCategories, r.dataCategories);
    }

    void demoCoversEveryInstrumentBothDirectionsAndManyStatuses() {
        DemoGenerator generator(1, QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC));
        const InterchangeData data = generator.generate(600);
        QSet<QString> instruments, directions, statuses, states;
        for (const Request& r : data.requests) {
            instruments << r.instrument;
            directions << r.direction;
            statuses << r.direction + QLatin1Char(':') + r.status;
            states << (r.direction == QLatin1String("outgoing") ? r.requestedState : r.requestingState);
            QVERIFY(r.facts.size() > 200);
            QVERIFY(!r.identifiers.isEmpty());
        }
        QCOMPARE(instruments.size(), instrumentKeys().size());
        QCOMPARE(directions.size(), 2);
        QVERIFY(statuses.size() >= 15);
        QVERIFY(states.size() >= 10);
    }
};

QTEST_GUILESS_MAIN(TestInterchange)
#include "tst_interchange.moc"
