// Saves PNGs of the real windows, for looking at what users see:
//   xvfb-run -a -s "-screen 0 1440x900x24" build/tests/mladesk-screenshots OUTDIR
// (or with QT_QPA_PLATFORM=offscreen). Not a test: a tool for reviews.
#include "TestPki.h"
#include "TestRegister.h"
#include "demo/DemoGenerator.h"
#include "interchange/RegisterExchange.h"
#include "rules/Catalogue.h"
#include "services/ReferenceService.h"
#include "services/RequestService.h"
#include "services/RetentionService.h"
#include "services/Session.h"
#include "services/TranslationService.h"
#include "services/TrustService.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "storage/RequestFilter.h"
#include "storage/SqlCipherRequestRepository.h"
#include "ui/MainWindow.h"
#include "ui/bundles/BundleExportDialog.h"
#include "ui/bundles/BundleReportDialog.h"
#include "ui/bundles/SigningIdentityDialog.h"
#include "ui/bundles/TrustStoreDialog.h"
#include "ui/cases/StateProfileDialog.h"
#include "ui/deadlines/AdjustDeadlineDialog.h"
#include "ui/deadlines/CalendarExportDialog.h"
#include "ui/deadlines/DeadlinesView.h"
#include "ui/deadlines/RequestDeadlinesTab.h"
#include "ui/register/CreateRegisterDialog.h"
#include "ui/register/UnlockDialog.h"
#include "ui/register/UserFormDialog.h"
#include "ui/register/UsersDialog.h"
#include "ui/register/WelcomeDialog.h"
#include "ui/requests/RequestDetailsPanel.h"
#include "ui/requests/RequestEditorDialog.h"
#include "ui/requests/RequestForm.h"
#include "ui/requests/RequestListModel.h"
#include "ui/requests/RequestsView.h"
#include "ui/retention/RequestRetentionTab.h"
#include "ui/translations/RequestTranslationsTab.h"
#include "ui/widgets/ApplicationIcon.h"
#include "ui/widgets/UiLanguage.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QPalette>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

namespace {

void save(QWidget& widget, const QString& path) {
    widget.show();
    QTest::qWait(300);
    widget.grab().save(path);
}

QPalette darkPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(45, 45, 48));
    p.setColor(QPalette::WindowText, QColor(230, 230, 230));
    p.setColor(QPalette::Base, QColor(30, 30, 32));
    p.setColor(QPalette::AlternateBase, QColor(40, 40, 44));
    p.setColor(QPalette::Text, QColor(230, 230, 230));
    p.setColor(QPalette::Button, QColor(55, 55, 60));
    p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    p.setColor(QPalette::Highlight, QColor(42, 130, 218));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(110, 170, 255));
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(120, 120, 120));
    return p;
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("MLA Desk"));
    QApplication::setWindowIcon(mladesk::applicationIcon());
    QStandardPaths::setTestModeEnabled(true);
    mladesk::UiLanguage language; // LANG=de_DE.UTF-8 shows the German catalogue, as the window does
    language.install();
    QApplication::setLayoutDirection(QLocale().textDirection()); // LANG=ar_EG.UTF-8 mirrors the layout
    const QString out = app.arguments().value(1, QStringLiteral("."));
    QDir().mkpath(out);
    using namespace mladesk;
    for (const bool dark : {false, true}) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral(".png");
        test::TestRegister t;
        DemoGenerator generator(5, QDateTime::currentDateTimeUtc());
        if (!RegisterExchange::importAll(t.reg().database(), generator.generate(400)))
            return 4;
        {
            // The prosecutor the demo's approvals name: approved requests can be exported.
            auto session = Workspace::start(t.reg());
            if (!session ||
                !session.value()->users().add(DemoGenerator::approver(), {roles::kProsecutor},
                                              test::passphrase("prosecutor"), KdfCost::interactive()))
                return 4;
            session.value()->end();
        }
        {
            WelcomeDialog welcome;
            save(welcome, out + QStringLiteral("/welcome") + suffix);
        }
        {
            CreateRegisterDialog create(QStringLiteral("/home/officer/.local/share/mladesk/default.mladesk"));
            save(create, out + QStringLiteral("/create-register") + suffix);
        }
        t.reg().lock();
        {
            RegisterAccess access(t.reg());
            UnlockDialog unlock(access);
            save(unlock, out + QStringLiteral("/unlock") + suffix);
        }
        if (!t.reg().unlock(test::passphrase()))
            return 3;
        Register* registerHandle = t.handle().get();
        Database* database = &registerHandle->database();
        MainWindow window(t.access());
        window.resize(1360, 820);
        window.show();
        QTest::qWait(800); // the list and the deadlines load off the UI thread
        {
            // The window opens on the deadlines: select one to show its trail.
            DeadlinesView* deadlines = window.deadlinesView();
            const DeadlinesModel* model = deadlines->model();
            QModelIndex group;
            for (DueBucket bucket : {DueBucket::Today, DueBucket::Week, DueBucket::Overdue})
                if (!group.isValid() && model->count(bucket) > 0)
                    group = model->groupIndex(bucket);
            if (group.isValid())
                deadlines->tree()->setCurrentIndex(model->index(0, 0, group));
            QTest::qWait(300);
            save(window, out + QStringLiteral("/deadlines") + suffix);
        }
        window.showSection(MainWindow::Outgoing);
        if (!QTest::qWaitFor([&] { return !window.requestsView()->model()->isLoading(); }, 5000))
            return 5;
        QTest::qWait(300);
        window.requestsView()->table()->selectRow(2);
        save(window, out + QStringLiteral("/main-window") + suffix);
        window.showSection(MainWindow::Cases);
        save(window, out + QStringLiteral("/cases") + suffix);
        window.showSection(MainWindow::Authorities);
        save(window, out + QStringLiteral("/authorities") + suffix);
        window.showSection(MainWindow::Audit);
        save(window, out + QStringLiteral("/audit") + suffix);
        window.showSection(MainWindow::Incoming);
        QTest::qWait(500);
        {
            QString id = window.requestsView()->details()->currentId();
            RequestFilter incoming;
            incoming.direction = QStringLiteral("incoming");
            if (id.isEmpty())
                id = SqlCipherRequestRepository(*database).list(incoming, 1).value().first().id;
            Request request = SqlCipherRequestRepository(*database).find(id).value();
            RequestEditorDialog editor(*window.session(), request, false, &window);
            editor.form()->setCurrentIndex(3); // data sought
            save(editor, out + QStringLiteral("/request-editor") + suffix);
        }
        {
            // An incoming request with open deadlines, on its Deadlines tab.
            const DeadlinesModel* model = window.deadlinesView()->model();
            QString id;
            for (const DueEntry& entry : model->entries())
                if (entry.item.direction == QLatin1String("incoming") &&
                    entry.item.instrument == QLatin1String("eio"))
                    id = entry.item.requestId;
            if (!id.isEmpty()) {
                window.showRequest(id, QStringLiteral("incoming"));
                QTest::qWait(500);
                RequestDetailsPanel* details = window.requestsView()->details();
                details->showDeadlinesTab();
                save(window, out + QStringLiteral("/request-deadlines") + suffix);
                RequestDeadlinesTab* tab = details->deadlinesTab();
                if (!tab->deadlines().isEmpty()) {
                    const Deadline deadline = tab->deadlines().last();
                    AdjustDeadlineDialog adjust(deadline, DeadlineAdjustment::Type::Extend, {}, &window);
                    const InstrumentRules* rules = Catalogue::shipped()->instrument(deadline.instrument);
                    for (const DeadlineRule& rule : rules ? rules->deadlines : QList<DeadlineRule>())
                        if (rule.kind == deadline.kind)
                            adjust.setRule(rule);
                    adjust.reasonEdit()->setPlainText(
                        QStringLiteral("Reasons for the delay given to the issuing authority on the phone"));
                    save(adjust, out + QStringLiteral("/adjust-deadline") + suffix);
                }
            }
            if (!id.isEmpty()) {
                // The same request with a retention decided and one attachment, on its Retention tab.
                RetentionDecision decision;
                decision.until = QDateTime(QDate::currentDate().addDays(20), QTime(0, 0), Qt::UTC);
                decision.reason = QStringLiteral("Order of the investigating judge of 12 May, file 4711/26");
                QFile records(t.scratch(QStringLiteral("subscriber-records.csv")));
                if (records.open(QIODevice::WriteOnly))
                    records.write(QByteArray("msisdn,subscriber,since\n").repeated(2000));
                records.close();
                if (window.session()->retention().set(id, decision) &&
                    window.session()->retention().addAttachment(id, records.fileName())) {
                    RequestDetailsPanel* details = window.requestsView()->details();
                    details->showRequest(id);
                    details->showRetentionTab();
                    save(window, out + QStringLiteral("/request-retention") + suffix);
                }
            }
            if (!id.isEmpty()) {
                // A translator at work: one text reviewed, one drafted and being edited.
                auto* session = window.session();
                (void)session->translations().set(
                    id, QStringLiteral("summary"), QStringLiteral("fr"),
                    QStringLiteral("Décision d'enquête européenne : données bancaires"),
                    QStringLiteral("reviewed"));
                (void)session->translations().set(id, QStringLiteral("offence"), QStringLiteral("fr"),
                                                  QStringLiteral("Escroquerie informatique"),
                                                  QStringLiteral("draft"));
                RequestDetailsPanel* details = window.requestsView()->details();
                details->showRequest(id);
                details->showTranslationsTab();
                RequestTranslationsTab* tab = details->translationsTab();
                tab->setTargetLanguage(QStringLiteral("fr"));
                tab->setCurrentField(QStringLiteral("facts"));
                tab->translationEdit()->setPlainText(QStringLiteral(
                    "Entre janvier et mars 2026, des courriels d'hameçonnage ont été envoyés…"));
                save(window, out + QStringLiteral("/request-translations") + suffix);
                tab->translationEdit()->setPlainText(QString());
                tab->setStatus(QStringLiteral("untranslated"));
            }
            const auto catalogue = window.session()->references().catalogue();
            StateProfileDialog profile(*window.session(), *catalogue->state(QStringLiteral("DE")), &window);
            profile.findChild<QTabWidget*>()->setCurrentIndex(2); // public holidays
            save(profile, out + QStringLiteral("/state-profile") + suffix);
            CalendarExportDialog exportDialog(&window);
            save(exportDialog, out + QStringLiteral("/export-calendar") + suffix);
            UsersDialog users(*window.session(), &window);
            save(users, out + QStringLiteral("/users") + suffix);
            UserFormDialog addUser(*window.session(), UserFormDialog::Mode::AddUser, {}, &window);
            save(addUser, out + QStringLiteral("/add-user") + suffix);
        }
        {
            // Signed bundles: the trust store, the signer, an export and a verification report.
            static test::TestPki pki; // once for both palettes
            static const bool made = pki.makeStandardSet();
            Workspace* session = window.session();
            QFile root(pki.cert(QStringLiteral("root")));
            if (made && root.open(QIODevice::ReadOnly))
                (void)session->trust().importCertificate(root.readAll());
            TrustStoreDialog trust(*session, &window);
            save(trust, out + QStringLiteral("/trusted-certificates") + suffix);
            auto password = test::passphrase(test::TestPki::kPassword);
            SigningIdentityDialog signer(session->session().user(), QStringLiteral("Sign the bundle."),
                                         &window);
            signer.setFile(pki.p12(QStringLiteral("officer")));
            signer.setPassword(QString::fromLatin1(test::TestPki::kPassword));
            QSignalSpy opened(&signer, &SigningIdentityDialog::opened);
            signer.open();
            opened.wait(10000);
            save(signer, out + QStringLiteral("/signing-identity") + suffix);
            // The first outgoing request that can be exported.
            RequestFilter filter;
            filter.direction = QStringLiteral("outgoing");
            for (const Request& r : session->requests().list(filter, 400).value()) {
                BundleExportDialog exportDialog(*session, r.id, &window);
                if (!exportDialog.ready())
                    continue;
                exportDialog.setSigner(
                    bundle::SigningIdentity::load(pki.p12(QStringLiteral("officer")), password).value());
                const QString bundlePath = t.scratch(r.reference + QStringLiteral(".asice"));
                exportDialog.setOutputPath(bundlePath);
                QSignalSpy finished(&exportDialog, &BundleExportDialog::finished);
                exportDialog.startExport();
                finished.wait(30000);
                save(exportDialog, out + QStringLiteral("/bundle-export") + suffix);
                BundleReportDialog report(*session, bundlePath, &window);
                QSignalSpy verified(&report, &BundleReportDialog::verified);
                report.start();
                verified.wait(30000);
                save(report, out + QStringLiteral("/bundle-report") + suffix);
                break;
            }
        }
        window.lock();
        save(window, out + QStringLiteral("/main-window-locked") + suffix);
    }
    return 0;
}
