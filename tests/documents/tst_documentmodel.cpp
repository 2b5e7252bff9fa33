// buildDocumentModel (issue 5, item 1): official forms by their sections, letters
// of request by their required elements, values formatted, drafts listed.
#include "DocumentSamples.h"
#include "documents/DocumentText.h"
#include "documents/DocumentTranslator.h"
#include "rules/Completeness.h"

#include <QTest>

using namespace mladesk;
using namespace mladesk::test;

namespace {

const DocumentField* findField(const DocumentModel& model, const QString& elementId) {
    for (const DocumentSection& s : model.sections)
        for (const DocumentField& f : s.fields)
            if (f.elementId == elementId)
                return &f;
    return nullptr;
}

QStringList fieldTexts(const DocumentModel& model, const DocumentField& field) {
    const DocumentTranslator en(QStringLiteral("en"));
    QStringList texts;
    for (const DocumentLine& line : field.lines)
        texts << lineText(line, model, en);
    return texts;
}

} // namespace

class TestDocumentModel : public QObject {
    Q_OBJECT

private slots:
    void officialFormsFollowTheirSections_data();
    void officialFormsFollowTheirSections();
    void lettersHaveOneHeadingPerElement_data();
    void lettersHaveOneHeadingPerElement();
    void valuesAreFormatted();
    void missingElementsAreListed();
    void validatingAuthoritySignsWhereRequired();
    void receiptAndExtensionForms();
    void identifierFollowsContent();
    void interceptionFillsSectionH7();
};

void TestDocumentModel::officialFormsFollowTheirSections_data() {
    QTest::addColumn<QString>("instrument");
    for (const QString& key : instrumentKeys())
        if (!instrumentRules(key).formSections.isEmpty())
            QTest::newRow(qPrintable(key)) << key;
}

void TestDocumentModel::officialFormsFollowTheirSections() {
    QFETCH(QString, instrument);
    const InstrumentRules& rules = instrumentRules(instrument);
    const DocumentModel model = buildDocumentModel(completeInput(instrument));
    QCOMPARE(model.layout, DocumentModel::Layout::OfficialForm);
    QCOMPARE(model.sections.size(), rules.formSections.size());
    for (qsizetype i = 0; i < rules.formSections.size(); ++i) {
        QCOMPARE(model.sections.at(i).id, rules.formSections.at(i).id);
        QCOMPARE(model.sections.at(i).headingKey, rules.formSections.at(i).title);
        for (const QString& elementId : rules.formSections.at(i).elements) {
            const bool shown =
                std::any_of(model.sections.at(i).fields.begin(), model.sections.at(i).fields.end(),
                            [&](const DocumentField& f) { return f.elementId == elementId; });
            // An element for some requests only (emergencies, interceptions) is left out of others.
            const auto element = std::find_if(rules.elements.begin(), rules.elements.end(),
                                              [&](const RequiredElement& e) { return e.id == elementId; });
            const bool conditional = element != rules.elements.end() &&
                                     !appliesTo(element->when, completeInput(instrument).request);
            QVERIFY2(shown || conditional, qPrintable(elementId));
        }
    }
    QVERIFY(model.parties.isEmpty());
    QCOMPARE(model.signatures.front().roleKey, QStringLiteral("Issuing authority"));
    QCOMPARE(model.signatures.front().authority, QStringLiteral("Staatsanwaltschaft Berlin"));
}

void TestDocumentModel::lettersHaveOneHeadingPerElement_data() {
    QTest::addColumn<QString>("instrument");
    for (const QString& key : instrumentKeys())
        if (instrumentRules(key).formSections.isEmpty())
            QTest::newRow(qPrintable(key)) << key;
}

void TestDocumentModel::lettersHaveOneHeadingPerElement() {
    QFETCH(QString, instrument);
    const InstrumentRules& rules = instrumentRules(instrument);
    const DocumentModel model = buildDocumentModel(completeInput(instrument));
    QCOMPARE(model.layout, DocumentModel::Layout::LetterOfRequest);
    QCOMPARE(model.subtitleKey, QStringLiteral("Letter of request"));
    QVERIFY(model.sections.size() >= rules.elements.size());
    for (qsizetype i = 0; i < rules.elements.size(); ++i) {
        QCOMPARE(model.sections.at(i).id, QString::number(i + 1));
        QCOMPARE(model.sections.at(i).headingKey, rules.elements.at(i).label);
        QCOMPARE(model.sections.at(i).article, rules.elements.at(i).article);
        QVERIFY2(!model.sections.at(i).fields.front().lines.isEmpty(), qPrintable(rules.elements.at(i).id));
    }
    QCOMPARE(model.parties.front().labelKey, QStringLiteral("Reference"));
}

void TestDocumentModel::valuesAreFormatted() {
    const DocumentModel model = buildDocumentModel(completeInput(QStringLiteral("epoc")));
    QCOMPARE(fieldTexts(model, *findField(model, QStringLiteral("identifiers"))),
             QStringList{QStringLiteral("E-mail address: heinrich.phish@mail.example")});
    QCOMPARE(fieldTexts(model, *findField(model, QStringLiteral("time-range"))),
             QStringList{QStringLiteral("from 1 January 2026 to 31 January 2026")});
    QCOMPARE(fieldTexts(model, *findField(model, QStringLiteral("data-categories"))),
             QStringList{QStringLiteral("Subscriber data")});
    const QStringList authority = fieldTexts(model, *findField(model, QStringLiteral("issuing-authority")));
    QCOMPARE(authority.front(), QStringLiteral("Staatsanwaltschaft Berlin"));
    QVERIFY(authority.contains(QStringLiteral("E-mail: cybercrime@sta-berlin.example")));

    const DocumentModel eio = buildDocumentModel(completeInput(QStringLiteral("eio")));
    QCOMPARE(fieldTexts(eio, *findField(eio, QStringLiteral("persons"))),
             QStringList({QStringLiteral("Heinrich Zyxwvut"), QStringLiteral("Role: Suspect"),
                          QStringLiteral("Date of birth: 2 April 1988"), QStringLiteral("Nationality: DE"),
                          QStringLiteral("Location: Berlin")}));
    QCOMPARE(fieldTexts(eio, *findField(eio, QStringLiteral("executing-state"))),
             QStringList{QStringLiteral("France (FR)")});
    const DocumentTranslator fr(QStringLiteral("fr"));
    QCOMPARE(lineText(findField(eio, QStringLiteral("facts"))->lines.front(), eio, fr),
             QStringLiteral("Texte révisé en français : FACTS-fr"));
}

void TestDocumentModel::missingElementsAreListed() {
    DocumentInput input = completeInput(QStringLiteral("budapest-29"));
    input.request.serviceProvider.clear();
    input.request.dateRanges.clear();
    const DocumentModel model = buildDocumentModel(input);
    QVERIFY(model.incomplete());
    QStringList labels;
    for (const MissingItem& m : model.missing)
        labels << m.labelKey;
    QStringList expected;
    for (const MissingElement& m : checkCompleteness(input.request, input.instrument, &*input.kase))
        expected << m.label;
    QCOMPARE(labels, expected);
    QCOMPARE(labels.size(), 2);
    QVERIFY(findField(model, QStringLiteral("custodian"))->missing);
    QVERIFY(findField(model, QStringLiteral("custodian"))->lines.isEmpty());
    QVERIFY(isDraftIn(model, QStringLiteral("en")));
}

void TestDocumentModel::validatingAuthoritySignsWhereRequired() {
    DocumentInput input = completeInput(QStringLiteral("eio"));
    QCOMPARE(buildDocumentModel(input).signatures.size(), 1); // a prosecutor issues an EIO alone
    input.requesting->kind = QStringLiteral("police");
    const DocumentModel police = buildDocumentModel(input);
    QCOMPARE(police.signatures.size(), 2);
    QCOMPARE(police.signatures.back().roleKey, QStringLiteral("Validating authority"));
    QCOMPARE(police.sections.back().id, QStringLiteral("L"));
    QCOMPARE(police.sections.back().fields.size(), 1);

    DocumentInput epoc = completeInput(QStringLiteral("epoc"));
    QCOMPARE(buildDocumentModel(epoc).signatures.size(), 1); // subscriber data: a prosecutor suffices
    epoc.request.dataCategories = {QStringLiteral("traffic")};
    QCOMPARE(buildDocumentModel(epoc).signatures.size(), 2); // Art. 4(2): a judge validates
    QCOMPARE(buildDocumentModel(completeInput(QStringLiteral("mla"))).signatures.size(), 1);
}

void TestDocumentModel::receiptAndExtensionForms() {
    DocumentInput receipt = completeInput(QStringLiteral("eio"));
    receipt.form = DocumentForm::Receipt;
    const DocumentModel annexB = buildDocumentModel(receipt);
    QCOMPARE(annexB.subtitleKey, QStringLiteral("Annex B"));
    QCOMPARE(annexB.sections.size(), receipt.instrument.receiptFormSections.size());
    QCOMPARE(annexB.signatures.front().authority, QStringLiteral("Parquet de Paris"));

    DocumentInput extension = completeInput(QStringLiteral("epoc-pr"));
    extension.form = DocumentForm::Extension;
    const DocumentModel annexVI = buildDocumentModel(extension);
    QCOMPARE(annexVI.subtitleKey, QStringLiteral("Annex VI"));
    QCOMPARE(annexVI.sections.size(), extension.instrument.extensionFormSections.size());
}

void TestDocumentModel::identifierFollowsContent() {
    DocumentInput input = completeInput(QStringLiteral("mla"));
    const QString id = buildDocumentModel(input).documentId;
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{3}$"))
                .match(id)
                .hasMatch());
    QCOMPARE(buildDocumentModel(input).documentId, id);
    input.request.facts += QStringLiteral(" One more sentence.");
    QVERIFY(buildDocumentModel(input).documentId != id);
    input = completeInput(QStringLiteral("mla"));
    input.translations[QStringLiteral("facts")][QStringLiteral("fr")].text += u'!';
    QVERIFY(buildDocumentModel(input).documentId != id);
}

// Directive 2014/41/EU Art. 30(3)-(4): an EIO for an interception carries its
// subject, duration, target identifier and relevance in Annex A section H7.
void TestDocumentModel::interceptionFillsSectionH7() {
    DocumentInput in = completeInput(QStringLiteral("eio"));
    in.request.options = {QStringLiteral("interception")};
    const DocumentModel model = buildDocumentModel(in);
    QVERIFY(!model.incomplete());
    const auto h7 = std::find_if(model.sections.begin(), model.sections.end(),
                                 [](const DocumentSection& s) { return s.id == QLatin1String("H7"); });
    QVERIFY(h7 != model.sections.end());
    QStringList ids;
    for (const DocumentField& f : h7->fields)
        ids << f.elementId;
    QCOMPARE(ids,
             (QStringList{QStringLiteral("interception-subject"), QStringLiteral("interception-duration"),
                          QStringLiteral("interception-target"), QStringLiteral("interception-relevance")}));
}

QTEST_MAIN(TestDocumentModel)
#include "tst_documentmodel.moc"
