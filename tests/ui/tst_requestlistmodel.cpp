#include "SampleData.h"
#include "TestRegister.h"
#include "demo/DemoGenerator.h"
#include "domain/DisplayNames.h"
#include "interchange/RegisterExchange.h"
#include "services/Workspace.h"
#include "ui/requests/RequestListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace mladesk;

class TestRequestListModel : public QObject {
    Q_OBJECT
private:
    static bool waitLoaded(RequestListModel& model) {
        QSignalSpy spy(&model, &RequestListModel::loaded);
        return spy.wait(20000);
    }
    // Reads every row (pages arrive asynchronously).
    static QStringList column(RequestListModel& model, int column) {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, column);
            if (model.idAt(row).isEmpty())
                if (!QTest::qWaitFor([&] { return !model.idAt(row).isEmpty(); }, 20000))
                    return {};
            values << model.data(index).toString();
        }
        return values;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void loadsOffTheUiThreadAndPassesTheModelTester() {
        test::TestRegister t;
        DemoGenerator generator(3, QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC));
        QVERIFY(RegisterExchange::importAll(t.reg().database(), generator.generate(450)));
        RequestListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loading(&model, &RequestListModel::loadingChanged);
        auto workspace = Workspace::start(t.reg()).value();
        model.setWorkspace(workspace.get());
        QVERIFY(model.isLoading()); // the query runs in the background
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.totalCount(), 450);
        QCOMPARE(model.rowCount(), 450);
        QTRY_VERIFY(!model.idAt(0).isEmpty()); // rows arrive a page at a time
        QVERIFY(model.data(model.index(0, RequestListModel::Reference))
                    .toString()
                    .startsWith(QStringLiteral("IN-")));
        QTRY_VERIFY(!model.idAt(449).isEmpty());
        QVERIFY(loading.count() >= 2);
        model.setWorkspace(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void aPageReadForTheOldListDoesNotLandInTheNewOne() {
        // A view that shows the old list while a new query runs asks for the
        // old list's rows; they must not be taken for the new list's.
        test::TestRegister t;
        DemoGenerator generator(4, QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC));
        QVERIFY(RegisterExchange::importAll(t.reg().database(), generator.generate(120)));
        RequestListModel model;
        auto workspace = Workspace::start(t.reg()).value();
        model.setWorkspace(workspace.get());
        QVERIFY(waitLoaded(model));
        RequestFilter outgoing;
        outgoing.direction = QStringLiteral("outgoing");
        model.setFilter(outgoing);
        QVERIFY(model.isLoading());
        QVERIFY(model.idAt(0).isEmpty()); // asks for the old list's first page
        QThread::msleep(300); // both reads finish, the new list's first: their results queue in that order
        QVERIFY(waitLoaded(model));
        QTRY_VERIFY(!model.idAt(0).isEmpty());
        QVERIFY(model.data(model.index(0, RequestListModel::Reference))
                    .toString()
                    .startsWith(QStringLiteral("OUT-")));
    }

    void filtersSearchesAndSorts() {
        test::TestRegister t;
        QVERIFY(RegisterExchange::importAll(t.reg().database(), test::sampleData()));
        DemoGenerator generator(4, QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC));
        QVERIFY(RegisterExchange::importAll(t.reg().database(), generator.generate(120)));
        RequestListModel model;
        auto workspace = Workspace::start(t.reg()).value();
        model.setWorkspace(workspace.get());
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.totalCount(), 122);

        RequestFilter f;
        f.search = QStringLiteral("zyxwvut");
        model.setFilter(f);
        QVERIFY(waitLoaded(model));
        QCOMPARE(column(model, RequestListModel::Reference),
                 (QStringList{QStringLiteral("OUT-2026-0001"), QStringLiteral("OUT-2026-0002")}));

        f = {};
        f.instrument = QStringLiteral("epoc-pr");
        f.direction = QStringLiteral("outgoing");
        model.setFilter(f);
        QVERIFY(waitLoaded(model));
        for (const QString& instrument : column(model, RequestListModel::Instrument))
            QCOMPARE(instrument, displayName::instrument(QStringLiteral("epoc-pr"))); // "EPOC-PR"

        f = {};
        f.urgency = QStringLiteral("emergency");
        model.setFilter(f);
        QVERIFY(waitLoaded(model));
        for (const QString& urgency : column(model, RequestListModel::Urgency))
            QCOMPARE(urgency, QStringLiteral("Emergency"));

        f = {};
        f.createdFrom = QDate(2026, 2, 1);
        f.createdTo = QDate(2026, 2, 1);
        model.setFilter(f);
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.totalCount(), 2); // the two sample requests were created that day

        model.setFilter({});
        model.sort(RequestListModel::Reference, Qt::DescendingOrder);
        QVERIFY(waitLoaded(model));
        const QStringList descending = column(model, RequestListModel::Reference);
        QStringList sorted = descending;
        std::sort(sorted.begin(), sorted.end(), std::greater<>());
        QCOMPARE(descending, sorted);

        model.sort(RequestListModel::Urgency, Qt::DescendingOrder);
        QVERIFY(waitLoaded(model));
        const QStringList urgencies = column(model, RequestListModel::Urgency);
        QCOMPARE(urgencies.first(), QStringLiteral("Emergency"));
        QCOMPARE(urgencies.last(), QStringLiteral("Normal"));
    }

    void aNewerQueryWinsOverAnOlderOne() {
        test::TestRegister t;
        QVERIFY(RegisterExchange::importAll(t.reg().database(), test::sampleData()));
        RequestListModel model;
        auto workspace = Workspace::start(t.reg()).value();
        model.setWorkspace(workspace.get());
        RequestFilter f;
        f.search = QStringLiteral("nothing-matches-this");
        model.setFilter(f); // issued right after the first query
        QVERIFY(waitLoaded(model));
        QTest::qWait(200);
        QCOMPARE(model.totalCount(), 0);
    }
};

QTEST_MAIN(TestRequestListModel)
#include "tst_requestlistmodel.moc"
