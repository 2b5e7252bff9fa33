#include "BundleWriter.h"

#include "bundle/CmsSigner.h"
#include "bundle/OpenSsl.h"
#include "bundle/ZipReader.h"
#include "bundle/ZipWriter.h"
#include "error/CoreText.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSet>

namespace mladesk::bundle {

namespace {

// Forwards writes to the ZIP entry, hashing them and counting progress. In
// pieces of 256 KiB, so that SHA-256, CRC-32 and the copy into the file read
// the bytes from the CPU's cache.
class HashingSink : public QIODevice {
public:
    HashingSink(QIODevice& target, const Progress& progress, qint64& done, qint64 total)
        : m_target(target)
        , m_progress(progress)
        , m_done(done)
        , m_total(total) {
        open(QIODevice::WriteOnly);
    }
    bool isSequential() const override { return true; }
    QByteArray digest() { return m_hash.result(); }
    bool cancelled() const { return m_cancelled; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override {
        for (qint64 done = 0; done < size;) {
            const qint64 piece = qMin<qint64>(size - done, 256 * 1024);
            m_hash.add(data + done, piece);
            if (m_target.write(data + done, piece) != piece) {
                setErrorString(m_target.errorString());
                return -1;
            }
            done += piece;
        }
        m_done += size;
        if (m_progress && !m_progress(m_done, m_total)) {
            m_cancelled = true;
            setErrorString(QStringLiteral("cancelled"));
            return -1;
        }
        return size;
    }

private:
    QIODevice& m_target;
    const Progress& m_progress;
    qint64& m_done;
    qint64 m_total;
    ossl::Sha256 m_hash;
    bool m_cancelled = false;
};

Error cancelled() {
    return makeError(ErrorCode::InvalidInput,
                     text::Bundle::tr("The export was cancelled; no bundle was written."));
}

// Media types that are compressed already: deflating them again costs time
// and saves nothing, so they are stored without a trial.
bool compressedMediaType(const QString& type) {
    static const QStringList kinds = {QStringLiteral("application/pdf"),
                                      QStringLiteral("application/zip"),
                                      QStringLiteral("application/gzip"),
                                      QStringLiteral("application/x-7z-compressed"),
                                      QStringLiteral("application/x-xz"),
                                      QStringLiteral("application/x-bzip2"),
                                      QStringLiteral("application/zstd"),
                                      QStringLiteral("application/vnd.rar"),
                                      QStringLiteral("application/x-rar"),
                                      QStringLiteral("image/jpeg"),
                                      QStringLiteral("image/png"),
                                      QStringLiteral("image/gif"),
                                      QStringLiteral("image/webp"),
                                      QStringLiteral("image/heic"),
                                      QStringLiteral("application/vnd.etsi.asic-e+zip")};
    return kinds.contains(type) || type.startsWith(QLatin1String("video/")) ||
           type.startsWith(QLatin1String("audio/")) ||
           type.startsWith(QLatin1String("application/vnd.openxmlformats-officedocument.")) ||
           type.startsWith(QLatin1String("application/vnd.oasis.opendocument."));
}

// sha256: of the file, when the writer computed it while writing; else the
// file is read again (an envelope).
Result<WrittenBundle> finish(const QString& path, AsicManifest manifest, const QString& sha256 = {}) {
    WrittenBundle written;
    written.path = path;
    written.size = QFileInfo(path).size();
    if (sha256.isEmpty()) {
        auto sha = fileSha256(path);
        if (!sha)
            return sha.error();
        written.sha256 = sha.value();
    } else {
        written.sha256 = sha256;
    }
    written.manifest = std::move(manifest);
    return written;
}

} // namespace

Result<WrittenBundle> BundleWriter::write(const QList<BundleSource>& sources, const QString& outPath,
                                          const BundleWriteOptions& options) {
    if (options.signers.isEmpty())
        return makeError(ErrorCode::InvalidInput, text::Bundle::tr("A bundle needs a signer."));
    for (const SigningIdentity* signer : options.signers)
        if (auto st = signer->suitability(); !st)
            return st.error();
    QSet<QString> names;
    qint64 total = 0;
    for (const BundleSource& s : sources) {
        if (const QString problem = zipNameProblem(s.name); !problem.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             text::Bundle::tr("Cannot write the bundle: %1.").arg(problem));
        if (s.name == QLatin1String("mimetype") || s.name.startsWith(QLatin1String("META-INF/")) ||
            names.contains(s.name.toCaseFolded()))
            return makeError(
                ErrorCode::InvalidInput,
                text::Bundle::tr("Cannot write the bundle: the name \"%1\" is reserved or used twice.")
                    .arg(s.name));
        names.insert(s.name.toCaseFolded());
        total += s.size > 0 ? s.size : s.path.isEmpty() ? s.bytes.size() : QFileInfo(s.path).size();
    }

    // An enveloped bundle is sealed as it is written: the container streams
    // into the envelope, and no plaintext of it reaches the disk.
    std::unique_ptr<EnvelopeWriter> sealer;
    if (!options.encryptFor.isEmpty()) {
        auto created = EnvelopeWriter::create(options.encryptFor, outPath, options.cipher);
        if (!created)
            return created.error();
        sealer = std::move(created.value());
    }

    AsicManifest manifest;
    QString sha256;
    {
        auto zipWriter = sealer ? std::make_unique<ZipWriter>(sealer->device(), outPath)
                                : std::make_unique<ZipWriter>(outPath);
        ZipWriter& zip = *zipWriter;
        if (auto st = zip.open(); !st)
            return st.error();
        if (auto st = zip.addBytes(QStringLiteral("mimetype"), QByteArray(kAsicMimeType), true); !st)
            return st.error();
        qint64 done = 0;
        for (const BundleSource& s : sources) {
            // request.json and other text deflate; what is compressed already is stored.
            auto entry =
                zip.beginEntry(s.name, compressedMediaType(s.mimeType) ? ZipWriter::Compression::Store
                                                                       : ZipWriter::Compression::Auto);
            if (!entry)
                return entry.error();
            HashingSink sink(*entry.value(), options.progress, done, total);
            Status produced;
            if (s.producer) {
                produced = s.producer(sink);
            } else if (!s.path.isEmpty()) {
                QFile file(s.path);
                if (!file.open(QIODevice::ReadOnly))
                    return makeError(
                        ErrorCode::Io,
                        text::Bundle::tr("Could not read %1: %2.").arg(s.path, file.errorString()));
                QByteArray buffer(1024 * 1024, Qt::Uninitialized);
                while (produced) {
                    const qint64 n = file.read(buffer.data(), buffer.size());
                    if (n < 0)
                        produced = makeError(
                            ErrorCode::Io,
                            text::Bundle::tr("Could not read %1: %2.").arg(s.path, file.errorString()));
                    if (n <= 0)
                        break;
                    if (sink.write(buffer.constData(), n) != n)
                        produced = makeError(
                            ErrorCode::Io,
                            text::Bundle::tr("Could not write the bundle: %1.").arg(sink.errorString()));
                }
            } else if (sink.write(s.bytes) != s.bytes.size()) {
                produced =
                    makeError(ErrorCode::Io,
                              text::Bundle::tr("Could not write the bundle: %1.").arg(sink.errorString()));
            }
            if (sink.cancelled())
                return cancelled();
            if (!produced)
                return produced.error();
            if (auto st = zip.finishEntry(); !st)
                return st.error();
            manifest.objects << DataObjectReference{s.name, s.mimeType, sink.digest()};
        }
        const QByteArray xml = manifest.toXml();
        auto signature = CmsSigner::sign(xml, *options.signers.first());
        if (!signature)
            return signature.error();
        for (qsizetype i = 1; i < options.signers.size(); ++i) {
            auto more = CmsSigner::addSigner(signature.value(), xml, *options.signers.at(i));
            if (!more)
                return more.error();
            signature = more.value();
        }
        if (auto st = zip.addBytes(QLatin1String(kManifestName), xml); !st)
            return st.error();
        if (auto st = zip.addBytes(QLatin1String(kSignatureName), signature.value()); !st)
            return st.error();
        if (auto st = zip.commit(); !st)
            return st.error();
        sha256 = zip.sha256();
    }
    if (sealer) {
        if (auto st = sealer->commit(); !st)
            return st.error();
        sha256.clear(); // of the container; the envelope's is read from the file
    }
    return finish(outPath, std::move(manifest), sha256);
}

QList<BundleSource> BundleWriter::fileSources(const QStringList& paths, const QString& folder) {
    QList<BundleSource> sources;
    QSet<QString> taken;
    const QMimeDatabase types;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        QString name = folder + u'/' + info.fileName();
        for (int n = 2; taken.contains(name.toCaseFolded()); ++n)
            name = QStringLiteral("%1/%2 (%3)").arg(folder, info.fileName()).arg(n);
        taken.insert(name.toCaseFolded());
        BundleSource s;
        s.name = name;
        s.mimeType = types.mimeTypeForFile(info, QMimeDatabase::MatchExtension).name();
        s.path = path;
        s.size = info.size();
        sources << s;
    }
    return sources;
}

Result<WrittenBundle> BundleWriter::addSigner(const QString& path, const SigningIdentity& signer,
                                              const BundleLimits& limits) {
    if (auto st = signer.suitability(); !st)
        return st.error();
    // Only a bundle that is as it was signed gets another signature: every
    // digest, nothing missing or unlisted, the existing signatures valid over
    // the manifest. Whether their signers are trusted is the receiver's
    // question (the trust store is not consulted here), and the request is
    // not read.
    VerifyOptions verify;
    verify.limits = limits;
    OpenedBundle opened = BundleVerifier::open(path, verify);
    QStringList problems;
    for (const BundleCheck& c : opened.report.failures())
        if (c.kind != QLatin1String("signer-trust") && c.kind != QLatin1String("signer-validity") &&
            c.kind != QLatin1String("request"))
            problems << c.reason;
    if (!opened.reader || !opened.manifest || opened.report.signers.isEmpty() || !problems.isEmpty())
        return makeError(
            ErrorCode::InvalidInput,
            text::Bundle::tr(
                "%1 does not verify as it was signed (it was changed after it was signed, or it is "
                "damaged): %2. Nothing was added.")
                .arg(QFileInfo(path).fileName(),
                     problems.isEmpty()
                         ? text::Bundle::tr("it has no manifest or no signature to add a signer to")
                         : problems.join(QStringLiteral("; "))));
    // Read again by a reader of its own (the limits count what one reader inflates).
    opened.reader.reset();
    auto reopened = ZipReader::open(path, limits);
    if (!reopened)
        return reopened.error();
    std::unique_ptr<ZipReader> reader = std::move(reopened.value());
    const QString signatureName = opened.signatureName;
    const ZipEntry* manifestEntry = reader->find(QLatin1String(kManifestName));
    const ZipEntry* signatureEntry = reader->find(signatureName);
    if (!manifestEntry || !signatureEntry)
        return makeError(
            ErrorCode::InvalidInput,
            text::Bundle::tr("%1 has no manifest or no signature to add a signer to.").arg(path));
    auto xml = reader->readAll(*manifestEntry, limits.maxManifestSize);
    if (!xml)
        return xml.error();
    auto signature = reader->readAll(*signatureEntry, limits.maxSignatureSize);
    if (!signature)
        return signature.error();
    auto signedAgain = CmsSigner::addSigner(signature.value(), xml.value(), signer);
    if (!signedAgain)
        return signedAgain.error();

    // The same entries, in the same order, with the new signature.
    ZipWriter zip(path);
    if (auto st = zip.open(); !st)
        return st.error();
    for (const ZipEntry& e : reader->entries()) {
        if (e.name == QLatin1String("mimetype")) {
            if (auto st = zip.addBytes(e.name, QByteArray(kAsicMimeType), true); !st)
                return st.error();
            continue;
        }
        if (e.name == signatureName)
            continue;
        auto entry = zip.beginEntry(e.name, e.stored ? ZipWriter::Compression::Store
                                                     : ZipWriter::Compression::Deflate);
        if (!entry)
            return entry.error();
        QIODevice* out = entry.value();
        if (auto st = reader->read(
                e,
                [&](const char* data, qint64 n) -> Status {
                    if (out->write(data, n) != n)
                        return makeError(
                            ErrorCode::Io,
                            text::Bundle::tr("Could not write %1: %2.").arg(path, out->errorString()));
                    return {};
                });
            !st)
            return st.error();
        if (auto st = zip.finishEntry(); !st)
            return st.error();
    }
    if (auto st = zip.addBytes(signatureName, signedAgain.value()); !st)
        return st.error();
    reader.reset(); // done reading before the file is replaced
    if (auto st = zip.commit(); !st)
        return st.error();
    return finish(path, *opened.manifest, zip.sha256());
}

} // namespace mladesk::bundle
