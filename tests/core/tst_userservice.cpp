#include "SampleData.h"
#include "TestRegister.h"
#include "services/AuditService.h"
#include "services/ChangeEvents.h"
#include "services/ExchangeService.h"
#include "services/Session.h"
#include "services/UserService.h"
#include "services/Workspace.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QtConcurrent>

using namespace mladesk;

// The guard around the users and audit services: a refused role changes
// nothing and writes no audit entry; change events come after the commit,
// never for what was refused or rolled back.
class TestUserService : public QObject {
    Q_OBJECT
private:
    struct Office {
        test::TestRegister t;
        std::unique_ptr<Workspace> workspace; // tester's: administrator, liaison officer
        Office() {
            workspace = Workspace::start(t.reg()).value();
            for (const auto& [name, role] :
                 {std::pair{"tom", roles::kTranslator}, std::pair{"ada", roles::kAuditor}})
                if (!workspace->users().add(QString::fromLatin1(name), {role}, test::passphrase(name),
                                            KdfCost::interactive()))
                    qFatal("add %s failed", name);
        }
        Workspace* as(const char* name) {
            workspace->end();
            workspace.reset();
            t.reg().lock();
            if (!t.reg().unlock(test::passphrase(QByteArray(name) == "tester" ? test::kPassphrase : name),
                                QString::fromLatin1(name)))
                qFatal("unlock as %s failed", name);
            workspace = Workspace::start(t.reg()).value();
            return workspace.get();
        }
        qint64 entryCount() {
            Workspace* w = workspace.get();
            return w->audit().verify()->entries; // read as whoever may read it
        }
    };

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aRefusedRoleChangesNothingAndWritesNoEntry() {
        Office office;
        const qint64 before = office.entryCount();
        const QStringList slotsBefore = office.t.reg().keySlots().users();
        Workspace* tom = office.as("tom");
        const qint64 afterUnlock = before + 2; // tester's lock, tom's unlock
        QSignalSpy users(&tom->events(), &ChangeEvents::usersChanged);
        QSignalSpy audit(&tom->events(), &ChangeEvents::auditAppended);
        const auto forbidden = [](const Status& st) {
            return !st && st.error().code == ErrorCode::Forbidden;
        };
        QVERIFY(forbidden(tom->users().add(QStringLiteral("x"), {roles::kAdministrator},
                                           test::passphrase("x"), KdfCost::interactive())));
        QVERIFY(forbidden(tom->users().remove(QStringLiteral("ada"))));
        QVERIFY(forbidden(tom->users().setRoles(QStringLiteral("tom"), {roles::kAdministrator})));
        QVERIFY(forbidden(tom->users().resetAccess(QStringLiteral("ada"), test::passphrase("mine"),
                                                   KdfCost::interactive())));
        QCOMPARE(tom->users().users().error().code, ErrorCode::Forbidden);
        QCOMPARE(tom->audit().entries().error().code, ErrorCode::Forbidden);
        QCOMPARE(tom->audit().verify().error().code, ErrorCode::Forbidden);
        bool sealed = false;
        auto anchored = tom->audit().anchor(QStringLiteral("by tom"), [&](const AuditHead&) -> Status {
            sealed = true;
            return {};
        });
        QCOMPARE(anchored.error().code, ErrorCode::Forbidden);
        QVERIFY(!sealed);
        QCOMPARE(users.count(), 0);
        QCOMPARE(audit.count(), 0);
        QCOMPARE(tom->session().roles(), QStringList{roles::kTranslator});
        QCOMPARE(office.t.reg().keySlots().users(), slotsBefore);
        office.as("tester");
        QCOMPARE(office.entryCount(), afterUnlock + 2); // tom's lock, tester's unlock: nothing else
        auto ada = office.workspace->users().users().value();
        QVERIFY(std::any_of(ada.begin(), ada.end(), [](const UserRecord& u) {
            return u.name == QLatin1String("ada") && u.roles == QStringList{roles::kAuditor};
        }));
    }

    void eventsComeAfterTheCommitOnly() {
        Office office;
        Workspace* admin = office.workspace.get();
        QSignalSpy audit(&admin->events(), &ChangeEvents::auditAppended);
        QStringList seenWhenAnnounced;
        connect(&admin->events(), &ChangeEvents::usersChanged, this, [&] {
            // Announced after the commit: a read sees the new user, and so does the key-slot file.
            for (const UserRecord& u : admin->users().users().value())
                seenWhenAnnounced << u.name;
            QVERIFY(office.t.reg().keySlots().users().contains(QStringLiteral("paula")));
        });
        QVERIFY(admin->users().add(QStringLiteral("paula"), {roles::kProsecutor}, test::passphrase("paula"),
                                   KdfCost::interactive()));
        QVERIFY(seenWhenAnnounced.contains(QStringLiteral("paula")));
        QCOMPARE(audit.count(), 1);

        // Refused by the action itself (a second "paula", the last administrator):
        // rolled back, nothing announced.
        seenWhenAnnounced.clear();
        QCOMPARE(admin->users()
                     .add(QStringLiteral("paula"), {}, test::passphrase("again"), KdfCost::interactive())
                     .error()
                     .code,
                 ErrorCode::Conflict);
        QCOMPARE(admin->users().setRoles(QStringLiteral("tester"), {roles::kLiaisonOfficer}).error().code,
                 ErrorCode::Conflict);
        QVERIFY(seenWhenAnnounced.isEmpty());
        QCOMPARE(audit.count(), 1);
    }

    void aFailedSealRecordsNoAnchor() {
        Office office;
        Workspace* admin = office.workspace.get();
        const qint64 before = office.entryCount();
        QSignalSpy audit(&admin->events(), &ChangeEvents::auditAppended);
        auto anchored = admin->audit().anchor(QStringLiteral("signed by nobody"), [](const AuditHead& head) {
            return head.seq > 0 ? makeError(ErrorCode::Io, QStringLiteral("the disk is full")) : Status{};
        });
        QCOMPARE(anchored.error().code, ErrorCode::Io);
        QCOMPARE(office.entryCount(), before);
        QCOMPARE(audit.count(), 0);
        // Sealed: one entry, announced once, naming this register.
        auto head = admin->audit().anchor(QStringLiteral("signed by the office"),
                                          [](const AuditHead&) { return Status{}; });
        QVERIFY(head);
        QCOMPARE(head->seq, before + 1);
        QCOMPARE(head->anchoredBy, QStringLiteral("tester"));
        QCOMPARE(head->registerId, office.t.reg().keySlots().registerId());
        QCOMPARE(audit.count(), 1);
        auto checked = admin->audit().verify({head.value()});
        QVERIFY(checked && checked->anchors.value(0).holds);
    }

    void aWrongCurrentPassphraseChangesNothing() {
        Office office;
        Workspace* tom = office.as("tom");
        const QByteArray slotsBefore = test::readFile(office.t.reg().keySlotsPath());
        QSignalSpy audit(&tom->events(), &ChangeEvents::auditAppended);
        QCOMPARE(tom->users()
                     .changeOwnPassphrase(test::passphrase("wrong"), test::passphrase("new"),
                                          KdfCost::interactive())
                     .error()
                     .code,
                 ErrorCode::WrongPassphrase);
        QCOMPARE(test::readFile(office.t.reg().keySlotsPath()), slotsBefore);
        QCOMPARE(audit.count(), 0);
        QVERIFY(tom->users().changeOwnPassphrase(test::passphrase("tom"), test::passphrase("tom's new one"),
                                                 KdfCost::interactive()));
        QCOMPARE(audit.count(), 1);
        QVERIFY(office.t.reg().verifyPassphrase(QStringLiteral("tom"), test::passphrase("tom's new one")));
    }

    // The window's way (issue 21, item 2): the slow half (Argon2id) on a
    // worker thread with a sealer made beforehand, the store on this thread.
    // The sealer keeps working after the register is locked (it holds copies);
    // storing then is refused; a credential for someone else is refused.
    void preparedCredentialsAreMadeOffThreadAndStoredHere() {
        Office office;
        Workspace* admin = office.workspace.get();
        auto sealer = admin->users().sealer();
        QVERIFY(sealer);
        auto sealed = QtConcurrent::run([seal = sealer.value()] {
                          return seal(QStringLiteral("lena"), test::passphrase("lena's passphrase"),
                                      KdfCost::interactive());
                      }).result();
        QVERIFY(sealed);
        QCOMPARE(sealed->user, QStringLiteral("lena"));
        QCOMPARE(
            admin->users().add(QStringLiteral("paul"), {roles::kProsecutor}, sealed.value()).error().code,
            ErrorCode::InvalidInput);
        QVERIFY(admin->users().add(QStringLiteral("lena"), {roles::kProsecutor}, sealed.value()));
        QVERIFY(
            office.t.reg().verifyPassphrase(QStringLiteral("lena"), test::passphrase("lena's passphrase")));

        // A reset: the administrator gives tom a new passphrase.
        auto reset = sealer.value()(QStringLiteral("tom"), test::passphrase("tom's reset one"),
                                    KdfCost::interactive());
        QVERIFY(reset && admin->users().resetAccess(QStringLiteral("tom"), reset.value()));
        QVERIFY(office.t.reg().verifyPassphrase(QStringLiteral("tom"), test::passphrase("tom's reset one")));
    }

    void ownPassphraseNeedsOwnProofAndOwnCredential() {
        Office office;
        Workspace* tom = office.as("tom");
        auto proof = tom->session().authenticate(test::passphrase("tom"));
        QVERIFY(proof);
        auto sealer = tom->users().sealer(); // a translator may seal their own
        QVERIFY(sealer);
        auto forAda =
            sealer.value()(QStringLiteral("ada"), test::passphrase("taken over"), KdfCost::interactive());
        QVERIFY(forAda);
        QCOMPARE(tom->users().changeOwnPassphrase(proof.value(), forAda.value()).error().code,
                 ErrorCode::Forbidden);
        QCOMPARE(tom->users().resetAccess(QStringLiteral("ada"), forAda.value()).error().code,
                 ErrorCode::Forbidden);
        QVERIFY(office.t.reg().verifyPassphrase(QStringLiteral("ada"), test::passphrase("ada")));
        auto own = sealer.value()(QStringLiteral("tom"), test::passphrase("tom's own new one"),
                                  KdfCost::interactive());
        QVERIFY(own && tom->users().changeOwnPassphrase(proof.value(), own.value()));
        QVERIFY(
            office.t.reg().verifyPassphrase(QStringLiteral("tom"), test::passphrase("tom's own new one")));
        tom->end();
        office.t.reg().lock();
        QCOMPARE(office.t.reg().passphraseSealer().error().code, ErrorCode::Locked);
    }
};

QTEST_GUILESS_MAIN(TestUserService)
#include "tst_userservice.moc"
