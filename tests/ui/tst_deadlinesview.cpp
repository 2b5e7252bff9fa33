// The deadlines dashboard, the request's Deadlines tab, the tray notifier and
// the calendar export, on a register whose deadlines are known in advance.
#include "SampleData.h"
#include "TestRegister.h"
#include "domain/DisplayNames.h"
#include "interchange/RegisterExchange.h"
#include "services/AuditService.h"
#include "services/DeadlineService.h"
#include "services/ExchangeService.h"
#include "services/RequestService.h"
#include "services/Session.h"
#include "services/Workspace.h"
#include "storage/SqlCipherRequestRepository.h"
#include "ui/MainWindow.h"
#include "ui/deadlines/AdjustDeadlineDialog.h"
#include "ui/deadlines/CalendarExportDialog.h"
#include "ui/deadlines/DeadlineNotifier.h"
#include "ui/deadlines/DeadlineText.h"
#include "ui/deadlines/DeadlinesView.h"
#include "ui/deadlines/DueBucket.h"
#include "ui/deadlines/RequestDeadlinesTab.h"
#include "ui/requests/RequestDetailsPanel.h"
#include "ui/requests/RequestFilterBar.h"
#include "ui/requests/RequestListModel.h"
#include "ui/requests/RequestsView.h"

#include <QApplication>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <cmath>
#include <ctime>

using namespace mladesk;

namespace {

// "Now" for the dashboard: Wednesday 10 June 2026, 10:00 UTC. The periods run
// in Germany (the requested state of these incoming EIOs): Europe/Berlin,
// two hours ahead of the test's UTC in summer.
const QDateTime kNow(QDate(2026, 6, 10), QTime(10, 0), Qt::UTC);

const QString kOld = QStringLiteral("00000000-0000-4000-8000-0000000000d1");
const QString kToday = QStringLiteral("00000000-0000-4000-8000-0000000000d2");
const QString kUrgent = QStringLiteral("00000000-0000-4000-8000-0000000000d3");
const QString kStopped = QStringLiteral("00000000-0000-4000-8000-0000000000d4");

QDateTime utc(int month, int day, int hour, int minute = 0) {
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
}

Request incomingEio(const QString& id, const QString& reference, const QDateTime& received,
                    const QString& urgency = QStringLiteral("normal")) {
    const InterchangeData sample = test::sampleData();
    Request r = sample.requests[0];
    r.id = id;
    r.reference = reference;
    r.direction = QStringLiteral("incoming");
    r.instrument = QStringLiteral("eio");
    r.status = QStringLiteral("received");
    r.urgency = urgency;
    r.requestingState = QStringLiteral("IE");
    r.requestingAuthorityId = sample.authorities[1].id;
    r.requestedState = QStringLiteral("DE");
    r.requestedAuthorityId = sample.authorities[0].id;
    r.summary = QStringLiteral("Bank records of %1").arg(reference);
    r.events = {{QStringLiteral("received"), received}};
    r.links.clear();
    return r;
}

// Four incoming EIOs (Directive 2014/41/EU; receipt within a week, Art. 16(1);
// recognition within 30 days, Art. 12(3); provisional measure within 24 hours
// for urgent ones, Art. 32(2)), counted under Regulation 1182/71 in Germany:
//  IN-OLD    received 1 May:   receipt-ack 8 May, recognition 31 May (a Sunday,
//            so Monday 1 June): both overdue
//  IN-TODAY  received 10 June: receipt-ack 24:00 17 June (within 7 days),
//            recognition 10 July (later)
//  IN-URGENT received 9 June 12:30 Berlin: provisional measure 13:00 Berlin
//            today (due today), receipt-ack 16 June (within 7 days),
//            recognition 9 July (later)
//  IN-STOP   received 1 June: receipt-ack 8 June (overdue), recognition clock
//            stopped on 5 June awaiting a clarification
void fill(Workspace& session) {
    QVERIFY(session.exchange().importData(test::sampleData()));
    QVERIFY(session.requests().create(incomingEio(kOld, QStringLiteral("IN-OLD"), utc(5, 1, 9))));
    QVERIFY(session.requests().create(incomingEio(kToday, QStringLiteral("IN-TODAY"), utc(6, 10, 8))));
    // It asks for a provisional measure: 24 hours to decide on it (Directive 2014/41/EU Art. 32(2)).
    Request urgent =
        incomingEio(kUrgent, QStringLiteral("IN-URGENT"), utc(6, 9, 10, 30), QStringLiteral("urgent"));
    urgent.options = {QStringLiteral("provisional-measure")};
    QVERIFY(session.requests().create(urgent));
    QVERIFY(session.requests().create(incomingEio(kStopped, QStringLiteral("IN-STOP"), utc(6, 1, 9))));
    DeadlineAdjustment stop;
    stop.kind = QStringLiteral("recognition");
    stop.type = DeadlineAdjustment::Type::Stop;
    stop.at = utc(6, 5, 9);
    stop.reason = QStringLiteral("Clarification of the measures awaited");
    QVERIFY(session.deadlines().adjust(kStopped, stop));
}

QStringList column(const DeadlinesModel* model, DueBucket bucket, int column) {
    QStringList values;
    const QModelIndex group = model->groupIndex(bucket);
    for (int r = 0; r < model->rowCount(group); ++r)
        values << model->index(r, column, group).data().toString();
    return values;
}

QPalette darkPalette() {
    QPalette p;
    p.setColor(QPalette::Base, QColor(30, 30, 32));
    p.setColor(QPalette::Text, QColor(230, 230, 230));
    p.setColor(QPalette::AlternateBase, QColor(40, 40, 44));
    return p;
}

// WCAG relative luminance and contrast ratio.
double luminance(const QColor& c) {
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
double contrast(const QColor& a, const QColor& b) {
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

template <typename Dialog> void whenModal(std::function<void(Dialog*)> act) {
    auto* poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, act] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll->stop();
        poll->deleteLater();
        act(dialog);
    });
    poll->start();
}

} // namespace

class TestDeadlinesView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("TZ", "UTC"); // the user's own time in these tests
        tzset();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // day names
    }

    void groupsCountsAndTimes() {
        test::TestRegister t;
        auto session = Workspace::start(t.reg()).value();
        fill(*session);
        DeadlinesView view;
        view.setClock([] { return kNow; });
        view.setSession(session.get());
        view.resize(1200, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(!view.isLoading());
        const DeadlinesModel* model = view.model();
        QCOMPARE(model->count(DueBucket::Overdue), 3);
        QCOMPARE(model->count(DueBucket::Today), 1);
        QCOMPARE(model->count(DueBucket::Week), 2);
        QCOMPARE(model->count(DueBucket::Later), 2);
        QCOMPARE(model->count(DueBucket::Stopped), 1);
        QCOMPARE(model->groupIndex(DueBucket::Overdue).data().toString(), QStringLiteral("Overdue (3)"));
        QCOMPARE(model->groupIndex(DueBucket::Today).data().toString(), QStringLiteral("Due today (1)"));
        QCOMPARE(column(model, DueBucket::Today, DeadlinesModel::Reference),
                 QStringList{QStringLiteral("IN-URGENT")});
        QCOMPARE(column(model, DueBucket::Today, DeadlinesModel::Kind),
                 QStringList{QStringLiteral("Provisional measure")});
        QCOMPARE(
            column(model, DueBucket::Overdue, DeadlinesModel::Reference),
            (QStringList{QStringLiteral("IN-OLD"), QStringLiteral("IN-OLD"), QStringLiteral("IN-STOP")}));
        QCOMPARE(column(model, DueBucket::Stopped, DeadlinesModel::Kind),
                 QStringList{QStringLiteral("Decision on recognition")});
        // Due at 24:00 on 17 June in Berlin: 22:00 UTC for the user, the
        // end of the day where the period runs.
        QCOMPARE(column(model, DueBucket::Week, DeadlinesModel::Reference),
                 (QStringList{QStringLiteral("IN-URGENT"), QStringLiteral("IN-TODAY")}));
        QCOMPARE(column(model, DueBucket::Week, DeadlinesModel::Due)[1],
                 QStringLiteral("Wed 2026-06-17 22:00"));
        QCOMPARE(column(model, DueBucket::Week, DeadlinesModel::DueThere)[1],
                 QStringLiteral("24:00 (Berlin)")); // the same day: the date once
        QVERIFY(model->index(1, DeadlinesModel::DueThere, model->groupIndex(DueBucket::Week))
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("Wed 2026-06-17 24:00 (Berlin) in DE")));
        QCOMPARE(column(model, DueBucket::Week, DeadlinesModel::Instrument)[1],
                 displayName::instrument(QStringLiteral("eio"))); // "EIO"
        QCOMPARE(column(model, DueBucket::Week, DeadlinesModel::Direction)[1], QStringLiteral("Incoming"));

        // Colours by group, from the palette: red, orange, amber stand out
        // from the text on light and on dark bases alike.
        for (const QPalette& palette : {QApplication::style()->standardPalette(), darkPalette()})
            for (DueBucket bucket : {DueBucket::Overdue, DueBucket::Today, DueBucket::Week})
                QVERIFY2(contrast(dueColour(bucket, palette), palette.color(QPalette::Base)) >= 4.5,
                         qPrintable(dueColour(bucket, palette).name()));
        QVERIFY(model->groupIndex(DueBucket::Overdue).data(Qt::ForegroundRole).value<QColor>() !=
                model->groupIndex(DueBucket::Later).data(Qt::ForegroundRole).value<QColor>());

        // Time moves on: a week later the same register regroups.
        view.setClock([] { return kNow.addDays(7); });
        view.reload();
        QTRY_VERIFY(!view.isLoading() && view.model()->count(DueBucket::Overdue) == 5);
        QCOMPARE(view.model()->count(DueBucket::Today), 1); // IN-TODAY's receipt, until 24:00 in Berlin
    }

    void theTrailShowsOnSelection() {
        test::TestRegister t;
        auto session = Workspace::start(t.reg()).value();
        fill(*session);
        DeadlinesView view;
        view.setClock([] { return kNow; });
        view.setSession(session.get());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(!view.isLoading());
        const QModelIndex recognition = view.model()->indexOf(kOld, QStringLiteral("recognition"), QString());
        QVERIFY(recognition.isValid());
        QSignalSpy shown(&view, &DeadlinesView::trailShown);
        view.tree()->setCurrentIndex(recognition);
        QTRY_VERIFY(view.trail()->toPlainText().contains(QStringLiteral("Art. 12(3)")));
        const QString trail = view.trail()->toPlainText();
        QVERIFY2(trail.contains(QStringLiteral("IN-OLD — Decision on recognition")), qPrintable(trail));
        QVERIFY2(trail.contains(QStringLiteral("1182/71")), qPrintable(trail));
        QVERIFY2(trail.contains(QStringLiteral("Mon 2026-06-01 24:00 (Berlin)")), qPrintable(trail));
        QVERIFY2(trail.contains(QStringLiteral("Sun")), qPrintable(trail)); // the rollover step says why
    }

    void openingADeadlineSelectsItsRequest() {
        test::TestRegister t;
        {
            auto session = Workspace::start(t.reg()).value();
            fill(*session);
            session->end();
        }
        MainWindow window(t.access());
        window.resize(1300, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DeadlinesView* view = window.deadlinesView();
        QVERIFY(view->isVisible()); // the window opens on the deadlines
        view->setClock([] { return kNow; });
        view->reload();
        QTRY_VERIFY(!view->isLoading() && view->model()->count(DueBucket::Today) == 1);

        // A search in the request list that hides the request must not hide it.
        window.showSection(MainWindow::Incoming);
        RequestsView* requests = window.requestsView();
        QLineEdit* search = nullptr;
        for (QLineEdit* e : requests->findChildren<QLineEdit*>())
            if (e->accessibleName() == QLatin1String("Search"))
                search = e;
        QVERIFY(search);
        search->setText(QStringLiteral("IN-OLD"));
        QTRY_COMPARE(requests->model()->totalCount(), 1);

        window.showSection(MainWindow::Deadlines);
        view->tree()->setCurrentIndex(
            view->model()->index(0, 0, view->model()->groupIndex(DueBucket::Today)));
        view->tree()->setFocus();
        QTest::keyClick(view->tree(), Qt::Key_Return);
        QTRY_VERIFY(requests->isVisible());
        QTRY_COMPARE(requests->details()->currentId(), kUrgent);
        QTRY_VERIFY(search->text().isEmpty());
        QTRY_COMPARE(requests->model()->idAt(requests->table()->currentIndex().row()), kUrgent);
        QVERIFY(requests->table()->selectionModel()->isRowSelected(requests->table()->currentIndex().row()));

        // The "Open request" button does the same.
        window.showSection(MainWindow::Deadlines);
        view->tree()->setCurrentIndex(view->model()->indexOf(kOld, QStringLiteral("receipt-ack"), QString()));
        QPushButton* open = nullptr;
        for (QPushButton* b : view->findChildren<QPushButton*>())
            if (b->text().contains(QStringLiteral("Open request")))
                open = b;
        QVERIFY(open && open->isEnabled());
        open->click();
        QTRY_COMPARE(requests->details()->currentId(), kOld);
        QTRY_COMPARE(requests->model()->idAt(requests->table()->currentIndex().row()), kOld);
    }

    void anAdjustmentThroughTheDialogMovesTheDate() {
        test::TestRegister t;
        auto session = Workspace::start(t.reg()).value();
        fill(*session);
        RequestDetailsPanel panel;
        panel.setSession(session.get());
        panel.resize(900, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.showRequest(kToday);
        panel.showDeadlinesTab();
        RequestDeadlinesTab* tab = panel.deadlinesTab();
        QTRY_COMPARE(tab->table()->rowCount(), 2);
        int row = -1;
        for (int r = 0; r < tab->deadlines().size(); ++r)
            if (tab->deadlines()[r].kind == QLatin1String("recognition"))
                row = r;
        QVERIFY(row >= 0);
        const QDateTime before = tab->deadlines()[row].due;
        QCOMPARE(before, utc(7, 10, 22)); // 24:00 on Friday 10 July in Berlin
        tab->table()->setCurrentCell(row, 0);
        QVERIFY(tab->trail()->toPlainText().contains(QStringLiteral("Art. 12(3)")));

        // Extend by the instrument's 30 days (Art. 12(5)); a reason is required.
        bool okDisabledWithoutReason = false;
        whenModal<AdjustDeadlineDialog>([&](AdjustDeadlineDialog* dialog) {
            auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            okDisabledWithoutReason = !ok->isEnabled();
            QCOMPARE(dialog->amountBox()->value(), 0); // as the instrument provides
            dialog->reasonEdit()->setPlainText(QStringLiteral("Reasons given to the issuing authority"));
            ok->click();
        });
        QPushButton* extend = nullptr;
        for (QPushButton* b : tab->findChildren<QPushButton*>())
            if (b->text().contains(QStringLiteral("xtend")))
                extend = b;
        QVERIFY(extend && extend->isEnabled());
        QSignalSpy adjusted(&panel, &RequestDetailsPanel::deadlinesAdjusted);
        extend->click();
        QVERIFY(okDisabledWithoutReason);
        QCOMPARE(adjusted.count(), 1);
        QCOMPARE(tab->deadlines()[row].kind, QStringLiteral("recognition"));
        QCOMPARE(tab->deadlines()[row].due, utc(8, 10, 22)); // 9 August is a Sunday: Monday 10 August
        QVERIFY(tab->trail()->toPlainText().contains(QStringLiteral("Art. 12(5)")));
        QCOMPARE(tab->table()->item(row, RequestDeadlinesTab::DueUtc)->text(),
                 QStringLiteral("Mon 2026-08-10 22:00 UTC"));

        // A refusal from the register is shown as it comes, and the dialog stays.
        QString refusal;
        whenModal<AdjustDeadlineDialog>([&](AdjustDeadlineDialog* dialog) {
            dialog->dateTimeEdit()->setDateTime(QDateTime(QDate(2026, 1, 5), QTime(9, 0)));
            dialog->reasonEdit()->setPlainText(QStringLiteral("Clarification asked"));
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
            for (QLabel* label : dialog->findChildren<QLabel*>())
                if (label->isVisible() && label->text().contains(QStringLiteral("cannot stop")))
                    refusal = label->text();
            dialog->reject();
        });
        tab->adjust(DeadlineAdjustment::Type::Stop);
        QVERIFY2(refusal.contains(QStringLiteral("before the period started")), qPrintable(refusal));
        QCOMPARE(tab->deadlines()[row].state, Deadline::State::Open);
    }

    void completenessSaysWhatIsMissing() {
        test::TestRegister t;
        auto session = Workspace::start(t.reg()).value();
        QVERIFY(session->exchange().importData(test::sampleData()));
        Request thin = test::sampleData().requests[1];
        thin.id = QStringLiteral("00000000-0000-4000-8000-0000000000e1");
        thin.reference = QStringLiteral("OUT-2026-0101");
        thin.instrument = QStringLiteral("eio");
        thin.links.clear();
        thin.necessity.clear();
        thin.facts.clear();
        QVERIFY(session->requests().create(thin));
        RequestDetailsPanel panel;
        panel.setSession(session.get());
        panel.show();
        panel.showRequest(thin.id);
        panel.showDeadlinesTab();
        const QString text = panel.deadlinesTab()->completeness()->text();
        QVERIFY2(text.contains(QStringLiteral("Incomplete for")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Art. 5(1)")), qPrintable(text));
        QVERIFY(panel.findChild<QLabel*>()->text().contains(QStringLiteral("required element")));

        panel.showRequest(QStringLiteral("00000000-0000-4000-8000-0000000000a1"));
        panel.showDeadlinesTab();
        const QString complete = panel.deadlinesTab()->completeness()->text();
        QVERIFY2(complete.contains(QStringLiteral("Complete for")), qPrintable(complete));
    }

    void theNotifierAnnouncesANewlyDueDeadlineOnce() {
        test::TestRegister t;
        {
            auto session = Workspace::start(t.reg()).value();
            fill(*session);
            session->end();
        }
        QDateTime now = kNow;
        DeadlineNotifier notifier;
        notifier.setClock([&now] { return now; });
        notifier.setInterval(3600 * 1000); // only the checks this test asks for
        QSignalSpy due(&notifier, &DeadlineNotifier::becameDue);
        QSignalSpy checked(&notifier, &DeadlineNotifier::checked);
        auto workspace = Workspace::start(t.reg()).value();
        notifier.setWorkspace(workspace.get()); // the first check takes note of what is due already
        QTRY_COMPARE(checked.count(), 1);
        QCOMPARE(due.count(), 0);

        now = utc(6, 16, 10); // IN-URGENT's receipt (24:00 in Berlin) is due today
        notifier.check();
        QTRY_COMPARE(checked.count(), 2);
        QCOMPARE(due.count(), 1);
        const QStringList lines = due.at(0).at(0).toStringList();
        // Only the reference and the kind: a notification may show on a locked screen.
        QCOMPARE(lines, QStringList{QStringLiteral("IN-URGENT — Acknowledgement of receipt")});
        QCOMPARE(DeadlineNotifier::title(1), QStringLiteral("Deadlines now due: 1"));

        notifier.check(); // nothing new: no second message
        QTRY_COMPARE(checked.count(), 3);
        QCOMPARE(due.count(), 1);

        now = utc(6, 17, 10); // IN-TODAY's receipt too
        notifier.check();
        QTRY_COMPARE(checked.count(), 4);
        QCOMPARE(due.count(), 2);
        QCOMPARE(due.at(1).at(0).toStringList(),
                 QStringList{QStringLiteral("IN-TODAY — Acknowledgement of receipt")});

        notifier.setWorkspace(nullptr); // locked: no more checks
        notifier.check();
        QTest::qWait(50);
        QCOMPARE(checked.count(), 4);

        QStringList many;
        for (int i = 0; i < 8; ++i)
            many << QStringLiteral("IN-%1 — Execution").arg(i);
        QCOMPARE(DeadlineNotifier::body(many).count(QLatin1Char('\n')), 5);
        QVERIFY(DeadlineNotifier::body(many).endsWith(QStringLiteral("… and 3 more")));
    }

    void exportsTheDeadlinesToACalendarFile() {
        test::TestRegister t;
        auto session = Workspace::start(t.reg()).value();
        fill(*session);
        DeadlinesView view;
        view.setClock([] { return kNow; });
        view.setSession(session.get());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("deadlines"));
        QString warning;
        whenModal<CalendarExportDialog>([&](CalendarExportDialog* dialog) {
            for (QLabel* label : dialog->findChildren<QLabel*>())
                warning += label->text();
            dialog->setPath(path);
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        });
        QSignalSpy message(&view, &DeadlinesView::message);
        view.exportCalendar();
        QVERIFY(warning.contains(QStringLiteral("not encrypted")));
        QTRY_COMPARE(message.count(), 1);
        QVERIFY2(message.at(0).at(0).toString().endsWith(QStringLiteral(".ics: 8")),
                 qPrintable(message.at(0).at(0).toString()));
        QFile ics(path + QStringLiteral(".ics"));
        QVERIFY(ics.open(QIODevice::ReadOnly));
        const QByteArray text = ics.readAll();
        QVERIFY(text.startsWith("BEGIN:VCALENDAR"));
        QVERIFY(text.contains("IN-URGENT"));
        QVERIFY(!text.contains("Bank records")); // no summaries
        auto audit = session->audit().entries();
        QVERIFY(audit);
        QVERIFY(std::any_of(audit->begin(), audit->end(), [](const AuditEntry& e) {
            return e.action == QLatin1String("export") && e.object == QLatin1String("deadlines");
        }));
    }
};

QTEST_MAIN(TestDeadlinesView)
#include "tst_deadlinesview.moc"
