// The state profile editor: holidays, languages and contacts saved in the
// register, bad rules refused with what to write instead.
#include "SampleData.h"
#include "TestRegister.h"
#include "rules/Catalogue.h"
#include "services/ExchangeService.h"
#include "services/ReferenceService.h"
#include "services/Session.h"
#include "services/Workspace.h"
#include "ui/cases/StateProfileDialog.h"
#include "ui/widgets/EditableTable.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace mladesk;

namespace {

template <typename W> W* field(QWidget* root, const QString& accessibleName) {
    for (W* w : root->findChildren<W*>())
        if (w->accessibleName() == accessibleName)
            return w;
    return nullptr;
}

void addHoliday(EditableTable* holidays, const QString& name, const QString& rule) {
    QTableWidget* table = holidays->table();
    const int row = table->rowCount();
    table->setRowCount(row + 1);
    table->setItem(row, 0, new QTableWidgetItem(name));
    table->setItem(row, 1, new QTableWidgetItem(rule));
}

void clickSave(QDialog& dialog) {
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
}

} // namespace

class TestStateProfileDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsTheYearsHolidaysAndWhatIsUnverified() {
        test::TestRegister t;
        auto session = Workspace::start(t.reg()).value();
        const StateProfile germany = *Catalogue::shipped()->state(QStringLiteral("DE"));
        StateProfileDialog dialog(*session, germany);
        auto* year = field<QSpinBox>(&dialog, QStringLiteral("Year"));
        year->setValue(2026);
        auto* dates = field<QListWidget>(&dialog, QStringLiteral("Public holidays of the year"));
        QStringList shown;
        for (int i = 0; i < dates->count(); ++i)
            shown << dates->item(i)->text();
        QVERIFY2(shown.filter(QStringLiteral("Easter Monday")).size() == 1, qPrintable(shown.join(u"; ")));
        QVERIFY(shown.filter(QStringLiteral("2026")).size() == shown.size());
        if (!germany.languagesVerified)
            QVERIFY(field<QLabel>(&dialog, QStringLiteral("Unverified data")));
    }

    void savesAnEditedProfileAndRefusesABadRule() {
        test::TestRegister t;
        auto session = Workspace::start(t.reg()).value();
        QVERIFY(session->exchange().importData(test::sampleData()));
        const StateProfile ireland = *Catalogue::shipped()->state(QStringLiteral("IE"));
        StateProfileDialog dialog(*session, ireland);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* holidayTable = field<QTableWidget>(&dialog, QStringLiteral("Public holidays"));
        QVERIFY(holidayTable);
        auto* holidays = qobject_cast<EditableTable*>(holidayTable->parentWidget());
        QVERIFY(holidays);
        addHoliday(holidays, QStringLiteral("Court closure"), QStringLiteral("every Friday"));
        clickSave(dialog);
        auto* problems = field<QLabel>(&dialog, QStringLiteral("Problems"));
        QVERIFY(problems->isVisible());
        QVERIFY2(problems->text().contains(QStringLiteral("4th Thu Nov")), qPrintable(problems->text()));
        QVERIFY(!session->references().catalogue().value().state(QStringLiteral("IE"))->edited);

        holidays->table()->item(holidays->table()->rowCount() - 1, 1)->setText(QStringLiteral("12-29"));
        field<QLineEdit>(&dialog, QStringLiteral("Central authority e-mail"))
            ->setText(QStringLiteral("mla@justice.example"));
        clickSave(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Catalogue catalogue = session->references().catalogue().value();
        const StateProfile* saved = catalogue.state(QStringLiteral("IE"));
        QVERIFY(saved->edited);
        QCOMPARE(saved->centralAuthority.email, QStringLiteral("mla@justice.example"));
        QCOMPARE(saved->holidays.size(), ireland.holidays.size() + 1);
        QCOMPARE(saved->holidays.last().month, 12);
        QCOMPARE(saved->holidays.last().day, 29);
    }
};

QTEST_MAIN(TestStateProfileDialog)
#include "tst_stateprofiledialog.moc"
