// The request's Translations tab (issue 5, item 3): a translator edits each
// free text beside its source, field by field, with a status; the texts are
// stored through the session (audited), a changed source sends a reviewed
// text back to draft, the roles decide who may edit, and unsaved typing is
// never lost without asking.
#include "SampleData.h"
#include "TestOffice.h"
#include "TestRegister.h"
#include "documents/DocumentModelBuilder.h"
#include "documents/DocumentText.h"
#include "documents/RequestDocument.h"
#include "services/RequestService.h"
#include "services/Session.h"
#include "services/TranslationService.h"
#include "services/Workspace.h"
#include "storage/SqlCipherRequestRepository.h"
#include "ui/requests/RequestDetailsPanel.h"
#include "ui/translations/RequestTranslationsTab.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace mladesk;

namespace {

const QString kRequest = QStringLiteral("00000000-0000-4000-8000-0000000000a1"); // OUT-2026-0001, epoc-pr

// Answers the next message box with `button`.
void answerNextMessageBox(QMessageBox::StandardButton answer) {
    auto* poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, answer] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        poll->stop();
        poll->deleteLater();
        box->button(answer)->click();
    });
    poll->start();
}

// The sample data; "tester" (administrator, liaison officer) created the
// register, "tina" translates, "paula" is a prosecutor.
struct Office : test::Office {
    Office() {
        addUser("tina", roles::kTranslator);
        addUser("paula", roles::kProsecutor);
    }
    Request request() { return SqlCipherRequestRepository(t.reg().database()).find(kRequest).value(); }
};

int rowOf(const QString& field) {
    return static_cast<int>(translatableFields().indexOf(field));
}

QString statusCell(RequestTranslationsTab& tab, const QString& field) {
    return tab.fieldTable()->item(rowOf(field), RequestTranslationsTab::FieldStatus)->text();
}

} // namespace

class TestTranslationsTab : public QObject {
    Q_OBJECT

private slots:
    void showsEachTextBesideItsSource();
    void typingMakesADraftThatSaveStores();
    void reviewingEveryTextMakesTheDocumentFinal();
    void aChangedSourceSendsAReviewedTextBackToDraft();
    void unsavedTypingIsNotLostWithoutAsking();
    void rolesDecideWhoMayEdit();
    void sourceLanguageIsTheRequestsOwn();
    void theDetailPaneHasTheTab();
};

void TestTranslationsTab::showsEachTextBesideItsSource() {
    Office office;
    Workspace* session = office.as("tina");
    RequestTranslationsTab tab;
    tab.setSession(session);
    tab.showRequest(office.request());
    QVERIFY(!tab.targetLanguage().isEmpty());
    QVERIFY(tab.targetLanguage() != tab.translations().sourceLanguage());
    QCOMPARE(tab.fieldTable()->rowCount(), translatableFields().size());
    QCOMPARE(tab.currentField(), QStringLiteral("summary"));
    QCOMPARE(tab.sourceEdit()->toPlainText(), office.request().summary);
    QVERIFY(tab.sourceEdit()->isReadOnly());
    QVERIFY(tab.translationEdit()->toPlainText().isEmpty());
    QVERIFY(tab.setTargetLanguage(QStringLiteral("fr")));
    QVERIFY(tab.setCurrentField(QStringLiteral("necessity")));
    QCOMPARE(tab.sourceEdit()->toPlainText(), office.request().necessity);
    QCOMPARE(statusCell(tab, QStringLiteral("necessity")),
             RequestTranslationsTab::statusLabel(QStringLiteral("untranslated")));
    QVERIFY2(tab.summary()->text().contains(QStringLiteral("0 of 8")), qPrintable(tab.summary()->text()));
    QVERIFY(tab.summary()->text().contains(QStringLiteral("DRAFT")));
    // Arabic is typed right to left beside a left-to-right source.
    QVERIFY(tab.setTargetLanguage(QStringLiteral("ar")));
    QCOMPARE(tab.translationEdit()->layoutDirection(), Qt::RightToLeft);
    QCOMPARE(tab.sourceEdit()->layoutDirection(), Qt::LeftToRight);
}

void TestTranslationsTab::typingMakesADraftThatSaveStores() {
    Office office;
    Workspace* session = office.as("tina");
    RequestTranslationsTab tab;
    tab.setSession(session);
    tab.showRequest(office.request());
    QVERIFY(tab.setTargetLanguage(QStringLiteral("fr")));
    QVERIFY(tab.setCurrentField(QStringLiteral("facts")));
    QVERIFY(!tab.hasUnsavedChanges());
    QTest::keyClicks(tab.translationEdit(),
                     QStringLiteral("Le suspect a envoye des courriels de hameconnage."));
    QCOMPARE(tab.statusBox()->currentData().toString(), QStringLiteral("draft"));
    QVERIFY(tab.hasUnsavedChanges());
    QSignalSpy changed(&tab, &RequestTranslationsTab::changed);
    QVERIFY(tab.save());
    QCOMPARE(changed.size(), 1);
    QVERIFY(!tab.hasUnsavedChanges());
    auto stored = session->translations().translations(kRequest);
    QVERIFY(stored.ok());
    const RequestText text = stored->text(QStringLiteral("facts"), QStringLiteral("fr"));
    QCOMPARE(text.text, QStringLiteral("Le suspect a envoye des courriels de hameconnage."));
    QCOMPARE(text.status, QStringLiteral("draft"));
    QCOMPARE(text.updatedBy, QStringLiteral("tina"));
    QCOMPARE(statusCell(tab, QStringLiteral("facts")),
             RequestTranslationsTab::statusLabel(QStringLiteral("draft")));
    // Audited without the text itself.
    auto entries = session->requests().history(kRequest);
    QVERIFY(entries.ok());
    bool found = false;
    for (const AuditEntry& e : entries.value())
        if (e.action == QLatin1String("translation")) {
            found = true;
            QVERIFY(e.detail.contains(QStringLiteral("facts")) && e.detail.contains(QStringLiteral("fr")));
            QVERIFY(!e.detail.contains(QStringLiteral("hameconnage")));
        }
    QVERIFY(found);
    // Cleared, it is untranslated again and no longer stored.
    tab.translationEdit()->clear();
    QCOMPARE(tab.statusBox()->currentData().toString(), QStringLiteral("untranslated"));
    QVERIFY(tab.save());
    QVERIFY(session->translations().translations(kRequest)->texts.translations.isEmpty());
}

void TestTranslationsTab::reviewingEveryTextMakesTheDocumentFinal() {
    Office office;
    Workspace* session = office.as("tester");
    RequestTranslationsTab tab;
    tab.setSession(session);
    tab.showRequest(office.request());
    QVERIFY(tab.setTargetLanguage(QStringLiteral("de")));
    for (const QString& field : translatableFields()) {
        QVERIFY(tab.setCurrentField(field));
        if (tab.sourceEdit()->toPlainText().trimmed().isEmpty())
            continue;
        tab.translationEdit()->setPlainText(QStringLiteral("Geprüfte Übersetzung: ") + field);
        tab.setStatus(QStringLiteral("reviewed"));
        QVERIFY(tab.save());
        QCOMPARE(statusCell(tab, field), RequestTranslationsTab::statusLabel(QStringLiteral("reviewed")));
    }
    QVERIFY2(
        tab.summary()->text().contains(QStringLiteral("Every text is reviewed in Deutsch (de) (8 in all)")),
        qPrintable(tab.summary()->text()));
    // What the document is made from agrees: nothing untranslated in German.
    auto input = requestDocumentInput(*session, kRequest);
    QVERIFY(input.ok());
    const DocumentModel model = buildDocumentModel(input.value());
    QVERIFY(untranslatedIn(model, QStringLiteral("de")).isEmpty());
    QVERIFY(!untranslatedIn(model, QStringLiteral("fr")).isEmpty());
}

void TestTranslationsTab::aChangedSourceSendsAReviewedTextBackToDraft() {
    Office office;
    Workspace* session = office.as("tester");
    QVERIFY(session->translations().set(kRequest, QStringLiteral("purpose"), QStringLiteral("fr"),
                                        QStringLiteral("Identifier l'expéditeur."),
                                        QStringLiteral("reviewed")));
    Request request = office.request();
    request.purpose = QStringLiteral("To identify the sender and his accomplices.");
    QVERIFY(session->requests().update(request));
    RequestTranslationsTab tab;
    tab.setSession(session);
    tab.showRequest(office.request());
    QVERIFY(tab.setTargetLanguage(QStringLiteral("fr")));
    QVERIFY(tab.setCurrentField(QStringLiteral("purpose")));
    QCOMPARE(tab.sourceEdit()->toPlainText(), request.purpose);
    QCOMPARE(tab.translationEdit()->toPlainText(), QStringLiteral("Identifier l'expéditeur."));
    QCOMPARE(tab.statusBox()->currentData().toString(), QStringLiteral("draft"));
    QVERIFY(statusCell(tab, QStringLiteral("purpose")).contains(QStringLiteral("source changed")));
    QVERIFY(tab.findChildren<QLabel*>().size() > 0);
    bool told = false;
    for (const QLabel* label : tab.findChildren<QLabel*>())
        told = told || label->text().contains(QStringLiteral("source text changed"));
    QVERIFY(told);
}

void TestTranslationsTab::unsavedTypingIsNotLostWithoutAsking() {
    Office office;
    Workspace* session = office.as("tina");
    RequestTranslationsTab tab;
    tab.setSession(session);
    tab.showRequest(office.request());
    QVERIFY(tab.setTargetLanguage(QStringLiteral("fr")));
    QVERIFY(tab.setCurrentField(QStringLiteral("offence")));
    tab.translationEdit()->setPlainText(QStringLiteral("fraude informatique"));
    // Cancel: the field stays, with the typing.
    answerNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!tab.setCurrentField(QStringLiteral("facts")));
    QCOMPARE(tab.currentField(), QStringLiteral("offence"));
    QCOMPARE(tab.translationEdit()->toPlainText(), QStringLiteral("fraude informatique"));
    // The request shown again (a save elsewhere) keeps the typing.
    tab.showRequest(office.request());
    QCOMPARE(tab.translationEdit()->toPlainText(), QStringLiteral("fraude informatique"));
    // Save: stored, then the other field.
    answerNextMessageBox(QMessageBox::Save);
    QVERIFY(tab.setTargetLanguage(QStringLiteral("es")));
    QCOMPARE(session->translations()
                 .translations(kRequest)
                 ->text(QStringLiteral("offence"), QStringLiteral("fr"))
                 .text,
             QStringLiteral("fraude informatique"));
    QCOMPARE(tab.targetLanguage(), QStringLiteral("es"));
    // Discard: nothing stored.
    tab.translationEdit()->setPlainText(QStringLiteral("fraude informática"));
    answerNextMessageBox(QMessageBox::Discard);
    QVERIFY(tab.setCurrentField(QStringLiteral("facts")));
    QCOMPARE(session->translations()
                 .translations(kRequest)
                 ->text(QStringLiteral("offence"), QStringLiteral("es"))
                 .status,
             QStringLiteral("untranslated"));
}

void TestTranslationsTab::rolesDecideWhoMayEdit() {
    Office office;
    Workspace* session = office.as("paula"); // a prosecutor reads, does not translate
    RequestTranslationsTab tab;
    tab.setSession(session);
    tab.showRequest(office.request());
    QVERIFY(tab.translationEdit()->isReadOnly());
    QVERIFY(!tab.statusBox()->isEnabled());
    tab.translationEdit()->setPlainText(QStringLiteral("x"));
    answerNextMessageBox(QMessageBox::Ok);
    QVERIFY(!tab.save());
    QVERIFY(session->translations().translations(kRequest)->texts.translations.isEmpty());

    session = office.as("tina"); // a translator translates, the request's language is not hers to change
    RequestTranslationsTab translator;
    translator.setSession(session);
    translator.showRequest(office.request());
    QVERIFY(!translator.translationEdit()->isReadOnly());
    for (const QComboBox* box : translator.findChildren<QComboBox*>())
        if (box->accessibleName() == QLatin1String("Language the request is written in"))
            QVERIFY(!box->isEnabled());
}

void TestTranslationsTab::sourceLanguageIsTheRequestsOwn() {
    Office office;
    Workspace* session = office.as("tester");
    RequestTranslationsTab tab;
    tab.setSession(session);
    tab.showRequest(office.request());
    QVERIFY(tab.setTargetLanguage(QStringLiteral("fr")));
    answerNextMessageBox(QMessageBox::Ok);
    QVERIFY(!tab.setTargetLanguage(tab.translations().sourceLanguage())); // into its own language: refused
    QVERIFY(tab.setSourceLanguage(QStringLiteral("de")));
    QCOMPARE(session->translations().translations(kRequest)->texts.textLanguage, QStringLiteral("de"));
    QVERIFY(tab.sourceEdit()->parentWidget()->findChild<QLabel*>()->text().contains(QStringLiteral("(de)")));
    answerNextMessageBox(QMessageBox::Ok);
    QVERIFY(!tab.setSourceLanguage(QStringLiteral("fr"))); // the language being translated into
    QCOMPARE(session->translations().translations(kRequest)->texts.textLanguage, QStringLiteral("de"));
}

void TestTranslationsTab::theDetailPaneHasTheTab() {
    Office office;
    Workspace* session = office.as("tester");
    RequestDetailsPanel panel;
    panel.setSession(session);
    panel.showRequest(kRequest);
    panel.showTranslationsTab();
    QCOMPARE(panel.translationsTab()->sourceEdit()->toPlainText(), office.request().summary);
    // The pane beside the request list stays narrow: the list keeps its room.
    QVERIFY2(panel.minimumSizeHint().width() <= 420,
             qPrintable(QString::number(panel.minimumSizeHint().width())));
}

QTEST_MAIN(TestTranslationsTab)
#include "tst_translationstab.moc"
