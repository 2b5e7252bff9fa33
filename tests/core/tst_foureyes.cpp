#include "SampleData.h"
#include "TestOffice.h"
#include "access/ImportPolicy.h"
#include "bundle/BundleExporter.h"
#include "documents/RequestBundleDocuments.h"
#include "interchange/InterchangeFormat.h"
#include "interchange/RegisterExchange.h"
#include "services/AuditService.h"
#include "services/ExchangeService.h"
#include "services/RequestService.h"
#include "services/RetentionService.h"
#include "services/UserService.h"
#include "storage/Database.h"
#include "storage/SqlCipherRequestRepository.h"

#include <QFile>
#include <QTest>

using namespace mladesk;

// Four eyes hold on every path into the register (issue 15, item 1): an
// import never creates an approval that no prosecutor gave, and the register
// itself (schema v10) refuses "approved" or "sent" without one on record.
class TestFourEyes : public QObject {
    Q_OBJECT
private:
    // The sample data as another register would send it: its preservation
    // order "approved" (not sent), approved there by someone no one here knows.
    static InterchangeData foreignFile() {
        InterchangeData data = test::sampleData();
        for (Request& r : data.requests) {
            r.id.replace(QStringLiteral("0000-4000"), QStringLiteral("0000-4fff"));
            r.reference += QStringLiteral("-X");
            r.caseId.clear();
            r.links.clear();
        }
        data.requests[0].status = QStringLiteral("approved");
        data.requests[0].events.clear();
        data.accountability.clear();
        data.accountability[data.requests[0].id] = {QStringLiteral("mallory"),
                                                    {{QStringLiteral("mallory"),
                                                      QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC),
                                                      {},
                                                      RequestService::contentHash(data.requests[0]),
                                                      {},
                                                      {}}}};
        data.states.clear();
        data.authorities.clear();
        data.cases.clear();
        return data;
    }
    // The sample's draft, put in review by "tester" and approved by
    // "paula"; the session is tester's again. Returns its id.
    static QString approvedByPaula(test::Office& office) {
        office.addUser("paula", roles::kProsecutor);
        const QString id = test::sampleData().requests[1].id;
        if (!office.session->requests().changeStatus(id, QStringLiteral("in-review")) ||
            !office.as("paula")->requests().approve(id, test::passphrase("paula")))
            qFatal("the sample's draft was not approved");
        office.as("tester");
        return id;
    }
    static int approvalsOf(Database& db, const QString& requestId) {
        auto st = db.prepare(QStringLiteral("SELECT count(*) FROM approvals WHERE request_id = ?"));
        st->bind(1, requestId);
        (void)st->step();
        return int(st->integer(0));
    }

private slots:
    // (a) A liaison officer's import of an "approved" request: a draft,
    // theirs, no approval; a signed bundle of it is refused.
    void aLiaisonOfficersImportTakesNoApproval() {
        test::Office office;
        office.addUser("lou", roles::kLiaisonOfficer);
        Workspace* lou = office.as("lou");
        const InterchangeData file = foreignFile();
        auto imported = lou->exchange().importData(file);
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
        QVERIFY(!imported->restored);
        QVERIFY2(imported->adjustments.contains(QStringLiteral("OUT-2026-0001-X")),
                 qPrintable(imported->adjustments));
        QVERIFY(imported->adjustments.contains(QStringLiteral("1 approval(s) in the file were not taken")));
        Database& db = office.t.reg().database();
        const Request stored = SqlCipherRequestRepository(db).find(file.requests[0].id).value();
        QCOMPARE(stored.status, QStringLiteral("draft"));
        QCOMPARE(approvalsOf(db, stored.id), 0);
        QCOMPARE(lou->requests().drafterOf(stored.id).value(), QStringLiteral("lou"));
        auto bundle = bundle::BundleExporter::prepare(*lou, stored.id, requestBundleDocuments);
        QVERIFY(!bundle);
        QCOMPARE(bundle.error().code, ErrorCode::Conflict);
        // The audit trail says what kind of import it was and what it did not keep.
        auto entries = lou->audit().entries({QString(), QStringLiteral("import"), {}, {}, {}});
        QVERIFY(!entries); // a liaison officer does not read the trail
        Workspace* admin = office.as("tester");
        const auto imports =
            admin->audit().entries({QString(), QStringLiteral("import"), {}, {}, {}}).value();
        QVERIFY2(imports.last().detail.startsWith(QStringLiteral("new work:")),
                 qPrintable(imports.last().detail));
        QVERIFY(imports.last().detail.contains(QStringLiteral("came in as drafts")));
    }

    // (b) A prosecutor who imports a draft is its drafter: they cannot
    // approve it; another prosecutor can.
    void aProsecutorWhoImportsCannotApproveIt() {
        test::Office office;
        office.addUser("paula", roles::kProsecutor);
        office.addUser("petra", roles::kProsecutor);
        Workspace* paula = office.as("paula");
        InterchangeData file = foreignFile();
        file.requests[1].status = QStringLiteral("draft");
        QVERIFY(paula->exchange().importData(file));
        const QString id = file.requests[1].id;
        QVERIFY(paula->requests().changeStatus(id, QStringLiteral("in-review")));
        const Status own = paula->requests().approve(id, test::passphrase("paula"));
        QVERIFY(!own);
        QCOMPARE(own.error().code, ErrorCode::Forbidden);
        QVERIFY(own.error().message.contains(QStringLiteral("four eyes")));
        Workspace* petra = office.as("petra");
        QVERIFY(petra->requests().approve(id, test::passphrase("petra")));
    }

    // An administrator's import into an empty register restores it: every
    // status and approval as the file records them, each approval in the
    // trail as imported, and export -> import -> export byte-identical.
    void aRestoreKeepsApprovalsAndRoundTrips() {
        test::Office office;
        office.addUser("paula", roles::kProsecutor);
        // An approval given here, besides the one the sample data carries.
        Workspace* tester = office.as("tester");
        QVERIFY(
            tester->requests().changeStatus(QStringLiteral("OUT-2026-0002"), QStringLiteral("in-review")));
        Workspace* paula = office.as("paula");
        QVERIFY(paula->requests().approve(QStringLiteral("OUT-2026-0002"), test::passphrase("paula"),
                                          QStringLiteral("Go.")));
        const QByteArray first = InterchangeFormat::write(paula->exchange().exportData().value());
        QVERIFY(first.contains("\"approver\": \"paula\""));
        QVERIFY(first.contains("\"drafted_by\": \"tester\""));

        test::TestRegister target;
        auto restorer = Workspace::start(target.reg()).value();
        auto read = InterchangeFormat::read(first);
        QVERIFY(read);
        auto restored = restorer->exchange().importData(read.value());
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
        QVERIFY(restored->restored);
        QVERIFY2(restored->adjustments.isEmpty(), qPrintable(restored->adjustments));
        QCOMPARE(InterchangeFormat::write(restorer->exchange().exportData().value()), first);
        const auto carried =
            restorer->audit().entries({QString(), QStringLiteral("approval-imported"), {}, {}, {}}).value();
        QCOMPARE(carried.size(), 2); // the sample's sent order and OUT-2026-0002
        QVERIFY(carried.first().detail.contains(QStringLiteral("as the restored file records it")));
        // The restored approval is the one on record; it lets the request go
        // out once its approver is a prosecutor of this register.
        const QString id = test::sampleData().requests[1].id;
        auto approval = restorer->requests().currentApproval(id).value();
        QVERIFY(approval.has_value());
        QCOMPARE(approval->approver, QStringLiteral("paula"));
        QCOMPARE(approval->comment, QStringLiteral("Go."));
        const Request request = SqlCipherRequestRepository(target.reg().database()).find(id).value();
        const Status notYet = restorer->requests().requireApprovalToSend(request);
        QVERIFY(!notYet);
        QVERIFY2(notYet.error().message.contains(QStringLiteral("not a prosecutor of this register")),
                 qPrintable(notYet.error().message));
        QVERIFY(restorer->users().add(QStringLiteral("paula"), {roles::kProsecutor},
                                      test::passphrase("paula"), KdfCost::interactive()));
        QVERIFY(restorer->requests().requireApprovalToSend(request));
    }

    // A restore of a file that says "approved" without an approval on record
    // (an older export, or a forged one) brings that request in as a draft.
    void aRestoreWithoutTheApprovalTakesADraft() {
        test::TestRegister target;
        auto restorer = Workspace::start(target.reg()).value();
        InterchangeData file = test::sampleData();
        file.requests[1].status = QStringLiteral("approved");
        auto restored = restorer->exchange().importData(file);
        QVERIFY(restored);
        QVERIFY(restored->restored);
        QVERIFY(restored->adjustments.contains(QStringLiteral("OUT-2026-0002")));
        QCOMPARE(SqlCipherRequestRepository(target.reg().database()).find(file.requests[1].id)->status,
                 QStringLiteral("draft"));
        // The sent one keeps its status and its approval.
        QCOMPARE(SqlCipherRequestRepository(target.reg().database()).find(file.requests[0].id)->status,
                 QStringLiteral("sent"));
        QCOMPARE(approvalsOf(target.reg().database(), file.requests[0].id), 1);
    }

    // Schema v10: no path that writes the register stores "approved" or
    // moves to "sent" without an approval on record.
    void theRegisterRefusesAnApprovalThatNoOneGave() {
        test::Office office;
        Database& db = office.t.reg().database();
        const QString draft = test::sampleData().requests[1].id;
        QVERIFY(
            db.exec(QStringLiteral("UPDATE requests SET status = 'in-review' WHERE id = '%1'").arg(draft)));
        for (const char* status : {"approved", "sent", "executed"}) {
            const Status st = db.exec(QStringLiteral("UPDATE requests SET status = '%1' WHERE id = '%2'")
                                          .arg(QLatin1String(status), draft));
            QVERIFY2(!st, status);
            QVERIFY2(st.error().message.contains(QStringLiteral("four eyes")),
                     qPrintable(st.error().message));
        }
        // Nor by turning an incoming request into an outgoing one.
        QVERIFY(db.exec(
            QStringLiteral("UPDATE requests SET direction = 'incoming', status = 'executed' WHERE id = '%1'")
                .arg(draft)));
        const Status turned =
            db.exec(QStringLiteral("UPDATE requests SET direction = 'outgoing' WHERE id = '%1'").arg(draft));
        QVERIFY(!turned);
        QVERIFY(turned.error().message.contains(QStringLiteral("four eyes")));
        QVERIFY(db.exec(
            QStringLiteral("UPDATE requests SET direction = 'outgoing', status = 'in-review' WHERE id = '%1'")
                .arg(draft)));
        // Nor by an import that bypasses the session.
        InterchangeData file = foreignFile();
        file.accountability.clear();
        auto imported = RegisterExchange::importAll(db, file);
        QVERIFY(!imported);
        QVERIFY2(imported.error().message.contains(QStringLiteral("needs a prosecutor's approval on record")),
                 qPrintable(imported.error().message));
        // Nor by a raw insert: the trigger, not only the import's check.
        const Status raw =
            db.exec(QStringLiteral("INSERT INTO requests (id, reference, direction, instrument, status, "
                                   "urgency, requesting_state, requested_state, summary, created_at, "
                                   "updated_at) SELECT '00000000-0000-4000-8000-0000000000ee', 'RAW-1', "
                                   "'outgoing', instrument, 'approved', urgency, requesting_state, "
                                   "requested_state, summary, created_at, updated_at FROM requests "
                                   "WHERE id = '%1'")
                        .arg(draft));
        QVERIFY(!raw);
        QVERIFY2(raw.error().message.contains(QStringLiteral("four eyes")), qPrintable(raw.error().message));
        QCOMPARE(SqlCipherRequestRepository(db).find(draft)->status, QStringLiteral("in-review"));
    }

    // The import sets the insert trigger aside while it writes (it checks
    // the same rule itself) and brings it back, after a failed import too.
    void theTriggerIsBackAfterAnImport() {
        test::Office office;
        Database& db = office.t.reg().database();
        const QString count = QStringLiteral(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'requests_four_eyes_%'");
        QCOMPARE(db.queryInt(count).value(), 2);
        InterchangeData file = foreignFile();
        file.accountability.clear();
        QVERIFY(!RegisterExchange::importAll(db, file));
        QCOMPARE(db.queryInt(count).value(), 2);
        file.requests[0].status = QStringLiteral("in-review");
        file.requests.append(file.requests[0]); // the same id twice: refused before any write
        QVERIFY(!RegisterExchange::importAll(db, file));
        file.requests.removeLast();
        QVERIFY(RegisterExchange::importAll(db, file));
        QCOMPARE(db.queryInt(count).value(), 2);
        QVERIFY(!db.exec(QStringLiteral("UPDATE requests SET status = 'approved' WHERE id = '%1'")
                             .arg(file.requests[0].id)));
    }

    // A bundle is signed only for content a prosecutor approved: not for a
    // request whose status says so without an approval, nor for one changed
    // since its approval.
    void aBundleNeedsTheApprovalOfItsContent() {
        test::Office office;
        office.addUser("paula", roles::kProsecutor);
        Database& db = office.t.reg().database();
        const QString sent = test::sampleData().requests[0].id;
        QVERIFY(bundle::BundleExporter::prepare(*office.session, sent, requestBundleDocuments));
        // Changed after approval, while sent: refused.
        Request changed = SqlCipherRequestRepository(db).find(sent).value();
        changed.facts += QStringLiteral(" And one more thing.");
        QVERIFY(office.session->requests().update(changed));
        auto afterChange = bundle::BundleExporter::prepare(*office.session, sent, requestBundleDocuments);
        QVERIFY(!afterChange);
        QVERIFY2(afterChange.error().message.contains(QStringLiteral("changed after paula approved it")),
                 qPrintable(afterChange.error().message));
        // A sent request with no approval at all (a register from before v10).
        QVERIFY(db.exec(QStringLiteral("DELETE FROM approvals WHERE request_id = '%1'").arg(sent)));
        auto none = bundle::BundleExporter::prepare(*office.session, sent, requestBundleDocuments);
        QVERIFY(!none);
        QVERIFY2(none.error().message.contains(QStringLiteral("no prosecutor's approval is on record")),
                 qPrintable(none.error().message));
    }

    // A request with no drafter on record (imported before drafters were
    // recorded) takes as drafter whoever submits it for review.
    void whoeverSubmitsARequestWithoutDrafterDraftsIt() {
        test::Office office;
        office.addUser("paula", roles::kProsecutor);
        office.addUser("petra", roles::kProsecutor);
        const QString id = test::sampleData().requests[1].id;
        QVERIFY(office.t.reg().database().exec(QStringLiteral("UPDATE requests SET drafted_by = NULL")));
        Workspace* paula = office.as("paula");
        QVERIFY(paula->requests().changeStatus(id, QStringLiteral("in-review")));
        QCOMPARE(paula->requests().drafterOf(id).value(), QStringLiteral("paula"));
        QCOMPARE(paula->requests().approve(id, test::passphrase("paula")).error().code, ErrorCode::Forbidden);
        // In review with no drafter (submitted before this rule): refused, with what to do.
        QVERIFY(office.t.reg().database().exec(QStringLiteral("UPDATE requests SET drafted_by = NULL")));
        const Status unknown = paula->requests().approve(id, test::passphrase("paula"));
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().message.contains(QStringLiteral("No drafter is on record")),
                 qPrintable(unknown.error().message));
        Workspace* petra = office.as("petra");
        QVERIFY(petra->requests().changeStatus(id, QStringLiteral("draft")));
    }

    // A restore alone cannot make an approval that lets a request out: an
    // approver who is no prosecutor here, or who drafted it, does not count.
    void aMadeUpApprovalDoesNotLetARequestOut() {
        test::TestRegister target;
        auto alice = Workspace::start(target.reg()).value(); // the register's first user
        InterchangeData file = test::sampleData();
        file.accountability[file.requests[0].id].approvals.first().approver = QStringLiteral("carol");
        QVERIFY(alice->exchange().importData(file));
        auto refused = bundle::BundleExporter::prepare(*alice, file.requests[0].id, requestBundleDocuments);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("carol, who is not a prosecutor")),
                 qPrintable(refused.error().message));
        // Nor by their own hand: a sent request is not sent again either.
        const Status sendAgain =
            alice->requests().changeStatus(file.requests[0].id, QStringLiteral("acknowledged"));
        QVERIFY(sendAgain); // history moves on; only going out needs the approval
        // The drafter approving is not four eyes, even when made a prosecutor.
        QVERIFY(alice->users().add(QStringLiteral("carol"), {roles::kProsecutor}, test::passphrase("carol"),
                                   KdfCost::interactive()));
        QVERIFY(target.reg().database().exec(QStringLiteral("UPDATE requests SET drafted_by = 'carol'")));
        QVERIFY(!bundle::BundleExporter::prepare(*alice, file.requests[0].id, requestBundleDocuments));
    }

    // A prosecutor who changed the request since it was submitted cannot
    // approve it: they wrote part of it.
    void whoChangedItCannotApproveIt() {
        test::Office office;
        office.addUser("paula", roles::kProsecutor);
        office.addUser("petra", roles::kProsecutor);
        const QString id = test::sampleData().requests[1].id;
        QVERIFY(office.session->requests().changeStatus(id, QStringLiteral("in-review")));
        Workspace* paula = office.as("paula");
        Request r = SqlCipherRequestRepository(office.t.reg().database()).find(id).value();
        r.necessity += QStringLiteral(" The data is kept for 90 days only.");
        QVERIFY(paula->requests().update(r));
        const Status own = paula->requests().approve(id, test::passphrase("paula"));
        QVERIFY(!own);
        QVERIFY2(own.error().message.contains(QStringLiteral("changed request")),
                 qPrintable(own.error().message));
        Workspace* petra = office.as("petra");
        QVERIFY(petra->requests().approve(id, test::passphrase("petra")));
    }

    // Sending records when the request was sent (issue 21, item 11): the
    // event "sent" at the moment given (it may be before the request was
    // recorded), never in the future; a refused time changes nothing.
    void sendingRecordsWhenItWasSent() {
        test::Office office;
        const QString id = approvedByPaula(office);
        SqlCipherRequestRepository requests(office.t.reg().database());
        const Status future = office.session->requests().changeStatus(
            id, QStringLiteral("sent"), QDateTime::currentDateTimeUtc().addDays(2));
        QCOMPARE(future.error().code, ErrorCode::InvalidInput);
        QCOMPARE(requests.find(id)->status, QStringLiteral("approved")); // all or nothing
        const QDateTime lastWeek = QDateTime(QDate::currentDate().addDays(-7), QTime(9, 30), Qt::UTC);
        QVERIFY(office.session->requests().changeStatus(id, QStringLiteral("sent"), lastWeek));
        const Request sent = requests.find(id).value();
        QCOMPARE(sent.status, QStringLiteral("sent"));
        QVERIFY(sent.events.contains(RequestEvent{QStringLiteral("sent"), lastWeek}));
    }

    // Withdrawing a request withdraws its approval: it does not go out later.
    void aWithdrawnRequestDoesNotGoOut() {
        test::Office office;
        const QString id = approvedByPaula(office);
        Workspace* tester = office.session.get();
        QVERIFY(tester->requests().changeStatus(id, QStringLiteral("withdrawn")));
        QVERIFY(tester->requests().currentApproval(id)->value().withdrawnAt.isValid());
        QVERIFY(tester->requests().changeStatus(id, QStringLiteral("closed")));
        QVERIFY(!bundle::BundleExporter::prepare(*tester, id, requestBundleDocuments));
        // A new outgoing request cannot start past approval either.
        Request fresh = test::sampleData().requests[1];
        fresh.id = QStringLiteral("00000000-0000-4000-8000-0000000000d1");
        fresh.reference = QStringLiteral("OUT-2026-0031");
        fresh.status = QStringLiteral("approved");
        QCOMPARE(tester->requests().create(fresh).error().code, ErrorCode::Conflict);
    }

    // A file added to an approved request would go out with it: the approval
    // is withdrawn, as for a change of its text.
    void anAttachmentAddedAfterApprovalWithdrawsIt() {
        test::Office office;
        const QString id = approvedByPaula(office);
        Workspace* tester = office.session.get();
        const QString file = office.t.scratch(QStringLiteral("late.txt"));
        QFile late(file);
        QVERIFY(late.open(QIODevice::WriteOnly) && late.write("added after approval\n") > 0);
        late.close();
        QVERIFY(tester->retention().addAttachment(id, file));
        QCOMPARE(SqlCipherRequestRepository(office.t.reg().database()).find(id)->status,
                 QStringLiteral("draft"));
        QVERIFY(tester->requests().currentApproval(id)->value().withdrawnAt.isValid());
        const auto withdrawn =
            tester->audit().entries({QString(), QStringLiteral("approval-withdrawn"), {}, {}, {}}).value();
        QVERIFY(!withdrawn.isEmpty());
        QVERIFY(withdrawn.last().detail.contains(QStringLiteral("attachment added after approval")));
    }

    // The current approval is the one not withdrawn, whatever the dates say.
    void theCurrentApprovalIsTheOneNotWithdrawn() {
        test::Office office;
        const QString sent = test::sampleData().requests[0].id;
        QVERIFY(office.t.reg().database().exec(
            QStringLiteral("INSERT INTO approvals (request_id, approver, at, content_hash, withdrawn_at, "
                           "withdrawn_by) VALUES ('%1', 'mallory', '2099-01-01T00:00:00Z', 'x', "
                           "'2099-01-02T00:00:00Z', 'mallory')")
                .arg(sent)));
        QCOMPARE(office.session->requests().currentApproval(sent)->value().approver, QStringLiteral("paula"));
    }

    // The file's approvals are checked like every other field.
    void approvalsInAFileAreChecked() {
        InterchangeData file = test::sampleData();
        file.accountability[file.requests[0].id].approvals.append(
            {QStringLiteral("paula"),
             QDateTime(QDate(2026, 1, 31), QTime(17, 0), Qt::UTC),
             {},
             RequestService::contentHash(file.requests[0]),
             {},
             {}});
        test::TestRegister target;
        auto twoCurrent = RegisterExchange::importAll(target.reg().database(), file);
        QVERIFY(!twoCurrent);
        QVERIFY(twoCurrent.error().message.contains(QStringLiteral("more than one approval is current")));
        QByteArray json = InterchangeFormat::write(test::sampleData());
        json.replace(RequestService::contentHash(test::sampleData().requests[0]).toLatin1(),
                     QByteArray(64, 'X'));
        json.replace("\"withdrawn_by\": null", "\"withdrawn_by\": \"someone\"");
        auto read = InterchangeFormat::read(json);
        QVERIFY(!read);
        QVERIFY2(
            read.error().message.contains(QStringLiteral("approvals[0].content_sha256: must be a SHA-256")),
            qPrintable(read.error().message));
        QVERIFY(read.error().message.contains(QStringLiteral("approvals[0].withdrawn_by: withdrawn_at and")));
        // An incoming request is not approved.
        InterchangeData incoming = test::sampleData();
        incoming.requests[0].direction = QStringLiteral("incoming");
        incoming.requests[0].status = QStringLiteral("received");
        test::TestRegister other;
        auto refused = RegisterExchange::importAll(other.reg().database(), incoming);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("only an outgoing request is approved")));
    }
};

QTEST_GUILESS_MAIN(TestFourEyes)
#include "tst_foureyes.moc"
