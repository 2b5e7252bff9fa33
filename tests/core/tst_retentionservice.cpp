#include "SampleData.h"
#include "TestOffice.h"
#include "services/ChangeEvents.h"
#include "services/RetentionService.h"
#include "services/Session.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/Register.h"
#include "storage/SqlCipherAuditRepository.h"
#include "storage/SqlCipherRetentionRepository.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace mladesk;

// RetentionService through the ServiceGuard: a refused role changes nothing
// and writes no audit entry; a decision is announced after its commit (a
// second connection already sees it), and a failed action announces nothing.
class TestRetentionService : public QObject {
    Q_OBJECT
private:
    static const QString kRequest; // OUT-2026-0001 of the sample data

    static qint64 auditCount(test::Office& office) {
        auto entries = SqlCipherAuditRepository(office.t.reg().database()).entries();
        return entries ? entries->size() : -1;
    }
    static QString file(test::Office& office, const QString& name, const QByteArray& content) {
        const QString path = office.t.scratch(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    static qsizetype storedFiles(test::Office& office) {
        return QDir(office.t.reg().attachmentsPath()).entryList(QDir::Files).size();
    }

private slots:
    void aRefusedRoleChangesNothingAndWritesNoAuditEntry() {
        test::Office office;
        auto kept =
            office.session->retention().addAttachment(kRequest, file(office, QStringLiteral("a.txt"), "a"));
        QVERIFY(kept);
        office.addUser("tom", roles::kTranslator);
        Workspace* tom = office.as("tom");
        const qint64 entries = auditCount(office);
        const qsizetype files = storedFiles(office);
        QSignalSpy retention(&tom->events(), &ChangeEvents::retentionChanged);
        QSignalSpy audited(&tom->events(), &ChangeEvents::auditAppended);
        const QDateTime until = QDateTime::currentDateTimeUtc().addDays(400);

        QCOMPARE(
            tom->retention().addAttachment(kRequest, file(office, QStringLiteral("b.txt"), "b")).error().code,
            ErrorCode::Forbidden);
        QCOMPARE(tom->retention().set(kRequest, {until, {}, {}, QStringLiteral("x"), -1}).error().code,
                 ErrorCode::Forbidden);
        QCOMPARE(tom->retention().extend(kRequest, until, QStringLiteral("x")).error().code,
                 ErrorCode::Forbidden);
        QCOMPARE(tom->retention().purge(kRequest, QStringLiteral("x")).error().code, ErrorCode::Forbidden);

        QCOMPARE(auditCount(office), entries);
        QCOMPARE(storedFiles(office), files);
        QCOMPARE(retention.count(), 0);
        QCOMPARE(audited.count(), 0);
        QVERIFY(!tom->retention().current(kRequest).value().has_value());
        QCOMPARE(tom->retention().attachments(kRequest)->size(), 1);
        QCOMPARE(tom->retention().attachments(kRequest)->first().hasKey, true);
    }

    void readsNeedTheRightToReadContent() {
        test::Office office;
        auto added =
            office.session->retention().addAttachment(kRequest, file(office, QStringLiteral("a.txt"), "a"));
        QVERIFY(added);
        office.addUser("ada", roles::kAuditor);
        Workspace* ada = office.as("ada");
        const qint64 entries = auditCount(office);
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        QCOMPARE(ada->retention().readAttachment(added->id, sink).error().code, ErrorCode::Forbidden);
        QVERIFY(sink.data().isEmpty());
        QCOMPARE(ada->retention().attachments(kRequest).error().code, ErrorCode::Forbidden);
        QCOMPARE(ada->retention().current(kRequest).error().code, ErrorCode::Forbidden);
        QCOMPARE(ada->retention().reviews(kRequest).error().code, ErrorCode::Forbidden);
        QCOMPARE(ada->retention().sunsets(-1).error().code, ErrorCode::Forbidden);
        QCOMPARE(auditCount(office), entries); // not even the "list" of sunsets
    }

    void aDecisionIsAnnouncedAfterItsCommit() {
        test::Office office;
        QStringList announced;
        bool committedWhenAnnounced = false;
        connect(&office.session->events(), &ChangeEvents::retentionChanged, this,
                [&](const QString& requestId) {
                    announced << requestId;
                    auto db = office.t.reg().openConnection();
                    QVERIFY(db);
                    auto current = SqlCipherRetentionRepository(*db.value()).current(requestId);
                    committedWhenAnnounced = current && current->has_value();
                });
        QSignalSpy deadlines(&office.session->events(), &ChangeEvents::deadlinesChanged);
        QSignalSpy requests(&office.session->events(), &ChangeEvents::requestChanged);

        const QDateTime until = QDateTime::currentDateTimeUtc().addDays(400);
        auto set =
            office.session->retention().set(kRequest, {until, {}, {}, QStringLiteral("case decision"), -1});
        QVERIFY2(set, qPrintable(set ? QString() : set.error().message));

        QCOMPARE(announced, QStringList{set->requestId});
        QVERIFY(committedWhenAnnounced);
        // The retention-end deadline follows, and with it the request's next due date.
        QCOMPARE(deadlines.count(), 1);
        QCOMPARE(requests.count(), 1);
    }

    void aFailedActionAnnouncesNothing() {
        test::Office office;
        const qint64 entries = auditCount(office);
        const qsizetype files = storedFiles(office);
        QSignalSpy retention(&office.session->events(), &ChangeEvents::retentionChanged);
        QSignalSpy audited(&office.session->events(), &ChangeEvents::auditAppended);

        QVERIFY(!office.session->retention().addAttachment(kRequest,
                                                           office.t.scratch(QStringLiteral("missing"))));
        QCOMPARE(office.session->retention()
                     .extend(kRequest, QDateTime::currentDateTimeUtc().addDays(9), QStringLiteral("x"))
                     .error()
                     .code,
                 ErrorCode::NotFound); // no retention to extend yet
        QCOMPARE(office.session->retention().set(QStringLiteral("OUT-1999-9999"), {}).error().code,
                 ErrorCode::NotFound);

        QCOMPARE(retention.count(), 0);
        QCOMPARE(audited.count(), 0);
        QCOMPARE(auditCount(office), entries);
        QCOMPARE(storedFiles(office), files);
    }
};

const QString TestRetentionService::kRequest = QStringLiteral("OUT-2026-0001");

QTEST_GUILESS_MAIN(TestRetentionService)
#include "tst_retentionservice.moc"
