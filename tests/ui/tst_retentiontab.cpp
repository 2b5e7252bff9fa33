// The request's Retention tab: setting and extending a retention, the
// decisions listed, the actions the roles allow, a purge, and attachments
// added and saved as decrypted copies.
#include "SampleData.h"
#include "TestOffice.h"
#include "TestRegister.h"
#include "services/Session.h"
#include "services/Workspace.h"
#include "storage/SqlCipherRequestRepository.h"
#include "ui/requests/RequestDetailsPanel.h"
#include "ui/retention/RequestRetentionTab.h"
#include "ui/retention/RetentionDialog.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <ctime>

using namespace mladesk;

namespace {

const QString kRequest = QStringLiteral("00000000-0000-4000-8000-0000000000a1"); // OUT-2026-0001

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

QPushButton* button(QWidget& parent, const QString& name) {
    for (QPushButton* b : parent.findChildren<QPushButton*>())
        if (b->accessibleName() == name)
            return b;
    return nullptr;
}

// The sample data; "tester" (administrator, liaison officer) created the
// register, "paula" is a prosecutor.
struct Office : test::Office {
    Office() { addUser("paula", roles::kProsecutor); }
    Request request() { return SqlCipherRequestRepository(t.reg().database()).find(kRequest).value(); }
    QString file(const QString& name, const QByteArray& bytes) {
        const QString path = t.scratch(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
};

// Sets the retention through the dialog: the date, the reason, Save.
void setThroughDialog(RequestRetentionTab& tab, const QDate& until, const QString& reason) {
    bool answered = false;
    whenModal<RetentionDialog>([&](RetentionDialog* dialog) {
        QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled()); // no date yet
        dialog->dateEdit()->setDate(until);
        dialog->reasonEdit()->setPlainText(reason);
        QVERIFY(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        answered = true;
    });
    tab.setRetention();
    QVERIFY(answered);
}

} // namespace

class TestRetentionTab : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("TZ", "Europe/Berlin"); // the user's own time: one hour ahead of UTC in winter
        tzset();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void setIsShown() {
        Office office;
        RequestRetentionTab tab;
        tab.setSession(office.session.get());
        tab.showRequest(office.request());
        QVERIFY(tab.summary()->text().contains(QStringLiteral("No retention decided yet")));
        QVERIFY(!button(tab, QStringLiteral("Extend retention"))->isEnabled()); // nothing to extend
        const QDate until = QDate::currentDate().addYears(1);
        setThroughDialog(tab, until, QStringLiteral("Decision of the investigating judge, 3 March"));
        QVERIFY(tab.retention().has_value());
        QCOMPARE(tab.retention()->until, QDateTime(until, QTime(0, 0), Qt::UTC));
        QCOMPARE(tab.retention()->basis, QStringLiteral("case-decision"));
        const QString text = tab.summary()->text();
        QVERIFY2(text.contains(until.toString(Qt::ISODate) + QStringLiteral(" 01:00")), qPrintable(text));
        QVERIFY(text.contains(until.toString(Qt::ISODate) + QStringLiteral(" 00:00 UTC")));
        QVERIFY(text.contains(QStringLiteral("Case decision")));
        QVERIFY(text.contains(QStringLiteral("Decision of the investigating judge")));
        QVERIFY(text.contains(QStringLiteral("day(s) left")));
        QCOMPARE(tab.reviewTable()->rowCount(), 1);
        QCOMPARE(tab.reviewTable()->item(0, RequestRetentionTab::ReviewDecision)->text(),
                 QStringLiteral("Set"));
        QCOMPARE(tab.reviewTable()->item(0, RequestRetentionTab::ReviewUser)->text(),
                 QStringLiteral("tester"));
        QVERIFY(button(tab, QStringLiteral("Extend retention"))->isEnabled());
    }

    void aDateWithinTheReminderIsColoured() {
        Office office;
        RequestRetentionTab tab;
        tab.setSession(office.session.get());
        tab.showRequest(office.request());
        setThroughDialog(tab, QDate::currentDate().addDays(10), QStringLiteral("Short"));
        QVERIFY(tab.summary()->text().contains(QStringLiteral("within the reminder period of 30 day(s)")));
        QVERIFY(tab.summary()->text().contains(QStringLiteral("color:")));
    }

    void extendIsShownAndListed() {
        Office office;
        RequestRetentionTab tab;
        tab.setSession(office.session.get());
        tab.showRequest(office.request());
        const QDate first = QDate::currentDate().addMonths(6);
        setThroughDialog(tab, first, QStringLiteral("Case decision"));
        const QDate later = first.addMonths(6);
        bool answered = false;
        whenModal<RetentionDialog>([&](RetentionDialog* dialog) {
            auto* ok = dialog->buttons()->button(QDialogButtonBox::Ok);
            dialog->dateEdit()->setDate(later);
            QVERIFY(!ok->isEnabled()); // the reason is required
            dialog->reasonEdit()->setPlainText(QStringLiteral("Trial postponed to the autumn"));
            QVERIFY(ok->isEnabled());
            ok->click();
            answered = true;
        });
        button(tab, QStringLiteral("Extend retention"))->click();
        QVERIFY(answered);
        QCOMPARE(tab.retention()->until, QDateTime(later, QTime(0, 0), Qt::UTC));
        QCOMPARE(tab.retention()->basis, QStringLiteral("extension"));
        QVERIFY(tab.summary()->text().contains(later.toString(Qt::ISODate)));
        QVERIFY(tab.summary()->text().contains(QStringLiteral("Extension")));
        QCOMPARE(tab.reviewTable()->rowCount(), 2);
        QCOMPARE(tab.reviewTable()->item(1, RequestRetentionTab::ReviewDecision)->text(),
                 QStringLiteral("Extended"));
        QCOMPARE(tab.reviewTable()->item(1, RequestRetentionTab::ReviewReason)->text(),
                 QStringLiteral("Trial postponed to the autumn"));
        QCOMPARE(tab.reviewTable()->item(1, RequestRetentionTab::ReviewUntil)->text(),
                 later.toString(Qt::ISODate));
    }

    void aRefusalFromCoreIsShownInTheDialog() {
        Office office;
        RequestRetentionTab tab;
        tab.setSession(office.session.get());
        tab.showRequest(office.request());
        setThroughDialog(tab, QDate::currentDate().addMonths(6), QStringLiteral("Case decision"));
        // Setting a later date is an extension: core refuses, the dialog says why and stays open.
        QString shown;
        whenModal<RetentionDialog>([&](RetentionDialog* dialog) {
            dialog->dateEdit()->setDate(QDate::currentDate().addYears(2));
            dialog->buttons()->button(QDialogButtonBox::Ok)->click();
            for (QLabel* label : dialog->findChildren<QLabel*>())
                if (label->accessibleName() == QStringLiteral("Why it was refused") && label->isVisible())
                    shown = label->text();
            dialog->reject();
        });
        tab.setRetention();
        QVERIFY2(shown.contains(QStringLiteral("extend it")), qPrintable(shown));
        QCOMPARE(tab.reviewTable()->rowCount(), 1);
    }

    void liaisonOfficerCannotPurge() {
        Office office; // tester: administrator and liaison officer
        RequestRetentionTab tab;
        tab.setSession(office.session.get());
        tab.showRequest(office.request());
        QVERIFY(button(tab, QStringLiteral("Set retention"))->isEnabled());
        QVERIFY(button(tab, QStringLiteral("Add attachment"))->isEnabled());
        QPushButton* purge = button(tab, QStringLiteral("Purge data"));
        QVERIFY(purge);
        QVERIFY(!purge->isEnabled());
        QVERIFY(purge->toolTip().contains(QStringLiteral("prosecutor")));
    }

    void addAttachmentAndSaveACopy() {
        Office office;
        RequestRetentionTab tab;
        tab.setSession(office.session.get());
        tab.showRequest(office.request());
        const QByteArray bytes = QByteArray("Subscriber records\n").repeated(5000);
        const QString path = office.file(QStringLiteral("subscriber-records.txt"), bytes);
        QVERIFY(tab.addAttachmentFrom(path));
        QCOMPARE(tab.attachmentTable()->rowCount(), 1);
        QCOMPARE(tab.attachmentTable()->item(0, RequestRetentionTab::AttachmentName)->text(),
                 QStringLiteral("subscriber-records.txt"));
        QCOMPARE(tab.attachmentTable()->item(0, RequestRetentionTab::AttachmentType)->text(),
                 QStringLiteral("text/plain"));
        QCOMPARE(tab.attachmentTable()->item(0, RequestRetentionTab::AttachmentSize)->toolTip(),
                 QStringLiteral("95000 bytes"));
        QCOMPARE(tab.attachmentTable()->item(0, RequestRetentionTab::AttachmentSha256)->text().size(), 12);
        QCOMPARE(tab.attachmentTable()->item(0, RequestRetentionTab::AttachmentState)->text(),
                 QStringLiteral("Encrypted"));
        QVERIFY(button(tab, QStringLiteral("Save a copy"))->isEnabled());

        const QString copy = office.t.scratch(QStringLiteral("copy.txt"));
        QVERIFY(tab.saveCopyTo(tab.attachments().first().id, copy));
        QFile saved(copy);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), bytes);
        QCOMPARE(saved.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());

        // A file that cannot be read: the core's message, and nothing added.
        bool warned = false;
        whenModal<QMessageBox>([&](QMessageBox* box) {
            warned = box->text().contains(QStringLiteral("missing.bin"));
            box->accept();
        });
        QVERIFY(!tab.addAttachmentFrom(office.t.scratch(QStringLiteral("missing.bin"))));
        QVERIFY(warned);
        QCOMPARE(tab.attachmentTable()->rowCount(), 1);
    }

    void prosecutorPurges() {
        Office office;
        {
            RequestRetentionTab tab;
            tab.setSession(office.session.get());
            tab.showRequest(office.request());
            setThroughDialog(tab, QDate::currentDate().addMonths(3), QStringLiteral("Case decision"));
            QVERIFY(tab.addAttachmentFrom(office.file(QStringLiteral("mailbox.mbox"), "From: someone\n")));
            QVERIFY(tab.addAttachmentFrom(office.file(QStringLiteral("logins.csv"), "when,ip\n")));
        }
        Workspace* paula = office.as("paula");
        RequestDetailsPanel panel;
        panel.setSession(paula);
        panel.showRequest(kRequest);
        panel.showRetentionTab();
        RequestRetentionTab* tab = panel.retentionTab();
        QCOMPARE(tab->attachmentTable()->rowCount(), 2);
        QPushButton* purge = button(*tab, QStringLiteral("Purge data"));
        QVERIFY(purge->isEnabled());

        QString warning;
        whenModal<RetentionDialog>([&](RetentionDialog* dialog) {
            warning = dialog->warning()->text();
            auto* ok = dialog->buttons()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled()); // the reason is required
            QVERIFY(dialog->buttons()->button(QDialogButtonBox::Cancel)->isDefault());
            dialog->reasonEdit()->setPlainText(QStringLiteral("Proceedings closed"));
            ok->click();
        });
        purge->click();
        QVERIFY2(warning.contains(QStringLiteral("2 attachment(s)")), qPrintable(warning));
        QVERIFY(warning.contains(QStringLiteral("[purged]")));
        QVERIFY(warning.contains(QStringLiteral("cannot be undone")));
        QVERIFY(warning.contains(QStringLiteral("before its end")));

        const QString summary = tab->summary()->text();
        QVERIFY2(summary.contains(QStringLiteral("Purged")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("paula")));
        QVERIFY(summary.contains(QStringLiteral("Proceedings closed")));
        QCOMPARE(tab->attachmentTable()->rowCount(), 2);
        for (int r = 0; r < 2; ++r) {
            QVERIFY(tab->attachmentTable()
                        ->item(r, RequestRetentionTab::AttachmentState)
                        ->text()
                        .startsWith(QStringLiteral("Purged on")));
            QCOMPARE(tab->attachmentTable()->item(r, RequestRetentionTab::AttachmentName)->text(),
                     QStringLiteral("[purged]"));
        }
        QCOMPARE(tab->reviewTable()->rowCount(), 2);
        QCOMPARE(tab->reviewTable()->item(1, RequestRetentionTab::ReviewDecision)->text(),
                 QStringLiteral("Purged"));
        for (const QString& name : {QStringLiteral("Purge data"), QStringLiteral("Set retention"),
                                    QStringLiteral("Extend retention"), QStringLiteral("Add attachment"),
                                    QStringLiteral("Save a copy")})
            QVERIFY2(!button(*tab, name)->isEnabled(), qPrintable(name));
        // The panel shows what is left of the request.
        QVERIFY(panel.findChild<QLabel*>()->text().contains(QStringLiteral("[Purged on")));
    }
};

QTEST_MAIN(TestRetentionTab)
#include "tst_retentiontab.moc"
