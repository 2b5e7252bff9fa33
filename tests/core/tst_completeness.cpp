// Completeness against each instrument's required elements (issue: legal
// instruments, item 4), and the refusal to approve or send an incomplete request.
#include "SampleData.h"
#include "TestRegister.h"
#include "domain/Instrument.h"
#include "rules/Catalogue.h"
#include "rules/Completeness.h"
#include "services/DeadlineService.h"
#include "services/ExchangeService.h"
#include "services/RequestService.h"
#include "services/Session.h"
#include "services/TranslationService.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "storage/SqlCipherRequestRepository.h"

#include <QStandardPaths>
#include <QTest>

using namespace mladesk;

namespace {

const InstrumentRules& rules(const char* key) {
    const InstrumentRules* found = Catalogue::shipped()->instrument(QLatin1String(key));
    if (!found)
        qFatal("no instrument %s", key);
    return *found;
}

// A request that states everything any instrument asks for.
Request fullRequest(const QString& instrument) {
    Request r;
    r.id = QStringLiteral("00000000-0000-4000-8000-0000000000f1");
    r.reference = QStringLiteral("OUT-2026-0100");
    r.direction = QStringLiteral("outgoing");
    r.instrument = instrument;
    r.caseId = QStringLiteral("00000000-0000-4000-8000-000000000c01");
    r.status = QStringLiteral("draft");
    r.requestingState = QStringLiteral("DE");
    r.requestingAuthorityId = QStringLiteral("00000000-0000-4000-8000-000000000001");
    r.requestedState = QStringLiteral("FR");
    r.requestedAuthorityId = QStringLiteral("00000000-0000-4000-8000-000000000002");
    r.serviceProvider = QStringLiteral("Northwind Mail Ltd");
    r.summary = QStringLiteral("Subscriber and traffic data of the account used for the phishing wave");
    r.facts =
        QStringLiteral("Between 3 and 28 January 2026 the suspect sent phishing e-mails to 2,300 customers "
                       "of Berlin savings banks from the account below and withdrew EUR 48,000.");
    r.offence = QStringLiteral("computer fraud and phishing");
    r.legalQualification = QStringLiteral("Section 263a of the German Criminal Code (computer fraud)");
    r.assistanceSought =
        QStringLiteral("Disclose the subscriber data and the login IP addresses of the account.");
    r.measures = {QStringLiteral("production of stored computer data")};
    r.identifiers = {{QStringLiteral("email"), QStringLiteral("heinrich.phish@mail.example")}};
    r.dateRanges = {{QDate(2026, 1, 1), QDate(2026, 1, 31)}};
    // Subscriber data, or what the instrument asks for instead (Budapest
    // Art. 30 discloses traffic data only).
    const QStringList allowed = Catalogue::shipped()->instrument(instrument)->dataCategories;
    r.dataCategories = {allowed.isEmpty() || allowed.contains(QStringLiteral("subscriber"))
                            ? QStringLiteral("subscriber")
                            : allowed.first()};
    r.necessity =
        QStringLiteral("The data is necessary and proportionate: it is limited to one account and one "
                       "month, and there is no other way to identify the sender of the messages.");
    r.persons = {{QStringLiteral("Heinrich Zyxwvut"), QStringLiteral("suspect"), QDate(1988, 4, 2),
                  QStringLiteral("DE"), QStringLiteral("Berlin")}};
    r.procedures = QStringLiteral("Please do not inform the account holder and certify the records.");
    r.purpose =
        QStringLiteral("To identify and prosecute the sender of the phishing e-mails, a serious crime.");
    return r;
}

Case fullCase() {
    return {QStringLiteral("00000000-0000-4000-8000-000000000c01"),
            QStringLiteral("276 Js 1/26"),
            QStringLiteral("Phishing"),
            {QStringLiteral("computer fraud")},
            QStringLiteral("OStA Weber"),
            QDateTime::currentDateTimeUtc()};
}

QStringList ids(const QList<MissingElement>& missing) {
    QStringList result;
    for (const MissingElement& m : missing)
        result << m.element;
    return result;
}

} // namespace

class TestCompleteness : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aFullRequestIsCompleteUnderEveryInstrument_data() {
        QTest::addColumn<QString>("instrument");
        for (const InstrumentKey& key : instrumentKeys())
            QTest::newRow(qPrintable(key.key)) << key.key;
    }
    void aFullRequestIsCompleteUnderEveryInstrument() {
        QFETCH(QString, instrument);
        const Case kase = fullCase();
        const auto missing =
            checkCompleteness(fullRequest(instrument), *Catalogue::shipped()->instrument(instrument), &kase);
        QVERIFY2(missing.isEmpty(), qPrintable(ids(missing).join(u", ")));
    }

    void anEmptyRequestLacksEveryElementWithItsArticle_data() {
        aFullRequestIsCompleteUnderEveryInstrument_data();
    }
    void anEmptyRequestLacksEveryElementWithItsArticle() {
        QFETCH(QString, instrument);
        Request empty;
        empty.instrument = instrument;
        empty.direction = QStringLiteral("outgoing");
        const InstrumentRules& instrumentRules = *Catalogue::shipped()->instrument(instrument);
        const auto missing = checkCompleteness(empty, instrumentRules);
        int unconditional = 0;
        for (const RequiredElement& e : instrumentRules.elements)
            unconditional += e.when.urgencies.isEmpty() && e.when.dataCategories.isEmpty() &&
                                     e.when.options.isEmpty() && e.field != QLatin1String("reference")
                                 ? 1
                                 : 0;
        QVERIFY(missing.size() >= unconditional);
        QVERIFY(!isComplete(missing));
        for (const MissingElement& m : missing) {
            QVERIFY2(!m.article.isEmpty(), qPrintable(m.element));
            QCOMPARE(m.problem, QStringLiteral("missing"));
        }
    }

    void vagueAndMissingDataRequests() {
        // Regulation (EU) 2023/1543 Art. 5(5): an EPOC names the identifiers, the time range and the data
        // categories; a data request without identifiers or a date range is incomplete.
        Request r = fullRequest(QStringLiteral("epoc"));
        r.identifiers.clear();
        r.dateRanges.clear();
        r.facts = QStringLiteral("Phishing.");
        const auto missing = checkCompleteness(r, rules("epoc"));
        QStringList problems;
        for (const MissingElement& m : missing)
            problems << m.element + QLatin1Char('=') + m.problem + QLatin1Char('@') + m.article;
        QVERIFY2(problems.filter(QStringLiteral("identifiers=missing@Art. 5(5)")).size() == 1,
                 qPrintable(problems.join(u"; ")));
        QVERIFY2(problems.filter(QStringLiteral("=missing@Art. 5(5)(e)")).size() == 1,
                 qPrintable(problems.join(u"; ")));
        QVERIFY2(problems.filter(QStringLiteral("too-vague")).size() == 1, qPrintable(problems.join(u"; ")));
    }

    void noNecessityStatement() {
        // Directive 2014/41/EU Art. 6(1)(a): necessity and proportionality.
        Request r = fullRequest(QStringLiteral("eio"));
        r.necessity.clear();
        const auto missing = checkCompleteness(r, rules("eio"));
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.first().field, QStringLiteral("necessity"));
        QVERIFY(missing.first().article.contains(QStringLiteral("Art. 6(1)")));
    }

    void categoriesTheInstrumentCannotAskFor() {
        Request r = fullRequest(QStringLiteral("2ap-7"));
        r.dataCategories = {QStringLiteral("content")};
        // Art. 8(1): giving effect to orders for subscriber information and traffic data, not content.
        r.instrument = QStringLiteral("2ap-8");
        const auto missing = checkCompleteness(r, rules("2ap-8"));
        QStringList problems;
        for (const MissingElement& m : missing)
            problems << m.problem;
        QVERIFY2(problems.contains(QStringLiteral("not-allowed")), qPrintable(problems.join(u", ")));
    }

    void emergencyOnlyElements() {
        // Regulation (EU) 2023/1543 Art. 5(5)(g): the reasons for an emergency, only when it is one.
        Request r = fullRequest(QStringLiteral("epoc"));
        r.urgency = QStringLiteral("emergency");
        r.necessity.clear();
        const QStringList emergency = ids(checkCompleteness(r, rules("epoc")));
        r.urgency = QStringLiteral("normal");
        const QStringList normal = ids(checkCompleteness(r, rules("epoc")));
        QVERIFY(emergency.size() > normal.size());
    }

    void whereUntocSaysWherePossibleItIsAdvisory() {
        // UNTOC Art. 18(15)(e): the persons concerned "where possible".
        Request r = fullRequest(QStringLiteral("mla"));
        r.persons.clear();
        const Case kase = fullCase();
        const auto missing = checkCompleteness(r, rules("mla"), &kase);
        QCOMPARE(missing.size(), 1);
        QVERIFY(missing.first().advisory);
        QVERIFY(isComplete(missing));
    }

    void anIncompleteRequestIsNeitherApprovedNorSent() {
        test::TestRegister t;
        auto session = Workspace::start(t.reg()).value();
        QVERIFY(session->exchange().importData(test::sampleData()));
        Request draft =
            SqlCipherRequestRepository(t.reg().database()).find(QStringLiteral("OUT-2026-0002")).value();
        draft.identifiers.clear();
        QVERIFY(session->requests().update(draft));
        auto missing = session->deadlines().completeness(draft.reference);
        QVERIFY(missing.ok());
        QVERIFY(!isComplete(missing.value()));
        QVERIFY(session->requests().changeStatus(draft.reference, QStringLiteral("in-review")));
        QVERIFY(session->users().add(QStringLiteral("paula"), {roles::kProsecutor}, test::passphrase("paula"),
                                     KdfCost::interactive()));
        t.reg().lock();
        QVERIFY(t.reg().unlock(test::passphrase("paula"), QStringLiteral("paula")));
        auto paula = Workspace::start(t.reg()).value();
        const Status approval = paula->requests().approve(draft.reference, test::passphrase("paula"));
        QVERIFY(!approval);
        QCOMPARE(approval.error().code, ErrorCode::Conflict);
        QVERIFY2(approval.error().message.contains(QStringLiteral("Art. 5(5)")),
                 qPrintable(approval.error().message));
        QCOMPARE(SqlCipherRequestRepository(t.reg().database()).find(draft.reference)->status,
                 QStringLiteral("in-review"));
    }

    // A request leaves only in a language the receiving state accepts
    // (Regulation (EU) 2023/1543 Art. 5(5) for an EPOC; France accepts French
    // only, resources/states/FR.json): approval is refused while the document
    // is final in English only, and allowed once the texts are reviewed in
    // French.
    void aRequestIsApprovedOnlyInALanguageTheOtherSideAccepts() {
        test::TestRegister t;
        auto session = Workspace::start(t.reg()).value();
        QVERIFY(session->exchange().importData(test::sampleData()));
        Request draft =
            SqlCipherRequestRepository(t.reg().database()).find(QStringLiteral("OUT-2026-0002")).value();
        draft.requestedState = QStringLiteral("FR");
        QVERIFY(session->requests().update(draft));
        auto missing = session->deadlines().completeness(draft.reference);
        QVERIFY(missing.ok());
        const auto language = std::find_if(missing->begin(), missing->end(), [](const MissingElement& m) {
            return m.element == QLatin1String("document-language");
        });
        QVERIFY2(language != missing->end(), qPrintable(ids(missing.value()).join(u", ")));
        QVERIFY(language->message.contains(QStringLiteral("fr")));
        QCOMPARE(language->article,
                 Catalogue::shipped()->instrument(QStringLiteral("epoc"))->languageRule.article);
        QVERIFY(!isComplete(missing.value()));

        QVERIFY(session->requests().changeStatus(draft.reference, QStringLiteral("in-review")));
        QVERIFY(session->users().add(QStringLiteral("paula"), {roles::kProsecutor}, test::passphrase("paula"),
                                     KdfCost::interactive()));
        // A draft French text is not enough: reviewed only.
        auto texts = session->translations().translations(draft.reference);
        QVERIFY(texts);
        for (auto it = texts->sources.cbegin(); it != texts->sources.cend(); ++it)
            if (!it.value().isEmpty())
                QVERIFY(session->translations().set(draft.reference, it.key(), QStringLiteral("fr"),
                                                    QStringLiteral("FR: ") + it.value(),
                                                    QStringLiteral("draft")));
        QVERIFY(!isComplete(session->deadlines().completeness(draft.reference).value()));
        session.reset();
        t.reg().lock();
        QVERIFY(t.reg().unlock(test::passphrase("paula"), QStringLiteral("paula")));
        {
            auto paula = Workspace::start(t.reg()).value();
            const Status refused = paula->requests().approve(draft.reference, test::passphrase("paula"));
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, ErrorCode::Conflict);
            QVERIFY2(refused.error().message.contains(QStringLiteral("France")),
                     qPrintable(refused.error().message));
        }
        t.reg().lock();
        QVERIFY(t.reg().unlock(test::passphrase()));
        {
            auto officer = Workspace::start(t.reg()).value();
            for (auto it = texts->sources.cbegin(); it != texts->sources.cend(); ++it)
                if (!it.value().isEmpty())
                    QVERIFY(officer->translations().set(draft.reference, it.key(), QStringLiteral("fr"),
                                                        QStringLiteral("FR: ") + it.value(),
                                                        QStringLiteral("reviewed")));
            QVERIFY(isComplete(officer->deadlines().completeness(draft.reference).value()));
        }
        t.reg().lock();
        QVERIFY(t.reg().unlock(test::passphrase("paula"), QStringLiteral("paula")));
        auto paula = Workspace::start(t.reg()).value();
        const Status approved = paula->requests().approve(draft.reference, test::passphrase("paula"));
        QVERIFY2(approved, approved ? "" : qPrintable(approved.error().message));
    }
};

QTEST_GUILESS_MAIN(TestCompleteness)
#include "tst_completeness.moc"
