#include "ZipReader.h"

#include "error/CoreText.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <sys/stat.h>
#include <zip.h>

namespace mladesk::bundle {

namespace {

Error refused(const QString& why) {
    return makeError(ErrorCode::InvalidInput, text::Bundle::tr("The bundle is refused: %1.").arg(why));
}

// libzip's refusals at open, in words about the bundle.
QString openProblem(int code, const QString& libzipText) {
    switch (code) {
    case ZIP_ER_EXISTS:
        return text::Bundle::tr("two of its entries have the same name (a name appears twice)");
    case ZIP_ER_NOZIP:
        return text::Bundle::tr("it is not a readable ZIP container (%1)").arg(libzipText);
    case ZIP_ER_INCONS:
        return text::Bundle::tr(
                   "it is not a readable ZIP container: its structure is inconsistent, damaged or "
                   "manipulated (%1)")
            .arg(libzipText);
    default:
        return text::Bundle::tr("it is not a readable ZIP container (%1)").arg(libzipText);
    }
}

QString libzipError(int code) {
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString text = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return text;
}

} // namespace

QString zipNameProblem(const QString& name) {
    if (name.isEmpty())
        return text::Bundle::tr("an entry has no name");
    if (name.contains(u'\\'))
        return text::Bundle::tr("the name \"%1\" contains a backslash").arg(name);
    if (name.startsWith(u'/'))
        return text::Bundle::tr("the name \"%1\" is an absolute path").arg(name);
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:"));
    if (drive.match(name).hasMatch())
        return text::Bundle::tr("the name \"%1\" starts with a drive letter").arg(name);
    for (QChar c : name)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar::ReplacementCharacter)
            return text::Bundle::tr("the name \"%1\" contains control or undecodable characters")
                .arg(QString(name).replace(QRegularExpression(QStringLiteral("[\\x00-\\x1f\\x7f]")),
                                           QStringLiteral("?")));
    QString path = name;
    if (path.endsWith(u'/'))
        path.chop(1);
    for (const QString& part : path.split(u'/')) {
        if (part == QLatin1String(".."))
            return text::Bundle::tr("the name \"%1\" climbs out of the bundle with \"..\"").arg(name);
        if (part.isEmpty() || part == QLatin1String("."))
            return text::Bundle::tr("the name \"%1\" has an empty or \".\" part").arg(name);
    }
    if (name.size() > 1024)
        return text::Bundle::tr("a name is longer than 1024 characters");
    return {};
}

ZipReader::ZipReader(zip* archive, const BundleLimits& limits, QByteArray buffer)
    : m_zip(archive)
    , m_limits(limits)
    , m_buffer(std::move(buffer)) {
}

ZipReader::~ZipReader() {
    if (m_zip)
        zip_discard(m_zip);
}

Result<std::unique_ptr<ZipReader>> ZipReader::open(const QString& path, const BundleLimits& limits) {
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, text::Bundle::tr("There is no file %1.").arg(path));
    if (file.size() > limits.maxContainerSize)
        return refused(text::Bundle::tr("the file is larger than %1 bytes").arg(limits.maxContainerSize));
    int code = 0;
    zip* archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!archive) {
        if (code == ZIP_ER_OPEN || code == ZIP_ER_READ)
            return makeError(ErrorCode::Io,
                             text::Bundle::tr("Could not read %1: %2.").arg(path, libzipError(code)));
        return refused(openProblem(code, libzipError(code)));
    }
    std::unique_ptr<ZipReader> reader(new ZipReader(archive, limits, {}));
    if (auto st = reader->inspect(); !st)
        return st.error();
    return reader;
}

Result<std::unique_ptr<ZipReader>> ZipReader::openBuffer(const QByteArray& data, const BundleLimits& limits) {
    if (data.size() > limits.maxContainerSize)
        return refused(text::Bundle::tr("it is larger than %1 bytes").arg(limits.maxContainerSize));
    QByteArray copy = data;
    copy.detach();
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(copy.constData(), zip_uint64_t(copy.size()), 0, &error);
    if (!source) {
        zip_error_fini(&error);
        return refused(text::Bundle::tr("it could not be read"));
    }
    zip* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!archive) {
        const QString why =
            openProblem(zip_error_code_zip(&error), QString::fromUtf8(zip_error_strerror(&error)));
        zip_source_free(source);
        zip_error_fini(&error);
        return refused(why);
    }
    zip_error_fini(&error);
    std::unique_ptr<ZipReader> reader(new ZipReader(archive, limits, std::move(copy)));
    if (auto st = reader->inspect(); !st)
        return st.error();
    return reader;
}

Status ZipReader::inspect() {
    const zip_int64_t count = zip_get_num_entries(m_zip, 0);
    if (count < 0)
        return refused(text::Bundle::tr("its table of contents cannot be read"));
    if (count == 0)
        return refused(text::Bundle::tr("it is empty; a bundle starts with a \"mimetype\" entry"));
    if (count > m_limits.maxEntries)
        return refused(text::Bundle::tr("it has %1 entries, more than the %2 allowed")
                           .arg(count)
                           .arg(m_limits.maxEntries));
    QSet<QString> seen;
    qint64 declared = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        const zip_uint64_t index = zip_uint64_t(i);
        const char* rawName = zip_get_name(m_zip, index, ZIP_FL_ENC_GUESS);
        if (!rawName)
            return refused(text::Bundle::tr("entry %1 has no readable name").arg(i));
        const QString name = QString::fromUtf8(rawName);
        if (const QString problem = zipNameProblem(name); !problem.isEmpty())
            return refused(problem);
        const QString folded = name.toCaseFolded();
        if (seen.contains(folded))
            return refused(
                text::Bundle::tr("the name \"%1\" appears twice (names may not differ only in case)")
                    .arg(name));
        seen.insert(folded);

        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(m_zip, index, 0, &st) != 0)
            return refused(text::Bundle::tr("the entry \"%1\" cannot be read").arg(name));
        if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
            return refused(
                text::Bundle::tr("the entry \"%1\" is encrypted; bundles are never encrypted entry by "
                                 "entry (use an envelope)")
                    .arg(name));
        zip_uint8_t opsys = 0;
        zip_uint32_t attributes = 0;
        if (zip_file_get_external_attributes(m_zip, index, 0, &opsys, &attributes) == 0 &&
            opsys == ZIP_OPSYS_UNIX) {
            const zip_uint32_t mode = (attributes >> 16) & S_IFMT;
            if (mode == S_IFLNK)
                return refused(text::Bundle::tr("the entry \"%1\" is a symbolic link").arg(name));
            if (mode != 0 && mode != S_IFREG && mode != S_IFDIR)
                return refused(text::Bundle::tr("the entry \"%1\" is a special file, not a file").arg(name));
        }
        const bool directory = name.endsWith(u'/');
        if (directory) {
            if (st.size != 0)
                return refused(text::Bundle::tr("the folder entry \"%1\" has content").arg(name));
            continue;
        }
        if (st.comp_method != ZIP_CM_STORE && st.comp_method != ZIP_CM_DEFLATE)
            return refused(text::Bundle::tr("the entry \"%1\" uses a compression method other than stored or "
                                            "deflate")
                               .arg(name));
        ZipEntry entry;
        entry.name = name;
        entry.size = qint64(st.size);
        entry.compressedSize = qint64(st.comp_size);
        entry.stored = st.comp_method == ZIP_CM_STORE;
        entry.index = i;
        if (st.size > zip_uint64_t(m_limits.maxEntrySize))
            return refused(text::Bundle::tr("the entry \"%1\" is larger than %2 bytes")
                               .arg(name)
                               .arg(m_limits.maxEntrySize));
        if (entry.size > m_limits.ratioGrace && entry.size > m_limits.maxRatio * entry.compressedSize)
            return refused(text::Bundle::tr("the entry \"%1\" inflates more than %2 times (a zip bomb)")
                               .arg(name)
                               .arg(m_limits.maxRatio));
        declared += entry.size;
        if (declared > m_limits.maxTotalSize)
            return refused(
                text::Bundle::tr("its entries add up to more than %1 bytes").arg(m_limits.maxTotalSize));
        if (i == 0 && name != QLatin1String("mimetype"))
            return refused(text::Bundle::tr("its first entry is \"%1\", not \"mimetype\"").arg(name));
        if (i != 0 && name == QLatin1String("mimetype"))
            return refused(text::Bundle::tr("\"mimetype\" is not its first entry"));
        m_entries << entry;
    }
    if (m_entries.isEmpty() || m_entries.first().name != QLatin1String("mimetype"))
        return refused(text::Bundle::tr("it has no \"mimetype\" entry; it is not an ASiC-E container"));
    const ZipEntry& mimetype = m_entries.first();
    if (!mimetype.stored)
        return refused(text::Bundle::tr("its \"mimetype\" entry is compressed; ASiC-E requires it stored"));
    auto content = readAll(mimetype, 256);
    if (!content)
        return content.error();
    if (content.value() != QByteArray(kAsicMimeType))
        return refused(text::Bundle::tr("its media type is \"%1\", not \"%2\"")
                           .arg(QString::fromUtf8(content->left(100)), QLatin1String(kAsicMimeType)));
    return {};
}

const ZipEntry* ZipReader::find(const QString& name) const {
    for (const ZipEntry& e : m_entries)
        if (e.name == name)
            return &e;
    return nullptr;
}

Status ZipReader::countInflated(const ZipEntry& entry, qint64 entryTotal, qint64 more) {
    m_inflated += more;
    if (entryTotal > m_limits.maxEntrySize)
        return refused(text::Bundle::tr("the entry \"%1\" inflates to more than %2 bytes")
                           .arg(entry.name)
                           .arg(m_limits.maxEntrySize));
    if (entryTotal > entry.size)
        return refused(text::Bundle::tr("the entry \"%1\" holds more than the %2 bytes its header says")
                           .arg(entry.name)
                           .arg(entry.size));
    if (entryTotal > m_limits.ratioGrace &&
        entryTotal > m_limits.maxRatio * qMax<qint64>(entry.compressedSize, 1))
        return refused(text::Bundle::tr("the entry \"%1\" inflates more than %2 times (a zip bomb)")
                           .arg(entry.name)
                           .arg(m_limits.maxRatio));
    if (m_inflated > m_limits.maxTotalSize)
        return refused(
            text::Bundle::tr("its entries inflate to more than %1 bytes").arg(m_limits.maxTotalSize));
    return {};
}

// Pulls inflated bytes from one entry, counting them against the limits.
class ZipEntryDevice : public QIODevice {
public:
    ZipEntryDevice(ZipReader& reader, ZipEntry entry, zip_file_t* file)
        : m_reader(reader)
        , m_entry(std::move(entry))
        , m_file(file) {}
    ~ZipEntryDevice() override {
        if (m_file)
            zip_fclose(m_file);
    }
    bool isSequential() const override { return true; }
    QString problem() const { return m_problem; }
    bool atEnd() const override { return m_problem.isEmpty() && m_done && QIODevice::atEnd(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override {
        if (!m_problem.isEmpty())
            return -1;
        if (m_done || maxSize <= 0)
            return 0;
        const zip_int64_t n = zip_fread(m_file, data, zip_uint64_t(maxSize));
        if (n < 0) {
            fail(text::Bundle::tr("The bundle is refused: the entry \"%1\" is damaged (%2).")
                     .arg(m_entry.name, QString::fromUtf8(zip_error_strerror(zip_file_get_error(m_file)))));
            return -1;
        }
        if (n == 0) {
            m_done = true;
            if (m_total != m_entry.size) {
                fail(
                    text::Bundle::tr("The bundle is refused: the entry \"%1\" holds %2 bytes, not the %3 its "
                                     "header says.")
                        .arg(m_entry.name)
                        .arg(m_total)
                        .arg(m_entry.size));
                return -1;
            }
            return 0;
        }
        m_total += n;
        if (auto st = m_reader.countInflated(m_entry, m_total, n); !st) {
            fail(st.error().message);
            return -1;
        }
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    void fail(const QString& why) {
        m_problem = why;
        setErrorString(why);
    }
    ZipReader& m_reader;
    ZipEntry m_entry;
    zip_file_t* m_file;
    qint64 m_total = 0;
    bool m_done = false;
    QString m_problem;
};

Result<std::unique_ptr<QIODevice>> ZipReader::device(const ZipEntry& entry) {
    zip_file_t* file = zip_fopen_index(m_zip, zip_uint64_t(entry.index), 0);
    if (!file)
        return refused(text::Bundle::tr("the entry \"%1\" cannot be opened (%2)")
                           .arg(entry.name, QString::fromUtf8(zip_strerror(m_zip))));
    auto device = std::make_unique<ZipEntryDevice>(*this, entry, file);
    device->open(QIODevice::ReadOnly);
    return std::unique_ptr<QIODevice>(std::move(device));
}

Status ZipReader::read(const ZipEntry& entry, const std::function<Status(const char*, qint64)>& sink) {
    auto opened = device(entry);
    if (!opened)
        return opened.error();
    auto* dev = static_cast<ZipEntryDevice*>(opened->get());
    // Large pieces: fewer trips through libzip's layers and the sink's hash.
    QByteArray buffer(qsizetype(qBound(qint64(4096), entry.size, qint64(1024 * 1024))), Qt::Uninitialized);
    while (true) {
        const qint64 n = dev->read(buffer.data(), buffer.size());
        if (n < 0) {
            const QString why = dev->problem().isEmpty() ? dev->errorString() : dev->problem();
            return makeError(ErrorCode::InvalidInput, why);
        }
        if (n == 0) {
            if (!dev->problem().isEmpty())
                return makeError(ErrorCode::InvalidInput, dev->problem());
            if (dev->atEnd())
                return {};
            continue;
        }
        if (auto st = sink(buffer.constData(), n); !st)
            return st;
    }
}

Result<QByteArray> ZipReader::readAll(const ZipEntry& entry, qint64 maxSize) {
    if (entry.size > maxSize)
        return refused(
            text::Bundle::tr("\"%1\" is larger than the %2 bytes allowed").arg(entry.name).arg(maxSize));
    QByteArray all;
    const Status st = read(entry, [&](const char* data, qint64 n) -> Status {
        if (all.size() + n > maxSize)
            return refused(
                text::Bundle::tr("\"%1\" is larger than the %2 bytes allowed").arg(entry.name).arg(maxSize));
        all.append(data, n);
        return {};
    });
    if (!st)
        return st.error();
    return all;
}

} // namespace mladesk::bundle
