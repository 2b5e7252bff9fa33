#include "AppScenarios.h"

#include "BenchWork.h"
#include "error/FileError.h"
#include "interchange/InterchangeFormat.h"
#include "services/ExchangeService.h"
#include "services/RegisterAccess.h"
#include "services/RegisterReader.h"
#include "services/Session.h"
#include "services/UnlockPolicy.h"
#include "services/Workspace.h"
#include "ui/deadlines/DeadlinesModel.h"
#include "ui/deadlines/DueBucket.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSaveFile>

namespace mladesk::bench {

namespace {

constexpr int kPageSize = 100; // RequestListModel::kPageSize

// Argon2id with the register's standard cost: what the unlock dialog waits for.
class UnlockScenario : public Scenario {
public:
    explicit UnlockScenario(const BenchWork& work)
        : m_work(work) {}
    Status run(int) override {
        auto reg = RegisterAccess::load(m_work.registerFolder());
        if (!reg)
            return reg.error();
        UnlockPolicy::Options options;
        options.user = QString::fromLatin1(BenchWork::kUser);
        options.checkIntegrityLater = true; // as the window: measured on its own (integrity-check)
        auto opened = UnlockPolicy::unlockBlocking(
            *reg.value(), options, [](const UnlockPolicy::Ask& ask, const UnlockPolicy::Answer& answer) {
                if (ask.reason == UnlockPolicy::Reason::Failed)
                    return answer(ask.problem);
                answer(SecureBytes::fromRaw(BenchWork::kPassphrase, qstrlen(BenchWork::kPassphrase)));
            });
        if (!opened)
            return opened.error();
        notes.insert(
            QStringLiteral("kdf"),
            QStringLiteral("Argon2id, libsodium moderate (3 passes, 256 MiB), then the register opened"));
        return {};
    }

private:
    const BenchWork& m_work;
};

// The first page of a list as the request list model reads it: the ordered
// row ids of every match, then the rows of the first page.
Result<int> firstPage(RegisterReader& reader, const RequestFilter& filter, const RequestSort& sort,
                      QJsonObject& notes) {
    auto ids = reader.requestKeys(filter, sort);
    if (!ids)
        return ids.error();
    auto rows = reader.requestRows(ids->mid(0, kPageSize));
    if (!rows)
        return rows.error();
    notes.insert(QStringLiteral("matches"), qint64(ids->size()));
    notes.insert(QStringLiteral("first_page_rows"), qint64(rows->size()));
    if (!rows->isEmpty())
        notes.insert(QStringLiteral("first_reference"), rows->first().reference);
    return int(rows->size());
}

// From the master key (Argon2id done) to the first page of the list sorted
// by next deadline, as the window does it: the register's open (schema, stale
// deadlines; the integrity check is left to the caller, IntegrityCheck::ByCaller),
// the session (unlock recorded), the list's own connection.
class OpenFirstPageScenario : public Scenario {
public:
    explicit OpenFirstPageScenario(const BenchWork& work)
        : m_work(work) {}
    Status before(int) override {
        auto key = m_work.masterKey();
        if (!key)
            return key.error();
        m_key = std::move(key.value());
        return {};
    }
    Status run(int) override {
        QElapsedTimer step;
        step.start();
        const auto lap = [&](const char* name) {
            notes.insert(QLatin1String(name), double(step.nsecsElapsed()) / 1e6);
            step.restart();
        };
        auto reg = RegisterAccess::load(m_work.registerFolder());
        if (!reg)
            return reg.error();
        m_register = std::move(reg.value());
        lap("ms_load_key_slots");
        if (auto st = m_register->unlockWithKey(std::move(m_key), true); !st)
            return st;
        lap("ms_open_database");
        auto session = m_register->signIn();
        if (!session)
            return session.error();
        m_workspace = session.value();
        lap("ms_session");
        auto reader = m_workspace->openReader();
        if (!reader)
            return reader.error();
        m_reader = std::move(reader.value());
        lap("ms_reader_connection");
        auto rows = firstPage(*m_reader, {}, {RequestSortKey::NextDue, false}, notes);
        if (!rows)
            return rows.error();
        lap("ms_first_page");
        return {};
    }
    void after(int) override {
        m_reader.reset();
        m_workspace = nullptr;
        m_register.reset(); // records the lock
    }

private:
    const BenchWork& m_work;
    KeySlots::Unwrapped m_key;
    std::unique_ptr<RegisterAccess> m_register;
    Workspace* m_workspace = nullptr; // m_register's
    std::shared_ptr<RegisterReader> m_reader;
};

// A scenario on a connection of its own to the unlocked register, as the
// window's views and workers have.
class ReaderScenario : public Scenario {
public:
    explicit ReaderScenario(const BenchWork& work)
        : m_work(work) {}
    Status setUp() override {
        auto in = m_work.signedIn();
        if (!in)
            return in.error();
        m_register = std::move(in->access);
        auto reader = in->workspace->openReader();
        if (!reader)
            return reader.error();
        m_reader = std::move(reader.value());
        return {};
    }

protected:
    RegisterReader& reader() { return *m_reader; }

private:
    const BenchWork& m_work;
    std::unique_ptr<RegisterAccess> m_register;
    std::shared_ptr<RegisterReader> m_reader;
};

// The integrity check the window runs beside, on a connection of its own,
// once it shows the register (ui/IntegrityWatch).
class IntegrityCheckScenario : public ReaderScenario {
public:
    using ReaderScenario::ReaderScenario;
    Status run(int) override { return reader().checkIntegrity(); }
};

// A list query on the list's own (reader) connection of an open register.
class ListScenario : public ReaderScenario {
public:
    ListScenario(const BenchWork& work, RequestFilter filter, RequestSort sort)
        : ReaderScenario(work)
        , m_filter(std::move(filter))
        , m_sort(sort) {}
    Status run(int) override {
        auto rows = firstPage(reader(), m_filter, m_sort, notes);
        if (!rows)
            return rows.error();
        return {};
    }

private:
    RequestFilter m_filter;
    RequestSort m_sort;
};

// The deadlines dashboard as DeadlinesView loads it when it opens: the open
// deadlines with the state governing each (RegisterReader::dueEntries, the
// view's own reader; the engine runs only for rows stored before schema v8),
// then the groups with their counts (DeadlinesModel::setEntries).
class DashboardScenario : public Scenario {
public:
    explicit DashboardScenario(const BenchWork& work)
        : m_work(work) {}
    Status setUp() override {
        auto in = m_work.signedIn();
        if (!in)
            return in.error();
        m_register = std::move(in->access);
        m_workspace = in->workspace;
        auto reader = m_workspace->openReader();
        if (!reader)
            return reader.error();
        m_reader = std::move(reader.value());
        return {};
    }
    Status run(int) override {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        GoverningCache cache;
        auto due = m_reader->dueEntries(now, cache);
        if (!due)
            return due.error();
        const QList<DueEntry>& entries = due.value();
        DeadlinesModel model;
        model.setEntries(entries, now);
        notes.insert(QStringLiteral("overdue"), model.count(DueBucket::Overdue));
        notes.insert(QStringLiteral("today"), model.count(DueBucket::Today));
        notes.insert(QStringLiteral("week"), model.count(DueBucket::Week));
        notes.insert(QStringLiteral("later"), model.count(DueBucket::Later));
        notes.insert(QStringLiteral("stopped"), model.count(DueBucket::Stopped));
        notes.insert(QStringLiteral("requests_computed"), qint64(cache.size()));
        return {};
    }

private:
    const BenchWork& m_work;
    std::unique_ptr<RegisterAccess> m_register;
    Workspace* m_workspace = nullptr; // m_register's
    std::shared_ptr<RegisterReader> m_reader;
};

// mladesk-cli import: the interchange file read, parsed and checked, then
// imported through the session (all or nothing, audited) into an empty register.
class ImportScenario : public Scenario {
public:
    explicit ImportScenario(const BenchWork& work)
        : m_work(work) {}
    Status before(int run) override {
        m_folder = m_work.scratch(QStringLiteral("import-%1.mladesk").arg(run));
        QDir(m_folder).removeRecursively();
        const SecureBytes passphrase =
            SecureBytes::fromRaw(BenchWork::kPassphrase, qstrlen(BenchWork::kPassphrase));
        // The cost of the key slot does not matter here: creating is not measured.
        auto reg = RegisterAccess::create(m_folder, QString::fromLatin1(BenchWork::kUser), passphrase,
                                          KdfCost::interactive());
        if (!reg)
            return reg.error();
        m_register = std::move(reg.value());
        auto session = m_register->signIn();
        if (!session)
            return session.error();
        m_workspace = session.value();
        return {};
    }
    Status run(int) override {
        auto data = InterchangeFormat::readFile(m_work.interchangePath());
        if (!data)
            return data.error();
        auto summary = m_workspace->exchange().importData(std::move(data.value()));
        if (!summary)
            return summary.error();
        notes.insert(QStringLiteral("requests"), summary->requests);
        return {};
    }
    void after(int) override {
        m_workspace = nullptr;
        m_register.reset(); // records the lock
        QDir(m_folder).removeRecursively();
    }

private:
    const BenchWork& m_work;
    QString m_folder;
    std::unique_ptr<RegisterAccess> m_register;
    Workspace* m_workspace = nullptr; // m_register's
};

// mladesk-cli export --out FILE: every request read, written as canonical JSON.
class ExportScenario : public Scenario {
public:
    explicit ExportScenario(const BenchWork& work)
        : m_work(work) {}
    Status setUp() override {
        auto in = m_work.signedIn();
        if (!in)
            return in.error();
        m_register = std::move(in->access);
        m_workspace = in->workspace;
        return {};
    }
    Status run(int) override {
        auto data = m_workspace->exchange().exportData();
        if (!data)
            return data.error();
        notes.insert(QStringLiteral("requests"), qint64(data->requests.size()));
        QSaveFile out(m_work.scratch(QStringLiteral("export.json")));
        if (!out.open(QIODevice::WriteOnly))
            return makeError(ErrorCode::Io, QStringLiteral("Could not write %1.").arg(out.fileName()));
        if (auto st = InterchangeFormat::write(std::move(data.value()), out); !st)
            return st;
        notes.insert(QStringLiteral("bytes"), out.size());
        if (!commitSaved(out))
            return makeError(ErrorCode::Io, QStringLiteral("Could not write %1.").arg(out.fileName()));
        return {};
    }
    void after(int) override { QFile::remove(m_work.scratch(QStringLiteral("export.json"))); }

private:
    const BenchWork& m_work;
    std::unique_ptr<RegisterAccess> m_register;
    Workspace* m_workspace = nullptr; // m_register's
};

ScenarioInfo info(const QString& name, const QString& description, const QString& baseline, double targetMs,
                  std::function<std::unique_ptr<Scenario>(const BenchWork&)> make) {
    ScenarioInfo i;
    i.name = name;
    i.description = description;
    i.baseline = baseline;
    i.targetMs = targetMs;
    i.make = std::move(make);
    return i;
}

std::function<std::unique_ptr<Scenario>(const BenchWork&)>
list(std::function<RequestFilter(const BenchSamples&)> filter, RequestSort sort) {
    return [filter, sort](const BenchWork& work) -> std::unique_ptr<Scenario> {
        return std::make_unique<ListScenario>(work, filter(work.samples()), sort);
    };
}

RequestFilter none(const BenchSamples&) {
    return {};
}

} // namespace

QList<ScenarioInfo> appScenarios() {
    QList<ScenarioInfo> all;
    all << info(QStringLiteral("unlock"),
                QStringLiteral("unlock with the passphrase (Argon2id, standard cost)"), {}, 0,
                [](const BenchWork& w) { return std::make_unique<UnlockScenario>(w); });
    ScenarioInfo open = info(QStringLiteral("open-first-page"),
                             QStringLiteral("open the unlocked register, first page sorted by next deadline"),
                             QStringLiteral("raw-open-first-page"), 300,
                             [](const BenchWork& w) { return std::make_unique<OpenFirstPageScenario>(w); });
    open.targetRatio = 2;
    all << open;
    all << info(QStringLiteral("integrity-check"),
                QStringLiteral("the register's integrity check, run beside the window once it shows"), {}, 0,
                [](const BenchWork& w) { return std::make_unique<IntegrityCheckScenario>(w); });
    all << info(QStringLiteral("sort-status"), QStringLiteral("sort by status, first page"),
                QStringLiteral("raw-sort-status"), 100, list(none, {RequestSortKey::Status, false}));
    all << info(QStringLiteral("sort-state"), QStringLiteral("sort by the other side's state, first page"),
                QStringLiteral("raw-sort-state"), 100, list(none, {RequestSortKey::OtherState, false}));
    all << info(QStringLiteral("sort-summary"), QStringLiteral("sort by summary, first page"),
                QStringLiteral("raw-sort-summary"), 100, list(none, {RequestSortKey::Summary, false}));
    all << info(QStringLiteral("filter-state-instrument-status"),
                QStringLiteral("filter by state + instrument + status, first page"),
                QStringLiteral("raw-filter-state-instrument-status"), 100,
                list(
                    [](const BenchSamples& s) {
                        RequestFilter f;
                        f.state = s.filterState;
                        f.instrument = s.filterInstrument;
                        f.status = s.filterStatus;
                        return f;
                    },
                    {}));
    const auto search = [](QString BenchSamples::*field) {
        return list(
            [field](const BenchSamples& s) {
                RequestFilter f;
                f.search = s.*field;
                return f;
            },
            {});
    };
    all << info(QStringLiteral("search-reference"), QStringLiteral("full-text search for a reference"),
                QStringLiteral("raw-search-reference"), 50, search(&BenchSamples::referenceQuery));
    all << info(QStringLiteral("search-person"), QStringLiteral("full-text search for a person's name"),
                QStringLiteral("raw-search-person"), 50, search(&BenchSamples::personQuery));
    all << info(QStringLiteral("search-phrase"), QStringLiteral("full-text search for a phrase of summaries"),
                QStringLiteral("raw-search-phrase"), 50, search(&BenchSamples::phraseQuery));
    all << info(QStringLiteral("dashboard"),
                QStringLiteral("deadline dashboard: open deadlines in their groups"),
                QStringLiteral("raw-dashboard"), 100,
                [](const BenchWork& w) { return std::make_unique<DashboardScenario>(w); });
    all << info(QStringLiteral("import"),
                QStringLiteral("import the interchange file into an empty register"), {}, 10000,
                [](const BenchWork& w) { return std::make_unique<ImportScenario>(w); });
    all << info(QStringLiteral("export"), QStringLiteral("export the register as an interchange file"), {},
                5000, [](const BenchWork& w) { return std::make_unique<ExportScenario>(w); });
    return all;
}

} // namespace mladesk::bench
