#include "SampleData.h"
#include "TestRegister.h"
#include "demo/DemoGenerator.h"
#include "interchange/RegisterExchange.h"
#include "ui/MainWindow.h"
#include "ui/RequestListModel.h"
#include "ui/UnlockDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace mladesk;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void listPagesInAndPassesTheModelTester() {
        test::TestRegister t;
        DemoGenerator generator(3, QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC));
        QVERIFY(RegisterExchange::importAll(t.reg().database(), generator.generate(450)));
        RequestListModel model;
        model.setDatabase(&t.reg().database());
        QCOMPARE(model.totalCount(), 450);
        QCOMPARE(model.rowCount(), RequestListModel::kPageSize); // never all at once
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.data(model.index(0, RequestListModel::Reference)).toString().isEmpty());
        model.setDatabase(nullptr);
        QCOMPARE(model.rowCount(), 0);

        model.setDatabase(&t.reg().database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
    }

    void lockHidesTheContent() {
        test::TestRegister t;
        QVERIFY(RegisterExchange::importAll(t.reg().database(), test::sampleData()));
        MainWindow window(std::move(t.handle()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* table = window.findChild<QTableView*>();
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 2);
        QVERIFY(table->isVisible());
        QVERIFY(window.statusBar()->findChildren<QLabel*>().size() >= 3);
        window.lock();
        QVERIFY(!table->isVisible());
        QCOMPARE(table->model()->rowCount(), 0);
        auto labels = window.findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel* l) {
            return l->isVisible() && l->text().contains(QStringLiteral("locked"));
        }));
    }

    void unlockDialogSaysWhenThePassphraseIsWrongAndLetsTheUserRetry() {
        test::TestRegister t;
        t.reg().lock();
        UnlockDialog dialog(t.reg());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* field = dialog.findChild<QLineEdit*>();
        auto* buttons = dialog.findChild<QDialogButtonBox*>();
        QVERIFY(field && buttons);
        QTest::keyClicks(field, QStringLiteral("wrong passphrase"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(field->text().isEmpty()); // the typed secret does not linger in the widget
        QTRY_VERIFY_WITH_TIMEOUT(field->isEnabled(), 20000);
        auto labels = dialog.findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel* l) {
            return l->isVisible() && l->text().contains(QStringLiteral("passphrase is wrong"));
        }));
        QVERIFY(dialog.isVisible());
        QTest::keyClicks(field, QString::fromLatin1(test::kPassphrase));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 20000);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(t.reg().isUnlocked());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
