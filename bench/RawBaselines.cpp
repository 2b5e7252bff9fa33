#include "RawBaselines.h"

#include "BenchWork.h"
#include "common/SearchTerms.h"

#include <QFile>
#include <QTimeZone>
#include <openssl/evp.h>
#include <sqlcipher/sqlite3.h>
#include <string>
#include <vector>
#include <zip.h>

namespace mladesk::bench {

namespace {

// What the list shows of a row, as plain bytes.
struct RawRow {
    sqlite3_int64 rowid = 0;
    std::string columns[10];
};

class RawDb {
public:
    ~RawDb() { close(); }
    void close() {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    // sqlite3_open_v2, the raw key as x'…', SQLCipher 3 settings with 4 KiB
    // pages (as every register), one read to prove the key.
    Status open(const QString& path, const SecureBytes& keyBlob) {
        close();
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) !=
            SQLITE_OK)
            return failure("open");
        if (sqlite3_key(m_db, keyBlob.data(), int(keyBlob.size())) != SQLITE_OK)
            return failure("key");
        if (!exec("PRAGMA cipher_page_size = 4096") || !exec("SELECT count(*) FROM sqlite_master"))
            return failure("first read");
        return {};
    }
    bool exec(const char* sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }
    // Runs sql with text parameters, calling row(stmt) for each row.
    template <typename RowFn>
    Status query(const std::string& sql, const std::vector<std::string>& params, RowFn row) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), int(sql.size()), &stmt, nullptr) != SQLITE_OK)
            return failure("prepare");
        for (size_t i = 0; i < params.size(); ++i)
            sqlite3_bind_text(stmt, int(i + 1), params[i].c_str(), int(params[i].size()), SQLITE_STATIC);
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            row(stmt);
        sqlite3_finalize(stmt);
        return rc == SQLITE_DONE ? Status() : failure("step");
    }

private:
    Status failure(const char* doing) const {
        return makeError(ErrorCode::Io,
                         QStringLiteral("SQLCipher (%1): %2")
                             .arg(QLatin1String(doing), QString::fromUtf8(sqlite3_errmsg(m_db))));
    }
    sqlite3* m_db = nullptr;
};

std::string columnText(sqlite3_stmt* stmt, int column) {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, column));
    return text ? std::string(text, size_t(sqlite3_column_bytes(stmt, column))) : std::string();
}

// The same statements as the application's list: ordered row ids, then the
// first page's rows.
Status rawFirstPage(RawDb& db, const std::string& where, const std::vector<std::string>& params,
                    const std::string& order, QJsonObject& notes) {
    std::vector<sqlite3_int64> ids;
    if (auto st = db.query("SELECT r.rowid FROM requests r" + where + " ORDER BY " + order, params,
                           [&](sqlite3_stmt* s) { ids.push_back(sqlite3_column_int64(s, 0)); });
        !st)
        return st;
    std::string in;
    for (size_t i = 0; i < ids.size() && i < 100; ++i)
        in += (i ? "," : "") + std::to_string(ids[i]);
    std::vector<RawRow> rows;
    if (auto st =
            db.query("SELECT r.rowid, r.id, r.reference, r.direction, r.instrument, r.status, r.urgency, "
                     "CASE r.direction WHEN 'outgoing' THEN r.requested_state ELSE r.requesting_state "
                     "END, r.summary, r.created_at, r.updated_at FROM requests r WHERE r.rowid IN (" +
                         in + ")",
                     {},
                     [&](sqlite3_stmt* s) {
                         RawRow row;
                         row.rowid = sqlite3_column_int64(s, 0);
                         for (int c = 0; c < 10; ++c)
                             row.columns[c] = columnText(s, c + 1);
                         rows.push_back(std::move(row));
                     });
        !st)
        return st;
    notes.insert(QStringLiteral("matches"), qint64(ids.size()));
    notes.insert(QStringLiteral("first_page_rows"), qint64(rows.size()));
    return {};
}

SecureBytes keyBlob(const BenchWork& work, Status& status) {
    auto key = work.masterKey();
    if (!key) {
        status = key.error();
        return {};
    }
    const SecureBytes hex = key->key.toHex();
    SecureBytes blob(hex.size() + 3);
    blob.data()[0] = 'x';
    blob.data()[1] = '\'';
    std::copy(hex.data(), hex.data() + hex.size(), blob.data() + 2);
    blob.data()[blob.size() - 1] = '\'';
    return blob;
}

class RawOpenFirstPage : public Scenario {
public:
    explicit RawOpenFirstPage(const BenchWork& work)
        : m_work(work) {}
    Status setUp() override {
        Status status;
        m_key = keyBlob(m_work, status);
        return status;
    }
    Status run(int) override {
        RawDb db;
        if (auto st = db.open(m_work.scratch(QStringLiteral("bench.mladesk/register.db")), m_key); !st)
            return st;
        return rawFirstPage(db, {}, {}, "r.next_due_at IS NULL, r.next_due_at, r.reference", notes);
    }

private:
    const BenchWork& m_work;
    SecureBytes m_key;
};

// A list query on a connection opened once.
class RawList : public Scenario {
public:
    RawList(const BenchWork& work, std::string where, std::vector<std::string> params, std::string order)
        : m_work(work)
        , m_where(std::move(where))
        , m_params(std::move(params))
        , m_order(std::move(order)) {}
    Status setUp() override {
        Status status;
        const SecureBytes key = keyBlob(m_work, status);
        if (!status)
            return status;
        return m_db.open(m_work.scratch(QStringLiteral("bench.mladesk/register.db")), key);
    }
    Status run(int) override { return rawFirstPage(m_db, m_where, m_params, m_order, notes); }

private:
    const BenchWork& m_work;
    std::string m_where;
    std::vector<std::string> m_params;
    std::string m_order;
    RawDb m_db;
};

// The dashboard's query, counted into overdue / today / within 7 days /
// later / stopped by comparing the stored UTC texts with precomputed bounds.
class RawDashboard : public Scenario {
public:
    explicit RawDashboard(const BenchWork& work)
        : m_work(work) {}
    Status setUp() override {
        Status status;
        const SecureBytes key = keyBlob(m_work, status);
        if (!status)
            return status;
        return m_db.open(m_work.scratch(QStringLiteral("bench.mladesk/register.db")), key);
    }
    Status run(int) override {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime endOfToday = QDateTime(now.toLocalTime().date().addDays(1), QTime(0, 0)).toUTC();
        const auto text = [](const QDateTime& t) {
            return t.toString(Qt::ISODate).toStdString();
        };
        const std::string nowText = text(now), todayText = text(endOfToday),
                          weekText = text(endOfToday.addDays(7));
        qint64 counts[5] = {0, 0, 0, 0, 0};
        std::vector<std::string> kept;
        auto st = m_db.query(
            "SELECT d.request_id, d.reference, d.summary, d.instrument, d.direction, d.kind, d.variant, "
            "d.state, d.due_at FROM request_deadlines d WHERE (d.state = 'open' OR d.state = 'stopped') "
            "ORDER BY d.due_at IS NULL, d.due_at, d.reference, d.kind",
            {}, [&](sqlite3_stmt* s) {
                for (int c = 0; c < 8; ++c)
                    kept.push_back(columnText(s, c));
                const std::string due = columnText(s, 8);
                if (due.empty() || columnText(s, 7) == "stopped")
                    ++counts[4];
                else if (due <= nowText)
                    ++counts[0];
                else if (due <= todayText)
                    ++counts[1];
                else if (due <= weekText)
                    ++counts[2];
                else
                    ++counts[3];
            });
        if (!st)
            return st;
        notes.insert(QStringLiteral("overdue"), counts[0]);
        notes.insert(QStringLiteral("today"), counts[1]);
        notes.insert(QStringLiteral("week"), counts[2]);
        notes.insert(QStringLiteral("later"), counts[3]);
        notes.insert(QStringLiteral("stopped"), counts[4]);
        return {};
    }

private:
    const BenchWork& m_work;
    RawDb m_db;
};

class Sha256Baseline : public Scenario {
public:
    explicit Sha256Baseline(const BenchWork& work)
        : m_work(work) {}
    Status run(int) override {
        std::vector<unsigned char> buffer(1024 * 1024);
        qint64 total = 0;
        for (const QString& path : m_work.attachmentFiles()) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return makeError(ErrorCode::Io, QStringLiteral("Could not read %1.").arg(path));
            EVP_MD_CTX* ctx = EVP_MD_CTX_new();
            EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr);
            qint64 n;
            while ((n = file.read(reinterpret_cast<char*>(buffer.data()), qint64(buffer.size()))) > 0) {
                EVP_DigestUpdate(ctx, buffer.data(), size_t(n));
                total += n;
            }
            unsigned char digest[EVP_MAX_MD_SIZE];
            unsigned int length = 0;
            EVP_DigestFinal_ex(ctx, digest, &length);
            EVP_MD_CTX_free(ctx);
        }
        notes.insert(QStringLiteral("bytes"), total);
        return {};
    }

private:
    const BenchWork& m_work;
};

// The attachments and a "mimetype" entry into a new ZIP, stored (the
// attachments are incompressible; ASiC-E stores "mimetype").
class LibzipBaseline : public Scenario {
public:
    explicit LibzipBaseline(const BenchWork& work)
        : m_work(work) {}
    Status run(int) override {
        const QString path = m_work.scratch(QStringLiteral("baseline.zip"));
        int error = 0;
        zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
        if (!archive)
            return makeError(ErrorCode::Io,
                             QStringLiteral("libzip could not create %1 (%2).").arg(path).arg(error));
        static const char kMime[] = "application/vnd.etsi.asic-e+zip";
        zip_source_t* mime = zip_source_buffer(archive, kMime, sizeof kMime - 1, 0);
        zip_int64_t index = zip_file_add(archive, "mimetype", mime, ZIP_FL_ENC_UTF_8);
        zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0);
        for (const QString& file : m_work.attachmentFiles()) {
            zip_source_t* source = zip_source_file(archive, QFile::encodeName(file).constData(), 0, -1);
            const QByteArray name = QStringLiteral("attachments/%1").arg(file.section(u'/', -1)).toUtf8();
            index = zip_file_add(archive, name.constData(), source, ZIP_FL_ENC_UTF_8);
            if (index < 0) {
                zip_source_free(source);
                zip_discard(archive);
                return makeError(ErrorCode::Io, QStringLiteral("libzip could not add %1.").arg(file));
            }
            zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0);
        }
        if (zip_close(archive) != 0) {
            zip_discard(archive);
            return makeError(ErrorCode::Io, QStringLiteral("libzip could not write %1.").arg(path));
        }
        notes.insert(QStringLiteral("bytes"), QFile(path).size());
        return {};
    }
    void after(int) override { QFile::remove(m_work.scratch(QStringLiteral("baseline.zip"))); }

private:
    const BenchWork& m_work;
};

ScenarioInfo baseline(const QString& name, const QString& description,
                      std::function<std::unique_ptr<Scenario>(const BenchWork&)> make) {
    ScenarioInfo i;
    i.name = name;
    i.kind = ScenarioKind::Baseline;
    i.description = description;
    i.make = std::move(make);
    return i;
}

std::function<std::unique_ptr<Scenario>(const BenchWork&)>
rawList(std::function<std::pair<std::string, std::vector<std::string>>(const BenchSamples&)> where,
        std::string order) {
    return [where, order](const BenchWork& work) -> std::unique_ptr<Scenario> {
        auto [sql, params] = where(work.samples());
        return std::make_unique<RawList>(work, sql, params, order);
    };
}

std::pair<std::string, std::vector<std::string>> all(const BenchSamples&) {
    return {};
}

std::pair<std::string, std::vector<std::string>> search(const QString& typed) {
    // The FTS4 query string that the register's list writes for the same
    // terms (prefix words, phrases with a prefix last word), made here,
    // outside the measured part.
    QStringList match;
    for (const SearchTerm& term : searchTerms(typed))
        match << (term.words.size() == 1
                      ? QString(term.words.first() + QLatin1Char('*'))
                      : QLatin1Char('"') + term.words.join(QLatin1Char(' ')) + QStringLiteral("*\""));
    return {" WHERE +r.rowid IN (SELECT docid FROM request_search WHERE request_search MATCH ?)",
            {match.join(QLatin1Char(' ')).toStdString()}};
}

} // namespace

QList<ScenarioInfo> rawBaselines() {
    QList<ScenarioInfo> list;
    list << baseline(QStringLiteral("raw-open-first-page"),
                     QStringLiteral("SQLCipher C API: open, key, first page by next deadline"),
                     [](const BenchWork& w) { return std::make_unique<RawOpenFirstPage>(w); });
    list << baseline(QStringLiteral("raw-sort-status"), QStringLiteral("SQLCipher C API: sort by status"),
                     rawList(all, "r.status, r.reference"));
    list << baseline(QStringLiteral("raw-sort-state"), QStringLiteral("SQLCipher C API: sort by state"),
                     rawList(all, "CASE r.direction WHEN 'outgoing' THEN r.requested_state ELSE "
                                  "r.requesting_state END, r.reference"));
    list << baseline(QStringLiteral("raw-sort-summary"), QStringLiteral("SQLCipher C API: sort by summary"),
                     rawList(all, "r.summary COLLATE NOCASE, r.reference"));
    list << baseline(
        QStringLiteral("raw-filter-state-instrument-status"),
        QStringLiteral("SQLCipher C API: filter by state + instrument + status"),
        rawList(
            [](const BenchSamples& s) {
                return std::pair<std::string, std::vector<std::string>>{
                    " WHERE r.status = ? AND r.instrument = ? AND ((r.direction = 'outgoing' AND "
                    "r.requested_state = ?) OR (r.direction = 'incoming' AND r.requesting_state = ?))",
                    {s.filterStatus.toStdString(), s.filterInstrument.toStdString(),
                     s.filterState.toStdString(), s.filterState.toStdString()}};
            },
            "r.reference"));
    list << baseline(QStringLiteral("raw-search-reference"),
                     QStringLiteral("SQLCipher C API: FTS4 reference"),
                     rawList([](const BenchSamples& s) { return search(s.referenceQuery); }, "r.reference"));
    list << baseline(QStringLiteral("raw-search-person"), QStringLiteral("SQLCipher C API: FTS4 person"),
                     rawList([](const BenchSamples& s) { return search(s.personQuery); }, "r.reference"));
    list << baseline(QStringLiteral("raw-search-phrase"), QStringLiteral("SQLCipher C API: FTS4 phrase"),
                     rawList([](const BenchSamples& s) { return search(s.phraseQuery); }, "r.reference"));
    list << baseline(QStringLiteral("raw-dashboard"),
                     QStringLiteral("SQLCipher C API: open deadlines counted by group"),
                     [](const BenchWork& w) { return std::make_unique<RawDashboard>(w); });
    list << baseline(QStringLiteral("sha256-attachments"),
                     QStringLiteral("OpenSSL SHA-256 over the attachments (bundle baseline)"),
                     [](const BenchWork& w) { return std::make_unique<Sha256Baseline>(w); });
    list << baseline(QStringLiteral("libzip-attachments"),
                     QStringLiteral("libzip writing the attachments, stored (bundle baseline)"),
                     [](const BenchWork& w) { return std::make_unique<LibzipBaseline>(w); });
    return list;
}

} // namespace mladesk::bench
