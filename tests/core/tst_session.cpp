#include "SampleData.h"
#include "TestRegister.h"
#include "interchange/RegisterExchange.h"
#include "services/AuditService.h"
#include "services/ExchangeService.h"
#include "services/ReferenceService.h"
#include "services/RequestService.h"
#include "services/Session.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/SqlCipherAuditRepository.h"
#include "storage/SqlCipherRequestRepository.h"

#include <QTest>

using namespace mladesk;

// Roles enforced in core, four eyes, and the audit trail (issue: accountability).
class TestSession : public QObject {
    Q_OBJECT
private:
    // A register with the sample data and four more people besides its
    // creator "tester" (administrator, liaison officer).
    struct Office {
        test::TestRegister t;
        std::unique_ptr<Workspace> session; // tester's
        Office() {
            session = Workspace::start(t.reg()).value();
            if (!session->exchange().importData(test::sampleData()))
                qFatal("import failed");
            for (const auto& [name, role] :
                 {std::pair{"paula", roles::kProsecutor}, std::pair{"petra", roles::kProsecutor},
                  std::pair{"tom", roles::kTranslator}, std::pair{"ada", roles::kAuditor}})
                if (!session->users().add(QString::fromLatin1(name), {role}, test::passphrase(name),
                                          KdfCost::interactive()))
                    qFatal("addUser failed");
        }
        // Locks, then unlocks as someone else; their session replaces the last.
        Workspace* as(const char* name, const char* passphrase = nullptr) {
            if (session)
                session->end();
            session.reset();
            t.reg().lock();
            if (!t.reg().unlock(test::passphrase(passphrase ? passphrase : name), QString::fromLatin1(name)))
                qFatal("unlock as %s failed", name);
            session = Workspace::start(t.reg()).value();
            return session.get();
        }
        QStringList actions() {
            QStringList list;
            auto entries = SqlCipherAuditRepository(t.reg().database()).entries();
            if (!entries)
                qFatal("audit entries: %s", qPrintable(entries.error().message));
            for (const AuditEntry& e : entries.value())
                list << e.action;
            return list;
        }
    };

    static const QString kDraft; // OUT-2026-0002, drafted (imported) by nobody
    static void tamper(Database& db, const QString& sql) {
        QVERIFY(db.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update")));
        QVERIFY(db.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_delete")));
        QVERIFY2(db.exec(sql), qPrintable(sql));
    }

private slots:
    void theFirstUserAdministersAndWorks() {
        test::TestRegister t;
        auto session = Workspace::start(t.reg());
        QVERIFY(session);
        QCOMPARE(session.value()->session().roles(),
                 (QStringList{roles::kAdministrator, roles::kLiaisonOfficer}));
        QVERIFY(session.value()->session().can(Action::ManageUsers));
        QVERIFY(session.value()->session().can(Action::EditContent));
        QVERIFY(!session.value()->session().can(Action::Approve));
    }

    void rolesAreEnforcedForEveryAction_data() {
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("action");
        QTest::addColumn<bool>("allowed");
        const struct {
            const char* role;
            QList<Action> allowed;
        } table[] = {
            {"liaison-officer",
             {Action::ViewContent, Action::EditContent, Action::ChangeStatus, Action::EditTranslations,
              Action::Import, Action::Export, Action::DecideRetention}},
            {"prosecutor",
             {Action::ViewContent, Action::EditContent, Action::ChangeStatus, Action::Approve, Action::Import,
              Action::Export, Action::DecideRetention, Action::PurgeData}},
            {"translator", {Action::ViewContent, Action::EditTranslations}},
            {"auditor", {Action::ReadAudit}},
            {"administrator", {Action::ReadAudit, Action::ManageUsers}},
        };
        const QList<Action> every{Action::ViewContent,     Action::EditContent,      Action::ChangeStatus,
                                  Action::Approve,         Action::EditTranslations, Action::Import,
                                  Action::Export,          Action::ReadAudit,        Action::ManageUsers,
                                  Action::DecideRetention, Action::PurgeData};
        for (const auto& row : table)
            for (Action a : every)
                QTest::addRow("%s: %s", row.role, qPrintable(actionName(a)))
                    << QString::fromLatin1(row.role) << int(a) << row.allowed.contains(a);
    }
    void rolesAreEnforcedForEveryAction() {
        QFETCH(QString, role);
        QFETCH(int, action);
        QFETCH(bool, allowed);
        QCOMPARE(allows({role}, Action(action)), allowed);
    }

    void theCoreRefusesWhatARoleMayNotDo() {
        Office office;
        Workspace* tom = office.as("tom"); // translator
        QVERIFY(tom->requests().view(kDraft));
        Request r = SqlCipherRequestRepository(office.t.reg().database()).find(kDraft).value();
        r.summary = QStringLiteral("changed by a translator");
        const Status edit = tom->requests().update(r);
        QVERIFY(!edit);
        QCOMPARE(edit.error().code, ErrorCode::Forbidden);
        QVERIFY(edit.error().message.contains(QStringLiteral("may not change case content")));
        QCOMPARE(tom->requests().changeStatus(kDraft, QStringLiteral("in-review")).error().code,
                 ErrorCode::Forbidden);
        QCOMPARE(tom->exchange().exportData().error().code, ErrorCode::Forbidden);
        QCOMPARE(tom->audit().entries().error().code, ErrorCode::Forbidden);
        QCOMPARE(tom->users()
                     .add(QStringLiteral("x"), {}, test::passphrase("x"), KdfCost::interactive())
                     .error()
                     .code,
                 ErrorCode::Forbidden);

        Workspace* ada = office.as("ada"); // auditor, no content access
        QCOMPARE(ada->requests().view(kDraft).error().code, ErrorCode::Forbidden);
        QVERIFY(ada->audit().entries());
        QVERIFY(ada->audit().verify()->intact);
        Workspace* admin = office.as("tester", test::kPassphrase);
        QVERIFY(admin->users().setRoles(QStringLiteral("ada"), {roles::kAuditor}, true)); // granted
        ada = office.as("ada");
        QVERIFY(ada->requests().view(kDraft));
        QCOMPARE(ada->requests().changeStatus(kDraft, QStringLiteral("in-review")).error().code,
                 ErrorCode::Forbidden);
    }

    void fourEyes() {
        Office office;
        // tester (liaison officer) drafts and sends for review.
        Request fresh = test::sampleData().requests[1];
        fresh.id = QStringLiteral("00000000-0000-4000-8000-0000000000a9");
        fresh.reference = QStringLiteral("OUT-2026-0009");
        fresh.links.clear();
        QVERIFY(office.session->requests().create(fresh));
        QCOMPARE(office.session->requests().drafterOf(fresh.id).value(), QStringLiteral("tester"));
        QVERIFY(office.session->requests().changeStatus(fresh.id, QStringLiteral("in-review")));
        // Not a prosecutor: refused, whatever the passphrase.
        QCOMPARE(office.session->requests().approve(fresh.id, test::passphrase()).error().code,
                 ErrorCode::Forbidden);
        // Nor through a plain status change.
        QCOMPARE(office.session->requests().changeStatus(fresh.id, QStringLiteral("approved")).error().code,
                 ErrorCode::Conflict);

        // A prosecutor who drafted a request cannot approve it.
        Workspace* paula = office.as("paula");
        Request hers = fresh;
        hers.id = QStringLiteral("00000000-0000-4000-8000-0000000000b1");
        hers.reference = QStringLiteral("OUT-2026-0010");
        QVERIFY(paula->requests().create(hers));
        QVERIFY(paula->requests().changeStatus(hers.id, QStringLiteral("in-review")));
        const Status own = paula->requests().approve(hers.id, test::passphrase("paula"));
        QCOMPARE(own.error().code, ErrorCode::Forbidden);
        QVERIFY(own.error().message.contains(QStringLiteral("four eyes")));
        // The wrong passphrase does not approve.
        QCOMPARE(paula->requests().approve(fresh.id, test::passphrase("not hers")).error().code,
                 ErrorCode::WrongPassphrase);
        QCOMPARE(SqlCipherRequestRepository(office.t.reg().database()).find(fresh.id)->status,
                 QStringLiteral("in-review"));
        // Another prosecutor, authenticated: approved, and recorded.
        QVERIFY(paula->requests().approve(fresh.id, test::passphrase("paula"),
                                          QStringLiteral("Proportionate; go ahead.")));
        QCOMPARE(SqlCipherRequestRepository(office.t.reg().database()).find(fresh.id)->status,
                 QStringLiteral("approved"));
        auto approval = paula->requests().currentApproval(fresh.id);
        QVERIFY(approval && approval->has_value());
        QCOMPARE(approval->value().approver, QStringLiteral("paula"));
        QCOMPARE(approval->value().comment, QStringLiteral("Proportionate; go ahead."));
        QVERIFY(!approval->value().withdrawnAt.isValid());

        // Any later change of content withdraws the approval.
        Request changed = SqlCipherRequestRepository(office.t.reg().database()).find(fresh.id).value();
        changed.facts += QStringLiteral(" One more sentence.");
        QVERIFY(paula->requests().update(changed));
        QCOMPARE(SqlCipherRequestRepository(office.t.reg().database()).find(fresh.id)->status,
                 QStringLiteral("draft"));
        QVERIFY(paula->requests().currentApproval(fresh.id)->value().withdrawnAt.isValid());
        QVERIFY(office.actions().contains(QStringLiteral("approval-withdrawn")));
        // A status-only step after approval does not (sent keeps it).
    }

    void theLastAdministratorStays() {
        Office office;
        const Status remove = office.session->users().remove(QStringLiteral("tester"));
        QVERIFY(!remove);
        QVERIFY(remove.error().message.contains(QStringLiteral("last administrator")));
        QVERIFY(!office.session->users().setRoles(QStringLiteral("tester"), {roles::kLiaisonOfficer}));
        QVERIFY(office.session->users().setRoles(QStringLiteral("ada"),
                                                 {roles::kAuditor, roles::kAdministrator}));
        QVERIFY(office.session->users().setRoles(QStringLiteral("tester"), {roles::kLiaisonOfficer}));
        QVERIFY(!office.session->session().can(Action::ManageUsers));
    }

    void removingAUserClosesTheirSlot() {
        Office office;
        QVERIFY(office.session->users().remove(QStringLiteral("tom")));
        QVERIFY(!office.t.reg().keySlots().users().contains(QStringLiteral("tom")));
        office.session->end();
        office.session.reset();
        office.t.reg().lock();
        QVERIFY(!office.t.reg().unlock(test::passphrase("tom"), QStringLiteral("tom")));
    }

    void passphraseChangeKeepsTheRegisterReadable() {
        Office office;
        Workspace* petra = office.as("petra");
        QVERIFY(!petra->users().changeOwnPassphrase(test::passphrase("wrong"), test::passphrase("new one"),
                                                    KdfCost::interactive()));
        QVERIFY(petra->users().changeOwnPassphrase(
            test::passphrase("petra"), test::passphrase("petra's new phrase"), KdfCost::interactive()));
        office.session->end();
        office.session.reset();
        office.t.reg().lock();
        QVERIFY(!office.t.reg().unlock(test::passphrase("petra"), QStringLiteral("petra")));
        office.as("petra", "petra's new phrase");
        QCOMPARE(SqlCipherRequestRepository(office.t.reg().database()).count().value(), 2);
        // An administrator can give a user who forgot theirs a new one.
        Workspace* admin = office.as("tester", test::kPassphrase);
        QVERIFY(admin->users().resetAccess(QStringLiteral("petra"), test::passphrase("reset by admin"),
                                           KdfCost::interactive()));
        office.as("petra", "reset by admin");
    }

    void everyActionWritesItsEntry() {
        Office office;
        QVERIFY(!office.t.reg().deriveMasterKey(test::passphrase("wrong"),
                                                QStringLiteral("paula"))); // failed unlock
        Workspace* paula = office.as("paula");
        QVERIFY(paula->requests().view(kDraft));
        Case kase = test::sampleData().cases.first();
        kase.id = QStringLiteral("00000000-0000-4000-8000-0000000000c2");
        kase.reference = QStringLiteral("276 Js 99/26");
        QVERIFY(paula->references().saveCase(kase, true));
        QVERIFY(paula->requests().changeStatus(kDraft, QStringLiteral("in-review")));
        Request r = SqlCipherRequestRepository(office.t.reg().database()).find(kDraft).value();
        r.summary = QStringLiteral("Produce the mailbox data (revised)");
        QVERIFY(paula->requests().update(r));
        // paula changed it: another prosecutor approves (four eyes).
        Workspace* petra = office.as("petra");
        QVERIFY(petra->requests().approve(kDraft, test::passphrase("petra")));
        QVERIFY(petra->exchange().exportData());
        QVERIFY(petra->audit().record(QStringLiteral("render"), QStringLiteral("request:") + r.id,
                                      QStringLiteral("de")));
        Workspace* admin = office.as("tester", test::kPassphrase);
        QVERIFY(admin->users().setRoles(QStringLiteral("tom"), {roles::kTranslator, roles::kLiaisonOfficer}));
        const QStringList actions = office.actions();
        for (const char* expected : {"unlock", "unlock-failed", "lock", "view", "create", "change", "status",
                                     "approve", "import", "export", "render", "user-added", "roles-changed"})
            QVERIFY2(actions.contains(QString::fromLatin1(expected)), expected);
        // Entries name objects, never content.
        for (const AuditEntry& e : admin->audit().entries().value()) {
            QVERIFY(!e.detail.contains(QStringLiteral("mailbox")));
            QVERIFY(!e.detail.contains(QLatin1String(test::kSecretMarker)));
        }
        const auto failed =
            admin->audit().entries({QString(), QStringLiteral("unlock-failed"), {}, {}, {}}).value();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().user, QStringLiteral("paula"));
        QVERIFY(admin->audit().verify()->intact);
    }

    void theChainDetectsTampering_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("firstBad");
        QTest::newRow("changed") << QStringLiteral("UPDATE audit_log SET user = 'mallory' WHERE seq = 4")
                                 << qint64(4);
        QTest::newRow("changed detail")
            << QStringLiteral("UPDATE audit_log SET detail = detail || 'x' WHERE seq = 3") << qint64(3);
        QTest::newRow("removed") << QStringLiteral("DELETE FROM audit_log WHERE seq = 5") << qint64(5);
        QTest::newRow("inserted")
            << QStringLiteral("UPDATE audit_log SET seq = seq + 1000 WHERE seq >= 6; "
                              "UPDATE audit_log SET seq = seq - 999 WHERE seq >= 1006; "
                              "INSERT INTO audit_log VALUES (6, '2026-01-01T00:00:00Z', 'mallory', "
                              "'view', 'register', '', 'x', 'y')")
            << qint64(6);
        QTest::newRow("reordered") << QStringLiteral("UPDATE audit_log SET seq = -1 WHERE seq = 3; "
                                                     "UPDATE audit_log SET seq = 3 WHERE seq = 4; "
                                                     "UPDATE audit_log SET seq = 4 WHERE seq = -1")
                                   << qint64(3);
        QTest::newRow("rehashed without the chain")
            << QStringLiteral("UPDATE audit_log SET action = 'lock', hash = 'f00d' WHERE seq = 2")
            << qint64(2);
    }
    void theChainDetectsTampering() {
        QFETCH(QString, sql);
        QFETCH(qint64, firstBad);
        Office office;
        QVERIFY(office.session->requests().view(kDraft));
        QVERIFY(office.session->audit().verify()->intact);
        QVERIFY(office.session->audit().verify()->entries >= 8);
        // The triggers refuse ordinary edits.
        QVERIFY(
            !office.t.reg().database().exec(QStringLiteral("UPDATE audit_log SET user = 'x' WHERE seq = 1")));
        QVERIFY(!office.t.reg().database().exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 1")));
        tamper(office.t.reg().database(), sql);
        const AuditVerification v = office.session->audit().verify().value();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, firstBad);
        QVERIFY(!v.reason.isEmpty());
    }
};

const QString TestSession::kDraft = QStringLiteral("OUT-2026-0002");

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
