// Users in the window (issue 21, item 2): an administrator adds a user,
// changes roles and removes one in Register › Users…; anyone changes their
// own passphrase; the unlock dialog lists the register's users, the one
// chosen last first, and unlocks as the one chosen.
#include "TestRegister.h"
#include "access/Role.h"
#include "services/RegisterAccess.h"
#include "services/Session.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "storage/Register.h"
#include "ui/register/UnlockDialog.h"
#include "ui/register/UserFormDialog.h"
#include "ui/register/UsersDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace mladesk;

namespace {

QPushButton* buttonNamed(QWidget* parent, const QString& text) {
    for (QPushButton* button : parent->findChildren<QPushButton*>())
        if (button->text() == text)
            return button;
    return nullptr;
}

// The form's passphrase fields in their order: (current,) new, repeat.
QList<QLineEdit*> passphraseFields(QWidget* form) {
    QList<QLineEdit*> fields;
    for (QLineEdit* field : form->findChildren<QLineEdit*>())
        if (field->echoMode() == QLineEdit::Password)
            fields << field;
    return fields;
}

QStringList tableNames(QTableWidget* table) {
    QStringList names;
    for (int row = 0; row < table->rowCount(); ++row)
        names << table->item(row, 0)->text();
    return names;
}

} // namespace

class TestUsersDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void anAdministratorAddsChangesAndRemovesUsers() {
        test::TestRegister t;
        auto admin = Workspace::start(t.reg()).value();
        UsersDialog users(*admin);
        auto* table = users.findChild<QTableWidget*>();
        QCOMPARE(tableNames(table), QStringList{QStringLiteral("tester")});

        // Add: name, roles, passphrase twice; the derivation runs beside, then the user is there.
        UserFormDialog add(*admin, UserFormDialog::Mode::AddUser, {}, &users);
        add.show();
        QLineEdit* name = nullptr;
        for (QLineEdit* field : add.findChildren<QLineEdit*>())
            if (field->echoMode() == QLineEdit::Normal)
                name = field;
        QVERIFY(name);
        QTest::keyClicks(name, QStringLiteral("paula"));
        for (QCheckBox* box : add.findChildren<QCheckBox*>())
            if (box->property("role").toString() == roles::kProsecutor)
                box->setChecked(true);
        const QList<QLineEdit*> fields = passphraseFields(&add);
        QCOMPARE(fields.size(), 2);
        QTest::keyClicks(fields[0], QStringLiteral("short"));
        QTest::keyClicks(fields[1], QStringLiteral("short"));
        QTest::mouseClick(add.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(add.isVisible()); // too short: refused, the form stays
        for (QLineEdit* field : fields)
            field->setText(QStringLiteral("paula's passphrase"));
        QTest::mouseClick(add.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(add.result(), int(QDialog::Accepted), 20000);
        QVERIFY(t.reg().verifyPassphrase(QStringLiteral("paula"), test::passphrase("paula's passphrase")));
        auto listed = admin->users().users().value();
        QCOMPARE(listed.size(), 2);
        const auto paula = std::find_if(listed.begin(), listed.end(),
                                        [](const UserRecord& u) { return u.name == QLatin1String("paula"); });
        QVERIFY(paula != listed.end());
        QCOMPARE(paula->roles, QStringList{roles::kProsecutor});

        // The last administrator keeps the role: the form says why and stays.
        UserFormDialog roles(*admin, UserFormDialog::Mode::Roles, QStringLiteral("tester"), &users);
        roles.show();
        for (QCheckBox* box : roles.findChildren<QCheckBox*>())
            if (box->property("role").toString() == roles::kAdministrator)
                box->setChecked(false);
        QTest::mouseClick(roles.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(roles.isVisible());
        bool said = false;
        for (QLabel* label : roles.findChildren<QLabel*>())
            said =
                said || (label->isVisible() && label->text().contains(QStringLiteral("last administrator")));
        QVERIFY(said);
        QVERIFY(admin->session().roles().contains(roles::kAdministrator));

        // Remove, after the question.
        UsersDialog again(*admin);
        auto* list = again.findChild<QTableWidget*>();
        QCOMPARE(tableNames(list), (QStringList{QStringLiteral("paula"), QStringLiteral("tester")}));
        list->selectRow(0);
        QTimer::singleShot(0, [] {
            QTRY_VERIFY(qobject_cast<QMessageBox*>(QApplication::activeModalWidget()) != nullptr);
            qobject_cast<QMessageBox*>(QApplication::activeModalWidget())->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(buttonNamed(&again, QStringLiteral("Re&move")), Qt::LeftButton);
        QCOMPARE(tableNames(list), QStringList{QStringLiteral("tester")});
        QVERIFY(!t.reg().keySlots().users().contains(QStringLiteral("paula")));
        list->selectRow(0);                                                    // tester
        QVERIFY(!buttonNamed(&again, QStringLiteral("Re&move"))->isEnabled()); // not oneself
    }

    void anyoneChangesTheirOwnPassphraseWithTheCurrentOne() {
        test::TestRegister t;
        auto admin = Workspace::start(t.reg()).value();
        UserFormDialog own(*admin, UserFormDialog::Mode::OwnPassphrase);
        own.show();
        QList<QLineEdit*> fields = passphraseFields(&own);
        QCOMPARE(fields.size(), 3);
        fields[0]->setText(QStringLiteral("not the passphrase"));
        fields[1]->setText(QStringLiteral("a brand new passphrase"));
        fields[2]->setText(QStringLiteral("a brand new passphrase"));
        QTest::mouseClick(own.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(own.findChild<QDialogButtonBox*>()->isEnabled(), 20000);
        QVERIFY(own.isVisible()); // the current one was wrong: nothing changed
        QVERIFY(t.reg().verifyPassphrase(QStringLiteral("tester"), test::passphrase()));
        fields[0]->setText(QString::fromLatin1(test::kPassphrase));
        fields[1]->setText(QStringLiteral("a brand new passphrase"));
        fields[2]->setText(QStringLiteral("a brand new passphrase"));
        QTest::mouseClick(own.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(own.result(), int(QDialog::Accepted), 20000);
        QVERIFY(
            t.reg().verifyPassphrase(QStringLiteral("tester"), test::passphrase("a brand new passphrase")));
    }

    // The unlock dialog lists the users (one added since the register was
    // loaded too) and unlocks as the one chosen, who is then chosen first.
    void theUnlockDialogListsTheUsersAndUnlocksAsTheOneChosen() {
        test::TestRegister t;
        {
            auto admin = Workspace::start(t.reg()).value();
            QVERIFY(admin->users().add(QStringLiteral("paula"), {roles::kProsecutor},
                                       test::passphrase("paula's passphrase"), KdfCost::interactive()));
            admin->end();
        }
        Register* reg = t.handle().get();
        reg->lock();
        auto access = t.access();
        for (int attempt = 0; attempt < 2; ++attempt) {
            UnlockDialog dialog(*access);
            dialog.show();
            auto* users = dialog.findChild<QComboBox*>();
            QVERIFY(users && users->isVisible());
            QCOMPARE(users->count(), 2);
            if (attempt == 0)
                users->setCurrentText(QStringLiteral("paula"));
            else
                QCOMPARE(users->currentText(), QStringLiteral("paula")); // remembered for this register
            QLineEdit* passphrase = passphraseFields(&dialog).value(0);
            QTRY_VERIFY(passphrase->isEnabled());
            passphrase->setText(QStringLiteral("paula's passphrase"));
            QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
            QCOMPARE(reg->user(), QStringLiteral("paula"));
            reg->lock();
        }
    }
};

QTEST_MAIN(TestUsersDialog)
#include "tst_usersdialog.moc"
