// The document preview: rendered and drawn off the UI thread, language and
// pages, "Save as PDF" writes the bytes shown (issue 5, item 6).
#include "SampleData.h"
#include "TestRegister.h"
#include "services/ExchangeService.h"
#include "services/RequestService.h"
#include "services/Session.h"
#include "services/Workspace.h"
#include "ui/requests/DocumentPreviewDialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace mladesk;

namespace {

template <typename W> W* field(QWidget* root, const QString& accessibleName) {
    for (W* w : root->findChildren<W*>())
        if (w->accessibleName() == accessibleName)
            return w;
    return nullptr;
}

} // namespace

class TestDocumentPreview : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rendersPagesInTheChosenLanguageAndSaves() {
        test::TestRegister t;
        auto session = Workspace::start(t.reg()).value();
        QVERIFY(session->exchange().importData(test::sampleData()));
        DocumentPreviewDialog preview(*session, QStringLiteral("00000000-0000-4000-8000-0000000000a2"));
        QSignalSpy rendered(&preview, &DocumentPreviewDialog::rendered);
        preview.show();
        QVERIFY(rendered.wait(20000));
        QVERIFY(!preview.isBusy());
        QVERIFY(preview.pageCount() >= 1);
        QVERIFY(preview.pdf().startsWith("%PDF-"));
        // The EPOC goes to Ireland: English is its language, and the complete sample is final there.
        auto* language = field<QComboBox>(&preview, QStringLiteral("Document language"));
        QCOMPARE(language->currentData().toString(), QStringLiteral("en"));
        QVERIFY(!preview.isDraft());
        // In German its English texts are not reviewed: a draft, and the status says so.
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        QVERIFY(rendered.wait(20000));
        QVERIFY(preview.isDraft());
        QVERIFY(field<QLabel>(&preview, QStringLiteral("Document status"))
                    ->text()
                    .startsWith(QStringLiteral("DRAFT")));
        // Pages: next and previous stay within the document.
        const int pages = preview.pageCount();
        QPushButton* next = nullptr;
        for (QPushButton* b : preview.findChildren<QPushButton*>())
            if (b->text().contains(QStringLiteral("Next")))
                next = b;
        QVERIFY(next);
        for (int i = 0; i < pages + 2; ++i)
            if (next->isEnabled())
                QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(preview.currentPage(), pages - 1);
        // Save as PDF writes exactly the rendered bytes, and it is recorded.
        const QString path = t.scratch(QStringLiteral("preview.pdf"));
        QVERIFY(preview.saveTo(path));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), preview.pdf());
        bool recorded = false;
        for (const AuditEntry& e :
             session->requests().history(QStringLiteral("00000000-0000-4000-8000-0000000000a2")).value())
            recorded = recorded || e.action == QLatin1String("render");
        QVERIFY(recorded);
    }
};

QTEST_MAIN(TestDocumentPreview)
#include "tst_documentpreview.moc"
