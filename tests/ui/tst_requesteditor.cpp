#include "SampleData.h"
#include "TestRegister.h"
#include "interchange/RegisterExchange.h"
#include "services/RequestService.h"
#include "services/Session.h"
#include "services/Workspace.h"
#include "storage/SqlCipherRequestRepository.h"
#include "ui/requests/RequestEditorDialog.h"
#include "ui/requests/RequestForm.h"
#include "ui/widgets/EditableTable.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace mladesk;

namespace {

template <typename W> W* field(QWidget* root, const QString& accessibleName) {
    for (W* w : root->findChildren<W*>())
        if (w->accessibleName() == accessibleName)
            return w;
    return nullptr;
}

// Answers the next message box with the given button, once it appears.
void answerNextMessageBox(QMessageBox::StandardButton button) {
    QTimer::singleShot(0, [button] {
        QTRY_VERIFY(qobject_cast<QMessageBox*>(QApplication::activeModalWidget()) != nullptr);
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QTest::mouseClick(box->button(button), Qt::LeftButton);
    });
}

} // namespace

class TestRequestEditor : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createsARequest() {
        test::TestRegister t;
        QVERIFY(RegisterExchange::importAll(t.reg().database(), test::sampleData()));
        auto session = Workspace::start(t.reg()).value();
        const Request draft = session->requests().draft(QStringLiteral("outgoing"));
        // The next number after the highest reference of this year's outgoing requests.
        QCOMPARE(draft.reference, QStringLiteral("OUT-%1-000003").arg(QDate::currentDate().year()));
        QCOMPARE(draft.status, QStringLiteral("draft"));
        QCOMPARE(draft.requestingState, QStringLiteral("DE")); // where this register's requests come from
        RequestEditorDialog dialog(*session, draft, true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(field<QLineEdit>(&dialog, QStringLiteral("Subject")),
                         QStringLiteral("Subscriber data of a phishing sender"));
        QTest::keyClicks(field<QPlainTextEdit>(&dialog, QStringLiteral("Summary of the facts")),
                         QStringLiteral("Messages were sent from the account below."));
        auto* events = field<QTableWidget>(&dialog, QStringLiteral("Events"));
        events->setRowCount(1);
        events->setItem(0, 0, new QTableWidgetItem(QStringLiteral("sent")));
        // Sent just now: an outgoing request's events cannot precede its creation
        // by more than a minute, and the form takes whole minutes: this minute.
        const QDateTime sent = QDateTime::currentDateTimeUtc();
        const QDateTime sentMinute(sent.date(), QTime(sent.time().hour(), sent.time().minute()), Qt::UTC);
        events->setItem(0, 1, new QTableWidgetItem(sentMinute.toString(Qt::ISODate)));
        // The requested state chosen by typing its name, as a user does; no
        // state is taken for the user (the field starts with none).
        auto* requested = field<QComboBox>(&dialog, QStringLiteral("Requested state"));
        QVERIFY(requested);
        QCOMPARE(requested->currentData().toString(), QString());
        requested->lineEdit()->selectAll();
        QTest::keyClicks(requested->lineEdit(), QStringLiteral("Ireland (IE)"));
        emit requested->lineEdit()->editingFinished(); // leaving the field (Return would save the dialog)
        QCOMPARE(requested->currentData().toString(), QStringLiteral("IE"));
        QVERIFY(dialog.save());
        auto stored = SqlCipherRequestRepository(t.reg().database()).find(draft.reference);
        QVERIFY(stored);
        QCOMPARE(stored->summary, QStringLiteral("Subscriber data of a phishing sender"));
        QCOMPARE(stored->facts, QStringLiteral("Messages were sent from the account below."));
        QCOMPARE(stored->direction, QStringLiteral("outgoing"));
        QCOMPARE(stored->events.size(), 1);
        QCOMPARE(stored->events.first().name, QStringLiteral("sent"));
        QCOMPARE(stored->events.first().at, sentMinute);
    }

    // Issue 21, item 1: a new register lists the states MLA Desk ships, by
    // name, and the state fields find them by any part of the name.
    void aNewRegisterListsItsStatesByName() {
        test::TestRegister t;
        auto session = Workspace::start(t.reg()).value();
        RequestEditorDialog dialog(*session, session->requests().draft(QStringLiteral("outgoing")), true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* requesting = field<QComboBox>(&dialog, QStringLiteral("Requesting state"));
        QVERIFY(requesting);
        QVERIFY(requesting->count() >= 36);
        const int france = requesting->findData(QStringLiteral("FR"));
        QVERIFY(france >= 0);
        QCOMPARE(requesting->itemText(france), QStringLiteral("France (FR)"));
        QVERIFY(requesting->itemText(1) < requesting->itemText(2)); // by name, after "(no state)"
        requesting->completer()->setCompletionPrefix(QStringLiteral("ranc"));
        QStringList found;
        for (int i = 0; i < requesting->completer()->completionCount(); ++i) {
            requesting->completer()->setCurrentRow(i);
            found << requesting->completer()->currentCompletion();
        }
        QVERIFY2(found.contains(QStringLiteral("France (FR)")), qPrintable(found.join(u'|')));
        // Text that names no state is not a value: the field goes back.
        requesting->lineEdit()->selectAll();
        QTest::keyClicks(requesting->lineEdit(), QStringLiteral("Atlantis"));
        emit requesting->lineEdit()->editingFinished();
        QCOMPARE(requesting->currentData().toString(), QString());
        QCOMPARE(requesting->currentText(), requesting->itemText(0));
        session->end();
    }

    void editsARequestAndSaysWhatIsWrong() {
        test::TestRegister t;
        QVERIFY(RegisterExchange::importAll(t.reg().database(), test::sampleData()));
        auto session = Workspace::start(t.reg()).value();
        const Request original =
            SqlCipherRequestRepository(t.reg().database()).find(QStringLiteral("OUT-2026-0002")).value();
        RequestEditorDialog dialog(*session, original, false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* periods = field<QTableWidget>(&dialog, QStringLiteral("Periods"));
        QVERIFY(periods);
        periods->item(0, 0)->setText(QStringLiteral("2026-03-01")); // after its end
        auto* subject = field<QLineEdit>(&dialog, QStringLiteral("Subject"));
        subject->clear();
        QVERIFY(!dialog.save());
        QLabel* problems = field<QLabel>(&dialog, QStringLiteral("Problems"));
        QVERIFY(problems && problems->isVisible());
        QVERIFY2(problems->text().contains(QStringLiteral("summary")), qPrintable(problems->text()));
        QVERIFY2(problems->text().contains(QStringLiteral("ends before it starts")),
                 qPrintable(problems->text()));
        QVERIFY(subject->hasFocus() || dialog.form()->currentIndex() == 0); // the first problem is shown
        QCOMPARE(SqlCipherRequestRepository(t.reg().database()).find(original.id)->dateRanges,
                 original.dateRanges);

        periods->item(0, 0)->setText(QStringLiteral("2026-01-02"));
        QTest::keyClicks(subject, QStringLiteral("Produce the mailbox data"));
        QVERIFY(dialog.save());
        const Request saved = SqlCipherRequestRepository(t.reg().database()).find(original.id).value();
        QCOMPARE(saved.summary, QStringLiteral("Produce the mailbox data"));
        QCOMPARE(saved.dateRanges.first().from, QDate(2026, 1, 2));
        QCOMPARE(saved.links, original.links); // the link to the preservation order survives an edit
        QVERIFY(saved.updatedAt > original.updatedAt);
    }

    void undoAndRedoTheWholeForm() {
        test::TestRegister t;
        QVERIFY(RegisterExchange::importAll(t.reg().database(), test::sampleData()));
        auto session = Workspace::start(t.reg()).value();
        const Request original =
            SqlCipherRequestRepository(t.reg().database()).find(QStringLiteral("OUT-2026-0001")).value();
        RequestEditorDialog dialog(*session, original, false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* offence = field<QLineEdit>(&dialog, QStringLiteral("Offence"));
        offence->selectAll();
        QTest::keyClicks(offence, QStringLiteral("money laundering"));
        QTRY_VERIFY(dialog.undoStack()->canUndo()); // the edit settles into one step
        dialog.undoStack()->undo();
        QCOMPARE(offence->text(), original.offence);
        QVERIFY(!dialog.isDirty());
        dialog.undoStack()->redo();
        QCOMPARE(offence->text(), QStringLiteral("money laundering"));
        QVERIFY(dialog.isDirty());
    }

    void unsavedChangesAreNotLostSilently() {
        test::TestRegister t;
        QVERIFY(RegisterExchange::importAll(t.reg().database(), test::sampleData()));
        auto session = Workspace::start(t.reg()).value();
        const Request original =
            SqlCipherRequestRepository(t.reg().database()).find(QStringLiteral("OUT-2026-0001")).value();
        RequestEditorDialog dialog(*session, original, false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(field<QLineEdit>(&dialog, QStringLiteral("Offence")), QStringLiteral(" (attempt)"));

        answerNextMessageBox(QMessageBox::Cancel); // "keep editing"
        dialog.reject();
        QVERIFY(dialog.isVisible());

        answerNextMessageBox(QMessageBox::Discard);
        dialog.reject();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(SqlCipherRequestRepository(t.reg().database()).find(original.id)->offence, original.offence);
    }

    void closingAnUntouchedEditorAsksNothing() {
        test::TestRegister t;
        QVERIFY(RegisterExchange::importAll(t.reg().database(), test::sampleData()));
        auto session = Workspace::start(t.reg()).value();
        RequestEditorDialog dialog(
            *session,
            SqlCipherRequestRepository(t.reg().database()).find(QStringLiteral("OUT-2026-0001")).value(),
            false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.isDirty());
        dialog.reject();
        QVERIFY(!dialog.isVisible());
    }
};

QTEST_MAIN(TestRequestEditor)
#include "tst_requesteditor.moc"
