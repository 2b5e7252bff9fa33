#include "BenchWork.h"

#include "demo/DemoGenerator.h"
#include "documents/DocumentModelBuilder.h"
#include "documents/PdfRenderer.h"
#include "documents/RequestDocument.h"
#include "error/FileError.h"
#include "interchange/InterchangeFormat.h"
#include "services/DeadlineService.h"
#include "services/ExchangeService.h"
#include "services/RequestService.h"
#include "services/Session.h"
#include "services/UserService.h"
#include "services/Workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QUuid>

namespace mladesk::bench {

namespace {

constexpr quint32 kSeed = 20261127; // the same register for the same N, run after run

SecureBytes passphrase() {
    return SecureBytes::fromRaw(BenchWork::kPassphrase, qstrlen(BenchWork::kPassphrase));
}

Status writeFile(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !commitSaved(file))
        return makeError(ErrorCode::Io,
                         QStringLiteral("Could not write %1: %2").arg(path, file.errorString()));
    return {};
}

QString seconds(const QElapsedTimer& timer) {
    return QString::number(double(timer.elapsed()) / 1000.0, 'f', 1) + QStringLiteral(" s");
}

Result<int> renderedPages(const DocumentInput& input, const QString& language, const QString& second) {
    RenderOptions options;
    options.language = language;
    options.secondLanguage = second;
    auto rendered = PdfRenderer::render(buildDocumentModel(input), options);
    if (!rendered)
        return rendered.error();
    return rendered->pageCount;
}

} // namespace

BenchWork::BenchWork(QString folder)
    : m_folder(std::move(folder)) {
}

QString BenchWork::registerFolder() const {
    return scratch(QStringLiteral("bench.mladesk"));
}
QString BenchWork::interchangePath() const {
    return scratch(QStringLiteral("requests.json"));
}
QString BenchWork::attachmentsFolder() const {
    return scratch(QStringLiteral("attachments"));
}
QString BenchWork::samplesPath() const {
    return scratch(QStringLiteral("samples.json"));
}
QString BenchWork::deviceSecretPath() const {
    return scratch(QStringLiteral("device-secret"));
}
QString BenchWork::scratch(const QString& name) const {
    return QDir(m_folder).filePath(name);
}

Status BenchWork::prepare(int requests, qint64 attachmentBytes, QTextStream& log) {
    if (auto st = loadSamples();
        !st || m_samples.requests != requests || !RegisterAccess::exists(registerFolder())) {
        QDir(registerFolder()).removeRecursively();
        QFile::remove(interchangePath());
        QFile::remove(samplesPath());
        m_samples = {};
        m_samples.requests = requests;
        if (auto created = createRegister(requests, log); !created)
            return created;
        if (auto written = writeInterchange(log); !written)
            return written;
        if (auto picked = pickSamples(log); !picked)
            return picked;
        if (auto saved = saveSamples(); !saved)
            return saved;
    } else {
        log << "Reusing the register of " << requests << " requests in " << registerFolder() << ".\n";
        log.flush();
        // Opened once here, so that a schema upgrade is not part of a measured run.
        if (auto reg = openUnlocked(); !reg)
            return reg.error();
    }
    return writeAttachments(attachmentBytes, log);
}

Status BenchWork::createRegister(int requests, QTextStream& log) {
    log << "Creating a register of " << requests << " requests (demo generator, seed " << kSeed << ") in "
        << registerFolder() << "...\n";
    log.flush();
    QElapsedTimer timer;
    timer.start();
    if (!QDir().mkpath(m_folder))
        return makeError(ErrorCode::Io, QStringLiteral("Could not create %1.").arg(m_folder));
    // The standard cost, as a user's register has: the unlock scenario measures it.
    auto reg = RegisterAccess::create(registerFolder(), QString::fromLatin1(kUser), passphrase(),
                                      KdfCost::standard());
    if (!reg)
        return reg.error();
    auto session = reg.value()->signIn();
    if (!session)
        return session.error();
    auto imported = session.value()->exchange().importData(
        DemoGenerator(kSeed, QDateTime::currentDateTimeUtc()).generate(requests));
    if (!imported)
        return imported.error();
    // The prosecutor the demo's approvals name: approved requests can go out as bundles.
    QByteArray approverPassphrase("prosecutor's own passphrase");
    if (auto st =
            session.value()->users().add(DemoGenerator::approver(), {roles::kProsecutor},
                                         SecureBytes::takeFrom(approverPassphrase), KdfCost::interactive());
        !st)
        return st.error();
    // "Remember on this computer": the other scenarios open the register
    // without Argon2id. The secret is the bench register's, in its own folder.
    auto secret = reg.value()->addDeviceKey();
    if (!secret)
        return secret.error();
    QFile file(deviceSecretPath());
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
        file.write(secret->chars(), qint64(secret->size())) != qint64(secret->size()))
        return makeError(ErrorCode::Io, QStringLiteral("Could not write %1.").arg(deviceSecretPath()));
    reg.value()->lock(); // records the lock
    log << "  created in " << seconds(timer) << ".\n";
    log.flush();
    return {};
}

Status BenchWork::writeInterchange(QTextStream& log) {
    auto in = signedIn();
    if (!in)
        return in.error();
    auto data = in->workspace->exchange().exportData();
    if (!data)
        return data.error();
    if (auto st = writeFile(interchangePath(), InterchangeFormat::write(std::move(data.value()))); !st)
        return st;
    log << "Wrote the register's interchange file " << interchangePath() << " ("
        << QFileInfo(interchangePath()).size() / (1024 * 1024) << " MB).\n";
    log.flush();
    return {};
}

Status BenchWork::writeAttachments(qint64 bytes, QTextStream& log) {
    const QStringList files = attachmentFiles();
    const qint64 each = bytes / kAttachmentFiles;
    bool complete = true;
    for (const QString& path : files)
        complete = complete && QFileInfo(path).size() == each;
    if (complete)
        return {};
    log << "Writing " << bytes / (1024 * 1024) << " MB of attachments (random, incompressible)...\n";
    log.flush();
    if (!QDir().mkpath(attachmentsFolder()))
        return makeError(ErrorCode::Io, QStringLiteral("Could not create %1.").arg(attachmentsFolder()));
    QRandomGenerator random(kSeed);
    QByteArray chunk(1024 * 1024, Qt::Uninitialized);
    for (const QString& path : files) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return makeError(ErrorCode::Io, QStringLiteral("Could not write %1.").arg(path));
        for (qint64 written = 0; written < each; written += chunk.size()) {
            random.fillRange(reinterpret_cast<quint32*>(chunk.data()), chunk.size() / 4);
            const qint64 length = std::min<qint64>(chunk.size(), each - written);
            if (file.write(chunk.constData(), length) != length)
                return makeError(ErrorCode::Io, QStringLiteral("Could not write %1.").arg(path));
        }
        if (!commitSaved(file))
            return makeError(ErrorCode::Io, QStringLiteral("Could not write %1.").arg(path));
    }
    return {};
}

QStringList BenchWork::attachmentFiles() const {
    QStringList files;
    for (int i = 0; i < kAttachmentFiles; ++i)
        files << QDir(attachmentsFolder()).filePath(QStringLiteral("evidence-%1.bin").arg(i + 1));
    return files;
}

Result<SecureBytes> BenchWork::deviceSecret() const {
    QFile file(deviceSecretPath());
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("Could not read %1.").arg(deviceSecretPath()));
    QByteArray bytes = file.readAll();
    return SecureBytes::takeFrom(bytes);
}

Result<KeySlots::Unwrapped> BenchWork::masterKey() const {
    auto reg = RegisterAccess::load(registerFolder());
    if (!reg)
        return reg.error();
    auto secret = deviceSecret();
    if (!secret)
        return secret.error();
    return reg.value()->deviceKey(secret.value());
}

Result<std::unique_ptr<RegisterAccess>> BenchWork::openUnlocked() const {
    auto reg = RegisterAccess::load(registerFolder());
    if (!reg)
        return reg.error();
    auto secret = deviceSecret();
    if (!secret)
        return secret.error();
    if (auto st = reg.value()->unlockWithDeviceKey(secret.value()); !st)
        return st.error();
    return std::move(reg.value());
}

Result<BenchWork::SignedIn> BenchWork::signedIn() const {
    auto reg = openUnlocked();
    if (!reg)
        return reg.error();
    auto workspace = reg.value()->signIn();
    if (!workspace)
        return workspace.error();
    return SignedIn{std::move(reg.value()), workspace.value()};
}

Status BenchWork::pickSamples(QTextStream& log) {
    auto in = signedIn();
    if (!in)
        return in.error();
    Workspace& work = *in->workspace;
    // The middle request (in reference order) gives the searched and filtered
    // values; a request near a quarter of the way with persons, the name.
    const int middle = m_samples.requests / 2;
    auto atMiddle = work.requests().list({}, 1, middle);
    if (!atMiddle)
        return atMiddle.error();
    if (atMiddle->isEmpty())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("The bench register has no request %1.").arg(middle));
    const Request& sample = atMiddle->first();
    auto withPersons = work.requests().list({}, 200, middle / 2);
    if (!withPersons)
        return withPersons.error();
    for (const Request& r : std::as_const(withPersons.value()))
        if (!r.persons.isEmpty()) {
            m_samples.personQuery = r.persons.first().name;
            break;
        }
    if (m_samples.personQuery.isEmpty())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("The bench register has no request with persons."));
    m_samples.referenceQuery = sample.reference;
    // "Offence: measure (identifier)": the measure is the phrase.
    const QString measure =
        sample.summary.section(QStringLiteral(": "), 1).section(QStringLiteral(" ("), 0, 0);
    m_samples.phraseQuery = measure.isEmpty() ? sample.summary.section(u' ', 0, 2) : measure;
    m_samples.filterState =
        sample.direction == QLatin1String("outgoing") ? sample.requestedState : sample.requestingState;
    m_samples.filterInstrument = sample.instrument;
    m_samples.filterStatus = sample.status;
    auto deadlines = work.deadlines().counts();
    if (!deadlines)
        return deadlines.error();
    m_samples.deadlines = deadlines->all;
    m_samples.openDeadlines = deadlines->open;
    m_samples.registerBytes = 0;
    for (const QFileInfo& file : QDir(registerFolder()).entryInfoList(QDir::Files))
        m_samples.registerBytes += file.size();

    // A request whose document has four pages in English.
    auto first = work.requests().list({}, 60, 0);
    if (!first)
        return first.error();
    QStringList ids;
    for (const Request& r : std::as_const(first.value()))
        ids << r.id;
    QMap<int, int> pageCounts;
    QString longest;
    int longestPages = 0;
    for (const QString& id : std::as_const(ids)) {
        auto pages = pageCount(work, id, {});
        if (!pages)
            return pages.error();
        ++pageCounts[pages.value()];
        if (pages.value() > longestPages && pages.value() <= 4) {
            longest = id;
            longestPages = pages.value();
        }
        if (pages.value() == 4)
            break;
    }
    QStringList seen;
    for (auto it = pageCounts.cbegin(); it != pageCounts.cend(); ++it)
        seen << QStringLiteral("%1 page(s): %2").arg(it.key()).arg(it.value());
    log << "Documents of the first requests: " << seen.join(QStringLiteral(", ")) << ".\n";
    if (longestPages == 4) {
        m_samples.pdfRequestId = longest;
    } else {
        // None has four pages: a request like the longest, with more facts.
        auto built = addFourPageRequest(work, longest, log);
        if (!built)
            return built.error();
        m_samples.pdfRequestId = built.value();
    }
    auto chosen = requestDocumentInput(work, m_samples.pdfRequestId);
    if (!chosen)
        return chosen.error();
    m_samples.pdfReference = chosen->request.reference;
    m_samples.pdfInstrument = chosen->request.instrument;
    auto single = pageCount(work, m_samples.pdfRequestId, {});
    auto bilingual = pageCount(work, m_samples.pdfRequestId, m_samples.pdfSecondLanguage);
    if (!single || !bilingual)
        return !single ? single.error() : bilingual.error();
    m_samples.pdfPages = single.value();
    m_samples.pdfBilingualPages = bilingual.value();
    if (m_samples.pdfPages != 4)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("The chosen document has %1 pages, not 4.").arg(m_samples.pdfPages));
    log << "Samples: reference \"" << m_samples.referenceQuery << "\", person \"" << m_samples.personQuery
        << "\", phrase \"" << m_samples.phraseQuery << "\", filter " << m_samples.filterState << " + "
        << m_samples.filterInstrument << " + " << m_samples.filterStatus << ", 4-page document "
        << m_samples.pdfReference << " (" << m_samples.pdfInstrument << ").\n";
    log.flush();
    return {};
}

Result<int> BenchWork::pageCount(Workspace& session, const QString& id, const QString& second) const {
    auto input = requestDocumentInput(session, id);
    if (!input)
        return input.error();
    return renderedPages(input.value(), m_samples.pdfLanguage, second);
}

Result<QString> BenchWork::addFourPageRequest(Workspace& session, const QString& like, QTextStream& log) {
    auto input = requestDocumentInput(session, like);
    if (!input)
        return input.error();
    DocumentInput document = input.value();
    Request& r = document.request;
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.reference = QStringLiteral("BENCH-4-PAGES");
    r.links.clear();
    const QStringList sentences = input->request.facts.split(QStringLiteral(". "), Qt::SkipEmptyParts);
    // One sentence more at a time, until the document has four pages.
    for (int added = 0; added < 400; ++added) {
        auto pages = renderedPages(document, m_samples.pdfLanguage, {});
        if (!pages)
            return pages.error();
        if (pages.value() == 4) {
            InterchangeData data;
            data.requests << r;
            data.texts[r.id].textLanguage = document.sourceLanguage;
            if (auto imported = session.exchange().importData(data); !imported)
                return imported.error();
            log << "Added " << r.reference << ", a request like " << input->request.reference << " with "
                << added << " more sentences of facts: its document has four pages.\n";
            return r.id;
        }
        if (pages.value() > 4)
            break;
        r.facts += QLatin1Char(' ') + sentences[added % sentences.size()].trimmed();
        if (!r.facts.endsWith(QLatin1Char('.')))
            r.facts += QLatin1Char('.');
    }
    return makeError(
        ErrorCode::NotFound,
        QStringLiteral("Could not make a 4-page document from %1.").arg(input->request.reference));
}

Status BenchWork::saveSamples() const {
    const BenchSamples& s = m_samples;
    const QJsonObject o{{QStringLiteral("format_version"), kFormatVersion},
                        {QStringLiteral("requests"), s.requests},
                        {QStringLiteral("deadlines"), s.deadlines},
                        {QStringLiteral("open_deadlines"), s.openDeadlines},
                        {QStringLiteral("register_bytes"), s.registerBytes},
                        {QStringLiteral("reference_query"), s.referenceQuery},
                        {QStringLiteral("person_query"), s.personQuery},
                        {QStringLiteral("phrase_query"), s.phraseQuery},
                        {QStringLiteral("filter_state"), s.filterState},
                        {QStringLiteral("filter_instrument"), s.filterInstrument},
                        {QStringLiteral("filter_status"), s.filterStatus},
                        {QStringLiteral("pdf_request_id"), s.pdfRequestId},
                        {QStringLiteral("pdf_reference"), s.pdfReference},
                        {QStringLiteral("pdf_instrument"), s.pdfInstrument},
                        {QStringLiteral("pdf_pages"), s.pdfPages},
                        {QStringLiteral("pdf_language"), s.pdfLanguage},
                        {QStringLiteral("pdf_second_language"), s.pdfSecondLanguage},
                        {QStringLiteral("pdf_bilingual_pages"), s.pdfBilingualPages}};
    return writeFile(samplesPath(), QJsonDocument(o).toJson());
}

Status BenchWork::loadSamples() {
    QFile file(samplesPath());
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, QStringLiteral("No samples in %1.").arg(m_folder));
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    if (o.value(QStringLiteral("format_version")).toInt() != kFormatVersion)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("The samples in %1 are outdated.").arg(m_folder));
    BenchSamples& s = m_samples;
    s.requests = o.value(QStringLiteral("requests")).toInt();
    s.deadlines = o.value(QStringLiteral("deadlines")).toInteger();
    s.openDeadlines = o.value(QStringLiteral("open_deadlines")).toInteger();
    s.registerBytes = o.value(QStringLiteral("register_bytes")).toInteger();
    s.referenceQuery = o.value(QStringLiteral("reference_query")).toString();
    s.personQuery = o.value(QStringLiteral("person_query")).toString();
    s.phraseQuery = o.value(QStringLiteral("phrase_query")).toString();
    s.filterState = o.value(QStringLiteral("filter_state")).toString();
    s.filterInstrument = o.value(QStringLiteral("filter_instrument")).toString();
    s.filterStatus = o.value(QStringLiteral("filter_status")).toString();
    s.pdfRequestId = o.value(QStringLiteral("pdf_request_id")).toString();
    s.pdfReference = o.value(QStringLiteral("pdf_reference")).toString();
    s.pdfInstrument = o.value(QStringLiteral("pdf_instrument")).toString();
    s.pdfPages = o.value(QStringLiteral("pdf_pages")).toInt();
    s.pdfLanguage = o.value(QStringLiteral("pdf_language")).toString();
    s.pdfSecondLanguage = o.value(QStringLiteral("pdf_second_language")).toString();
    s.pdfBilingualPages = o.value(QStringLiteral("pdf_bilingual_pages")).toInt();
    return {};
}

} // namespace mladesk::bench
