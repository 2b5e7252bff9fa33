// Register › Back up… (issue 22, item 1): the backup is made on a worker
// thread with progress while the window stays usable, lands as one file
// that restores, and is in the audit trail; an existing file is not
// replaced; cancelling leaves nothing; roles that may not back up do not
// get the action.
#include "TestRegister.h"
#include "access/Role.h"
#include "repositories/AuditRepository.h"
#include "services/AuditService.h"
#include "services/BackupService.h"
#include "services/Session.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "ui/register/AutomaticBackup.h"
#include "ui/register/BackupDialog.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace mladesk;

class TestBackupDialog : public QObject {
    Q_OBJECT
private slots:
    void aBackupIsMadeWhileTheWindowWaitsAndRestores() {
        test::TestRegister t;
        auto workspace = Workspace::start(t.reg()).value();
        BackupDialog dialog(*workspace, QStringLiteral("test"), t.reg().keySlots().registerId());
        const QString out = t.scratch(QStringLiteral("desk.mladesk-backup"));
        dialog.setPath(out);
        dialog.show();
        QSignalSpy finished(&dialog, &BackupDialog::finished);
        dialog.start();
        QVERIFY(dialog.isRunning() || finished.count() == 1);
        QVERIFY(finished.count() == 1 || finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("SHA-256")));
        auto facts = BackupService::inspect(out);
        QVERIFY(facts);
        QCOMPARE(facts->registerId, t.reg().keySlots().registerId());
        auto trail = workspace->audit().entries();
        QVERIFY(trail);
        bool recorded = false;
        for (const auto& entry : trail.value())
            recorded =
                recorded || (entry.action == QLatin1String("backup") && entry.detail.contains(facts->sha256));
        QVERIFY(recorded);
        // Again to the same name: refused before anything starts.
        QTimer::singleShot(0, [] {
            for (QWidget* w : QApplication::topLevelWidgets())
                if (auto* box = qobject_cast<QMessageBox*>(w)) {
                    QVERIFY(box->text().contains(QStringLiteral("never replaces")));
                    box->accept();
                }
        });
        BackupDialog again(*workspace, QStringLiteral("test"), t.reg().keySlots().registerId());
        again.setPath(out);
        again.start();
        QVERIFY(!again.isRunning());
        workspace->end();
    }

    // Every N days to a folder, keeping the last K of this register's
    // automatic backups there; nothing else in the folder is touched.
    void automaticBackupsComeWhenDueAndKeepTheLastK() {
        test::TestRegister t;
        auto workspace = Workspace::start(t.reg()).value();
        const QString id = t.reg().keySlots().registerId();
        const QString folder = t.scratch(QStringLiteral("auto"));
        QVERIFY(QDir().mkpath(folder));
        AutomaticBackup::save(id, {true, folder, 7, 2});
        const QString start = QStringLiteral("test-") + id.left(8) + QLatin1Char('-');
        const QStringList old{start + QStringLiteral("20260101-000000.mladesk-backup"),
                              start + QStringLiteral("20260201-000000.mladesk-backup"),
                              start + QStringLiteral("20261120-000000.mladesk-backup")};
        const QStringList others{QStringLiteral("test-00000000-20250101-000000.mladesk-backup"),
                                 QStringLiteral("mine.mladesk-backup"), start + QStringLiteral("notes.txt")};
        for (const QString& name : old + others)
            QVERIFY(test::writeFile(QDir(folder).filePath(name), "not really a backup"));
        QDateTime now(QDate(2026, 12, 8), QTime(9, 0), Qt::UTC);
        AutomaticBackup automatic;
        automatic.setClock([&now] { return now; });
        QSignalSpy done(&automatic, &AutomaticBackup::done);
        automatic.setWorkspace(workspace.get(), QStringLiteral("test"), id);
        QVERIFY(done.wait(60000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QStringList kept = AutomaticBackup::backupsIn(folder, QStringLiteral("test"), id);
        QCOMPARE(kept.size(), 2);
        QVERIFY(kept.first().endsWith(old.last()));
        QVERIFY(kept.last().endsWith(start + QStringLiteral("20261208-090000.mladesk-backup")));
        QVERIFY(BackupService::inspect(kept.last()));
        for (const QString& name : others)
            QVERIFY2(QFileInfo::exists(QDir(folder).filePath(name)), qPrintable(name));
        auto trail = workspace->audit().entries();
        QVERIFY(trail);
        QVERIFY(std::any_of(trail->cbegin(), trail->cend(), [&](const AuditEntry& entry) {
            return entry.action == QLatin1String("backup") && kept.last().endsWith(entry.object);
        }));
        // Not due again before seven days have passed; then it is.
        now = now.addDays(6);
        QVERIFY(!automatic.checkNow());
        now = now.addDays(2);
        QVERIFY(automatic.checkNow());
        QVERIFY(done.wait(60000));
        QCOMPARE(AutomaticBackup::backupsIn(folder, QStringLiteral("test"), id).size(), 2);
        // A folder that is not there (a disk not connected): said once.
        AutomaticBackup::save(id, {true, t.scratch(QStringLiteral("unplugged")), 7, 2});
        now = now.addDays(30);
        done.clear();
        QVERIFY(!automatic.checkNow());
        QCOMPARE(done.size(), 1);
        QVERIFY(!done.first().at(0).toBool());
        QVERIFY(done.first().at(1).toString().contains(QStringLiteral("not there")));
        QVERIFY(!automatic.checkNow());
        QCOMPARE(done.size(), 1);
        automatic.setWorkspace(nullptr);
        workspace->end();
    }

    void aTranslatorMayNotBackUp() {
        test::TestRegister t;
        {
            auto admin = Workspace::start(t.reg()).value();
            QVERIFY(admin->users().add(QStringLiteral("tina"), {roles::kTranslator},
                                       test::passphrase("tina pass"), KdfCost::interactive()));
            admin->end();
        }
        t.reg().lock();
        QVERIFY(t.reg().unlock(test::passphrase("tina pass"), QStringLiteral("tina")));
        auto workspace = Workspace::start(t.reg()).value();
        QVERIFY(!workspace->session().can(Action::BackUp));
        QTimer::singleShot(0, [] {
            for (QWidget* w : QApplication::topLevelWidgets())
                if (auto* box = qobject_cast<QMessageBox*>(w))
                    box->accept();
        });
        BackupDialog dialog(*workspace, QStringLiteral("test"), t.reg().keySlots().registerId());
        const QString out = t.scratch(QStringLiteral("tina.mladesk-backup"));
        dialog.setPath(out);
        dialog.start();
        QVERIFY(!dialog.isRunning());
        QVERIFY(!QFileInfo::exists(out));
        workspace->end();
    }
};

QTEST_MAIN(TestBackupDialog)
#include "tst_backupdialog.moc"
