#include "SampleData.h"
#include "TestRegister.h"
#include "demo/DemoGenerator.h"
#include "interchange/EntityJson.h"
#include "interchange/InterchangeFormat.h"
#include "interchange/RegisterExchange.h"
#include "storage/Database.h"
#include "storage/RequestRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <functional>

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
            QCOMPARE(properties.size(), record.size());
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
        QTest::newRow("bad time zone")
            << mutated(setField(QStringLiteral("states"), 0, QStringLiteral("time_zone"),
                                QStringLiteral("Mars/Olympus")))
            << QStringLiteral("states[0] (\"DE\").time_zone: \"Mars/Olympus\" is not an IANA time zone");
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
        QCOMPARE(RequestRepository(t.reg().database()).count().value(), 0);
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
        QVERIFY(importJson(db, sampleJson())); // into an empty register: indexes built after
        QCOMPARE(triggerSql(), before);
        QCOMPARE(orderIndexes(), 7);
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
        QCOMPARE(RequestRepository(other.reg().database()).count().value(), 0);
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
        QVERIFY(RequestRepository(db).insert(added));
        RequestFilter search;
        search.search = QStringLiteral("OUT-2026-7777");
        QCOMPARE(RequestRepository(db).count(search).value(), 1);
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
        QCOMPARE(instruments.size(), 12);
        QCOMPARE(directions.size(), 2);
        QVERIFY(statuses.size() >= 15);
        QVERIFY(states.size() >= 10);
    }
};

QTEST_GUILESS_MAIN(TestInterchange)
#include "tst_interchange.moc"
