#include "SampleData.h"
#include "TestRegister.h"
#include "demo/DemoGenerator.h"
#include "documents/RequestDocument.h"
#include "interchange/InterchangeFormat.h"
#include "interchange/RegisterExchange.h"
#include "services/ExchangeService.h"
#include "services/RequestService.h"
#include "services/RetentionService.h"
#include "services/Session.h"
#include "services/TranslationService.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/SqlCipherAuditRepository.h"
#include "storage/SqlCipherRequestRepository.h"
#include "storage/SqlCipherRequestTextRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mladesk;

// A request's free texts per language (schema v5, docs/register.md
// "Translations"): storage, the rule of a changed source, roles, the audit
// trail, documents and the interchange format.
class TestRequestTexts : public QObject {
    Q_OBJECT
private:
    static inline const QString kRef = QStringLiteral("OUT-2026-0002"); // a draft EPOC, DE -> IE

    struct Office {
        test::TestRegister t;
        std::unique_ptr<Workspace> session; // tester's: administrator, liaison officer
        Office() {
            session = Workspace::start(t.reg()).value();
            if (!session->exchange().importData(test::sampleData()))
                qFatal("import failed");
            for (const auto& [name, role] :
                 {std::pair{"tom", roles::kTranslator}, std::pair{"ada", roles::kAuditor},
                  std::pair{"paula", roles::kProsecutor}})
                if (!session->users().add(QString::fromLatin1(name), {role}, test::passphrase(name),
                                          KdfCost::interactive()))
                    qFatal("addUser failed");
        }
        Workspace* as(const char* name) {
            session->end();
            session.reset();
            t.reg().lock();
            if (!t.reg().unlock(test::passphrase(name), QString::fromLatin1(name)))
                qFatal("unlock as %s failed", name);
            session = Workspace::start(t.reg()).value();
            return session.get();
        }
        QList<AuditEntry> entries(const QString& action) {
            QList<AuditEntry> found;
            for (const AuditEntry& e : SqlCipherAuditRepository(t.reg().database()).entries().value())
                if (e.action == action)
                    found << e;
            return found;
        }
    };

private slots:
    void setAndGetPerFieldAndLanguage() {
        Office o;
        auto before = o.session->translations().translations(kRef);
        QVERIFY(before);
        QCOMPARE(before->reference, kRef);
        QCOMPARE(before->texts.textLanguage, QString()); // not stated
        QCOMPARE(before->sourceLanguage(), QStringLiteral("en"));
        QVERIFY(before->texts.translations.isEmpty());
        QCOMPARE(before->sources.keys().size(), translatableFields().size());
        QCOMPARE(before->sources.value(QStringLiteral("summary")),
                 QStringLiteral("Produce the preserved mailbox data"));
        QCOMPARE(before->text(QStringLiteral("facts"), QStringLiteral("de")).status,
                 textstatus::kUntranslated);

        auto set = o.session->translations().set(
            kRef, QStringLiteral("facts"), QStringLiteral("de"),
            QStringLiteral("Der Verdächtige versandte Phishing-E-Mails."), textstatus::kDraft);
        QVERIFY2(set, qPrintable(set ? QString() : set.error().message));
        QCOMPARE(set->updatedBy, QStringLiteral("tester"));
        QVERIFY(set->updatedAt.isValid());
        QVERIFY(o.session->translations().set(kRef, QStringLiteral("summary"), QStringLiteral("de"),
                                              QStringLiteral("Herausgabe der gesicherten Postfachdaten"),
                                              textstatus::kReviewed));
        QVERIFY(o.session->translations().set(kRef, QStringLiteral("summary"), QStringLiteral("fr"),
                                              QStringLiteral("Produire les données"), textstatus::kDraft));
        auto after = o.session->translations().translations(kRef);
        QVERIFY(after);
        QCOMPARE(after->texts.translations.size(), 3);
        QCOMPARE(after->languages(), (QStringList{QStringLiteral("de"), QStringLiteral("fr")}));
        const RequestText facts = after->text(QStringLiteral("facts"), QStringLiteral("de"));
        QCOMPARE(facts.text, QStringLiteral("Der Verdächtige versandte Phishing-E-Mails."));
        QCOMPARE(facts.status, textstatus::kDraft);
        QVERIFY(!facts.sourceChanged);
        QCOMPARE(after->text(QStringLiteral("summary"), QStringLiteral("de")).status, textstatus::kReviewed);

        // Draft -> reviewed replaces the text; untranslated with no text removes it.
        QVERIFY(o.session->translations().set(
            kRef, QStringLiteral("facts"), QStringLiteral("de"),
            QStringLiteral("Der Verdächtige versandte Phishing-E-Mails an Kunden."), textstatus::kReviewed));
        QCOMPARE(o.session->translations()
                     .translations(kRef)
                     ->text(QStringLiteral("facts"), QStringLiteral("de"))
                     .status,
                 textstatus::kReviewed);
        QVERIFY(o.session->translations().set(kRef, QStringLiteral("summary"), QStringLiteral("fr"), {},
                                              textstatus::kUntranslated));
        QCOMPARE(o.session->translations().translations(kRef)->texts.translations.size(), 2);
        // The other request has none.
        QVERIFY(o.session->translations()
                    .translations(QStringLiteral("OUT-2026-0001"))
                    ->texts.translations.isEmpty());
    }

    void invalidTextsAreRefused_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown field") << "measures"
                                       << "de"
                                       << "x"
                                       << "draft"
                                       << "not a free-text field";
        QTest::newRow("no field") << ""
                                  << "de"
                                  << "x"
                                  << "draft"
                                  << "not a free-text field";
        QTest::newRow("not a language") << "facts"
                                        << "deu"
                                        << "x"
                                        << "draft"
                                        << "ISO 639-1";
        QTest::newRow("unknown language") << "facts"
                                          << "qq"
                                          << "x"
                                          << "draft"
                                          << "ISO 639-1";
        QTest::newRow("upper case") << "facts"
                                    << "DE"
                                    << "x"
                                    << "draft"
                                    << "ISO 639-1";
        QTest::newRow("source language") << "facts"
                                         << "en"
                                         << "x"
                                         << "draft"
                                         << "written in";
        QTest::newRow("unknown status") << "facts"
                                        << "de"
                                        << "x"
                                        << "final"
                                        << "not a status";
        QTest::newRow("reviewed and empty") << "facts"
                                            << "de"
                                            << " "
                                            << "reviewed"
                                            << "needs a text";
        QTest::newRow("draft and empty") << "facts"
                                         << "de"
                                         << ""
                                         << "draft"
                                         << "needs a text";
    }
    void invalidTextsAreRefused() {
        QFETCH(QString, field);
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, status);
        QFETCH(QString, says);
        Office o;
        auto set = o.session->translations().set(kRef, field, language, text, status);
        QVERIFY(!set);
        QCOMPARE(set.error().code, ErrorCode::InvalidInput);
        QVERIFY2(set.error().message.contains(says), qPrintable(set.error().message));
        QVERIFY(o.session->translations().translations(kRef)->texts.translations.isEmpty());
        QVERIFY(o.entries(QStringLiteral("translation")).isEmpty());
        // Nor on an unknown request.
        QCOMPARE(o.session->translations()
                     .set(QStringLiteral("OUT-1999-0001"), QStringLiteral("facts"), QStringLiteral("de"),
                          QStringLiteral("x"), textstatus::kDraft)
                     .error()
                     .code,
                 ErrorCode::NotFound);
    }

    void theTextLanguageIsStatedAndChecked() {
        Office o;
        QVERIFY(o.session->translations().set(kRef, QStringLiteral("facts"), QStringLiteral("de"),
                                              QStringLiteral("Text"), textstatus::kDraft));
        QVERIFY(!o.session->translations().setTextLanguage(kRef, QStringLiteral("xx")));
        // A request cannot be written in a language it has a translation into.
        const Status clash = o.session->translations().setTextLanguage(kRef, QStringLiteral("de"));
        QVERIFY(!clash);
        QCOMPARE(clash.error().code, ErrorCode::Conflict);
        QVERIFY(o.session->translations().setTextLanguage(kRef, QStringLiteral("fr")));
        auto texts = o.session->translations().translations(kRef);
        QCOMPARE(texts->texts.textLanguage, QStringLiteral("fr"));
        QCOMPARE(texts->sourceLanguage(), QStringLiteral("fr"));
        // Now English is a translation like any other, French is refused.
        QVERIFY(o.session->translations().set(kRef, QStringLiteral("facts"), QStringLiteral("en"),
                                              QStringLiteral("Text"), textstatus::kDraft));
        QVERIFY(!o.session->translations().set(kRef, QStringLiteral("facts"), QStringLiteral("fr"),
                                               QStringLiteral("Texte"), textstatus::kDraft));
        const QList<AuditEntry> changes = o.entries(QStringLiteral("change"));
        QVERIFY(!changes.isEmpty());
        QCOMPARE(changes.last().detail, QStringLiteral("fields: text_language (not stated -> fr)"));
        // Back to "not stated".
        QVERIFY(!o.session->translations().setTextLanguage(kRef, {})); // there is an English translation now
        QVERIFY(o.session->translations().set(kRef, QStringLiteral("facts"), QStringLiteral("en"), {},
                                              textstatus::kUntranslated));
        QVERIFY(o.session->translations().setTextLanguage(kRef, {}));
        QCOMPARE(o.session->translations().translations(kRef)->texts.textLanguage, QString());
        // A translator may not say what language the request is in.
        QCOMPARE(o.as("tom")->translations().setTextLanguage(kRef, QStringLiteral("de")).error().code,
                 ErrorCode::Forbidden);
    }

    void aReviewedTranslationIsADraftAgainWhenItsSourceChanges() {
        Office o;
        for (const char* field : {"facts", "offence", "purpose"})
            QVERIFY(o.session->translations().set(kRef, QString::fromLatin1(field), QStringLiteral("de"),
                                                  QStringLiteral("Übersetzung"), textstatus::kReviewed));
        QVERIFY(o.session->translations().set(kRef, QStringLiteral("necessity"), QStringLiteral("de"),
                                              QStringLiteral("Entwurf"), textstatus::kDraft));
        Request request = o.session->requests().view(kRef).value();
        request.facts += QStringLiteral(" Also in February.");
        request.necessity = QStringLiteral("Necessary, and proportionate.");
        request.summary = QStringLiteral("A new subject line"); // not translated: nothing to demote
        QVERIFY(o.session->requests().update(request));

        auto texts = o.session->translations().translations(kRef).value();
        const RequestText facts = texts.text(QStringLiteral("facts"), QStringLiteral("de"));
        QCOMPARE(facts.status, textstatus::kDraft);
        QVERIFY(facts.sourceChanged);
        QCOMPARE(facts.text, QStringLiteral("Übersetzung")); // the text stays for the translator to revise
        const RequestText necessity = texts.text(QStringLiteral("necessity"), QStringLiteral("de"));
        QCOMPARE(necessity.status, textstatus::kDraft);
        QVERIFY(necessity.sourceChanged); // a draft says its source moved on, too
        QCOMPARE(texts.text(QStringLiteral("offence"), QStringLiteral("de")).status, textstatus::kReviewed);
        QVERIFY(!texts.text(QStringLiteral("offence"), QStringLiteral("de")).sourceChanged);
        QCOMPARE(texts.text(QStringLiteral("purpose"), QStringLiteral("de")).status, textstatus::kReviewed);

        // Written to the register, and said in the change's audit entry.
        QCOMPARE(o.t.reg()
                     .database()
                     .queryInt(QStringLiteral("SELECT count(*) FROM request_texts WHERE status = 'reviewed'"))
                     .value(),
                 2);
        QVERIFY2(o.entries(QStringLiteral("change"))
                     .last()
                     .detail.endsWith(QStringLiteral("; translations back to draft: facts/de")),
                 qPrintable(o.entries(QStringLiteral("change")).last().detail));

        // Reviewing it again against the new source makes it final again.
        QVERIFY(o.session->translations().set(kRef, QStringLiteral("facts"), QStringLiteral("de"),
                                              QStringLiteral("Übersetzung, auch im Februar."),
                                              textstatus::kReviewed));
        const RequestText again =
            o.session->translations().translations(kRef)->text(QStringLiteral("facts"), QStringLiteral("de"));
        QCOMPARE(again.status, textstatus::kReviewed);
        QVERIFY(!again.sourceChanged);
    }

    void aStaleReviewIsReadAsDraftWhateverChangedTheSource() {
        // Even a change that went around the session reads as draft.
        Office o;
        QVERIFY(o.session->translations().set(kRef, QStringLiteral("facts"), QStringLiteral("de"),
                                              QStringLiteral("Übersetzung"), textstatus::kReviewed));
        QVERIFY(o.t.reg().database().exec(
            QStringLiteral("UPDATE requests SET facts = 'changed' WHERE reference = 'OUT-2026-0002'")));
        const RequestText facts =
            o.session->translations().translations(kRef)->text(QStringLiteral("facts"), QStringLiteral("de"));
        QCOMPARE(facts.status, textstatus::kDraft);
        QVERIFY(facts.sourceChanged);
    }

    void translatorsAndLiaisonOfficersMayAuditorsMayNot() {
        Office o;
        Workspace* tom = o.as("tom");
        QVERIFY(tom->translations().translations(kRef));
        auto drafted = tom->translations().set(kRef, QStringLiteral("facts"), QStringLiteral("de"),
                                               QStringLiteral("Entwurf"), textstatus::kDraft);
        QVERIFY2(drafted, qPrintable(drafted ? QString() : drafted.error().message));
        QVERIFY(tom->translations().set(kRef, QStringLiteral("facts"), QStringLiteral("de"),
                                        QStringLiteral("Geprüft"), textstatus::kReviewed));
        QCOMPARE(tom->translations()
                     .translations(kRef)
                     ->text(QStringLiteral("facts"), QStringLiteral("de"))
                     .updatedBy,
                 QStringLiteral("tom"));

        Workspace* ada = o.as("ada");
        QCOMPARE(ada->translations()
                     .set(kRef, QStringLiteral("facts"), QStringLiteral("de"), QStringLiteral("x"),
                          textstatus::kDraft)
                     .error()
                     .code,
                 ErrorCode::Forbidden);
        QCOMPARE(ada->translations().translations(kRef).error().code,
                 ErrorCode::Forbidden); // no content access

        // A prosecutor reads them but does not edit them.
        Workspace* paula = o.as("paula");
        QVERIFY(paula->translations().translations(kRef));
        QCOMPARE(paula->translations()
                     .set(kRef, QStringLiteral("facts"), QStringLiteral("de"), QStringLiteral("x"),
                          textstatus::kDraft)
                     .error()
                     .code,
                 ErrorCode::Forbidden);
        QCOMPARE(paula->translations()
                     .translations(kRef)
                     ->text(QStringLiteral("facts"), QStringLiteral("de"))
                     .text,
                 QStringLiteral("Geprüft"));
    }

    void everyChangeIsAuditedWithoutTheText() {
        Office o;
        Workspace* tom = o.as("tom");
        QVERIFY(tom->translations().set(kRef, QStringLiteral("facts"), QStringLiteral("de"),
                                        QStringLiteral("Geheimer Sachverhalt Zyxwvut"), textstatus::kDraft));
        QVERIFY(tom->translations().set(kRef, QStringLiteral("facts"), QStringLiteral("de"),
                                        QStringLiteral("Geheimer Sachverhalt Zyxwvut"),
                                        textstatus::kReviewed));
        QVERIFY(tom->translations().translations(kRef));
        const QList<AuditEntry> entries = o.entries(QStringLiteral("translation"));
        QCOMPARE(entries.size(), 2);
        const QString id = QStringLiteral("00000000-0000-4000-8000-0000000000a2");
        QCOMPARE(entries[0].user, QStringLiteral("tom"));
        QCOMPARE(entries[0].object, QStringLiteral("request:") + id);
        QCOMPARE(entries[0].detail, QStringLiteral("field facts, language de, untranslated -> draft"));
        QCOMPARE(entries[1].detail, QStringLiteral("field facts, language de, draft -> reviewed"));
        for (const AuditEntry& e : SqlCipherAuditRepository(o.t.reg().database()).entries().value())
            QVERIFY(!e.detail.contains(QStringLiteral("Zyxwvut")));
        // Reading them is a view of the request.
        const QList<AuditEntry> views = o.entries(QStringLiteral("view"));
        QCOMPARE(views.last().detail, QStringLiteral("translations"));
        QCOMPARE(views.last().object, QStringLiteral("request:") + id);
        QVERIFY(SqlCipherAuditRepository(o.t.reg().database()).verify().value().intact);
    }

    void aTranslationDoesNotWithdrawAnApproval() {
        // The approval covers the request's own text; the documents say DRAFT
        // until every text is reviewed in their language.
        Office o;
        const QString before = RequestService::contentHash(o.session->requests().view(kRef).value());
        QVERIFY(o.session->translations().set(kRef, QStringLiteral("facts"), QStringLiteral("de"),
                                              QStringLiteral("Text"), textstatus::kReviewed));
        QCOMPARE(RequestService::contentHash(o.session->requests().view(kRef).value()), before);
    }

    void thePurgeDestroysTheTranslations() {
        Office o;
        QVERIFY(o.session->translations().set(kRef, QStringLiteral("facts"), QStringLiteral("de"),
                                              QStringLiteral("Geheimer Sachverhalt"), textstatus::kReviewed));
        Workspace* paula = o.as("paula");
        auto purged = paula->retention().purge(kRef, QStringLiteral("retention ended"));
        QVERIFY2(purged, qPrintable(purged ? QString() : purged.error().message));
        QCOMPARE(o.t.reg().database().queryInt(QStringLiteral("SELECT count(*) FROM request_texts")).value(),
                 0);
    }

    void theDocumentInputCarriesThem() {
        Office o;
        QVERIFY(o.session->translations().setTextLanguage(kRef, QStringLiteral("de")));
        QVERIFY(o.session->translations().set(kRef, QStringLiteral("facts"), QStringLiteral("en"),
                                              QStringLiteral("The facts"), textstatus::kReviewed));
        QVERIFY(o.session->translations().set(kRef, QStringLiteral("offence"), QStringLiteral("en"),
                                              QStringLiteral("Fraud"), textstatus::kDraft));
        QVERIFY(o.session->translations().set(kRef, QStringLiteral("offence"), QStringLiteral("fr"),
                                              QStringLiteral("Fraude"), textstatus::kReviewed));
        auto input = requestDocumentInput(*o.session, kRef);
        QVERIFY2(input, qPrintable(input ? QString() : input.error().message));
        QCOMPARE(input->sourceLanguage, QStringLiteral("de"));
        QCOMPARE(input->translations.value(QStringLiteral("facts")).value(QStringLiteral("en")),
                 (TranslatedText{QStringLiteral("The facts"), textstatus::kReviewed}));
        QCOMPARE(input->translations.value(QStringLiteral("offence")).value(QStringLiteral("en")),
                 (TranslatedText{QStringLiteral("Fraud"), textstatus::kDraft}));
        QCOMPARE(input->translations.value(QStringLiteral("offence")).value(QStringLiteral("fr")).text,
                 QStringLiteral("Fraude"));
        QCOMPARE(input->translations.size(), 2);

        // A request that states nothing is in English, with no translations.
        auto other = requestDocumentInput(*o.session, QStringLiteral("OUT-2026-0001"));
        QVERIFY(other);
        QCOMPARE(other->sourceLanguage, QStringLiteral("en"));
        QVERIFY(other->translations.isEmpty());

        // A stale review reaches the document as a draft.
        Request request = o.session->requests().view(kRef).value();
        request.facts = QStringLiteral("Neuer Sachverhalt.");
        QVERIFY(o.session->requests().update(request));
        QCOMPARE(requestDocumentInput(*o.session, kRef)
                     ->translations.value(QStringLiteral("facts"))
                     .value(QStringLiteral("en"))
                     .status,
                 textstatus::kDraft);
    }

    void theyTravelInTheInterchangeFormat() {
        Office o;
        QVERIFY(o.session->translations().setTextLanguage(kRef, QStringLiteral("de")));
        QVERIFY(o.session->translations().set(kRef, QStringLiteral("facts"), QStringLiteral("en"),
                                              QStringLiteral("The facts"), textstatus::kReviewed));
        QVERIFY(o.session->translations().set(kRef, QStringLiteral("summary"), QStringLiteral("fr"),
                                              QStringLiteral("Objet"), textstatus::kDraft));
        QVERIFY(o.session->translations().set(kRef, QStringLiteral("purpose"), QStringLiteral("fr"),
                                              QStringLiteral("notes"), textstatus::kUntranslated));
        const QByteArray once = InterchangeFormat::write(o.session->exchange().exportData().value());

        const QJsonArray requests =
            QJsonDocument::fromJson(once).object()[QStringLiteral("requests")].toArray();
        const QJsonObject record = requests[1].toObject();
        QCOMPARE(record[QStringLiteral("reference")].toString(), kRef);
        QCOMPARE(record[QStringLiteral("text_language")].toString(), QStringLiteral("de"));
        const QJsonArray translations = record[QStringLiteral("translations")].toArray();
        QCOMPARE(translations.size(), 3);
        // Sorted by field, then language.
        QCOMPARE(translations[0].toObject()[QStringLiteral("field")].toString(), QStringLiteral("facts"));
        QCOMPARE(translations[1].toObject()[QStringLiteral("field")].toString(), QStringLiteral("purpose"));
        QCOMPARE(translations[2].toObject()[QStringLiteral("field")].toString(), QStringLiteral("summary"));
        QCOMPARE(translations[0].toObject()[QStringLiteral("source_sha256")].toString(),
                 sourceTextHash(o.session->requests().view(kRef)->facts));
        QVERIFY(requests[0].toObject()[QStringLiteral("text_language")].isNull());
        QCOMPARE(requests[0].toObject()[QStringLiteral("translations")].toArray().size(), 0);

        // Export -> import into a new register -> export: the same bytes.
        test::TestRegister second;
        auto data = InterchangeFormat::read(once);
        QVERIFY2(data, qPrintable(data ? QString() : data.error().message));
        QVERIFY(RegisterExchange::importAll(second.reg().database(), data.value()));
        const QByteArray twice =
            InterchangeFormat::write(RegisterExchange::exportAll(second.reg().database()).value());
        QVERIFY(twice == once);
    }

    void importedTranslationsAreCheckedAllOrNothing_data() {
        QTest::addColumn<QJsonValue>("translations");
        QTest::addColumn<QString>("says");
        const auto one = [](const char* field, const char* language, const char* status,
                            const char* text = "T") {
            return QJsonObject{{QStringLiteral("field"), QLatin1String(field)},
                               {QStringLiteral("language"), QLatin1String(language)},
                               {QStringLiteral("text"), QLatin1String(text)},
                               {QStringLiteral("status"), QLatin1String(status)}};
        };
        QTest::newRow("unknown field")
            << QJsonValue(QJsonArray{one("measures", "de", "draft")}) << "translations[0].field";
        QTest::newRow("bad language")
            << QJsonValue(QJsonArray{one("facts", "xx", "draft")}) << "translations[0].language";
        QTest::newRow("source language")
            << QJsonValue(QJsonArray{one("facts", "en", "draft")}) << "translations[0].language";
        QTest::newRow("bad status") << QJsonValue(QJsonArray{one("facts", "de", "done")})
                                    << "translations[0].status";
        QTest::newRow("empty reviewed")
            << QJsonValue(QJsonArray{one("facts", "de", "reviewed", "")}) << "translations[0].text";
        QTest::newRow("twice") << QJsonValue(
                                      QJsonArray{one("facts", "de", "draft"), one("facts", "de", "reviewed")})
                               << "translations[1].language";
        QJsonObject unknown = one("facts", "de", "draft");
        unknown[QStringLiteral("quality")] = 5;
        QTest::newRow("unknown key") << QJsonValue(QJsonArray{unknown}) << "translations[0].quality";
        QJsonObject badHash = one("facts", "de", "draft");
        badHash[QStringLiteral("source_sha256")] = QStringLiteral("abc");
        QTest::newRow("bad hash") << QJsonValue(QJsonArray{badHash}) << "translations[0].source_sha256";
        QTest::newRow("not a list") << QJsonValue(QStringLiteral("de")) << "translations: must be a list";
    }
    void importedTranslationsAreCheckedAllOrNothing() {
        QFETCH(QJsonValue, translations);
        QFETCH(QString, says);
        QJsonObject root = QJsonDocument::fromJson(InterchangeFormat::write(test::sampleData())).object();
        QJsonArray requests = root[QStringLiteral("requests")].toArray();
        QJsonObject record = requests[1].toObject();
        record[QStringLiteral("translations")] = translations;
        requests[1] = record;
        root[QStringLiteral("requests")] = requests;
        auto data = InterchangeFormat::read(QJsonDocument(root).toJson());
        QVERIFY(!data);
        QVERIFY2(data.error().message.contains(says), qPrintable(data.error().message));
        QVERIFY(data.error().message.contains(QStringLiteral("OUT-2026-0002")));
    }

    void oldFilesAndMinimalTranslationsAreImported() {
        // A file without text_language and translations (written before them).
        QJsonObject root = QJsonDocument::fromJson(InterchangeFormat::write(test::sampleData())).object();
        QJsonArray requests = root[QStringLiteral("requests")].toArray();
        for (int i = 0; i < requests.size(); ++i) {
            QJsonObject record = requests[i].toObject();
            record.remove(QStringLiteral("text_language"));
            record.remove(QStringLiteral("translations"));
            requests[i] = record;
        }
        // And one with translations that say only what they must: a reviewed
        // one of the text in the file, and one reviewed against another source.
        QJsonObject record = requests[1].toObject();
        record[QStringLiteral("text_language")] = QStringLiteral("en");
        record[QStringLiteral("translations")] = QJsonArray{
            QJsonObject{{QStringLiteral("field"), QStringLiteral("facts")},
                        {QStringLiteral("language"), QStringLiteral("de")},
                        {QStringLiteral("text"), QStringLiteral("Sachverhalt")},
                        {QStringLiteral("status"), QStringLiteral("reviewed")}},
            QJsonObject{{QStringLiteral("field"), QStringLiteral("offence")},
                        {QStringLiteral("language"), QStringLiteral("de")},
                        {QStringLiteral("text"), QStringLiteral("Betrug")},
                        {QStringLiteral("status"), QStringLiteral("reviewed")},
                        {QStringLiteral("source_sha256"), sourceTextHash(QStringLiteral("another text"))}}};
        requests[1] = record;
        root[QStringLiteral("requests")] = requests;
        auto data = InterchangeFormat::read(QJsonDocument(root).toJson());
        QVERIFY2(data, qPrintable(data ? QString() : data.error().message));
        test::TestRegister t;
        QVERIFY(RegisterExchange::importAll(t.reg().database(), data.value()));
        Database& db = t.reg().database();
        const Request request = SqlCipherRequestRepository(db).find(kRef).value();
        const RequestTexts texts = SqlCipherRequestTextRepository(db).find(request).value();
        QCOMPARE(texts.textLanguage, QStringLiteral("en"));
        QCOMPARE(texts.translations.size(), 2);
        QCOMPARE(texts.translations[0].status, textstatus::kReviewed);
        QCOMPARE(texts.translations[0].sourceHash, sourceTextHash(request.facts));
        QVERIFY(texts.translations[0].updatedAt.isValid());
        QCOMPARE(texts.translations[1].status, textstatus::kDraft); // its source was another text
        QVERIFY(texts.translations[1].sourceChanged);
        const Request other = SqlCipherRequestRepository(db).find(QStringLiteral("OUT-2026-0001")).value();
        QVERIFY(SqlCipherRequestTextRepository(db).find(other).value().isEmpty());
    }

    void theDemoSaysItIsInEnglish() {
        const InterchangeData data =
            DemoGenerator(7, QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC)).generate(50);
        QCOMPARE(data.texts.size(), data.requests.size());
        for (const Request& r : data.requests)
            QCOMPARE(data.texts.value(r.id).textLanguage, QStringLiteral("en"));
        test::TestRegister t;
        QVERIFY(RegisterExchange::importAll(t.reg().database(), data));
        QCOMPARE(t.reg()
                     .database()
                     .queryInt(QStringLiteral("SELECT count(*) FROM requests WHERE text_language = 'en'"))
                     .value(),
                 50);
    }

    void aFailingTextRollsTheWholeImportBack() {
        // Checked before writing; and if one slips through, the transaction goes.
        test::TestRegister t;
        InterchangeData data = test::sampleData();
        RequestText bad;
        bad.field = QStringLiteral("facts");
        bad.language = QStringLiteral("de");
        bad.status = QStringLiteral("final");
        data.texts[data.requests[1].id].translations << bad;
        auto imported = RegisterExchange::importAll(t.reg().database(), data);
        QVERIFY(!imported);
        QVERIFY2(imported.error().message.contains(QStringLiteral("translations[0].status")),
                 qPrintable(imported.error().message));
        QCOMPARE(t.reg().database().queryInt(QStringLiteral("SELECT count(*) FROM requests")).value(), 0);

        InterchangeData orphan = test::sampleData();
        orphan.texts[QStringLiteral("00000000-0000-4000-8000-0000000000ff")].textLanguage =
            QStringLiteral("de");
        QVERIFY(!RegisterExchange::importAll(t.reg().database(), orphan));
        QCOMPARE(t.reg().database().queryInt(QStringLiteral("SELECT count(*) FROM requests")).value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRequestTexts)
#include "tst_requesttexts.moc"
