#include "SampleData.h"
#include "TestRegister.h"
#include "demo/DemoGenerator.h"
#include "documents/DocumentTranslator.h"
#include "domain/DisplayNames.h"
#include "interchange/RegisterExchange.h"
#include "rules/Catalogue.h"
#include "rules/CatalogueStrings.h"
#include "storage/Register.h"
#include "ui/MainWindow.h"
#include "ui/requests/RequestListModel.h"
#include "ui/requests/RequestsView.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace mladesk;

// The main screens in French, as the program shows them with LANG=fr_FR
// (the UI catalogue loaded as app/gui_main.cpp loads it), show no English
// sentence made by core: every visible label, text view, cell and tooltip is
// compared with the English source texts of core's translation contexts
// (core/error/CoreText.h, "DisplayNames"). A message of core that is not
// translated comes out in English and fails this test.
class TestFrenchScreens : public QObject {
    Q_OBJECT

    struct CoreTexts {
        QStringList fragments;    // the longest piece of a sentence between its placeholders
        QSet<QString> names;      // display names (a whole cell is the name)
        QStringList translations; // their French words, to see that core texts were shown
    };

    // The English sources of core's contexts, read from the French catalogue.
    static CoreTexts coreTexts() {
        static const QSet<QString> contexts{
            QStringLiteral("Storage"),      QStringLiteral("Security"),  QStringLiteral("Services"),
            QStringLiteral("Domain"),       QStringLiteral("Audit"),     QStringLiteral("Rules"),
            QStringLiteral("Completeness"), QStringLiteral("Deadlines"), QStringLiteral("Bundle"),
            QStringLiteral("BundleReport"), QStringLiteral("Import"),    QStringLiteral("DisplayNames")};
        static const QRegularExpression placeholder(QStringLiteral("%\\d"));
        CoreTexts texts;
        QFile ts(QStringLiteral(MLADESK_SOURCE_DIR "/translations/mladesk_fr.ts"));
        if (!ts.open(QIODevice::ReadOnly))
            return texts;
        QXmlStreamReader xml(&ts);
        QString context, source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation") && contexts.contains(context)) {
                const QString translation = xml.readElementText();
                if (context == QLatin1String("DisplayNames")) {
                    if (translation != source) // "EPOC", "URL": the same in French
                        texts.names.insert(source);
                    continue;
                }
                QString longest;
                for (const QString& piece : source.split(placeholder))
                    if (piece.trimmed().size() > longest.size())
                        longest = piece.trimmed();
                // Short pieces ("not given", "%1 day(s)") are words, not sentences,
                // and could be part of a name: sentences are what must not leak.
                if (longest.size() >= 16 && longest.contains(QLatin1Char(' '))) {
                    texts.fragments << longest;
                    for (const QString& piece : translation.split(placeholder))
                        if (piece.trimmed().size() >= 16)
                            texts.translations << piece.trimmed();
                }
            }
        }
        return texts;
    }

    // Every text a user can read in the window: labels, text views, cells of
    // every view (display and tooltip) and tooltips.
    static QStringList visibleTexts(QWidget* root) {
        QStringList texts;
        for (QLabel* label : root->findChildren<QLabel*>())
            if (label->isVisible())
                texts << label->text() << label->toolTip();
        for (QTextBrowser* browser : root->findChildren<QTextBrowser*>())
            if (browser->isVisible())
                texts << browser->toPlainText();
        for (QAbstractItemView* view : root->findChildren<QAbstractItemView*>()) {
            if (!view->isVisible() || !view->model())
                continue;
            const QAbstractItemModel* model = view->model();
            std::function<void(const QModelIndex&, int)> walk = [&](const QModelIndex& parent, int depth) {
                const int rows = qMin(model->rowCount(parent), 60);
                for (int row = 0; row < rows; ++row)
                    for (int column = 0; column < model->columnCount(parent); ++column) {
                        const QModelIndex index = model->index(row, column, parent);
                        texts << index.data(Qt::DisplayRole).toString()
                              << index.data(Qt::ToolTipRole).toString();
                        if (column == 0 && depth < 2)
                            walk(index, depth + 1);
                    }
            };
            walk(QModelIndex(), 0);
        }
        for (QWidget* widget : root->findChildren<QWidget*>())
            if (widget->isVisible())
                texts << widget->toolTip();
        texts.removeAll(QString());
        return texts;
    }

    static QStringList englishIn(const QStringList& shown, const CoreTexts& core) {
        QStringList found;
        for (const QString& text : shown) {
            const QString plain = text.contains(QLatin1Char('<')) ? QTextDocumentFragmentPlain(text) : text;
            for (const QString& fragment : core.fragments)
                if (plain.contains(fragment))
                    found << QStringLiteral("\"%1\" in \"%2\"").arg(fragment, plain.left(200));
            if (core.names.contains(plain.trimmed()))
                found << QStringLiteral("the English name \"%1\"").arg(plain.trimmed());
        }
        found.removeDuplicates();
        return found;
    }

    static QString QTextDocumentFragmentPlain(const QString& html) {
        QString plain = html;
        plain.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        return plain.replace(QStringLiteral("&quot;"), QStringLiteral("\""))
            .replace(QStringLiteral("&amp;"), QStringLiteral("&"))
            .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
            .replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    }

    static void selectFirstRow(QWidget* root) {
        for (QAbstractItemView* view : root->findChildren<QAbstractItemView*>()) {
            if (!view->isVisible() || !view->model() || view->model()->rowCount() == 0)
                continue;
            QModelIndex first = view->model()->index(0, 0);
            if (view->model()->rowCount(first) > 0) // a group of the deadlines view
                first = view->model()->index(0, 0, first);
            view->setCurrentIndex(first);
            return;
        }
    }

private slots:
    void theCoreTextsAreKnown() {
        const CoreTexts core = coreTexts();
        QVERIFY(core.fragments.size() > 300);
        QVERIFY(core.names.contains(QStringLiteral("In review")));
        QVERIFY(core.names.contains(QStringLiteral("user-identifying")));
    }

    // The catalogue's deadline descriptions are listed for lupdate
    // (core/rules/CatalogueStrings.h, scripts/catalogue-strings) and have a
    // French translation; the element labels have one in the French document
    // catalogue, which the completeness box uses in a French UI.
    // Counts agree with their words through Qt's %n forms (issue 21, item
    // 14): "1 texte sur 7 révisé", "2 textes sur 7 révisés", never "1 textes".
    void countsAgreeWithTheirWords() {
        QTranslator french;
        QVERIFY(french.load(QLocale(QLocale::French, QLocale::France), QStringLiteral("mladesk"),
                            QStringLiteral("_"), QStringLiteral(":/i18n")));
        const char* reviewed =
            "%n of %1 texts reviewed in %2. Until all are, the document in this language says "
            "DRAFT on every page.";
        const QString one = french.translate("mladesk::RequestTranslationsTab", reviewed, nullptr, 1);
        const QString two = french.translate("mladesk::RequestTranslationsTab", reviewed, nullptr, 2);
        QVERIFY2(one.startsWith(QStringLiteral("%n texte sur %1 révisé ")), qPrintable(one));
        QVERIFY2(two.startsWith(QStringLiteral("%n textes sur %1 révisés ")), qPrintable(two));
    }

    void theCatalogueTextsAreFrench() {
        QTranslator french;
        QVERIFY(french.load(QLocale(QLocale::French, QLocale::France), QStringLiteral("mladesk"),
                            QStringLiteral("_"), QStringLiteral(":/i18n")));
        QApplication::installTranslator(&french);
        QCOMPARE(displayName::language(), QStringLiteral("fr"));
        const DocumentTranslator documents(displayName::language());
        QSet<QString> listed;
        for (const char* text : catalogueStrings::kDeadlineDescriptions)
            listed.insert(QString::fromUtf8(text));
        const auto& catalogue = Catalogue::shipped();
        QVERIFY(catalogue.ok());
        QStringList english;
        for (const InstrumentRules& instrument : catalogue->instruments()) {
            for (const DeadlineRule& rule : instrument.deadlines) {
                if (!listed.contains(rule.description))
                    english << QStringLiteral("not in CatalogueStrings.h: ") + rule.description;
                else if (displayName::catalogueText(rule.description) == rule.description)
                    english << QStringLiteral("no French: ") + rule.description;
            }
            for (const RequiredElement& element : instrument.elements)
                if (documents.text(element.label) == element.label)
                    english << QStringLiteral("no French label: ") + element.label;
        }
        // The states' names, which deadline trails show ("dans le calendrier d'Allemagne").
        QSet<QString> stateNames;
        for (const char* name : catalogueStrings::kStateNames)
            stateNames.insert(QString::fromUtf8(name));
        for (const StateProfile& state : catalogue->states()) {
            if (!stateNames.contains(state.name))
                english << QStringLiteral("state not in CatalogueStrings.h: ") + state.name;
            else if (french.translate("Catalogue", state.name.toUtf8().constData()).isEmpty())
                english << QStringLiteral("no French state name: ") + state.name;
        }
        QApplication::removeTranslator(&french);
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
    }

    void theMainScreensShowNoEnglishFromCore() {
        QTranslator french;
        QVERIFY(french.load(QLocale(QLocale::French, QLocale::France), QStringLiteral("mladesk"),
                            QStringLiteral("_"), QStringLiteral(":/i18n")));
        QApplication::installTranslator(&french);
        const CoreTexts core = coreTexts();

        test::TestRegister t;
        QVERIFY(RegisterExchange::importAll(t.reg().database(), test::sampleData()));
        DemoGenerator generator(8, QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC));
        QVERIFY(RegisterExchange::importAll(t.reg().database(), generator.generate(40)));
        MainWindow window(t.access());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QStringList shown;
        // The deadlines (where the window opens), with the trail of the first one.
        QTest::qWait(500);
        selectFirstRow(&window);
        QTest::qWait(500);
        shown << visibleTexts(&window);
        // The requests, with the details, completeness and deadlines of the first.
        for (MainWindow::Section section : {MainWindow::Outgoing, MainWindow::Incoming}) {
            window.showSection(section);
            RequestListModel* model = window.requestsView()->model();
            QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 10000);
            if (model->totalCount() > 0) {
                QTRY_VERIFY_WITH_TIMEOUT(!model->idAt(0).isEmpty(), 10000);
                selectFirstRow(window.requestsView());
                QTest::qWait(300);
            }
            shown << visibleTexts(&window);
            for (QTabWidget* tabs : window.findChildren<QTabWidget*>()) {
                if (!tabs->isVisible())
                    continue;
                for (int i = 0; i < tabs->count(); ++i) {
                    tabs->setCurrentIndex(i);
                    QTest::qWait(100);
                    shown << visibleTexts(&window);
                }
            }
        }
        window.showSection(MainWindow::Audit);
        QTest::qWait(300);
        shown << visibleTexts(&window);

        // The walk did reach texts that core makes, in French.
        const QString all = shown.join(QLatin1Char('\n'));
        int frenchCoreTexts = 0;
        for (const QString& words : core.translations)
            frenchCoreTexts += all.contains(words) ? 1 : 0;
        QVERIFY2(frenchCoreTexts > 0, "no text made by core was seen: the walk missed the screens");

        const QStringList english = englishIn(shown, core);
        QVERIFY2(english.isEmpty(),
                 qPrintable(QStringLiteral("English from core on the French screens:\n  ") +
                            english.join(QStringLiteral("\n  "))));
        QApplication::removeTranslator(&french);
    }
};

QTEST_MAIN(TestFrenchScreens)
#include "tst_frenchscreens.moc"
