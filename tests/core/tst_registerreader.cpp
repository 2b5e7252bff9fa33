#include "TestOffice.h"
#include "repositories/CaseRepository.h"
#include "services/RegisterReader.h"
#include "services/RequestService.h"
#include "services/Workspace.h"
#include "storage/SqlCipherStorage.h"

#include <QTest>

using namespace mladesk;

// The read side (services/RegisterReader): the window's background reads, on
// a connection of their own, checked against the user's roles as the
// services check them.
class TestRegisterReader : public QObject {
    Q_OBJECT
private:
    static std::shared_ptr<RegisterReader> readerOf(Workspace* workspace) {
        auto reader = workspace->openReader();
        if (!reader)
            qFatal("openReader: %s", qPrintable(reader.error().message));
        return reader.value();
    }
    static QDateTime now() { return QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC); }

private slots:
    void readsTheListsAndDeadlinesForWhoMayReadContent() {
        test::Office office;
        auto reader = readerOf(office.session.get());
        auto ids = reader->requestKeys({}, {RequestSortKey::Reference, false});
        QVERIFY2(ids, ids ? "" : qPrintable(ids.error().message));
        QCOMPARE(qint64(ids->size()), office.session->requests().count().value());
        auto rows = reader->requestRows(*ids);
        QVERIFY(rows);
        QCOMPARE(rows->size(), ids->size());
        QVERIFY(!rows->first().reference.isEmpty());
        QCOMPARE(reader->requestKey(rows->first().id, rows->first().reference).value(), ids->first());
        QCOMPARE(reader->requestKey(QStringLiteral("no such id"), rows->first().reference).value(), -1);
        DueFilter filter;
        filter.now = now();
        QVERIFY(reader->due(filter));
        GoverningCache cache;
        QVERIFY(reader->dueEntries(now(), cache));
        QVERIFY(reader->calendar(now()));
        QVERIFY(reader->checkIntegrity());
    }

    void refusesWhatTheRolesDoNotAllow() {
        test::Office office;
        office.addUser("ada", roles::kAuditor);
        office.addUser("tom", roles::kTranslator);
        auto ada = readerOf(office.as("ada"));
        const auto ids = ada->requestKeys({}, {});
        QCOMPARE(ids.error().code, ErrorCode::Forbidden);
        QCOMPARE(ids.error().message, QStringLiteral("ada (auditor) may not read case content."));
        QCOMPARE(ada->requestRows({1}).error().code, ErrorCode::Forbidden);
        QCOMPARE(ada->requestKey(QStringLiteral("x"), QStringLiteral("OUT")).error().code,
                 ErrorCode::Forbidden);
        QCOMPARE(ada->due({}).error().code, ErrorCode::Forbidden);
        GoverningCache cache;
        QCOMPARE(ada->dueEntries(now(), cache).error().code, ErrorCode::Forbidden);
        QCOMPARE(ada->deadline(QStringLiteral("x"), QStringLiteral("k"), {}).error().code,
                 ErrorCode::Forbidden);
        QCOMPARE(ada->calendar(now()).error().code, ErrorCode::Forbidden);
        QVERIFY(ada->checkIntegrity()); // it shows no content
        ada.reset();                    // as the window's views let go of theirs before a lock

        // A translator reads content but exports nothing.
        auto tom = readerOf(office.as("tom"));
        QVERIFY(tom->requestKeys({}, {}));
        QCOMPARE(tom->calendar(now()).error().code, ErrorCode::Forbidden);
    }

    void aReaderOnlyReads() {
        test::Office office;
        SqlCipherStorage storage(office.t.reg());
        auto reader = storage.openReader();
        QVERIFY(reader);
        QVERIFY(!reader.value()->begin()); // no write transaction
        Case kase{QStringLiteral("00000000-0000-4000-8000-0000000000c9"),
                  QStringLiteral("CASE-X"),
                  QStringLiteral("A case"),
                  {},
                  {},
                  QDateTime::currentDateTimeUtc()};
        QVERIFY(!reader.value()->cases().insert(kase));
        QCOMPARE(storage.cases().find(kase.id).error().code, ErrorCode::NotFound);
        QVERIFY(reader.value()->openReader().error().code == ErrorCode::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestRegisterReader)
#include "tst_registerreader.moc"
