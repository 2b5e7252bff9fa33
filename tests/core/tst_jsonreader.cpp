#include "SampleData.h"
#include "common/JsonReader.h"
#include "common/JsonText.h"
#include "interchange/InterchangeFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace mladesk;

namespace {

// Reads any value into a QJsonValue with the reader, for comparing with Qt.
QJsonValue readValue(JsonReader& json) {
    switch (json.peek()) {
    case JsonReader::Kind::Null:
        json.readNull();
        return QJsonValue::Null;
    case JsonReader::Kind::Bool:
        return json.readBool();
    case JsonReader::Kind::Number:
        return json.readNumber().toByteArray().toDouble();
    case JsonReader::Kind::String:
        return json.readString();
    case JsonReader::Kind::Array: {
        QJsonArray array;
        json.enterArray();
        while (json.nextElement())
            array.append(readValue(json));
        return array;
    }
    case JsonReader::Kind::Object: {
        QJsonObject object;
        json.enterObject();
        while (json.nextKey()) {
            const QString key = QString::fromUtf8(json.key());
            object.insert(key, readValue(json));
        }
        return object;
    }
    case JsonReader::Kind::Invalid:
        json.skip(); // fails: no value here
    }
    return QJsonValue::Undefined;
}

// The whole text as one value, or the reader's error.
std::pair<QJsonValue, QString> readAll(const QByteArray& text) {
    JsonReader json(text);
    QJsonValue value = readValue(json);
    json.finish();
    return {json.failed() ? QJsonValue::Undefined : value, json.error()};
}

// What the reader refuses and Qt 6.4's parser takes (RFC 8259 forbids it).
bool stricterThanQt(const QString& error) {
    for (const char* what : {"a control character in text", "an unknown escape in text",
                             "a number without digits", "lists and objects nested too deeply"})
        if (error.startsWith(QLatin1String(what)))
            return true;
    return false;
}

} // namespace

class TestJsonReader : public QObject {
    Q_OBJECT
private slots:
    void readsWhatQtReads_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("object") << QByteArray(
            "{\"a\": 1, \"b\": [true, false, null], \"c\": {\"d\": \"e\"}}");
        QTest::newRow("white space") << QByteArray(" \t\r\n[ 1 ,\n 2 ] \n");
        QTest::newRow("empty containers") << QByteArray("{\"a\": [], \"b\": {}, \"c\": [[], {}]}");
        QTest::newRow("numbers") << QByteArray("[0, -0, 12, -3.25, 1e3, 2E-2, 0.5e+1, 123456789012]");
        QTest::newRow("escapes") << QByteArray(
            "[\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\", \"\\u00e9\\u20AC\", \"\\ud83d\\ude00\"]");
        QTest::newRow("lone surrogates") << QByteArray("[\"\\ud800 x\", \"y \\udc00\"]");
        QTest::newRow("utf-8") << QByteArray("[\"\xc3\xa9 \xe2\x82\xac \xe4\xb8\xad \xf0\x9f\x98\x80\"]");
        QTest::newRow("escaped key") << QByteArray("{\"k\\u00e9y\": 1, \"a\\\"b\": 2}");
    }
    void readsWhatQtReads() {
        QFETCH(QByteArray, text);
        QJsonParseError error;
        const QJsonDocument qt = QJsonDocument::fromJson(text, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const auto [value, message] = readAll(text);
        QVERIFY2(message.isEmpty(), qPrintable(message));
        QCOMPARE(value, qt.isArray() ? QJsonValue(qt.array()) : QJsonValue(qt.object()));
    }

    void refusesMalformedTextWithItsPlace_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("endedEarly");
        // Qt 6.4's own parser takes some of these (raw control characters
        // in text, unknown escapes, "1.", nesting up to 1024): the reader
        // follows RFC 8259 and refuses them too.
        QTest::newRow("empty") << QByteArray() << QStringLiteral("line 1, column 1 (byte 0)") << true;
        QTest::newRow("cut in a string")
            << QByteArray("{\"a\": \"bc") << QStringLiteral("closing quote") << true;
        QTest::newRow("cut after a value")
            << QByteArray("[1, 2") << QStringLiteral("text ends too early") << true;
        QTest::newRow("trailing comma") << QByteArray("[1, 2,]")
                                        << QStringLiteral("expected a value at line 1, "
                                                          "column 7 (byte 6)")
                                        << false;
        QTest::newRow("after a byte order mark") // columns count from after it, bytes from the file's start
            << QByteArray("\xEF\xBB\xBF[1, 2,]") << QStringLiteral("column 7 (byte 9)") << false;
        QTest::newRow("trailing comma in object")
            << QByteArray("{\"a\": 1,\n}")
            << QStringLiteral("expected a name in double quotes at line 2, column 1") << false;
        QTest::newRow("missing colon")
            << QByteArray("{\n  \"a\" 1}") << QStringLiteral("expected ':' after a name at line 2, column 7")
            << false;
        QTest::newRow("missing comma")
            << QByteArray("[1 2]") << QStringLiteral("expected ',' or ']'") << false;
        QTest::newRow("unquoted name") << QByteArray("{a: 1}") << QStringLiteral("expected a name") << false;
        QTest::newRow("single quotes") << QByteArray("['a']") << QStringLiteral("expected a value") << false;
        QTest::newRow("bad literal") << QByteArray("{\"a\":\n tru}")
                                     << QStringLiteral("expected a value at line 2, column 2") << false;
        QTest::newRow("leading zero") << QByteArray("[01]") << QStringLiteral("expected ',' or ']'") << false;
        QTest::newRow("bare point") << QByteArray("[1.]") << QStringLiteral("after its point") << false;
        QTest::newRow("nan") << QByteArray("[NaN]") << QStringLiteral("expected a value") << false;
        QTest::newRow("bad escape") << QByteArray("[\"a\\x\"]") << QStringLiteral("unknown escape") << false;
        QTest::newRow("cut in a \\u")
            << QByteArray("[\"abc\\u12") << QStringLiteral("four hexadecimal") << true;
        QTest::newRow("short \\u") << QByteArray("[\"\\u12g4\"]") << QStringLiteral("four hexadecimal")
                                   << false;
        QTest::newRow("raw control character")
            << QByteArray("[\"a\tb\"]") << QStringLiteral("escaped) at line 1, column 4") << false;
        QTest::newRow("raw new line")
            << QByteArray("[\"a\nb\"]") << QStringLiteral("control character") << false;
        QTest::newRow("invalid utf-8")
            << QByteArray("[\"a\xff\"]") << QStringLiteral("not valid UTF-8") << false;
        QTest::newRow("overlong utf-8")
            << QByteArray("[\"\xc0\xaf\"]") << QStringLiteral("not valid UTF-8") << false;
        QTest::newRow("utf-8 surrogate")
            << QByteArray("[\"\xed\xa0\x80\"]") << QStringLiteral("not valid UTF-8") << false;
        QTest::newRow("cut utf-8") << QByteArray("[\"\xe2\x82\"]") << QStringLiteral("not valid UTF-8")
                                   << false;
        QTest::newRow("above U+10FFFF")
            << QByteArray("[\"\xf4\x90\x80\x80\"]") << QStringLiteral("not valid UTF-8") << false;
        QTest::newRow("two values") << QByteArray("{} {}") << QStringLiteral("more follows the end") << false;
        QTest::newRow("too deep") << QByteArray(65, '[') + QByteArray(65, ']')
                                  << QStringLiteral("nested too deeply at line 1, column 65") << false;
    }
    void refusesMalformedTextWithItsPlace() {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        QFETCH(bool, endedEarly);
        JsonReader json(text);
        readValue(json);
        json.finish();
        QVERIFY(json.failed());
        QVERIFY2(json.error().contains(expected), qPrintable(json.error()));
        QCOMPARE(json.endedEarly(), endedEarly);
        // Qt refuses it too, but for what RFC 8259 forbids and Qt 6.4 takes.
        QJsonParseError error;
        QJsonDocument::fromJson(text, &error);
        QVERIFY(error.error != QJsonParseError::NoError || stricterThanQt(json.error()));
    }

    void sixtyFourLevelsAreRead() {
        const QByteArray text = QByteArray(64, '[') + QByteArray(64, ']');
        QVERIFY2(readAll(text).second.isEmpty(), qPrintable(readAll(text).second));
    }

    void afterAnErrorEveryCallEnds() {
        JsonReader json("{\"a\": [1, }");
        QVERIFY(json.enterObject());
        QVERIFY(json.nextKey());
        QVERIFY(json.enterArray());
        QVERIFY(json.nextElement());
        QCOMPARE(json.readNumber(), QByteArrayView("1"));
        QVERIFY(json.nextElement());
        json.skip(); // '}' is no value
        QVERIFY(json.failed());
        QVERIFY(!json.nextElement());
        QVERIFY(!json.nextKey());
        QCOMPARE(json.peek(), JsonReader::Kind::Invalid);
        QVERIFY(json.readString().isEmpty());
        QVERIFY(!json.finish());
    }

    void acceptsAndRefusesWhatQtDoes() {
        // Random damage to an interchange file: one byte changed, removed or
        // doubled. Wherever Qt's parser refuses the text the reader must too,
        // and the other way round (the reader is stricter only about nesting
        // deeper than 64 levels, which a mutation of this file cannot make).
        const QByteArray good = InterchangeFormat::write(test::sampleData());
        QRandomGenerator random(20261127);
        const char replacements[] = "{}[],:\"\\ 0-1.eEtfnu\x01\x7f\xc3\xff";
        int refused = 0;
        for (int i = 0; i < 3000; ++i) {
            QByteArray text = good;
            const qsizetype at = random.bounded(text.size());
            switch (random.bounded(3)) {
            case 0:
                text[at] = replacements[random.bounded(int(sizeof replacements) - 1)];
                break;
            case 1:
                text.remove(at, 1);
                break;
            default:
                text.insert(at, text.at(at));
            }
            QJsonParseError error;
            QJsonDocument::fromJson(text, &error);
            const bool qtAccepts = error.error == QJsonParseError::NoError;
            const auto [value, message] = readAll(text);
            QVERIFY2(qtAccepts == message.isEmpty() || (qtAccepts && stricterThanQt(message)),
                     qPrintable(QStringLiteral("byte %1: Qt %2, reader: %3\n%4")
                                    .arg(at)
                                    .arg(qtAccepts ? QStringLiteral("accepts") : error.errorString(),
                                         message.isEmpty() ? QStringLiteral("accepts") : message,
                                         QString::fromUtf8(text.mid(qMax<qsizetype>(0, at - 40), 80)))));
            refused += qtAccepts ? 0 : 1;
        }
        QVERIFY(refused > 100); // the mutations do break the text
    }

    void repeatedTextIsShared() {
        const QByteArray text = "[\"DE\", \"DE\", \"a\\u00e9\", \"a\\u00e9\", \"" + QByteArray(60, 'x') +
                                "\", \"" + QByteArray(60, 'x') + "\", \"\xc3\xa9\", \"\xc3\xa9\"]";
        JsonReader json(text);
        QVERIFY(json.enterArray());
        QStringList read;
        while (json.nextElement())
            read << json.readSharedString();
        QVERIFY(json.finish());
        QCOMPARE(read, (QStringList{QStringLiteral("DE"), QStringLiteral("DE"), QStringLiteral("a\u00e9"),
                                    QStringLiteral("a\u00e9"), QString(60, u'x'), QString(60, u'x'),
                                    QStringLiteral("\u00e9"), QStringLiteral("\u00e9")}));
        QCOMPARE(read[0].constData(), read[1].constData()); // one QString
        QCOMPARE(read[6].constData(), read[7].constData());
        QVERIFY(read[4].constData() != read[5].constData()); // too long to share
        // Shared or not, text is checked.
        JsonReader bad("[\"D\xff\"]");
        QVERIFY(bad.enterArray());
        QVERIFY(bad.nextElement());
        QVERIFY(bad.readSharedString().isEmpty());
        QVERIFY(bad.error().contains(QStringLiteral("not valid UTF-8")));
        // Without sharing, each is its own.
        JsonReader separate(text, false);
        QVERIFY(separate.enterArray());
        QVERIFY(separate.nextElement());
        const QString first = separate.readSharedString();
        QVERIFY(separate.nextElement());
        QVERIFY(first.constData() != separate.readSharedString().constData());
    }

    // readText: what a text holds, found in the pass that finds its end
    // (issue 15, item 8), its length in characters, and no decoding of a
    // refused or too long text.
    void textSaysWhatItHolds_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<uint>("flags");
        QTest::addColumn<qsizetype>("length");
        QTest::addColumn<uint>("first"); // the first character of a refused flag
        using R = JsonReader;
        QTest::newRow("plain") << QByteArray("\"OUT-2026-0001\"") << 0u << qsizetype(13) << 0u;
        QTest::newRow("empty") << QByteArray("\"\"") << 0u << qsizetype(0) << 0u;
        QTest::newRow("escaped NUL") << QByteArray("\"a\\u0000b\"") << uint(R::kControl) << qsizetype(3)
                                     << 0u;
        QTest::newRow("tab and new line")
            << QByteArray("\"a\\tb\\nc\\r\\n\"") << uint(R::kTab | R::kLineBreak) << qsizetype(7) << 9u;
        QTest::newRow("backspace, form feed")
            << QByteArray("\"\\b\\f\"") << uint(R::kControl) << qsizetype(2) << 8u;
        QTest::newRow("DEL") << QByteArray("\"a\x7f\"") << uint(R::kControl) << qsizetype(2) << 0x7fu;
        QTest::newRow("DEL in a long run") << QByteArray("\"abcdefghijklmnop\x7fqrstuvwxyz\"")
                                           << uint(R::kControl) << qsizetype(27) << 0x7fu;
        QTest::newRow("C1") << QByteArray("\"\xc2\x85\"") << uint(R::kControl) << qsizetype(1) << 0x85u;
        QTest::newRow("raw override") << QByteArray("\"a\xe2\x80\xae"
                                                    "b\"")
                                      << uint(R::kBidiControl) << qsizetype(3) << 0x202eu;
        QTest::newRow("escaped isolate")
            << QByteArray("\"\\u2066x\\u2069\"") << uint(R::kBidiControl) << qsizetype(3) << 0x2066u;
        QTest::newRow("marks") << QByteArray("\"\xe2\x80\x8f\\u200e\xd8\x9c\xef\xbb\xbf\"")
                               << uint(R::kInvisible) << qsizetype(4) << 0x200fu;
        QTest::newRow("line separator") << QByteArray("\"a\xe2\x80\xa8"
                                                      "b\"")
                                        << uint(R::kLineBreak) << qsizetype(3) << 0x2028u;
        QTest::newRow("pair") << QByteArray("\"\\ud83d\\ude00 \xf0\x9f\x98\x80\"") << 0u << qsizetype(3)
                              << 0u;
        QTest::newRow("lone high") << QByteArray("\"a\\ud800b\"") << uint(R::kLoneSurrogate) << qsizetype(3)
                                   << 0xd800u;
        QTest::newRow("lone low") << QByteArray("\"\\udc00\"") << uint(R::kLoneSurrogate) << qsizetype(1)
                                  << 0xdc00u;
        QTest::newRow("high then text")
            << QByteArray("\"\\ud800\\u0041\"") << uint(R::kLoneSurrogate) << qsizetype(2) << 0xd800u;
        QTest::newRow("latin, greek, cjk")
            << QByteArray("\"\xc3\xa9\xce\xb1\xe4\xb8\xad\\u00e9\"") << 0u << qsizetype(4) << 0u;
    }
    void textSaysWhatItHolds() {
        QFETCH(QByteArray, text);
        QFETCH(uint, flags);
        QFETCH(qsizetype, length);
        QFETCH(uint, first);
        constexpr unsigned all = JsonReader::kTab | JsonReader::kLineBreak | JsonReader::kControl |
                                 JsonReader::kBidiControl | JsonReader::kInvisible;
        // Nothing but what is never text refused: read, and decoded as readString does.
        JsonReader lenient(text);
        JsonReader::TextInfo info;
        const QString read = lenient.readText(info, 1000, 0);
        QVERIFY2(!lenient.failed(), qPrintable(lenient.error()));
        QCOMPARE(info.flags, flags);
        QCOMPARE(info.length, length);
        if (flags & JsonReader::kLoneSurrogate) {
            QVERIFY(read.isNull());
            QCOMPARE(info.refused, uint(JsonReader::kLoneSurrogate));
        } else {
            QCOMPARE(read, JsonReader(text).readString());
            QCOMPARE(info.refused, 0u);
        }
        QVERIFY(lenient.finish());
        // Every flag refused: not decoded, the first refused character named.
        JsonReader strict(text);
        const QString refused = strict.readText(info, 1000, all);
        QVERIFY(strict.finish());
        QCOMPARE(refused.isNull(), flags != 0);
        if (flags)
            QCOMPARE(uint(info.character), first);
        // Longer than allowed: not decoded, and no syntax error.
        if (length > 0) {
            JsonReader shortest(text);
            QVERIFY(shortest.readText(info, length - 1, 0).isNull());
            QCOMPARE(info.length, length);
            QVERIFY(shortest.finish());
        }
    }

    void invalidUtf8InATextIsNamedNotFatal() {
        // readText: a problem of the field, the reader goes on; readString
        // (and a key, and a skipped value): a syntax error as before.
        const QByteArray text = "[\"a\xed\xa0\x80"
                                "b\", \"next\"]";
        JsonReader json(text);
        QVERIFY(json.enterArray());
        QVERIFY(json.nextElement());
        JsonReader::TextInfo info;
        QVERIFY(json.readText(info, 100, 0).isNull());
        QCOMPARE(info.refused, uint(JsonReader::kInvalidUtf8));
        QCOMPARE(info.byte, qsizetype(3));
        QVERIFY(json.nextElement());
        QCOMPARE(json.readText(info, 100, 0), QStringLiteral("next"));
        QVERIFY(!json.nextElement());
        QVERIFY(json.finish());
        JsonReader strict(text);
        QVERIFY(strict.enterArray());
        QVERIFY(strict.nextElement());
        QVERIFY(strict.readString().isNull());
        QVERIFY(strict.error().contains(QStringLiteral("not valid UTF-8 at line 1, column 4 (byte 3)")));
    }

    void aLongKeyWithEscapesIsNotDecoded() {
        // No field has such a name: compared as written, no copy of its size.
        QByteArray longKey;
        for (int i = 0; i < 300; ++i)
            longKey += "\\u0041";
        const QByteArray text = "{\"" + longKey + "\": 1, \"a\\u0062\": 2}";
        JsonReader json(text);
        QVERIFY(json.enterObject());
        QVERIFY(json.nextKey());
        QCOMPARE(json.key(), QByteArrayView(longKey));
        json.skip();
        QVERIFY(json.nextKey());
        QCOMPARE(json.key(), QByteArrayView("ab")); // a short one is decoded
        json.skip();
        QVERIFY(!json.nextKey());
        QVERIFY(json.finish());
    }

    void sharedTextIsCheckedToo() {
        // A text shared once is shared only when it holds nothing a field
        // may refuse: the second occurrence is checked like the first.
        const QByteArray text = "[\"a\xe2\x80\x8f\", \"a\xe2\x80\x8f\", \"DE\", \"DE\"]";
        JsonReader json(text);
        QVERIFY(json.enterArray());
        JsonReader::TextInfo info;
        for (int i = 0; i < 2; ++i) {
            QVERIFY(json.nextElement());
            QVERIFY(json.readText(info, 64, JsonReader::kInvisible, true).isNull());
            QCOMPARE(info.refused, uint(JsonReader::kInvisible));
        }
        QVERIFY(json.nextElement());
        const QString first = json.readText(info, 64, JsonReader::kInvisible, true);
        QVERIFY(json.nextElement());
        QCOMPARE(json.readText(info, 64, JsonReader::kInvisible, true).constData(), first.constData());
        QCOMPARE(info.length, qsizetype(2));
        QVERIFY(!json.nextElement());
    }

    void writesStringsAsQtDoes() {
        const QStringList texts{QString(),
                                QStringLiteral("plain"),
                                QStringLiteral("quote \" backslash \\ slash / tab \t nl \n cr \r \b \f"),
                                QString(QChar(0x1)) + QChar(0x1f) + QChar(0x7f) + QChar(0x80),
                                QStringLiteral("\u00e9 \u07ff \u0800 \u20ac \uffff"),
                                QString::fromUtf8("\xf0\x9f\x98\x80 \xf4\x8f\xbf\xbf"),
                                QString(QChar(0xd800)) + QStringLiteral("x") + QChar(0xdc00),
                                QString(QChar(0xdbff))};
        for (const QString& text : texts) {
            QByteArray ours;
            appendJsonString(ours, text);
            const QByteArray qt = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
            QCOMPARE(ours, qt.mid(1, qt.size() - 2));
            // And reads back as the same text.
            JsonReader json(ours);
            QCOMPARE(json.readString(), text);
            QVERIFY(json.finish());
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
