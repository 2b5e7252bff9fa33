#include "TestOffice.h"
#include "services/ChangeEvents.h"
#include "services/Session.h"
#include "services/TranslationService.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/Register.h"
#include "storage/SqlCipherAuditRepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace mladesk;

// TranslationService through the ServiceGuard: a refused role changes nothing
// and writes no audit entry; a change is announced after its commit (a second
// connection already sees it), and a failed one announces nothing.
class TestTranslationService : public QObject {
    Q_OBJECT
private:
    static inline const QString kRef = QStringLiteral("OUT-2026-0002"); // a draft of the sample data

    static qint64 auditCount(test::Office& office) {
        auto entries = SqlCipherAuditRepository(office.t.reg().database()).entries();
        return entries ? entries->size() : -1;
    }
    // What a second connection sees: only what was committed.
    static qint64 committedTexts(test::Office& office) {
        auto other = office.t.reg().openConnection();
        if (!other)
            return -1;
        auto count = other.value()->queryInt(QStringLiteral("SELECT count(*) FROM request_texts"));
        return count ? count.value() : -1;
    }

private slots:
    void aRefusedRoleChangesNothingAndWritesNoAuditEntry() {
        test::Office office;
        office.addUser("ada", roles::kAuditor); // no content access
        Workspace* ada = office.as("ada");
        const qint64 entries = auditCount(office);
        QSignalSpy translations(&ada->events(), &ChangeEvents::translationsChanged);
        QSignalSpy audited(&ada->events(), &ChangeEvents::auditAppended);

        QCOMPARE(ada->translations().translations(kRef).error().code, ErrorCode::Forbidden);
        QCOMPARE(ada->translations()
                     .set(kRef, QStringLiteral("facts"), QStringLiteral("de"), QStringLiteral("Sachverhalt"),
                          QStringLiteral("draft"))
                     .error()
                     .code,
                 ErrorCode::Forbidden);
        QCOMPARE(ada->translations().setTextLanguage(kRef, QStringLiteral("de")).error().code,
                 ErrorCode::Forbidden);

        QCOMPARE(auditCount(office), entries); // not even the refused view
        QCOMPARE(committedTexts(office), 0);
        QCOMPARE(translations.count(), 0);
        QCOMPARE(audited.count(), 0);
    }

    void aChangeIsAnnouncedAfterItsCommit() {
        test::Office office;
        const QString id = office.session->translations().translations(kRef)->requestId;
        QList<qint64> seen;
        QSignalSpy translations(&office.session->events(), &ChangeEvents::translationsChanged);
        connect(&office.session->events(), &ChangeEvents::translationsChanged, this,
                [&] { seen << committedTexts(office); });

        QVERIFY(office.session->translations().set(kRef, QStringLiteral("facts"), QStringLiteral("de"),
                                                   QStringLiteral("Sachverhalt"), QStringLiteral("draft")));
        QCOMPARE(translations.count(), 1);
        QCOMPARE(translations.first().first().toString(), id);
        QCOMPARE(seen, QList<qint64>{1});

        // Refused by the repository (the request has a German text now): rolled
        // back, nothing announced, no entry.
        const qint64 entries = auditCount(office);
        QVERIFY(!office.session->translations().setTextLanguage(kRef, QStringLiteral("de")));
        QCOMPARE(translations.count(), 1);
        QCOMPARE(auditCount(office), entries);

        QVERIFY(office.session->translations().setTextLanguage(kRef, QStringLiteral("fr")));
        QCOMPARE(translations.count(), 2);
        QCOMPARE(translations.last().first().toString(), id);
    }

    void aViewIsRecordedButChangesNothing() {
        test::Office office;
        QSignalSpy translations(&office.session->events(), &ChangeEvents::translationsChanged);
        QSignalSpy audited(&office.session->events(), &ChangeEvents::auditAppended);
        const qint64 entries = auditCount(office);
        QVERIFY(office.session->translations().translations(kRef));
        QCOMPARE(auditCount(office), entries + 1);
        QCOMPARE(audited.count(), 1);
        QCOMPARE(translations.count(), 0);
        // The stored texts of a request in hand: no entry of their own.
        Request request;
        request.id = office.session->translations().translations(kRef)->requestId;
        auto texts = office.session->translations().textsOf(request);
        QVERIFY(texts);
        QCOMPARE(auditCount(office), entries + 2);
    }
};

QTEST_GUILESS_MAIN(TestTranslationService)
#include "tst_translationservice.moc"
