#include "domain/RequestWorkflow.h"

#include <QTest>

using namespace mladesk;

class TestRequestWorkflow : public QObject {
    Q_OBJECT
private slots:
    void transitions_data() {
        QTest::addColumn<QString>("direction");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("allowed");
        const auto row = [](const char* d, const char* f, const char* t, bool a) {
            QTest::addRow("%s %s -> %s", d, f, t)
                << QString::fromLatin1(d) << QString::fromLatin1(f) << QString::fromLatin1(t) << a;
        };
        // outgoing: drafting, four-eyes review, sending, the other side's answer
        row("outgoing", "draft", "in-review", true);
        row("outgoing", "draft", "approved", false); // approval needs a review
        row("outgoing", "draft", "sent", false);     // nothing leaves unapproved
        row("outgoing", "in-review", "approved", true);
        row("outgoing", "in-review", "draft", true); // returned for changes
        row("outgoing", "approved", "sent", true);
        row("outgoing", "approved", "draft", true); // a change withdraws the approval
        row("outgoing", "sent", "acknowledged", true);
        row("outgoing", "sent", "draft", false);
        row("outgoing", "acknowledged", "in-execution", true);
        row("outgoing", "in-execution", "executed", true);
        row("outgoing", "executed", "closed", true);
        row("outgoing", "refused", "closed", true);
        row("outgoing", "withdrawn", "closed", true);
        row("outgoing", "closed", "draft", false);   // closed is final
        row("outgoing", "draft", "received", false); // an incoming status
        // incoming: receipt, recognition (EIO Art. 16, 12), postponement (Art. 15), refusal (Art. 11)
        row("incoming", "received", "acknowledged", true);
        row("incoming", "received", "executed", false);
        row("incoming", "acknowledged", "recognized", true);
        row("incoming", "acknowledged", "refused", true);
        row("incoming", "recognized", "postponed", true);
        row("incoming", "postponed", "in-execution", true);
        row("incoming", "in-execution", "executed", true);
        row("incoming", "executed", "closed", true);
        row("incoming", "closed", "received", false);
        row("incoming", "received", "draft", false);
        row("sideways", "draft", "in-review", false); // not a direction
    }
    void transitions() {
        QFETCH(QString, direction);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, allowed);
        QCOMPARE(RequestWorkflow::canMove(direction, from, to), allowed);
    }

    void everyStatusIsReachableAndEveryPathEndsClosed() {
        for (const QString& direction : {QStringLiteral("outgoing"), QStringLiteral("incoming")}) {
            const QStringList statuses = RequestWorkflow::statuses(direction);
            QSet<QString> reached{RequestWorkflow::initialStatus(direction)};
            QList<QString> queue{RequestWorkflow::initialStatus(direction)};
            while (!queue.isEmpty()) {
                const QString s = queue.takeFirst();
                const QStringList next = RequestWorkflow::allowedNext(direction, s);
                if (next.isEmpty())
                    QCOMPARE(s, QStringLiteral("closed"));
                for (const QString& n : next) {
                    QVERIFY2(statuses.contains(n), qPrintable(n));
                    if (!reached.contains(n)) {
                        reached.insert(n);
                        queue.append(n);
                    }
                }
            }
            QCOMPARE(reached.size(), statuses.size());
        }
    }
};

QTEST_GUILESS_MAIN(TestRequestWorkflow)
#include "tst_requestworkflow.moc"
