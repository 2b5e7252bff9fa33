#include "SampleData.h"
#include "TestRegister.h"
#include "interchange/EntityJson.h"
#include "rules/Catalogue.h"
#include "services/DeadlineService.h"
#include "services/ExchangeService.h"
#include "services/RequestService.h"
#include "services/RetentionService.h"
#include "services/Session.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/RequestFilter.h"
#include "storage/SqlCipherAttachmentRepository.h"
#include "storage/SqlCipherAuditRepository.h"
#include "storage/SqlCipherDeadlineRepository.h"
#include "storage/SqlCipherRequestRepository.h"
#include "storage/SqlCipherRetentionRepository.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <sodium.h>
#include <sys/resource.h>

using namespace mladesk;

namespace {

// The attachment file format (storage/SqlCipherAttachmentRepository.h): a magic line, the
// secretstream header, then chunks of 64 KiB + 17 bytes.
constexpr qint64 kMagicSize = 21; // "MLADESK-ATTACHMENT-1\n"

QByteArray randomBytes(qint64 size) {
    QByteArray bytes(size, Qt::Uninitialized);
    randombytes_buf(bytes.data(), std::size_t(size));
    return bytes;
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Whether key decrypts the first chunk of an attachment file.
bool decrypts(const QByteArray& file, const QByteArray& key, const QString& attachmentId) {
    if (key.size() != crypto_secretstream_xchacha20poly1305_KEYBYTES ||
        file.size() < kMagicSize + crypto_secretstream_xchacha20poly1305_HEADERBYTES)
        return false;
    crypto_secretstream_xchacha20poly1305_state state;
    const auto* bytes = reinterpret_cast<const unsigned char*>(file.constData());
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &state, bytes + kMagicSize, reinterpret_cast<const unsigned char*>(key.constData())) != 0)
        return false;
    const qint64 offset = kMagicSize + crypto_secretstream_xchacha20poly1305_HEADERBYTES;
    const qint64 chunk =
        std::min<qint64>(file.size() - offset, 64 * 1024 + crypto_secretstream_xchacha20poly1305_ABYTES);
    QByteArray plain(chunk, Qt::Uninitialized);
    const QByteArray ad = attachmentId.toLatin1();
    unsigned char tag = 0;
    return crypto_secretstream_xchacha20poly1305_pull(
               &state, reinterpret_cast<unsigned char*>(plain.data()), nullptr, &tag, bytes + offset,
               static_cast<unsigned long long>(chunk), reinterpret_cast<const unsigned char*>(ad.constData()),
               static_cast<unsigned long long>(ad.size())) == 0;
}

// Every value of every column of every table, as hex, for "this secret is
// nowhere" checks.
QStringList everyValueAsHex(Database& db) {
    QStringList tables;
    auto names = db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    if (!names || !names->forEachRow([&](const Statement& row) { tables << row.text(0); }))
        qFatal("cannot list tables");
    QStringList values;
    for (const QString& table : std::as_const(tables)) {
        QStringList columns;
        auto info = db.prepare(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table));
        if (!info || !info->forEachRow([&](const Statement& row) { columns << row.text(1); }))
            qFatal("cannot read columns of %s", qPrintable(table));
        if (columns.isEmpty())
            continue;
        QStringList hexed;
        for (const QString& c : std::as_const(columns))
            hexed << QStringLiteral("hex(\"%1\")").arg(c);
        auto rows = db.prepare(QStringLiteral("SELECT %1 FROM \"%2\"").arg(hexed.join(u','), table));
        if (!rows || !rows->forEachRow([&](const Statement& row) {
                for (int i = 0; i < columns.size(); ++i)
                    values << row.text(i);
            }))
            qFatal("cannot read %s", qPrintable(table));
    }
    return values;
}

bool anyContains(const QStringList& values, const QString& needle) {
    return std::any_of(values.begin(), values.end(), [&](const QString& v) { return v.contains(needle); });
}

QStringList attachmentKeysHex(Database& db) {
    QStringList keys;
    auto st = db.prepare(QStringLiteral("SELECT hex(file_key) FROM attachments WHERE file_key IS NOT NULL"));
    if (!st || !st->forEachRow([&](const Statement& row) { keys << row.text(0); }))
        qFatal("cannot read keys");
    return keys;
}

// A sequential device that makes size bytes of deterministic noise without
// holding them, and hashes what it handed out.
class NoiseDevice : public QIODevice {
public:
    explicit NoiseDevice(qint64 size)
        : m_left(size)
        , m_hash(QCryptographicHash::Sha256) {}
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_left == 0 && QIODevice::atEnd(); }
    QByteArray sha256() const { return m_hash.result().toHex(); }

protected:
    qint64 readData(char* data, qint64 max) override {
        if (m_left == 0)
            return -1;
        const qint64 n = std::min(max, m_left);
        for (qint64 i = 0; i < n; ++i) {
            m_state ^= m_state << 13;
            m_state ^= m_state >> 7;
            m_state ^= m_state << 17;
            data[i] = char(m_state & 0xff);
        }
        m_hash.addData(QByteArrayView(data, n));
        m_left -= n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    qint64 m_left;
    quint64 m_state = 0x9E3779B97F4A7C15ull;
    QCryptographicHash m_hash;
};

// Hashes what is written to it and keeps nothing.
class HashSink : public QIODevice {
public:
    HashSink()
        : m_hash(QCryptographicHash::Sha256) {
        open(QIODevice::WriteOnly);
    }
    QByteArray sha256() const { return m_hash.result().toHex(); }
    qint64 bytes = 0;

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override {
        m_hash.addData(QByteArrayView(data, size));
        bytes += size;
        return size;
    }

private:
    QCryptographicHash m_hash;
};

long peakResidentKiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

// Attachments encrypted one key each, retention sunsets, and the purge that
// crypto-shreds received data in the register and its backups.
class TestRetention : public QObject {
    Q_OBJECT
private:
    // The sample data, a prosecutor "paula" and a translator "tom" besides the
    // register's creator "tester" (administrator, liaison officer).
    struct Office {
        test::TestRegister t;
        std::unique_ptr<Workspace> session;
        explicit Office(int schemaVersion = -1)
            : t(schemaVersion) {
            if (schemaVersion >= 0)
                return; // the caller migrates first
            start();
        }
        void start() {
            session = Workspace::start(t.reg()).value();
            if (!session->exchange().importData(test::sampleData()))
                qFatal("import failed");
            for (const auto& [name, role] :
                 {std::pair{"paula", roles::kProsecutor}, std::pair{"tom", roles::kTranslator}})
                if (!session->users().add(QString::fromLatin1(name), {role}, test::passphrase(name),
                                          KdfCost::interactive()))
                    qFatal("addUser failed");
        }
        Workspace* as(const char* name) {
            if (session)
                session->end();
            session.reset();
            t.reg().lock();
            const char* secret = QByteArray(name) == "tester" ? test::kPassphrase : name;
            if (!t.reg().unlock(test::passphrase(secret), QString::fromLatin1(name)))
                qFatal("unlock as %s failed", name);
            session = Workspace::start(t.reg()).value();
            return session.get();
        }
        Database& db() { return t.reg().database(); }
        QString file(const QString& name, const QByteArray& bytes) {
            const QString path = t.scratch(name);
            if (!writeFile(path, bytes))
                qFatal("cannot write %s", qPrintable(path));
            return path;
        }
        QStringList actions() {
            QStringList list;
            for (const AuditEntry& e : SqlCipherAuditRepository(db()).entries().value())
                list << e.action;
            return list;
        }
        // A backup as the migration makes them: a byte copy of register.db.
        QString backUp(const QString& name) {
            if (!db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
                qFatal("checkpoint failed");
            const QString dir = QDir(t.reg().backupsPath()).filePath(name);
            QDir().mkpath(dir);
            const QString path = QDir(dir).filePath(QStringLiteral("register.db"));
            if (!QFile::copy(t.reg().databasePath(), path))
                qFatal("backup copy failed");
            return path;
        }
    };

    static const QString kPreservation; // OUT-2026-0001, epoc-pr, sent
    static const QString kProduction;   // OUT-2026-0002, epoc, draft
    static const QString kUnique;       // made by uniqueRequest()
    static const QString kOld;          // OUT-2025-0007, written at schema 3

    // A request whose words appear nowhere else in the register.
    static Request uniqueRequest() {
        Request r = test::sampleData().requests[0];
        r.id = kUnique;
        r.reference = QStringLiteral("OUT-2026-0042");
        r.status = QStringLiteral("draft"); // a new outgoing request starts as one (four eyes)
        r.links.clear();
        r.summary = QStringLiteral("Preserve the Wombatzeit mailbox of Quokkabrandt");
        r.facts = QStringLiteral("Quokkabrandt ran the Wombatzeit phishing kit from a rented server.");
        r.persons = {{QStringLiteral("Quokkabrandt Example"), QStringLiteral("suspect"), QDate(1990, 1, 2),
                      QStringLiteral("DE"), QStringLiteral("Hamburg")}};
        r.identifiers = {{QStringLiteral("email"), QStringLiteral("quokkabrandt@mail.example")}};
        return r;
    }

    static qint64 searchCount(Database& db, const QString& words) {
        RequestFilter filter;
        filter.search = words;
        return SqlCipherRequestRepository(db).count(filter).value();
    }

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void attachmentRoundTrip_data() {
        QTest::addColumn<qint64>("size");
        QTest::newRow("empty") << qint64(0);
        QTest::newRow("one byte") << qint64(1);
        QTest::newRow("one chunk exactly") << qint64(64 * 1024);
        QTest::newRow("three chunks exactly") << qint64(3 * 64 * 1024);
        QTest::newRow("a few MB") << qint64(3 * 1024 * 1024 + 123);
    }
    void attachmentRoundTrip() {
        QFETCH(qint64, size);
        Office office;
        QByteArray content = randomBytes(size);
        if (size >= 64)
            content.replace(0, 33, test::kSecretMarker);
        const QString source = office.file(QStringLiteral("statement.pdf"), content);
        auto added = office.session->retention().addAttachment(QStringLiteral("OUT-2026-0001"), source);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        QCOMPARE(added->size, size);
        QCOMPARE(added->name, QStringLiteral("statement.pdf"));
        QCOMPARE(added->sha256,
                 QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
        QVERIFY(!added->mediaType.isEmpty());

        const QString stored = QDir(office.t.reg().attachmentsPath()).filePath(added->id);
        QVERIFY(QFileInfo::exists(stored));
        QCOMPARE(QFileInfo(stored).permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther |
                                                    QFile::WriteOther | QFile::ExeOwner),
                 QFileDevice::Permissions());
        // 64 KiB chunks, 17 bytes of overhead each, the last one tagged FINAL.
        const qint64 chunks = std::max<qint64>(1, (size + 64 * 1024 - 1) / (64 * 1024));
        QCOMPARE(QFileInfo(stored).size(), kMagicSize + 24 + size + chunks * 17);

        // Nothing of the plaintext anywhere in the register's files.
        if (size >= 64)
            for (const auto& [path, bytes] : test::filesBelow(office.t.folder()))
                QVERIFY2(!bytes.contains(test::kSecretMarker) && !bytes.contains(content.mid(40, 24)),
                         qPrintable(path));

        auto listed = office.session->retention().attachments(QStringLiteral("OUT-2026-0001"));
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().id, added->id);
        QVERIFY(listed->first().hasKey);

        QBuffer back;
        back.open(QIODevice::WriteOnly);
        const Status read = office.session->retention().readAttachment(added->id, back);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(back.data().size(), content.size());
        QVERIFY(back.data() == content);
        QVERIFY(office.actions().contains(QStringLiteral("attachment-added")));
    }

    void streamsWithoutGrowingMemory() {
        // 96 MiB in and out through devices that keep nothing: the peak
        // resident size must not grow by anything near the data's size.
        Office office;
        constexpr qint64 kSize = 96ll * 1024 * 1024;
        const long before = peakResidentKiB();
        NoiseDevice source(kSize);
        QVERIFY(source.open(QIODevice::ReadOnly));
        SqlCipherAttachmentRepository store(office.db(), office.t.reg().attachmentsPath());
        auto added = store.add(kPreservation, source, QStringLiteral("noise.bin"));
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        QCOMPARE(added->size, kSize);
        QCOMPARE(added->sha256.toLatin1(), source.sha256());
        HashSink sink;
        const Status read = store.read(added->id, sink);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(sink.bytes, kSize);
        QCOMPARE(sink.sha256(), source.sha256());
        const long grownKiB = peakResidentKiB() - before;
        QVERIFY2(grownKiB < 32 * 1024, qPrintable(QStringLiteral("peak grew by %1 KiB").arg(grownKiB)));
    }

    void aTamperedAttachmentIsDamaged_data() {
        QTest::addColumn<QString>("how");
        QTest::newRow("a flipped bit in the middle") << QStringLiteral("flip");
        QTest::newRow("the last chunk cut off") << QStringLiteral("truncate-chunk");
        QTest::newRow("cut after the header") << QStringLiteral("truncate-header");
        QTest::newRow("bytes appended") << QStringLiteral("append");
        QTest::newRow("another file's bytes") << QStringLiteral("swap");
        QTest::newRow("the file removed") << QStringLiteral("remove");
        QTest::newRow("the recorded digest changed") << QStringLiteral("digest");
    }
    void aTamperedAttachmentIsDamaged() {
        QFETCH(QString, how);
        Office office;
        const QString source = office.file(QStringLiteral("a.bin"), randomBytes(200 * 1024 + 7));
        const QString other = office.file(QStringLiteral("b.bin"), randomBytes(200 * 1024 + 7));
        auto a = office.session->retention().addAttachment(kPreservation, source);
        auto b = office.session->retention().addAttachment(kPreservation, other);
        QVERIFY(a && b);
        const QString path = QDir(office.t.reg().attachmentsPath()).filePath(a->id);
        QByteArray bytes = readFile(path);
        if (how == QLatin1String("flip"))
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x10);
        else if (how == QLatin1String("truncate-chunk"))
            bytes.chop(8199 + 17); // exactly the last chunk: 200 KiB + 7 = 3 x 64 KiB + 8199
        else if (how == QLatin1String("truncate-header"))
            bytes.truncate(kMagicSize + 24);
        else if (how == QLatin1String("append"))
            bytes.append(randomBytes(100));
        else if (how == QLatin1String("swap"))
            bytes = readFile(QDir(office.t.reg().attachmentsPath()).filePath(b->id));
        if (how == QLatin1String("remove"))
            QVERIFY(QFile::remove(path));
        else if (how == QLatin1String("digest"))
            QVERIFY(office.db().exec(QStringLiteral("UPDATE attachments SET sha256 = '%1' WHERE id = '%2'")
                                         .arg(QString(64, QLatin1Char('0')), a->id)));
        else
            QVERIFY(writeFile(path, bytes));
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        const Status read = office.session->retention().readAttachment(a->id, sink);
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::Damaged);
        QVERIFY2(read.error().message.contains(QStringLiteral("is damaged")),
                 qPrintable(read.error().message));
        QVERIFY2(read.error().message.contains(QStringLiteral("a.bin")), qPrintable(read.error().message));
        // The other attachment is untouched.
        QBuffer fine;
        fine.open(QIODevice::WriteOnly);
        QVERIFY(office.session->retention().readAttachment(b->id, fine));
        QCOMPARE(fine.data(), readFile(other));
    }

    void attachingNeedsARequestAFileAndTheRole() {
        Office office;
        const QString source = office.file(QStringLiteral("x.txt"), "hello");
        QCOMPARE(
            office.session->retention().addAttachment(QStringLiteral("OUT-1999-9999"), source).error().code,
            ErrorCode::NotFound);
        QCOMPARE(office.session->retention()
                     .addAttachment(kPreservation, office.t.scratch(QStringLiteral("missing")))
                     .error()
                     .code,
                 ErrorCode::Io);
        Workspace* tom = office.as("tom");
        QCOMPARE(tom->retention().addAttachment(kPreservation, source).error().code, ErrorCode::Forbidden);
        QVERIFY(QDir(office.t.reg().attachmentsPath()).isEmpty());
    }

    void setExtendAndSunsets() {
        Office office;
        Workspace* s = office.session.get();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // Neither instrument sets a period: the case decision must.
        const auto noDefault = s->retention().set(kPreservation, {});
        QCOMPARE(noDefault.error().code, ErrorCode::InvalidInput);
        QVERIFY2(noDefault.error().message.contains(QStringLiteral("sets no retention period")),
                 qPrintable(noDefault.error().message));

        const QDateTime soon = QDateTime(now.date().addDays(20), QTime(0, 0), Qt::UTC);
        auto set =
            s->retention().set(kPreservation, {soon, {}, {}, QStringLiteral("decision of 3 March"), -1});
        QVERIFY2(set, qPrintable(set ? QString() : set.error().message));
        QCOMPARE(set->until, soon);
        QCOMPARE(set->basis, QStringLiteral("case-decision"));
        QCOMPARE(set->reminderDays, 30);
        const QDateTime later = QDateTime(now.date().addDays(100), QTime(0, 0), Qt::UTC);
        const auto unset = s->retention().extend(kProduction, later, QStringLiteral("x"));
        QCOMPARE(unset.error().code, ErrorCode::NotFound);
        QVERIFY2(unset.error().message.contains(QStringLiteral("No retention is set")),
                 qPrintable(unset.error().message));
        QVERIFY(s->retention().set(kProduction, {later, {}, {}, {}, 10}));

        // until - reminder_days <= now + N
        auto within0 = s->retention().sunsets(0);
        QVERIFY(within0);
        QCOMPARE(within0->size(), 1);
        QCOMPARE(within0->first().reference, QStringLiteral("OUT-2026-0001"));
        QCOMPARE(within0->first().remindFrom, soon.addDays(-30));
        QCOMPARE(s->retention().sunsets(89)->size(), 1);
        QCOMPARE(s->retention().sunsets(90)->size(), 2);
        QCOMPARE(s->retention().sunsets(-1)->size(), 2);

        // The retention-end deadline follows.
        auto deadlines =
            SqlCipherDeadlineRepository(office.db()).due({now, 30, false, {QStringLiteral("retention-end")}});
        QVERIFY(deadlines);
        QCOMPARE(deadlines->size(), 1);
        QCOMPARE(deadlines->first().due, soon);

        // A later date through "set" would skip the reason: refused.
        QCOMPARE(s->retention().set(kPreservation, {later, {}, {}, {}, -1}).error().code,
                 ErrorCode::Conflict);
        // Extending: later, with a reason.
        QCOMPARE(s->retention().extend(kPreservation, soon.addDays(-1), QStringLiteral("x")).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(s->retention().extend(kPreservation, later, QStringLiteral("  ")).error().code,
                 ErrorCode::InvalidInput);
        auto extended =
            s->retention().extend(kPreservation, later.addDays(30), QStringLiteral("appeal pending"));
        QVERIFY2(extended, qPrintable(extended ? QString() : extended.error().message));
        QCOMPARE(extended->basis, QStringLiteral("extension"));
        QCOMPARE(extended->until, later.addDays(30));
        QCOMPARE(s->retention().sunsets(0)->size(), 0);
        deadlines = SqlCipherDeadlineRepository(office.db())
                        .due({now, 365, false, {QStringLiteral("retention-end")}});
        QCOMPARE(deadlines->size(), 2);
        QCOMPARE(deadlines->last().due, later.addDays(30));

        auto reviews = s->retention().reviews(kPreservation);
        QVERIFY(reviews);
        QCOMPARE(reviews->size(), 2);
        QCOMPARE(reviews->at(0).decision, QStringLiteral("set"));
        QCOMPARE(reviews->at(0).reason, QStringLiteral("decision of 3 March"));
        QCOMPARE(reviews->at(1).decision, QStringLiteral("extend"));
        QCOMPARE(reviews->at(1).decidedBy, QStringLiteral("tester"));

        const QStringList actions = office.actions();
        QVERIFY(actions.contains(QStringLiteral("retention-set")));
        QVERIFY(actions.contains(QStringLiteral("retention-extended")));
        for (const AuditEntry& e : SqlCipherAuditRepository(office.db()).entries().value())
            QVERIFY2(!e.detail.contains(QStringLiteral("appeal")) &&
                         !e.detail.contains(QStringLiteral("March")),
                     qPrintable(e.detail)); // reasons stay out of the audit trail

        Workspace* tom = office.as("tom");
        QCOMPARE(tom->retention().set(kPreservation, {later, {}, {}, {}, -1}).error().code,
                 ErrorCode::Forbidden);
        QCOMPARE(tom->retention().extend(kPreservation, later.addDays(99), QStringLiteral("x")).error().code,
                 ErrorCode::Forbidden);
    }

    void theInstrumentsDefaultCountsFromProduction() {
        // A catalogue whose EPOC sets 180 days (the shipped one leaves it to the case).
        Office office;
        const QString dir = office.t.scratch(QStringLiteral("instruments"));
        QVERIFY(QDir().mkpath(dir));
        const QDir shipped(QStringLiteral(MLADESK_SOURCE_DIR "/resources/instruments"));
        for (const QString& name : shipped.entryList({QStringLiteral("*.json")})) {
            QByteArray bytes = readFile(shipped.filePath(name));
            if (name == QLatin1String("epoc.json")) {
                QJsonObject o = QJsonDocument::fromJson(bytes).object();
                QJsonObject retention = o[QStringLiteral("retention")].toObject();
                retention[QStringLiteral("defaultDays")] = 180;
                retention[QStringLiteral("reminderDays")] = 14;
                o[QStringLiteral("retention")] = retention;
                bytes = QJsonDocument(o).toJson();
            }
            QVERIFY(writeFile(QDir(dir).filePath(name), bytes));
        }
        auto catalogue = Catalogue::load(dir, QStringLiteral(MLADESK_SOURCE_DIR "/resources/states"));
        QVERIFY2(catalogue, qPrintable(catalogue ? QString() : catalogue.error().message));
        SqlCipherRetentionRepository store(office.db(), &catalogue.value());
        Request production = SqlCipherRequestRepository(office.db()).find(kProduction).value();
        const auto noEvent = store.set(production, {}, QStringLiteral("tester"));
        QCOMPARE(noEvent.error().code, ErrorCode::InvalidInput);
        QVERIFY2(noEvent.error().message.contains(QStringLiteral("\"produced\"")),
                 qPrintable(noEvent.error().message));
        const QDateTime produced(QDate(2026, 3, 1), QTime(14, 30), Qt::UTC);
        production.events = {{QStringLiteral("produced"), produced}};
        auto set = store.set(production, {}, QStringLiteral("tester"));
        QVERIFY2(set, qPrintable(set ? QString() : set.error().message));
        QCOMPARE(set->until, produced.addDays(180));
        QCOMPARE(set->basis, QStringLiteral("instrument"));
        QCOMPARE(set->reminderDays, 14);
        QCOMPARE(set->article, catalogue->instrument(QStringLiteral("epoc"))->retention.article);
    }

    void purgeDestroysTheDataEverywhere() {
        Office office;
        QVERIFY(office.session->requests().create(uniqueRequest()));
        // Another request's attachment stays: its key must not open the purged file.
        QVERIFY(office.session->retention().addAttachment(
            kPreservation, office.file(QStringLiteral("keep.bin"), randomBytes(1000))));
        auto big = office.session->retention().addAttachment(
            kUnique, office.file(QStringLiteral("mailbox.mbox"), randomBytes(1024 * 1024)));
        auto small = office.session->retention().addAttachment(
            kUnique, office.file(QStringLiteral("Quokkabrandt.txt"), "subscriber: Quokkabrandt\n"));
        QVERIFY(big && small);
        QVERIFY(office.session->retention().set(kUnique, {QDateTime::currentDateTimeUtc().addDays(-1),
                                                          {},
                                                          {},
                                                          QStringLiteral("the case was closed"),
                                                          -1}));
        QCOMPARE(office.session->retention().sunsets(0)->size(), 1);
        QCOMPARE(searchCount(office.db(), QStringLiteral("Quokkabrandt")), 1);
        QCOMPARE(searchCount(office.db(), QStringLiteral("Wombatzeit")), 1);

        // What an attacker keeps from before the purge: the ciphertext, a backup.
        const QString bigFile = QDir(office.t.reg().attachmentsPath()).filePath(big->id);
        const QByteArray copied = readFile(bigFile);
        QStringList oldKeys;
        for (const QString& id : {big->id, small->id}) {
            auto st =
                office.db().prepare(QStringLiteral("SELECT hex(file_key) FROM attachments WHERE id = ?"));
            QVERIFY(st);
            st->bind(1, id);
            QVERIFY(st->step().value());
            oldKeys << st->text(0);
        }
        QCOMPARE(oldKeys.at(0).size(), 64);
        QVERIFY(decrypts(copied, QByteArray::fromHex(oldKeys.at(0).toLatin1()), big->id)); // the check works
        const QString backup = office.backUp(QStringLiteral("copy-before-purge"));
        {
            auto raw = office.t.reg().openBackup(backup);
            QVERIFY(raw);
            QVERIFY(anyContains(everyValueAsHex(*raw.value()), oldKeys.at(0)));
        }
        const QStringList segmentsBefore = everyValueAsHex(office.db());
        const QString term = QString::fromLatin1(QByteArray("kkabrandt").toHex().toUpper());
        QVERIFY(anyContains(segmentsBefore, term));

        // A liaison officer may not purge.
        const auto refused = office.session->retention().purge(kUnique, QStringLiteral("end"));
        QCOMPARE(refused.error().code, ErrorCode::Forbidden);
        QVERIFY(QFileInfo::exists(bigFile));

        Workspace* paula = office.as("paula");
        auto report =
            paula->retention().purge(QStringLiteral("OUT-2026-0042"), QStringLiteral("retention ended"));
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QVERIFY2(report->problems.isEmpty(), qPrintable(report->problems.join(u'\n')));
        QCOMPARE(report->attachments, 2);
        QCOMPARE(report->filesRemoved, 2);
        QCOMPARE(report->backups, QStringList{QStringLiteral("copy-before-purge")});
        QVERIFY(report->walEmptied);
        QCOMPARE(QFileInfo(office.t.reg().databasePath() + QStringLiteral("-wal")).size(), 0);

        // The keys are gone, so are the files, and reading fails.
        QCOMPARE(office.db()
                     .queryInt(QStringLiteral("SELECT count(*) FROM attachments WHERE request_id = '%1' AND "
                                              "(file_key IS NOT NULL OR purged_at IS NULL)")
                                   .arg(kUnique))
                     .value(),
                 0);
        QVERIFY(!QFileInfo::exists(bigFile));
        QVERIFY(!QFileInfo::exists(QDir(office.t.reg().attachmentsPath()).filePath(small->id)));
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        const Status read = paula->retention().readAttachment(big->id, sink);
        QVERIFY(!read);
        QVERIFY2(read.error().message.contains(QStringLiteral("destroyed")),
                 qPrintable(read.error().message));
        auto listed = paula->retention().attachments(kUnique);
        QCOMPARE(listed->size(), 2);
        QVERIFY(!listed->first().hasKey && listed->first().purgedAt.isValid());

        // The old keys are nowhere: not in the register, not in the backup;
        // no key left in either opens the copied ciphertext.
        const QStringList mainValues = everyValueAsHex(office.db());
        auto raw = office.t.reg().openBackup(backup);
        QVERIFY(raw);
        Database& backupDb = *raw.value();
        const QStringList backupValues = everyValueAsHex(backupDb);
        for (const QString& key : std::as_const(oldKeys)) {
            QVERIFY(!anyContains(mainValues, key));
            QVERIFY(!anyContains(backupValues, key));
        }
        const QStringList remaining = attachmentKeysHex(office.db()) + attachmentKeysHex(backupDb);
        QCOMPARE(remaining.size(), 2); // keep.bin's, in each
        for (const QString& key : remaining)
            QVERIFY(!decrypts(copied, QByteArray::fromHex(key.toLatin1()), big->id));

        // The free text is redacted, what the register needs stays.
        const Request after = SqlCipherRequestRepository(office.db()).find(kUnique).value();
        const Request before = uniqueRequest();
        QCOMPARE(after.summary, SqlCipherRetentionRepository::purgedSummary(report->at));
        QVERIFY(after.summary.startsWith(QStringLiteral("[Purged on ") +
                                         QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate)));
        for (const QString& text : {after.facts, after.offence, after.legalQualification,
                                    after.assistanceSought, after.necessity, after.procedures, after.purpose})
            QCOMPARE(text, QStringLiteral("[purged]"));
        QVERIFY(after.persons.isEmpty());
        QVERIFY(after.identifiers.isEmpty());
        QCOMPARE(after.reference, before.reference);
        QCOMPARE(after.instrument, before.instrument);
        QCOMPARE(after.status, before.status);
        QCOMPARE(after.requestingState, before.requestingState);
        QCOMPARE(after.requestedState, before.requestedState);
        QCOMPARE(after.events, before.events);
        QCOMPARE(after.dateRanges, before.dateRanges);
        QCOMPARE(after.createdAt, before.createdAt);

        // The full-text index forgot the words, down to its segments.
        QCOMPARE(searchCount(office.db(), QStringLiteral("Quokkabrandt")), 0);
        QCOMPARE(searchCount(office.db(), QStringLiteral("Wombatzeit")), 0);
        QCOMPARE(searchCount(office.db(), QStringLiteral("OUT-2026-0042")), 1); // the reference stays
        QVERIFY(!anyContains(mainValues, term));
        QVERIFY(!anyContains(backupValues, term));
        QCOMPARE(backupDb
                     .queryInt(QStringLiteral(
                         "SELECT count(*) FROM request_search WHERE request_search MATCH 'quokkabrandt'"))
                     .value(),
                 0);
        QCOMPARE(SqlCipherRequestRepository(backupDb).find(kUnique)->summary, after.summary);

        // The decisions are kept, the audit trail records the purge and holds.
        auto reviews = paula->retention().reviews(kUnique);
        QCOMPARE(reviews->size(), 2);
        QCOMPARE(reviews->at(0).decision, QStringLiteral("set"));
        QCOMPARE(reviews->at(1).decision, QStringLiteral("purge"));
        QCOMPARE(reviews->at(1).decidedBy, QStringLiteral("paula"));
        QCOMPARE(reviews->at(1).reason, QStringLiteral("retention ended"));
        auto record = SqlCipherRetentionRepository(office.db()).current(kUnique).value();
        QVERIFY(record && record->purgedAt.isValid());
        QCOMPARE(record->purgedBy, QStringLiteral("paula"));
        QCOMPARE(paula->retention().sunsets(-1)->size(), 0);
        bool recorded = false;
        for (const AuditEntry& e : SqlCipherAuditRepository(office.db()).entries().value()) {
            QVERIFY2(!e.detail.contains(QStringLiteral("Quokkabrandt")) &&
                         !e.detail.contains(QStringLiteral("mailbox")),
                     qPrintable(e.detail));
            if (e.action == QLatin1String("purged") && e.object == QStringLiteral("request:") + kUnique &&
                e.user == QLatin1String("paula"))
                recorded = true;
        }
        QVERIFY(recorded);
        QVERIFY(!office.actions().contains(QStringLiteral("purge-incomplete")));
        QVERIFY(SqlCipherAuditRepository(office.db()).verify()->intact);
        // The retention-end deadline is met by the purge.
        auto deadlines = SqlCipherDeadlineRepository(office.db()).deadlinesOf(after);
        QVERIFY(deadlines);
        bool met = false;
        for (const Deadline& d : deadlines.value())
            if (d.kind == QLatin1String("retention-end"))
                met = d.state != Deadline::State::Open;
        QVERIFY(met);
        // The other request's attachment is intact.
        QCOMPARE(paula->retention().attachments(kPreservation)->size(), 1);
    }

    void purgingTwiceIsRefused() {
        Office office;
        QVERIFY(office.session->retention().addAttachment(kPreservation,
                                                          office.file(QStringLiteral("a"), "abc")));
        Workspace* paula = office.as("paula");
        QCOMPARE(paula->retention().purge(kPreservation, QString()).error().code, ErrorCode::InvalidInput);
        // Without a retention set: a prosecutor's decision, recorded as such.
        auto first = paula->retention().purge(kPreservation, QStringLiteral("no longer needed"));
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        const auto again = paula->retention().purge(kPreservation, QStringLiteral("again"));
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QVERIFY2(again.error().message.contains(QStringLiteral("already purged")),
                 qPrintable(again.error().message));
        QVERIFY2(again.error().message.contains(QStringLiteral("paula")), qPrintable(again.error().message));
        // Nor can the data be kept longer, or more be attached.
        const QDateTime later = QDateTime::currentDateTimeUtc().addDays(10);
        QCOMPARE(paula->retention().set(kPreservation, {later, {}, {}, {}, -1}).error().code,
                 ErrorCode::Conflict);
        QCOMPARE(paula->retention().extend(kPreservation, later, QStringLiteral("x")).error().code,
                 ErrorCode::Conflict);
        QCOMPARE(paula->retention()
                     .addAttachment(kPreservation, office.file(QStringLiteral("b"), "b"))
                     .error()
                     .code,
                 ErrorCode::Conflict);
        QCOMPARE(SqlCipherRetentionRepository(office.db()).reviews(kPreservation)->size(), 1);
    }

    void purgeReachesBackupsOfOlderSchemas() {
        // A register at schema 3 holding a request, upgraded: the upgrade
        // leaves a backup at version 3 (no attachments or retention tables).
        Office office(3);
        const QString marker = QString::fromLatin1(test::kSecretMarker);
        QVERIFY(office.db().exec(
            QStringLiteral(
                "INSERT INTO requests (id, reference, direction, instrument, status, urgency, "
                "requesting_state, requested_state, summary, facts, persons, created_at, updated_at) "
                "VALUES ('%1', 'OUT-2025-0007', 'outgoing', 'epoc', 'sent', 'normal', 'DE', 'IE', "
                "'Wombatzeit %2', 'Facts about %2', '[]', '2025-01-01T00:00:00Z', "
                "'2025-01-01T00:00:00Z')")
                .arg(kOld, marker)));
        // Another request, so the index is not simply emptied by the purge.
        QVERIFY(office.db().exec(QStringLiteral(
            "INSERT INTO requests (id, reference, direction, instrument, status, urgency, requesting_state, "
            "requested_state, summary, created_at, updated_at) VALUES "
            "('00000000-0000-4000-8000-0000000000ca', "
            "'OUT-2025-0008', 'outgoing', 'epoc', 'sent', 'normal', 'DE', 'IE', 'Mailbox of a wombat "
            "fancier', "
            "'2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')")));
        office.t.reg().lock();
        QVERIFY(office.t.reg().unlock(test::passphrase()));
        office.start();
        const QStringList made =
            QDir(office.t.reg().backupsPath()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(made.size(), 1);
        const QString oldPath =
            QDir(office.t.reg().backupsPath()).filePath(made.first() + QStringLiteral("/register.db"));
        {
            auto before = office.t.reg().openBackup(oldPath);
            QVERIFY(before);
            QVERIFY(anyContains(everyValueAsHex(*before.value()),
                                QString::fromLatin1(QByteArray("xwvut").toHex().toUpper())));
        }
        // A broken backup is reported, not skipped in silence.
        QVERIFY(QDir().mkpath(QDir(office.t.reg().backupsPath()).filePath(QStringLiteral("broken"))));
        QVERIFY(writeFile(QDir(office.t.reg().backupsPath()).filePath(QStringLiteral("broken/register.db")),
                          randomBytes(8192)));

        Workspace* paula = office.as("paula");
        auto report =
            paula->retention().purge(QStringLiteral("OUT-2025-0007"), QStringLiteral("retention ended"));
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->backups, QStringList{made.first()});
        QCOMPARE(report->problems.size(), 1);
        QVERIFY2(report->problems.first().contains(QStringLiteral("broken")),
                 qPrintable(report->problems.first()));
        QVERIFY(office.actions().contains(QStringLiteral("purge-incomplete")));
        QVERIFY(SqlCipherAuditRepository(office.db()).verify()->intact);

        auto old = office.t.reg().openBackup(oldPath);
        QVERIFY(old);
        Database& v3 = *old.value();
        QCOMPARE(v3.queryInt(QStringLiteral("PRAGMA user_version")).value(), 3); // not migrated
        auto st = v3.prepare(QStringLiteral("SELECT summary, facts FROM requests WHERE id = ?"));
        QVERIFY(st);
        st->bind(1, kOld);
        QVERIFY(st->step().value());
        QVERIFY(st->text(0).startsWith(QStringLiteral("[Purged on ")));
        QCOMPARE(st->text(1), QStringLiteral("[purged]"));
        QCOMPARE(v3.queryInt(QStringLiteral("SELECT count(*) FROM request_search WHERE request_search MATCH "
                                            "'wombatzeit OR zyxwvut'"))
                     .value(),
                 0);
        const QStringList values = everyValueAsHex(v3);
        QVERIFY(!anyContains(values, QString::fromLatin1(marker.toUtf8().toHex().toUpper())));
        QVERIFY(!anyContains(values, QString::fromLatin1(QByteArray("xwvut").toHex().toUpper())));
        QVERIFY(!anyContains(values, QString::fromLatin1(QByteArray("batzeit").toHex().toUpper())));
        // And in the register itself.
        QCOMPARE(searchCount(office.db(), QStringLiteral("Wombatzeit")), 0);
    }
};

const QString TestRetention::kPreservation = QStringLiteral("00000000-0000-4000-8000-0000000000a1");
const QString TestRetention::kProduction = QStringLiteral("00000000-0000-4000-8000-0000000000a2");
const QString TestRetention::kUnique = QStringLiteral("00000000-0000-4000-8000-0000000000b1");
const QString TestRetention::kOld = QStringLiteral("00000000-0000-4000-8000-0000000000c9");

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
