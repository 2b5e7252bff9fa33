// The bundle windows (issue 6, items 2-5 in the main window): the signing
// certificate shown and refused when unsuitable, its password remembered in
// the real Secret Service, the trust store, an export written on a worker and
// verified with OpenSSL's result, the verification report with the reason of
// every failed check, and an import (also by dropping the file on the window).
#include "SampleData.h"
#include "TestOffice.h"
#include "TestPki.h"
#include "TestRegister.h"
#include "bundle/BundleVerifier.h"
#include "interchange/RegisterExchange.h"
#include "security/Keychain.h"
#include "services/RequestService.h"
#include "services/Session.h"
#include "services/TrustService.h"
#include "services/Workspace.h"
#include "storage/RequestFilter.h"
#include "storage/SqlCipherRequestRepository.h"
#include "ui/MainWindow.h"
#include "ui/bundles/BundleActions.h"
#include "ui/bundles/BundleExportDialog.h"
#include "ui/bundles/BundleReportDialog.h"
#include "ui/bundles/SigningIdentityDialog.h"
#include "ui/bundles/TrustStoreDialog.h"
#include "ui/requests/RequestDetailsPanel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>

using namespace mladesk;

namespace {

const QString kRequest = QStringLiteral("00000000-0000-4000-8000-0000000000a1"); // OUT-2026-0001, sent

SecureBytes pkiPassword() {
    return test::passphrase(test::TestPki::kPassword);
}

bundle::SigningIdentity identity(const test::TestPki& pki, const QString& name) {
    auto loaded = bundle::SigningIdentity::load(pki.p12(name), pkiPassword());
    if (!loaded)
        qFatal("%s", qPrintable(loaded.error().message));
    return std::move(loaded).value();
}

using test::Office;

// Exports the sample request as a bundle signed by "officer".
QString exportBundle(Office& office, const test::TestPki& pki, const QString& path) {
    office.addUser("paula", roles::kProsecutor); // whose approval the sample's sent request carries
    BundleExportDialog dialog(*office.session, kRequest);
    if (!dialog.ready())
        qFatal("not exportable: %s", qPrintable(dialog.summary()->text()));
    dialog.setSigner(identity(pki, QStringLiteral("officer")));
    dialog.setOutputPath(path);
    QSignalSpy finished(&dialog, &BundleExportDialog::finished);
    dialog.startExport();
    if (!finished.wait(30000) || !finished.first().first().toBool())
        qFatal("export failed: %s", qPrintable(dialog.status()->text()));
    return dialog.writtenSha256();
}

} // namespace

class TestBundleUi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void signingCertificateIsShownAndRefusedWhenUnsuitable();
    void signingPasswordIsRememberedInTheKeychain();
    void trustStoreImportsShowsAndRemoves();
    void exportWritesASignedBundleThatVerifies();
    void onlyApprovedCompleteRequestsAreExported();
    void reportListsEveryCheckAndImports();
    void tamperedBundleIsNotImportable();
    void droppedBundleIsVerifiedAndImported();

private:
    test::TestPki m_pki;
};

void TestBundleUi::initTestCase() {
    QVERIFY(m_pki.makeStandardSet());
}

void TestBundleUi::signingCertificateIsShownAndRefusedWhenUnsuitable() {
    SigningIdentityDialog dialog(QStringLiteral("tester"),
                                 QStringLiteral("Sign the bundle of OUT-2026-0001."));
    QSignalSpy opened(&dialog, &SigningIdentityDialog::opened);
    dialog.setFile(m_pki.p12(QStringLiteral("officer")));
    dialog.setPassword(QStringLiteral("not the password"));
    dialog.open();
    QVERIFY(opened.wait(10000));
    QCOMPARE(opened.takeFirst().first().toBool(), false);
    QVERIFY2(dialog.problem()->text().contains(QStringLiteral("Wrong password")),
             qPrintable(dialog.problem()->text()));
    QVERIFY(!dialog.signButton()->isEnabled());

    dialog.setPassword(QString::fromLatin1(test::TestPki::kPassword));
    dialog.open();
    QVERIFY(opened.wait(10000));
    QCOMPARE(opened.takeFirst().first().toBool(), true);
    const QString details = dialog.details()->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("Subject")) && details.contains(QStringLiteral("Issuer")) &&
                 details.contains(QStringLiteral("Key usage")) && details.contains(QStringLiteral("SHA-256")),
             qPrintable(details));
    const bundle::SigningIdentity officer = identity(m_pki, QStringLiteral("officer"));
    QVERIFY(details.contains(officer.certificate().fingerprintForPeople()));
    QVERIFY(dialog.signButton()->isEnabled());
    QVERIFY(dialog.takeIdentity().has_value());
    // The file is kept for this user.
    QCOMPARE(SigningIdentityDialog::signingFile(QStringLiteral("tester")),
             QFileInfo(m_pki.p12(QStringLiteral("officer"))).absoluteFilePath());

    for (const QString& name : {QStringLiteral("expired"), QStringLiteral("encipher")}) {
        dialog.setFile(m_pki.p12(name));
        dialog.setPassword(QString::fromLatin1(test::TestPki::kPassword));
        dialog.open();
        QVERIFY(opened.wait(10000));
        QCOMPARE(opened.takeFirst().first().toBool(), false);
        QVERIFY2(dialog.problem()->text().contains(QStringLiteral("cannot sign")),
                 qPrintable(dialog.problem()->text()));
        QVERIFY(!dialog.signButton()->isEnabled());
        QVERIFY(!dialog.takeIdentity().has_value());
    }
}

void TestBundleUi::signingPasswordIsRememberedInTheKeychain() {
    const QString user = QStringLiteral("remembering");
    const QString file = m_pki.p12(QStringLiteral("prosecutor"));
    {
        SigningIdentityDialog dialog(user, QStringLiteral("Sign."));
        QSignalSpy opened(&dialog, &SigningIdentityDialog::opened);
        dialog.setFile(file);
        dialog.setPassword(QString::fromLatin1(test::TestPki::kPassword));
        dialog.setRememberPassword(true);
        dialog.open();
        QVERIFY(opened.wait(10000));
        QVERIFY(opened.first().first().toBool());
        // Stored asynchronously.
        QTRY_VERIFY_WITH_TIMEOUT(Keychain::readBlocking(bundle::SigningIdentity::keychainKey(file)).outcome ==
                                     Keychain::Outcome::Ok,
                                 10000);
    }
    // Next time: opened from the keychain, nothing typed.
    SigningIdentityDialog again(user, QStringLiteral("Sign."));
    QSignalSpy opened(&again, &SigningIdentityDialog::opened);
    QVERIFY(opened.wait(10000));
    QVERIFY(opened.first().first().toBool());
    QVERIFY(again.signButton()->isEnabled());
    (void)Keychain::removeBlocking(bundle::SigningIdentity::keychainKey(file));
}

void TestBundleUi::trustStoreImportsShowsAndRemoves() {
    Office office;
    TrustStoreDialog dialog(*office.session);
    QCOMPARE(dialog.table()->rowCount(), 0);
    const QString authority = test::sampleData().authorities.at(0).id;
    QVERIFY(dialog.importFrom(m_pki.cert(QStringLiteral("root")), authority));
    QCOMPARE(dialog.table()->rowCount(), 1);
    const CertificateInfo& root = dialog.certificates().first().certificate;
    QCOMPARE(dialog.table()->item(0, TrustStoreDialog::Fingerprint)->text(), root.fingerprintForPeople());
    QVERIFY(dialog.table()
                ->item(0, TrustStoreDialog::Authority)
                ->text()
                .contains(test::sampleData().authorities.at(0).name));
    QVERIFY(dialog.details()->toPlainText().contains(root.fingerprintForPeople()));
    QCOMPARE(office.session->trust().certificates()->size(), 1);
    // A file that is not a certificate is refused and changes nothing.
    QFile junk(office.t.scratch(QStringLiteral("junk.pem")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n");
    junk.close();
    QTimer::singleShot(300, [] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            box->accept();
    });
    QVERIFY(!dialog.importFrom(junk.fileName(), QString()));
    QCOMPARE(dialog.table()->rowCount(), 1);
    dialog.table()->selectRow(0);
    QVERIFY(dialog.removeSelected(false));
    QCOMPARE(dialog.table()->rowCount(), 0);
    QVERIFY(office.session->trust().certificates()->isEmpty());
}

void TestBundleUi::exportWritesASignedBundleThatVerifies() {
    Office office;
    const QString path = office.t.scratch(QStringLiteral("OUT-2026-0001.asice"));
    const QString sha256 = exportBundle(office, m_pki, path);
    QVERIFY(QFile::exists(path));
    QCOMPARE(bundle::fileSha256(path).value(), sha256);
    bundle::VerifyOptions options;
    options.trusted = certificates::load(m_pki.cert(QStringLiteral("root"))).value();
    const bundle::BundleReport report = bundle::BundleVerifier::verify(path, options);
    QVERIFY2(report.verified(), qPrintable(report.toText()));
    QCOMPARE(report.signers.size(), 1);
    QVERIFY(
        report.signers.first().certificate.subject.contains(QStringLiteral("officer"), Qt::CaseInsensitive) ||
        !report.signers.first().certificate.subject.isEmpty());
    bool audited = false;
    for (const AuditEntry& e : office.session->requests().history(kRequest).value())
        audited = audited || e.action == QLatin1String("bundle-export");
    QVERIFY(audited);
}

void TestBundleUi::onlyApprovedCompleteRequestsAreExported() {
    Office office;
    Request draft = SqlCipherRequestRepository(office.t.reg().database()).find(kRequest).value();
    draft.id = QStringLiteral("00000000-0000-4000-8000-0000000000d1");
    draft.reference = QStringLiteral("OUT-2026-0099");
    draft.status = QStringLiteral("draft");
    draft.events.clear();
    QVERIFY(office.session->requests().create(draft));
    BundleExportDialog dialog(*office.session, draft.id);
    QVERIFY(!dialog.ready());
    QVERIFY2(dialog.summary()->text().contains(QStringLiteral("cannot be exported")),
             qPrintable(dialog.summary()->text()));
    QVERIFY(dialog.summary()->text().contains(QStringLiteral("approve")));
    QVERIFY(!dialog.exportButton()->isEnabled());
}

void TestBundleUi::reportListsEveryCheckAndImports() {
    Office sender;
    const QString path = sender.t.scratch(QStringLiteral("bundle.asice"));
    exportBundle(sender, m_pki, path);

    Office receiver;
    QVERIFY(receiver.session->trust().importCertificate([&] {
        QFile f(m_pki.cert(QStringLiteral("root")));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }()));
    BundleReportDialog dialog(*receiver.session, path);
    QSignalSpy verified(&dialog, &BundleReportDialog::verified);
    dialog.start();
    QVERIFY(verified.wait(30000));
    QVERIFY(verified.first().first().toBool());
    QVERIFY(dialog.verdict()->text().contains(QStringLiteral("Verified")));
    QVERIFY(dialog.checks()->rowCount() >= 5);
    for (int row = 0; row < dialog.checks()->rowCount(); ++row)
        QCOMPARE(dialog.checks()->item(row, BundleReportDialog::Outcome)->text(), QStringLiteral("Pass"));
    QVERIFY(dialog.importButton()->isEnabled());
    QSignalSpy imported(&dialog, &BundleReportDialog::imported);
    QVERIFY(dialog.importBundle());
    QCOMPARE(imported.size(), 1);
    const Request in =
        SqlCipherRequestRepository(receiver.t.reg().database()).find(dialog.importedRequestId()).value();
    QCOMPARE(in.direction, QStringLiteral("incoming"));
    auto custody = receiver.session->trust().custodyRecords(in.id);
    QVERIFY(custody.ok());
    QCOMPARE(custody->size(), 1);
    QCOMPARE(custody->first().bundleSha256, dialog.report()->sha256);
    QVERIFY(!dialog.importButton()->isEnabled());
    // The request's pane says how it came in.
    RequestDetailsPanel panel;
    panel.setSession(receiver.session.get());
    panel.showRequest(in.id);
    const QString shown = panel.findChild<QTextBrowser*>()->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("Chain of custody")) && shown.contains(dialog.report()->sha256),
             qPrintable(shown.right(400)));
}

void TestBundleUi::tamperedBundleIsNotImportable() {
    Office office;
    const QString path = office.t.scratch(QStringLiteral("bundle.asice"));
    exportBundle(office, m_pki, path);
    QVERIFY(office.session->trust().importCertificate([&] {
        QFile f(m_pki.cert(QStringLiteral("root")));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }()));
    // One byte in the middle of the file changed (inside a compressed data object).
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    const qsizetype at = bytes.size() / 2;
    bytes[at] = static_cast<char>(bytes[at] ^ 0x20);
    file.seek(0);
    file.write(bytes);
    file.close();
    BundleReportDialog dialog(*office.session, path);
    QSignalSpy verified(&dialog, &BundleReportDialog::verified);
    dialog.start();
    QVERIFY(verified.wait(30000));
    QCOMPARE(verified.first().first().toBool(), false);
    QVERIFY(dialog.verdict()->text().contains(QStringLiteral("Not verified")));
    bool failed = false;
    for (int row = 0; row < dialog.checks()->rowCount(); ++row)
        failed = failed ||
                 dialog.checks()->item(row, BundleReportDialog::Outcome)->text() == QLatin1String("Fail");
    QVERIFY(failed);
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(!dialog.importBundle());
}

void TestBundleUi::droppedBundleIsVerifiedAndImported() {
    Office sender;
    const QString path = sender.t.scratch(QStringLiteral("dropped.asice"));
    exportBundle(sender, m_pki, path);

    test::TestRegister t;
    QVERIFY(RegisterExchange::importAll(t.reg().database(), test::sampleData()));
    Register* reg = t.handle().get();
    MainWindow window(t.access());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QFile root(m_pki.cert(QStringLiteral("root")));
    QVERIFY(root.open(QIODevice::ReadOnly));
    QVERIFY(window.session()->trust().importCertificate(root.readAll()));

    QMimeData data;
    data.setUrls(
        {QUrl::fromLocalFile(path), QUrl::fromLocalFile(sender.t.scratch(QStringLiteral("notes.txt")))});
    QCOMPARE(BundleActions::bundlesIn(&data), QStringList{path});
    bool importedSeen = false;
    auto* poll = new QTimer(&window);
    poll->setInterval(50);
    connect(poll, &QTimer::timeout, &window, [&] {
        auto* dialog = qobject_cast<BundleReportDialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->report())
            return;
        if (!dialog->isVerified())
            qWarning("%s", qPrintable(dialog->report()->toText()));
        poll->stop();
        importedSeen = dialog->importBundle();
        dialog->reject();
    });
    poll->start();
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    // QApplication delivers a drop only to the target of a drag in progress:
    // hand it to the window as a drag would.
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    static_cast<QObject&>(window).event(&enter);
    QVERIFY(enter.isAccepted());
    static_cast<QObject&>(window).event(&drop);
    QVERIFY(drop.isAccepted());
    QTRY_VERIFY_WITH_TIMEOUT(importedSeen, 30000);
    RequestFilter filter;
    filter.direction = QStringLiteral("incoming");
    auto incoming = SqlCipherRequestRepository(reg->database()).list(filter);
    QVERIFY(incoming.ok());
    bool found = false;
    for (const Request& r : incoming.value())
        found = found || r.summary == test::sampleData().requests.first().summary;
    QVERIFY(found);
}

QTEST_MAIN(TestBundleUi)
#include "tst_bundleui.moc"
