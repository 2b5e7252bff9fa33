// mladesk-bench runs on a small register and reports every scenario in JSON.
// Checks the shape of the report only: a timing is never asserted in a test.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>

class TestBench : public QObject {
    Q_OBJECT
private slots:
    void reportsEveryScenarioWithPositiveNumbers() {
        QProcess bench;
        bench.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        bench.start(QStringLiteral(MLADESK_BENCH_PATH),
                    {QStringLiteral("--requests"), QStringLiteral("200"), QStringLiteral("--runs"),
                     QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json"),
                     QStringLiteral("--attachments-mb"), QStringLiteral("4")});
        QVERIFY2(bench.waitForFinished(15 * 60 * 1000), qPrintable(bench.errorString()));
        QCOMPARE(bench.exitStatus(), QProcess::NormalExit);
        QCOMPARE(bench.exitCode(), 0);
        QJsonParseError error;
        const QJsonObject report = QJsonDocument::fromJson(bench.readAllStandardOutput(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);

        QCOMPARE(report.value(QStringLiteral("bench")).toString(), QStringLiteral("mladesk-bench"));
        QCOMPARE(report.value(QStringLiteral("runs")).toInt(), 1);
        const QJsonObject reg = report.value(QStringLiteral("register")).toObject();
        QCOMPARE(reg.value(QStringLiteral("requests")).toInt(), 200);
        QVERIFY(reg.value(QStringLiteral("deadlines")).toInteger() > 0);
        QVERIFY(reg.value(QStringLiteral("database_bytes")).toInteger() > 0);

        // The scenarios (docs/performance.md) and their baselines.
        const QStringList expected{
            QStringLiteral("unlock"),
            QStringLiteral("open-first-page"),
            QStringLiteral("sort-status"),
            QStringLiteral("sort-state"),
            QStringLiteral("sort-summary"),
            QStringLiteral("filter-state-instrument-status"),
            QStringLiteral("search-reference"),
            QStringLiteral("search-person"),
            QStringLiteral("search-phrase"),
            QStringLiteral("dashboard"),
            QStringLiteral("import"),
            QStringLiteral("export"),
            QStringLiteral("pdf-4-page"),
            QStringLiteral("pdf-4-page-bilingual"),
            QStringLiteral("bundle-export-sign"),
            QStringLiteral("bundle-verify"),
            QStringLiteral("gui-lists"),
            QStringLiteral("raw-open-first-page"),
            QStringLiteral("raw-sort-status"),
            QStringLiteral("raw-sort-state"),
            QStringLiteral("raw-sort-summary"),
            QStringLiteral("raw-filter-state-instrument-status"),
            QStringLiteral("raw-search-reference"),
            QStringLiteral("raw-search-person"),
            QStringLiteral("raw-search-phrase"),
            QStringLiteral("raw-dashboard"),
            QStringLiteral("sha256-attachments"),
            QStringLiteral("libzip-attachments"),
        };
        QSet<QString> seen;
        for (const QJsonValue& value : report.value(QStringLiteral("scenarios")).toArray()) {
            const QJsonObject s = value.toObject();
            const QString name = s.value(QStringLiteral("name")).toString();
            QVERIFY2(!seen.contains(name), qPrintable(name));
            seen << name;
            QVERIFY2(!s.contains(QStringLiteral("error")),
                     qPrintable(name + QLatin1String(": ") + s.value(QStringLiteral("error")).toString()));
            QCOMPARE(s.value(QStringLiteral("runs")).toInt(), 1);
            QCOMPARE(s.value(QStringLiteral("times_ms")).toArray().size(), 1);
            for (const char* field : {"median_ms", "min_ms", "max_ms", "peak_rss_mb"})
                QVERIFY2(s.value(QLatin1String(field)).toDouble() > 0,
                         qPrintable(name + QLatin1Char(' ') + QLatin1String(field)));
            QVERIFY(s.value(QStringLiteral("peak_above_idle_mb")).toDouble() >= 0);
            const QString kind = s.value(QStringLiteral("kind")).toString();
            QVERIFY(kind == QLatin1String("application") || kind == QLatin1String("baseline"));
            if (!s.value(QStringLiteral("baseline")).isNull())
                QVERIFY2(s.value(QStringLiteral("ratio")).toDouble() > 0, qPrintable(name));
            if (!s.value(QStringLiteral("target")).isNull())
                QVERIFY(s.value(QStringLiteral("met")).isBool());
        }
        for (const QString& name : expected)
            QVERIFY2(seen.contains(name), qPrintable(QStringLiteral("missing scenario ") + name));
        QVERIFY(report.value(QStringLiteral("pending")).isArray());

        // The document is the four pages asked for; the dashboard counts its groups.
        for (const QJsonValue& value : report.value(QStringLiteral("scenarios")).toArray()) {
            const QJsonObject s = value.toObject();
            const QJsonObject notes = s.value(QStringLiteral("notes")).toObject();
            if (s.value(QStringLiteral("name")) == QLatin1String("pdf-4-page"))
                QCOMPARE(notes.value(QStringLiteral("pages")).toInt(), 4);
            if (s.value(QStringLiteral("name")) == QLatin1String("dashboard"))
                for (const char* group : {"overdue", "today", "week", "later", "stopped"})
                    QVERIFY(notes.contains(QLatin1String(group)));
            if (s.value(QStringLiteral("name")) == QLatin1String("import"))
                QCOMPARE(notes.value(QStringLiteral("requests")).toInt(), 200);
        }
    }
};

QTEST_GUILESS_MAIN(TestBench)
#include "tst_bench.moc"
