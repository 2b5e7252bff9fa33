#include "ui/requests/RequestListModel.h"

#include <QApplication>
#include <QDir>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

// The UI catalogues in translations/ are complete (every message translated
// and none left unfinished), keep every placeholder of their source, and are
// compiled into the program.
class TestTranslations : public QObject {
    Q_OBJECT
private:
    static QStringList catalogues() {
        return QDir(QStringLiteral(MLADESK_SOURCE_DIR "/translations"))
            .entryList({QStringLiteral("mladesk_*.ts")}, QDir::Files, QDir::Name);
    }

private slots:
    void thereAreFrenchAndGermanCatalogues() {
        QVERIFY(catalogues().contains(QStringLiteral("mladesk_fr.ts")));
        QVERIFY(catalogues().contains(QStringLiteral("mladesk_de.ts")));
    }

    void everyMessageIsTranslatedWithItsPlaceholders_data() {
        QTest::addColumn<QString>("file");
        for (const QString& file : catalogues())
            QTest::newRow(qPrintable(file)) << file;
    }
    void everyMessageIsTranslatedWithItsPlaceholders() {
        QFETCH(QString, file);
        QFile ts(QStringLiteral(MLADESK_SOURCE_DIR "/translations/") + file);
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
        QString source;
        int messages = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const QString type = xml.attributes().value(QStringLiteral("type")).toString();
                QVERIFY2(type.isEmpty(),
                         qPrintable(QStringLiteral("%1: \"%2\" is %3").arg(file, source, type)));
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                QVERIFY2(!text.trimmed().isEmpty(),
                         qPrintable(QStringLiteral("%1: \"%2\" is empty").arg(file, source)));
                for (auto it = placeholder.globalMatch(source); it.hasNext();) {
                    const QString p = it.next().captured(0);
                    QVERIFY2(text.contains(p),
                             qPrintable(QStringLiteral("%1: \"%2\" lost %3").arg(file, source, p)));
                }
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 200);
    }

    void theCataloguesAreBuiltIn() {
        QTranslator french;
        QVERIFY(french.load(QStringLiteral(":/i18n/mladesk_fr.qm")));
        QApplication::installTranslator(&french);
        QCOMPARE(mladesk::RequestListModel::statusLabel(QStringLiteral("in-review")),
                 QStringLiteral("En relecture"));
        QApplication::removeTranslator(&french);
        QCOMPARE(mladesk::RequestListModel::statusLabel(QStringLiteral("in-review")),
                 QStringLiteral("In review"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
