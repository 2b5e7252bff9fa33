// The catalogue files (docs/catalogue.md): every shipped file loads, malformed
// files are refused naming the file and the field, and what a user changes
// about a state lives in the register.
#include "SampleData.h"
#include "TestRegister.h"
#include "domain/Instrument.h"
#include "rules/Catalogue.h"
#include "rules/CatalogueJson.h"
#include "rules/HolidayRuleText.h"
#include "services/AuditService.h"
#include "services/ExchangeService.h"
#include "services/ReferenceService.h"
#include "services/Session.h"
#include "services/Workspace.h"
#include "storage/SqlCipherStateProfileRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mladesk;

namespace {

QByteArray shippedFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// A copy of the shipped catalogue in a temporary folder, with one file replaced.
struct CatalogueCopy {
    QTemporaryDir dir;
    CatalogueCopy() {
        QDir().mkpath(dir.filePath(QStringLiteral("instruments")));
        QDir().mkpath(dir.filePath(QStringLiteral("states")));
        for (const QString& folder : {QStringLiteral("instruments"), QStringLiteral("states")})
            for (const QString& name : QDir(QStringLiteral(":/") + folder).entryList(QDir::Files))
                QFile::copy(QStringLiteral(":/%1/%2").arg(folder, name),
                            dir.filePath(folder + QLatin1Char('/') + name));
        for (const QString& folder : {QStringLiteral("instruments"), QStringLiteral("states")})
            for (const QString& name : QDir(dir.filePath(folder)).entryList(QDir::Files))
                QFile(dir.filePath(folder + QLatin1Char('/') + name))
                    .setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    void write(const QString& relative, const QByteArray& bytes) {
        QFile file(dir.filePath(relative));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(relative));
        file.write(bytes);
    }
    Result<Catalogue> load() {
        return Catalogue::load(dir.filePath(QStringLiteral("instruments")),
                               dir.filePath(QStringLiteral("states")));
    }
};

QByteArray edited(const QString& shipped, const std::function<void(QJsonObject&)>& change) {
    QJsonObject object = QJsonDocument::fromJson(shippedFile(shipped)).object();
    change(object);
    return QJsonDocument(object).toJson();
}

} // namespace

class TestCatalogue : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyShippedFileLoads() {
        const auto& catalogue = Catalogue::shipped();
        QVERIFY2(catalogue.ok(), catalogue.ok() ? "" : qPrintable(catalogue.error().message));
        for (const InstrumentKey& key : instrumentKeys()) {
            const InstrumentRules* rules = catalogue->instrument(key.key);
            QVERIFY2(rules, qPrintable(key.key));
            QVERIFY(!rules->citation.isEmpty());
            QVERIFY(!rules->sources.isEmpty());
            QVERIFY(!rules->elements.isEmpty());
            for (const RequiredElement& element : rules->elements)
                QVERIFY2(!element.article.isEmpty(), qPrintable(key.key + QLatin1Char('.') + element.id));
            for (const DeadlineRule& rule : rules->deadlines)
                QVERIFY2(!rule.article.isEmpty(), qPrintable(key.key + QLatin1Char('.') + rule.kind));
            QVERIFY(!rules->languageRule.article.isEmpty());
        }
        // The official forms: EIO Annex A sections A-L and its Annex B; EPOC Annex I; EPOC-PR Annex II and
        // VI.
        const InstrumentRules* eio = catalogue->instrument(QStringLiteral("eio"));
        QStringList sections;
        for (const FormSection& section : eio->formSections)
            sections << section.id;
        for (const char* id : {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L"})
            QVERIFY2(sections.contains(QLatin1String(id)), id);
        QVERIFY(!eio->receiptFormSections.isEmpty());
        QVERIFY(!catalogue->instrument(QStringLiteral("epoc"))->formSections.isEmpty());
        QVERIFY(!catalogue->instrument(QStringLiteral("epoc-pr"))->formSections.isEmpty());
        QVERIFY(!catalogue->instrument(QStringLiteral("epoc-pr"))->extensionFormSections.isEmpty());
    }

    void everyRequiredStateIsThere() {
        const auto& catalogue = Catalogue::shipped();
        QVERIFY(catalogue.ok());
        const QStringList eu{
            QStringLiteral("AT"), QStringLiteral("BE"), QStringLiteral("BG"), QStringLiteral("HR"),
            QStringLiteral("CY"), QStringLiteral("CZ"), QStringLiteral("DK"), QStringLiteral("EE"),
            QStringLiteral("FI"), QStringLiteral("FR"), QStringLiteral("DE"), QStringLiteral("GR"),
            QStringLiteral("HU"), QStringLiteral("IE"), QStringLiteral("IT"), QStringLiteral("LV"),
            QStringLiteral("LT"), QStringLiteral("LU"), QStringLiteral("MT"), QStringLiteral("NL"),
            QStringLiteral("PL"), QStringLiteral("PT"), QStringLiteral("RO"), QStringLiteral("SK"),
            QStringLiteral("SI"), QStringLiteral("ES"), QStringLiteral("SE")};
        const QStringList others{QStringLiteral("GB"), QStringLiteral("US"), QStringLiteral("CH"),
                                 QStringLiteral("NO"), QStringLiteral("UA"), QStringLiteral("TR"),
                                 QStringLiteral("MA"), QStringLiteral("JP"), QStringLiteral("BR")};
        for (const QString& code : eu + others) {
            const StateProfile* state = catalogue->state(code);
            QVERIFY2(state, qPrintable(code));
            QVERIFY2(!state->acceptedLanguages(QStringLiteral("mla")).isEmpty(), qPrintable(code));
        }
        // Holiday calendars where the issue requires them.
        for (const char* code : {"DE", "FR", "ES", "IT", "NL", "BE", "AT", "PL", "PT", "IE", "GB", "US"}) {
            const StateProfile* state = catalogue->state(QLatin1String(code));
            QVERIFY2(state->hasHolidayCalendar && state->holidays.size() >= 6, code);
        }
        // Denmark and Ireland are not bound by the EIO Directive (recitals 44 and 45).
        QVERIFY(!catalogue->state(QStringLiteral("DK"))->instruments.contains(QStringLiteral("eio")));
        QVERIFY(!catalogue->state(QStringLiteral("IE"))->instruments.contains(QStringLiteral("eio")));
        QVERIFY(catalogue->state(QStringLiteral("FR"))->instruments.contains(QStringLiteral("eio")));
    }

    void malformedFilesNameTheFileAndField_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not JSON") << "instruments/eio.json" << QByteArray("{\"key\": \"eio\",")
                                  << "eio.json: (top): not valid JSON";
        QTest::newRow("unknown period unit")
            << "instruments/eio.json"
            << edited(QStringLiteral(":/instruments/eio.json"),
                      [](QJsonObject& o) {
                          QJsonArray deadlines = o.value(QStringLiteral("deadlines")).toArray();
                          QJsonObject first = deadlines.at(1).toObject();
                          first.insert(QStringLiteral("period"),
                                       QJsonObject{{QStringLiteral("amount"), 30},
                                                   {QStringLiteral("unit"), QStringLiteral("fortnights")}});
                          deadlines.replace(1, first);
                          o.insert(QStringLiteral("deadlines"), deadlines);
                      })
            << "eio.json: deadlines[1].period.unit: must be hours, days, weeks or working-days";
        QTest::newRow("field that cannot be checked")
            << "instruments/mla.json"
            << edited(QStringLiteral(":/instruments/mla.json"),
                      [](QJsonObject& o) {
                          QJsonArray elements = o.value(QStringLiteral("elements")).toArray();
                          QJsonObject first = elements.at(0).toObject();
                          first.insert(QStringLiteral("field"), QStringLiteral("shoe_size"));
                          elements.replace(0, first);
                          o.insert(QStringLiteral("elements"), elements);
                      })
            << "mla.json: elements[0].field: \"shoe_size\" cannot be checked";
        QTest::newRow("missing citation")
            << "instruments/epoc.json"
            << edited(QStringLiteral(":/instruments/epoc.json"),
                      [](QJsonObject& o) { o.remove(QStringLiteral("citation")); })
            << "epoc.json: citation: missing";
        QTest::newRow("instrument file missing")
            << "instruments/cloud-act.json" << QByteArray() << "cloud-act";
        QTest::newRow("bad time zone")
            << "states/DE.json"
            << edited(QStringLiteral(":/states/DE.json"),
                      [](QJsonObject& o) {
                          o.insert(QStringLiteral("timeZone"), QStringLiteral("Europe/Atlantis"));
                      })
            << "DE.json: timeZone: \"Europe/Atlantis\" is not an IANA time zone";
        QTest::newRow("bad holiday") << "states/FR.json"
                                     << edited(QStringLiteral(":/states/FR.json"),
                                               [](QJsonObject& o) {
                                                   QJsonArray holidays =
                                                       o.value(QStringLiteral("holidays")).toArray();
                                                   holidays.append(QJsonObject{
                                                       {QStringLiteral("name"), QStringLiteral("Nonsense")},
                                                       {QStringLiteral("month"), 2},
                                                       {QStringLiteral("day"), 30}});
                                                   o.insert(QStringLiteral("holidays"), holidays);
                                               })
                                     << "FR.json: holidays[";
        QTest::newRow("code does not match the file")
            << "states/IT.json"
            << edited(QStringLiteral(":/states/IT.json"),
                      [](QJsonObject& o) { o.insert(QStringLiteral("code"), QStringLiteral("FR")); })
            << "IT.json: code: \"FR\" does not match the file name";
    }
    void malformedFilesNameTheFileAndField() {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        CatalogueCopy copy;
        if (content.isEmpty())
            QVERIFY(QFile::remove(copy.dir.filePath(file)));
        else
            copy.write(file, content);
        const auto loaded = copy.load();
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, ErrorCode::Damaged);
        QVERIFY2(loaded.error().message.contains(expected), qPrintable(loaded.error().message));
    }

    void theCopyOfTheShippedCatalogueLoads() {
        CatalogueCopy copy;
        const auto loaded = copy.load();
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
        QCOMPARE(loaded->fingerprint(), Catalogue::shipped()->fingerprint());
    }

    void stateProfilesRoundTripThroughJson() {
        for (const StateProfile& state : Catalogue::shipped()->states()) {
            const QByteArray json = QJsonDocument(stateProfileToJson(state)).toJson();
            auto back = stateProfileFromJson(json, state.code);
            QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
            QCOMPARE(back.value(), state);
        }
    }

    void holidayRulesAsText() {
        // Every shipped rule survives text and back (the state editor's table).
        for (const StateProfile& state : Catalogue::shipped()->states())
            for (const HolidayRule& rule : state.holidays) {
                HolidayRule parsed = rule;
                parsed.kind = HolidayRule::Kind::Fixed;
                parsed.month = parsed.day = parsed.easterOffset = parsed.weekday = parsed.nth = 0;
                parsed.orthodox = false;
                const QString text = holidayRuleText(rule);
                QVERIFY2(parseHolidayRule(text, &parsed), qPrintable(state.code + QLatin1Char(' ') + text));
                QVERIFY2(parsed == rule, qPrintable(state.code + QLatin1Char(' ') + text));
            }
        HolidayRule rule;
        QVERIFY(parseHolidayRule(QStringLiteral("last mon may"), &rule));
        QCOMPARE(rule.nth, -1);
        QCOMPARE(rule.month, 5);
        QVERIFY(parseHolidayRule(QStringLiteral("Orthodox Easter + 1"), &rule));
        QVERIFY(rule.orthodox);
        QCOMPARE(rule.easterOffset, 1);
        QVERIFY(!parseHolidayRule(QStringLiteral("02-30"), &rule));
        QVERIFY(!parseHolidayRule(QStringLiteral("every Friday"), &rule));
    }

    void aUsersStateLivesInTheRegister() {
        test::TestRegister t;
        auto session = Workspace::start(t.reg()).value();
        QVERIFY(session->exchange().importData(test::sampleData()));
        StateProfile ireland = *Catalogue::shipped()->state(QStringLiteral("IE"));
        ireland.holidays.append({QStringLiteral("Office closure"), HolidayRule::Kind::Fixed, 12, 29});
        ireland.centralAuthority.email = QStringLiteral("mla@justice.example");
        QVERIFY(session->references().saveStateProfile(ireland));
        auto catalogue = session->references().catalogue();
        QVERIFY(catalogue.ok());
        QVERIFY(catalogue->state(QStringLiteral("IE"))->edited);
        QCOMPARE(catalogue->state(QStringLiteral("IE"))->centralAuthority.email,
                 QStringLiteral("mla@justice.example"));
        // The shipped file is as it was.
        QVERIFY(Catalogue::shipped()->state(QStringLiteral("IE"))->centralAuthority.email !=
                ireland.centralAuthority.email);
        // An invalid profile is refused and nothing changes.
        StateProfile broken = ireland;
        broken.timeZone = QStringLiteral("Mars/Olympus");
        QCOMPARE(session->references().saveStateProfile(broken).error().code, ErrorCode::InvalidInput);
        QCOMPARE(session->references().catalogue()->state(QStringLiteral("IE"))->timeZone, ireland.timeZone);
        // Back to the shipped version.
        QVERIFY(session->references().resetStateProfile(QStringLiteral("IE")));
        QVERIFY(!session->references().catalogue()->state(QStringLiteral("IE"))->edited);
        // Audited.
        auto entries = session->audit().entries();
        QVERIFY(entries.ok());
        bool found = false;
        for (const AuditEntry& e : entries.value())
            found = found || e.object == QLatin1String("state-profile:IE");
        QVERIFY(found);
    }

    void registerStatesWithoutACatalogueFileCountWeekendsOnly() {
        test::TestRegister t;
        auto session = Workspace::start(t.reg()).value();
        QVERIFY(session->references().saveState({QStringLiteral("XK"),
                                                 QStringLiteral("Kosovo"),
                                                 {QStringLiteral("sq")},
                                                 QStringLiteral("Europe/Belgrade"),
                                                 QString()}));
        auto catalogue = session->references().catalogue();
        QVERIFY(catalogue.ok());
        const StateProfile* kosovo = catalogue->state(QStringLiteral("XK"));
        QVERIFY(kosovo);
        QCOMPARE(kosovo->timeZone, QStringLiteral("Europe/Belgrade"));
        QVERIFY(!kosovo->hasHolidayCalendar);
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
