#include "SampleData.h"
#include "TestRegister.h"
#include "demo/DemoGenerator.h"
#include "interchange/RegisterExchange.h"
#include "services/ExchangeService.h"
#include "services/RequestService.h"
#include "services/Session.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "storage/Register.h"
#include "storage/SqlCipherRequestRepository.h"
#include "ui/MainWindow.h"
#include "ui/audit/AuditView.h"
#include "ui/deadlines/DeadlinesView.h"
#include "ui/register/CreateRegisterDialog.h"
#include "ui/register/IdleLock.h"
#include "ui/register/IntegrityWatch.h"
#include "ui/register/RegisterOpener.h"
#include "ui/register/UnlockDialog.h"
#include "ui/requests/ApproveDialog.h"
#include "ui/requests/RequestDetailsPanel.h"
#include "ui/requests/RequestListModel.h"
#include "ui/requests/RequestsView.h"
#include "ui/widgets/ExportFolder.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace mladesk;

namespace {
bool hasVisibleLabel(QWidget* root, const QString& text) {
    const auto labels = root->findChildren<QLabel*>();
    return std::any_of(labels.begin(), labels.end(),
                       [&](QLabel* l) { return l->isVisible() && l->text().contains(text); });
}
// Waits (polling, so that nothing blocks the dialogs' own event loops) for
// the first modal message box, keeps its text and enabled buttons, cancels it.
struct MessageBoxCatcher {
    QString message;
    QStringList buttons;
    QTimer poll;
    MessageBoxCatcher() {
        poll.setInterval(50);
        QObject::connect(&poll, &QTimer::timeout, &poll, [this] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            poll.stop();
            message = box->text();
            for (QAbstractButton* b : box->buttons())
                if (b->isEnabled())
                    buttons << b->text();
            box->button(QMessageBox::Cancel)->click();
        });
        poll.start();
    }
};
// Types the right passphrase into the unlock dialog once it is shown, and confirms.
void typeThePassphraseWhenAsked() {
    QTRY_VERIFY(qobject_cast<UnlockDialog*>(QApplication::activeModalWidget()) != nullptr);
    auto* unlock = qobject_cast<UnlockDialog*>(QApplication::activeModalWidget());
    QTest::keyClicks(unlock->findChild<QLineEdit*>(), QString::fromLatin1(test::kPassphrase));
    QTest::mouseClick(unlock->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}
} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createARegisterThenUnlockIt() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("mine.mladesk"));
        CreateRegisterDialog create(folder);
        create.show();
        QVERIFY(QTest::qWaitForWindowExposed(&create));
        const auto edits = create.findChildren<QLineEdit*>();
        QLineEdit* passphrase = edits.at(2);
        QLineEdit* repeat = edits.at(3);
        edits.at(1)->setText(QStringLiteral("Anna Keller"));
        QTest::keyClicks(passphrase, QStringLiteral("short"));
        QVERIFY(hasVisibleLabel(&create, QStringLiteral("Too short")));
        passphrase->clear();
        QTest::keyClicks(passphrase, QString::fromLatin1(test::kPassphrase));
        QTest::keyClicks(repeat, QStringLiteral("something else entirely"));
        auto* buttons = create.findChild<QDialogButtonBox*>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(hasVisibleLabel(&create, QStringLiteral("differ")));
        QTest::keyClicks(passphrase, QString::fromLatin1(test::kPassphrase));
        QTest::keyClicks(repeat, QString::fromLatin1(test::kPassphrase));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!create.isVisible(), 30000); // Argon2id runs off the UI thread
        QCOMPARE(create.result(), int(QDialog::Accepted));
        std::unique_ptr<RegisterAccess> reg = create.takeRegister();
        QVERIFY(reg && reg->isUnlocked());
        {
            auto signedIn = reg->signIn();
            QVERIFY(signedIn);
            auto users = signedIn.value()->users().users();
            QVERIFY(users);
            QCOMPARE(users->size(), 1);
            QCOMPARE(users->first().name, QStringLiteral("Anna Keller"));
        }
        reg->lock();

        UnlockDialog unlock(*reg);
        unlock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&unlock));
        auto* field = unlock.findChild<QLineEdit*>();
        auto* unlockButtons = unlock.findChild<QDialogButtonBox*>();
        QTest::keyClicks(field, QStringLiteral("wrong passphrase"));
        QTest::mouseClick(unlockButtons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(field->text().isEmpty()); // the typed secret does not linger in the widget
        QTRY_VERIFY_WITH_TIMEOUT(field->isEnabled(), 30000);
        QVERIFY(hasVisibleLabel(&unlock, QStringLiteral("passphrase is wrong")));
        QVERIFY(unlock.isVisible());
        QTest::keyClicks(field, QString::fromLatin1(test::kPassphrase));
        QTest::mouseClick(unlockButtons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!unlock.isVisible(), 30000);
        QCOMPARE(unlock.result(), int(QDialog::Accepted));
        QVERIFY(reg->isUnlocked());
    }

    void aDamagedRegisterSaysSoAndOffersAWayOn() {
        test::TestRegister t;
        QVERIFY(RegisterExchange::importAll(t.reg().database(), test::sampleData()));
        t.reg().lock();
        QFile db(t.folder() + QStringLiteral("/register.db"));
        QVERIFY(db.open(QIODevice::ReadWrite));
        db.write(QByteArray(64, '\x5a')); // the first page's salt and header
        db.close();
        // The unlock dialog: the passphrase is right, the database is not.
        QTimer::singleShot(0, &typeThePassphraseWhenAsked);
        // Then the message box, once the unlock dialog has given up.
        MessageBoxCatcher caught;
        QTemporaryDir sandbox;
        auto reg = RegisterOpener::open(t.folder(), sandbox);
        QVERIFY(!reg);
        QVERIFY2(caught.message.contains(QStringLiteral("damaged")), qPrintable(caught.message));
        QVERIFY2(caught.buttons.join(u'|').contains(QStringLiteral("backup")),
                 qPrintable(caught.buttons.join(u'|')));
        QVERIFY2(caught.buttons.join(u'|').contains(QStringLiteral("another register")),
                 qPrintable(caught.buttons.join(u'|')));
    }

    // An emptied database is a damaged register in the window too: no new
    // schema, no first administrator, the file left empty (issue 15, item 3).
    void anEmptyDatabaseIsDamagedNotANewRegisterInTheWindow() {
        test::TestRegister t;
        QVERIFY(RegisterExchange::importAll(t.reg().database(), test::sampleData()));
        t.reg().lock();
        QVERIFY(QFile(t.folder() + QStringLiteral("/register.db")).resize(0));
        const auto before = test::fingerprint(t.folder());
        QTimer::singleShot(0, &typeThePassphraseWhenAsked);
        MessageBoxCatcher caught;
        QTemporaryDir sandbox;
        auto reg = RegisterOpener::open(t.folder(), sandbox);
        QVERIFY(!reg);
        QVERIFY2(caught.message.contains(QStringLiteral("empty")), qPrintable(caught.message));
        QVERIFY2(caught.message.contains(QStringLiteral("backup")), qPrintable(caught.message));
        QCOMPARE(test::fingerprint(t.folder()), before);
    }

    // The window shows the register at once and checks it beside (ui/IntegrityWatch):
    // damage it finds locks the register and offers a backup or another register.
    void damageFoundAfterTheWindowShowsLocksItAndOffersAWayOn() {
        test::TestRegister t;
        QVERIFY(RegisterExchange::importAll(t.reg().database(), test::sampleData()));
        QVERIFY(test::damageWhereOnlyTheIntegrityCheckReads(t.reg()));
        auto key = t.reg().deriveMasterKey(test::passphrase());
        QVERIFY(key);
        QVERIFY(t.reg().unlockWithMasterKey(std::move(key.value()), -1, IntegrityCheck::ByCaller));
        Register* reg = t.handle().get();
        MessageBoxCatcher caught;
        MainWindow window(t.access());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(!caught.message.isEmpty(), 20000);
        QVERIFY2(caught.message.contains(QStringLiteral("integrity check failed")),
                 qPrintable(caught.message));
        QVERIFY2(caught.buttons.join(u'|').contains(QStringLiteral("backup")),
                 qPrintable(caught.buttons.join(u'|')));
        QVERIFY(!reg->isUnlocked());
        QVERIFY(!window.isShowingContent());
        QVERIFY(!window.integrityWatch()->isRunning());
    }

    void anUndamagedRegisterIsCheckedAndStaysOpen() {
        test::TestRegister t;
        QVERIFY(RegisterExchange::importAll(t.reg().database(), test::sampleData()));
        Register* reg = t.handle().get();
        MainWindow window(t.access());
        QSignalSpy passed(window.integrityWatch(), &IntegrityWatch::passed);
        window.show();
        QVERIFY(passed.wait(20000) || passed.count() == 1);
        QVERIFY(reg->isUnlocked());
        QVERIFY(window.isShowingContent());
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("no damage")));
        // Locking while it runs stops it; it reports nothing afterwards.
        window.lock();
        QVERIFY(reg->unlock(test::passphrase()));
        window.unlock();
        QVERIFY(window.integrityWatch()->isRunning());
        window.lock();
        QVERIFY(!window.integrityWatch()->isRunning());
        QTest::qWait(300);
        QCOMPARE(passed.count(), 1);
    }

    void lockHidesTheContentAndIdleLocks() {
        test::TestRegister t;
        QVERIFY(RegisterExchange::importAll(t.reg().database(), test::sampleData()));
        Register* reg = t.handle().get();
        MainWindow window(t.access());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSection(MainWindow::Outgoing); // the window opens on the deadlines
        QTableView* table = window.requestsView()->table();
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QVERIFY(table->isVisible());
        window.lock();
        QVERIFY(!reg->isUnlocked());
        QVERIFY(!window.isShowingContent());
        QVERIFY(!table->isVisible());
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(hasVisibleLabel(&window, QStringLiteral("locked")));

        QVERIFY(reg->unlock(test::passphrase()));
        window.unlock(); // already unlocked: shows the content again
        QVERIFY(window.isShowingContent());
        window.lock();

        // Idle: no input for the configured time locks the register.
        QVERIFY(reg->unlock(test::passphrase()));
        MainWindow* w = &window;
        w->idleLock()->setIntervalMs(300);
        QTRY_VERIFY_WITH_TIMEOUT(!reg->isUnlocked(), 5000);
    }

    // Issue 21, item 5: the toolbar and shortcuts reach "Edit request…" and
    // "Find…" even when the Edit menu is disabled; on the locked screen they
    // are off, and "Edit request…" is only for those who may edit.
    void actionsOnContentAreOffWhileLockedAndEditOnlyForEditors() {
        test::TestRegister t;
        {
            auto admin = Workspace::start(t.reg()).value();
            QVERIFY(admin->exchange().importData(test::sampleData()));
            QVERIFY(admin->users().add(QStringLiteral("tina"), {roles::kTranslator}, test::passphrase("tina"),
                                       KdfCost::interactive()));
            admin->end();
        }
        Register* reg = t.handle().get();
        MainWindow window(t.access());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto action = [&](const QString& text) -> QAction* {
            for (QAction* a : window.findChildren<QAction*>())
                if (a->text() == text)
                    return a;
            return nullptr;
        };
        QAction* edit = action(QStringLiteral("&Edit request…"));
        QAction* find = action(QStringLiteral("&Find…"));
        QVERIFY(edit && find);
        QVERIFY(edit->isEnabled() && find->isEnabled());
        window.lock();
        QVERIFY(!edit->isEnabled());
        QVERIFY(!find->isEnabled());

        QVERIFY(reg->unlock(test::passphrase("tina"), QStringLiteral("tina")));
        window.unlock();
        QVERIFY(window.isShowingContent());
        QVERIFY(find->isEnabled());
        QVERIFY(!edit->isEnabled()); // a translator translates; she does not edit requests
    }

    // Issue 21, item 4: exports (bundles, calendars, documents, attachment
    // copies) are suggested in a folder that exists — the last one used while
    // it is there — so that a first export does not fail with "No such file".
    void exportsAreSuggestedInAFolderThatExists() {
        QSettings().remove(QStringLiteral("export/folder"));
        const QString first = exportFolder::suggestedPath(QStringLiteral("OUT-1.asice"));
        QCOMPARE(QFileInfo(first).fileName(), QStringLiteral("OUT-1.asice"));
        QVERIFY2(QFileInfo(QFileInfo(first).absolutePath()).isDir(), qPrintable(first));
        QTemporaryDir chosen;
        exportFolder::remember(chosen.filePath(QStringLiteral("OUT-1.asice")));
        QCOMPARE(exportFolder::suggestedPath(QStringLiteral("OUT-2.asice")),
                 QDir(chosen.path()).filePath(QStringLiteral("OUT-2.asice")));
        QVERIFY(
            exportFolder::prepare(nullptr, chosen.filePath(QStringLiteral("x.ics")))); // exists: no question
        QVERIFY(chosen.remove());
        const QString after = exportFolder::suggestedPath(QStringLiteral("OUT-3.asice"));
        QVERIFY2(QFileInfo(QFileInfo(after).absolutePath()).isDir(), qPrintable(after));
        QSettings().remove(QStringLiteral("export/folder"));
    }

    void filterAndSearchFromTheWindow() {
        test::TestRegister t;
        QVERIFY(RegisterExchange::importAll(t.reg().database(), test::sampleData()));
        DemoGenerator generator(8, QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC));
        QVERIFY(RegisterExchange::importAll(t.reg().database(), generator.generate(200)));
        MainWindow window(t.access());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSection(MainWindow::Outgoing); // the window opens on the deadlines
        RequestListModel* model = window.requestsView()->model();
        QTRY_VERIFY(model->totalCount() > 2 && !model->isLoading());
        QLineEdit* search = nullptr;
        for (QLineEdit* e : window.findChildren<QLineEdit*>())
            if (e->accessibleName() == QLatin1String("Search") && e->isVisible())
                search = e;
        QVERIFY(search);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("zyxwv"));
        QTRY_COMPARE_WITH_TIMEOUT(model->totalCount(), 2, 10000);
        QTest::keyClicks(search, QStringLiteral("ut OUT-2026-0002"));
        QTRY_COMPARE_WITH_TIMEOUT(model->totalCount(), 1, 10000);
        window.showSection(MainWindow::Incoming);
        QTRY_COMPARE_WITH_TIMEOUT(model->totalCount(), 0, 10000); // the sample requests are outgoing
    }

    void aBlockedStatusTransitionIsNotOfferedAndRefused() {
        test::TestRegister t;
        QVERIFY(RegisterExchange::importAll(t.reg().database(), test::sampleData()));
        Register* reg = t.handle().get();
        MainWindow window(t.access());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSection(MainWindow::Outgoing); // the window opens on the deadlines
        RequestsView* view = window.requestsView();
        QTRY_COMPARE(view->model()->rowCount(), 2);
        const QString draftId = QStringLiteral("00000000-0000-4000-8000-0000000000a2");
        view->showRequest(draftId);
        QTRY_COMPARE(view->details()->currentId(), draftId);
        QPushButton* statusButton = nullptr;
        for (QPushButton* b : view->details()->findChildren<QPushButton*>())
            if (b->menu())
                statusButton = b;
        QVERIFY(statusButton);
        QStringList offered;
        for (QAction* a : statusButton->menu()->actions())
            offered << a->text();
        QCOMPARE(offered.size(), 2); // draft -> in review, withdrawn
        QVERIFY(offered.join(u'|').contains(QStringLiteral("In review")));
        QVERIFY(!offered.join(u'|').contains(QStringLiteral("Sent")));

        // Asked anyway (a stale menu, a script): refused with the reason.
        QString shown;
        QTimer::singleShot(0, [&] {
            QTRY_VERIFY(qobject_cast<QMessageBox*>(QApplication::activeModalWidget()) != nullptr);
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            shown = box->text();
            box->accept();
        });
        emit view->details()->statusChangeRequested(draftId, QStringLiteral("sent"));
        QVERIFY2(shown.contains(QStringLiteral("cannot go from \"draft\" to \"sent\"")), qPrintable(shown));
        QCOMPARE(SqlCipherRequestRepository(reg->database()).find(draftId)->status, QStringLiteral("draft"));

        view->showRequest(draftId);
        QTRY_COMPARE(view->details()->currentId(), draftId);
        QTRY_VERIFY(!statusButton->menu()->actions().isEmpty());
        statusButton->menu()->actions().first()->trigger(); // allowed: in review
        QTRY_COMPARE(SqlCipherRequestRepository(reg->database()).find(draftId)->status,
                     QStringLiteral("in-review"));
        QTRY_COMPARE(statusButton->menu()->actions().size(),
                     2); // back to draft, or withdrawn; approval is its own action
    }

    void aProsecutorApprovesAndTheAuditorSeesIt() {
        test::TestRegister t;
        {
            auto admin = Workspace::start(t.reg()).value();
            QVERIFY(admin->exchange().importData(test::sampleData()));
            QVERIFY(admin->users().add(QStringLiteral("paula"), {roles::kProsecutor},
                                       test::passphrase("paula"), KdfCost::interactive()));
            QVERIFY(
                admin->requests().changeStatus(QStringLiteral("OUT-2026-0002"), QStringLiteral("in-review")));
            admin->end();
        }
        t.reg().lock();
        QVERIFY(t.reg().unlock(test::passphrase("paula"), QStringLiteral("paula")));
        Register* reg = t.handle().get();
        MainWindow window(t.access());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSection(MainWindow::Outgoing); // the window opens on the deadlines
        auto* navigation = window.findChild<QListWidget*>();
        QVERIFY(
            navigation->item(MainWindow::Audit)->isHidden()); // a prosecutor does not read the audit trail
        RequestsView* view = window.requestsView();
        const QString id = QStringLiteral("00000000-0000-4000-8000-0000000000a2");
        view->showRequest(id);
        QTRY_COMPARE(view->details()->currentId(), id);
        QPushButton* approve = nullptr;
        for (QPushButton* b : view->details()->findChildren<QPushButton*>())
            if (b->text().contains(QStringLiteral("Approve")))
                approve = b;
        QVERIFY(approve && approve->isVisible());
        QTimer::singleShot(0, [&] {
            auto* dialog = qobject_cast<ApproveDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QLineEdit* field = dialog->findChild<QLineEdit*>();
            QTest::keyClicks(field, QStringLiteral("paula"));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        });
        approve->click();
        QCOMPARE(SqlCipherRequestRepository(reg->database()).find(id)->status, QStringLiteral("approved"));
        // Shown with the request (selected again: under load the list's refresh
        // can leave the pane empty; see the closing note of the main-window work).
        view->showRequest(id);
        QTRY_VERIFY2(hasVisibleLabel(view->details(), QStringLiteral("Approved by paula")),
                     qPrintable(view->details()->findChild<QLabel*>()->text()));

        // Sending asks when it left and records it as the event "sent" (issue 21, item 11).
        const QDateTime yesterday = QDateTime::currentDateTime().addDays(-1);
        QTimer::singleShot(0, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* when = dialog->findChild<QDateTimeEdit*>();
            QVERIFY(when);
            when->setDateTime(yesterday);
            dialog->accept();
        });
        emit view->details()->statusChangeRequested(id, QStringLiteral("sent"));
        const Request sent = SqlCipherRequestRepository(reg->database()).find(id).value();
        QCOMPARE(sent.status, QStringLiteral("sent"));
        const auto event = std::find_if(sent.events.begin(), sent.events.end(), [](const RequestEvent& e) {
            return e.name == QLatin1String("sent");
        });
        QVERIFY(event != sent.events.end());
        QVERIFY2(qAbs(event->at.secsTo(yesterday.toUTC())) < 120,
                 qPrintable(event->at.toString(Qt::ISODate)));

        // The administrator reads the trail in the window and verifies it.
        window.lock();
        QVERIFY(reg->unlock(test::passphrase(), QStringLiteral("tester")));
        window.unlock();
        QVERIFY(!navigation->item(MainWindow::Audit)->isHidden());
        window.showSection(MainWindow::Audit);
        auto* audit = window.findChild<AuditView*>();
        auto* table = audit->findChild<QTableWidget*>();
        QVERIFY(table->rowCount() >= 8);
        QStringList actions;
        for (int r = 0; r < table->rowCount(); ++r)
            actions << table->item(r, 3)->text();
        QVERIFY(actions.contains(QStringLiteral("approve")));
        QVERIFY(actions.contains(QStringLiteral("view")));
        audit->verify();
        QVERIFY(hasVisibleLabel(audit, QStringLiteral("intact")));
    }

    void smokeStartOnTheLargeRegister() {
        // The benchmark's register: 100,000 requests. The window opens, the
        // list fills, scrolling to the end and sorting complete, and the UI
        // thread is never the one waiting on the database.
        test::TestRegister t;
        DemoGenerator generator(100, QDateTime::currentDateTimeUtc());
        QVERIFY(RegisterExchange::importAll(t.reg().database(), generator.generate(100000)));
        MainWindow window(t.access());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // It opens on the deadlines, read off the UI thread like the list.
        QTRY_VERIFY_WITH_TIMEOUT(!window.deadlinesView()->isLoading(), 120000);
        QVERIFY(!window.deadlinesView()->model()->entries().isEmpty());
        window.showSection(MainWindow::Outgoing); // the window opens on the deadlines
        RequestsView* view = window.requestsView();
        // The outgoing list, not an earlier query of every request still landing.
        QTRY_VERIFY_WITH_TIMEOUT(!view->model()->isLoading() && view->model()->totalCount() > 50000, 60000);
        QVERIFY(view->model()->totalCount() < 100000);
        view->table()->scrollToBottom();
        const int last = view->model()->rowCount() - 1;
        QTRY_VERIFY_WITH_TIMEOUT(!view->model()->idAt(last).isEmpty(), 60000);
        view->table()->sortByColumn(RequestListModel::Summary, Qt::AscendingOrder);
        QVERIFY(view->model()->isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!view->model()->isLoading(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!view->model()->idAt(0).isEmpty(), 60000);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
